"""Dates, times, countries and categories in the UI language (CLDR through babel)."""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

from babel.dates import format_date, format_time
from babel.numbers import format_decimal, format_percent

from checkin.domain.countries import country_name
from checkin.domain.model import EventConfig, Participant


def long_day(day: dt.date, language: str) -> str:
    """``Monday 26 October 2015`` / ``lundi 26 octobre 2015`` / ``lunes, 26 de octubre de 2015``."""
    return format_date(day, format="full", locale=language)


def local_time(moment: dt.datetime, event: EventConfig, language: str) -> str:
    local = moment.astimezone(event.zone)
    return _short_time(local.hour, local.minute, language)


def local_date_time(moment: dt.datetime, event: EventConfig, language: str) -> str:
    """Date and time in the event's zone ("Mon 26 Oct, 8:42 AM"), for records that
    span the conference days."""
    local = moment.astimezone(event.zone)
    day = format_date(local.date(), "EEE d MMM", locale=language)
    return f"{day}, {_short_time(local.hour, local.minute, language)}"


def day_and_time(day: dt.date, moment: dt.datetime, event: EventConfig, language: str) -> str:
    """The conference day a record counts for and its time ("Mon 26 Oct, 8:42 AM"):
    the day is the record's own, not the date the laptop's clock showed."""
    local = moment.astimezone(event.zone)
    short_day = format_date(day, "EEE d MMM", locale=language)
    return f"{short_day}, {_short_time(local.hour, local.minute, language)}"


def clock(hour: int, minute: int, language: str) -> str:
    """A time of day as the language writes it: ``8:30 AM``, ``08:30``, ``8:30``."""
    return _short_time(hour, minute, language)


def short_day(day: dt.date, language: str) -> str:
    """``Mon 26 Oct`` / ``lun. 26 oct.`` / ``lun 26 oct``."""
    return format_date(day, "EEE d MMM", locale=language)


@lru_cache(maxsize=4096)
def _short_time(hour: int, minute: int, language: str) -> str:
    """CLDR's short time (``8:42 AM``, ``08:42``) shows hours and minutes only, so it
    is formatted once per minute of the day: babel takes ~0.1 ms a call, and a
    keystroke formats up to 20 of them."""
    return format_time(dt.time(hour, minute), format="short", locale=language)


def isolated(text: str) -> str:
    """``text`` kept left to right inside a right-to-left line (LRI … PDI): a time
    such as ``8:42 AM`` is not scrambled by the bidi algorithm in RTL."""
    return f"\u2066{text}\u2069"


def own_direction(text: str) -> str:
    """``text`` in its own direction, set apart from the line around it (FSI … PDI).

    A name or organisation in Arabic at the start of a row would otherwise make
    the whole row right to left: its Latin transliteration, time and details
    are moved and cut on the wrong side."""
    return f"\u2068{text}\u2069" if text else text


def percent(value: float, language: str) -> str:
    """``52%`` / ``52 %``: a share out of 100, whole, as the language writes it.

    Rounded down: 99.6 % of those registered is not everyone, and says 99 %."""
    return format_percent(math.floor(value + 1e-9) / 100, locale=language)


def number(value: int, language: str) -> str:
    """``1,250`` / ``1 250`` / ``1250``: a count with the language's digit grouping."""
    return _number(int(value), language)


@lru_cache(maxsize=1024)
def _number(value: int, language: str) -> str:
    return format_decimal(value, locale=language)


def country(participant: Participant, language: str) -> str:
    return country_name(participant.country, language) if participant.country else ""


def category_label(event: EventConfig, category_id: str, language: str) -> str:
    category = event.category(category_id)
    return category.label_in(language) if category else category_id


def category_colour(event: EventConfig, category_id: str) -> str:
    category = event.category(category_id)
    return category.colour if category else "#607d8b"
