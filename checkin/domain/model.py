"""Participants, categories and the event they attend."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from checkin.domain.errors import InputError

LANGUAGES = ("en", "fr", "es")

#: A participant's fields as a registration list carries them, in the canonical order
#: (the CSV export, the database columns; the badge version is the desk's own).
LIST_FIELDS = (
    "id", "first_name", "last_name", "name_latin", "title", "organisation", "country",
    "category", "email", "language", "days", "flags", "notes", "ticket_code",
)

#: Flags an organiser can set on a participant; shown prominently with the verdict.
FLAGS = ("vip", "protocol", "speaker", "see_supervisor")


def pick(labels: dict[str, str], language: str) -> str:
    """The label in ``language``, falling back to English, then to any label."""
    return labels.get(language) or labels.get("en") or next(iter(labels.values()), "")


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    colour: str
    label: dict[str, str]

    def label_in(self, language: str) -> str:
        return pick(self.label, language)


@dataclass(frozen=True, slots=True)
class EventConfig:
    """An event: its names, days, venue, time zone and participant categories."""

    id: str
    name: dict[str, str]
    days: tuple[dt.date, ...]
    timezone: str
    venue: dict[str, str] = field(default_factory=dict)
    short_name: dict[str, str] = field(default_factory=dict)
    categories: tuple[Category, ...] = ()
    default_category: str = ""
    flag_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    supervisor_pin_hash: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def name_in(self, language: str) -> str:
        return pick(self.name, language)

    def category(self, category_id: str) -> Category | None:
        for category in self.categories:
            if category.id == category_id:
                return category
        return None

    def flag_label(self, flag: str, language: str) -> str:
        labels = self.flag_labels.get(flag)
        return pick(labels, language) if labels else flag.replace("_", " ").upper()

    def day_of(self, moment: dt.datetime) -> dt.date:
        """The calendar day of ``moment`` in the event's own time zone (not the laptop's)."""
        if moment.tzinfo is None:
            raise ValueError("moment must be timezone-aware")
        return moment.astimezone(self.zone).date()

    def event_day(self, day: dt.date) -> dt.date:
        """``day`` if the event has it, else ``InputError("not_event_day")``.

        A check-in, an undo, figures or an export on any other day would count nowhere.
        """
        if day not in self.days:
            days = ", ".join(d.isoformat() for d in self.days)
            raise InputError(
                "not_event_day",
                f"{day.isoformat()} is not a day of the event ({days}).",
                day=day.isoformat(),
            )
        return day

    def serving_day(self, now: dt.datetime) -> dt.date:
        """The conference day a desk serves by default at ``now``.

        Today if today is a conference day; otherwise the next conference day,
        or the first one when the event lies in the past (the bundled demo is in
        2015). The desk page says clearly when the served day is not today.
        """
        today = self.day_of(now)
        if today in self.days:
            return today
        upcoming = [day for day in self.days if day > today]
        return upcoming[0] if upcoming else self.days[0]


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    first_name: str = ""
    last_name: str = ""
    name_latin: str = ""  # the name as in a Latin-script passport, when the name is not Latin
    title: str = ""
    organisation: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    category: str = ""
    email: str = ""
    language: str = ""
    days: tuple[dt.date, ...] = ()  # empty: registered for every day of the event
    flags: frozenset[str] = frozenset()
    notes: str = ""
    ticket_code: str = ""
    badge_version: int = 1

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name)

    def registered_for(self, day: dt.date) -> bool:
        return not self.days or day in self.days


def _is_cjk(text: str) -> bool:
    if text.isascii():  # most names; checked for every row of a 100,000-row import
        return False
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)


def display_name(first_name: str, last_name: str) -> str:
    """The name as people read it: family name first and no space for CJK names."""
    first, last = first_name.strip(), last_name.strip()
    if _is_cjk(first + last):
        return f"{last}{first}"
    return " ".join(part for part in (first, last) if part)
