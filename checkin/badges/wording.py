"""What a badge says, in which language: the name lines, the event's title and dates.

Kept apart from :mod:`checkin.badges.compose` (where things go) because these
are the rules people notice first: the given name large, the family name as
the event configured it, Chinese names family-name-first on one line, Greek
capitals without accents, dates and countries in the badge's language.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval

from checkin.badges.config import BadgeConfig
from checkin.badges.fitting import Style
from checkin.badges.fonts import missing_glyphs
from checkin.domain.model import EventConfig, Participant, pick
from checkin.domain.text import is_latin

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
Field = tuple[str, str, Style]


def name_fields(person: Participant, config: BadgeConfig, styles: dict[str, Style]) -> list[Field]:
    """The given name large; the family name below it, as configured.

    Chinese, Japanese and Korean names are one line, family name first, as
    their owners write them. A name in another script gets its Latin
    (passport) spelling below, so staff who cannot read it can still call it.
    """
    first, last = person.first_name.strip(), person.last_name.strip()
    latin = person.name_latin.strip()
    if latin and missing_glyphs(first + last):  # a script no bundled font has (Tibetan…):
        return [  # the passport spelling, rather than a blank where the name should be
            ("given", latin, styles["given"]),
            ("family", "", styles["family"]),
            ("latin", "", styles["latin"]),
        ]
    if _CJK.search(first + last):
        prominent, second = person.display_name, ""
    elif first:
        prominent = first
        capitals = upper(last, turkic=_is_turkic(person))
        second = {"upper": capitals, "as_written": last}.get(config.family_name, "")
    else:
        prominent, second = last, ""
    if not config.show_name_latin or is_latin(first + last) or latin == prominent:
        latin = ""
    return [
        ("given", prominent, styles["given"]),
        ("family", second, styles["family"]),
        ("latin", latin, styles["latin"]),
    ]


#: Countries whose Latin alphabet has a dotted capital İ (Turkish, Azerbaijani).
_TURKIC_COUNTRIES = frozenset({"TR", "AZ"})


def _is_turkic(person: Participant) -> bool:
    """Whether the name is spelt in a Turkic alphabet: by the country, or by a dotless ı."""
    return person.country in _TURKIC_COUNTRIES or "ı" in person.last_name


def upper(text: str, *, turkic: bool = False) -> str:
    """Capitals; Greek capitals drop their accents (ΠΑΠΑΔΟΠΟΥΛΟΣ), as Greek typesetting
    does; in a Turkic name i is İ (Çiftçi -> ÇİFTÇİ: "CIFTCI" is another word)."""
    capitals = (text.replace("i", "İ") if turkic else text).upper()
    if not any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in capitals):
        return capitals
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", capitals) if ch not in "\u0301\u0342\u0313\u0314"
    )
    return unicodedata.normalize("NFC", stripped)


def event_title(event: EventConfig, config: BadgeConfig, language: str) -> str:
    if config.event_title == "none":
        return ""
    if config.event_title == "short_name" and event.short_name:
        return pick(event.short_name, language)
    return event.name_in(language)


def dates_line(event: EventConfig, config: BadgeConfig, language: str) -> str:
    parts = [_dates(event.days, language)] if config.show_dates and event.days else []
    if config.show_venue and event.venue:
        parts.append(pick(event.venue, language))
    return " · ".join(parts)


@cache
def _dates(days: tuple[dt.date, ...], language: str) -> str:
    first, last = min(days), max(days)
    if first == last:
        return format_date(first, "long", locale=language)
    return format_interval(first, last, "yMMMMd", locale=language)


@cache
def supported_language(language: str) -> str:
    """``language`` when CLDR knows it (for dates and countries), else English."""
    try:
        Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return "en"
    return language.replace("-", "_")
