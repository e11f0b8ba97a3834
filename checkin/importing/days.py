"""Registered days as people write them, in English, French or Spanish.

``2015-10-26``, ``26/10/2015``, ``10/26/2015``, ``26.10``, ``26 Oct``,
``Oct 26, 2015``, ``26 et 27 octobre``, ``26 de octubre``, ``Monday``,
``lundi``, ``Day 1``, ``J2``, ``both``, ``tous`` …, and ranges of them
(``26-28 Oct``, ``Mon-Wed``, ``du 26 au 28 octobre``, ``J1-J3``, ``Days 2-3``),
which stand for every event day from one end to the other. A date is only accepted if it
is a day of the event: ``10/26`` can only be 26 October, and ``03/04`` is read
day-first unless only the month-first reading is an event day. Anything that
cannot be read registers the person for every day, with a warning — being
refused at the door for a typo is worse than an open gate.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from babel import Locale

from checkin.domain.model import LANGUAGES
from checkin.domain.text import fold

_ALL = {
    "all",
    "all days",
    "both",
    "both days",
    "every day",
    "everyday",
    "full",
    "full event",
    "tous",
    "tous les jours",
    "toutes",
    "les deux",
    "les deux jours",
    "complet",
    "todos",
    "todos los dias",
    "ambos",
    "ambos dias",
    "los dos dias",
    "completo",
}
_DAY_WORDS = {"day", "jour", "journee", "dia", "j", "d"}
_FILLER = {
    "and",
    "et",
    "y",
    "e",
    "to",
    "au",
    "a",
    "al",
    "de",
    "del",
    "the",
    "le",
    "la",
    "el",
    "on",
    "th",
    "st",
    "nd",
    "rd",
    "er",
    "eme",
    "du",
    "from",
    "desde",
    "only",
    "seulement",
    "uniquement",
    "solo",
    "days",
    "jours",
    "dias",
    "journees",
}
#: Words and dashes that join the two ends of a range of days ("26-28 Oct",
#: "Monday to Wednesday", "du 26 au 28 octobre", "del 26 al 28 de octubre", "J1-J3").
_RANGE = {"-", "to", "au", "a", "al", "until", "till", "through", "thru", "hasta", "jusqu"}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?")
#: dd/mm, mm/dd, dd.mm(.yyyy): a year only after the same separator ("26/10-28/10" is
#: two dates, not 26 October 2028).
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d)")
_WORD_AFTER = re.compile(r"[\s.,]*([a-z]+)")
_WORD_BEFORE = re.compile(r"([a-z]+)[\s.,]*$")
_UNTIL = {"until", "till", "jusqu", "hasta"}
_WORD = re.compile(r"\d+|[a-z]+")
#: Words, numbers, range dashes and ``#n`` (the n-th date already read whole).
_TOKEN = re.compile(r"\d+|[a-z]+|[-\u2010-\u2015]|#\d+")
#: Excel's dd-mmm-yy ("26-Oct-15") and dd-mmm-yyyy.
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(\d{1,2})([-/ ])([a-z]{3,})\.?\2(\d{4}|\d{2})(?!\d)")
#: "2 days", "2 jours", "2 días": how many days, not which.
_COUNTED = {"day", "days", "jour", "jours", "journee", "journees", "dia", "dias"}
#: Midnight after a date, as Excel writes a date-time cell of a day ("26/10/2015 00:00",
#: "10/26/2015 12:00:00 AM"): no part of the day. Other times are left to be reported.
_MIDNIGHT = re.compile(
    r"(?<=\d)(?:\s+|t)(?:0?0:00(?::00(?:[.,]0+)?)?|12:00(?::00)?\s*a\.?m\.?)(?![\d:])"
)
#: A date serial number (days since 1899-12-30), as a date cell saved to CSV unformatted.
_SERIALS = range(30000, 80000)  # 1982 to 2118


@dataclass(frozen=True, slots=True)
class DaysReading:
    days: tuple[dt.date, ...]  # empty: every day of the event
    not_event_days: tuple[str, ...] = ()  # dates read that are not days of the event
    understood: bool = True


@cache
def _names() -> tuple[dict[str, int], dict[str, int]]:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for language in LANGUAGES:
        locale = Locale.parse(language)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    months[fold(name).strip(".")] = number
                for number, name in locale.days[context][width].items():
                    weekdays[fold(name).strip(".")] = number
    months.update({"sept": 9, "sep": 9, "setiembre": 9})
    return months, weekdays


def _resolve(day: int, month: int, year: int | None, event: Sequence[dt.date]) -> dt.date | None:
    for candidate in event:
        if candidate.day == day and candidate.month == month and year in (None, candidate.year):
            return candidate
    try:
        return dt.date(year or event[0].year, month, day)
    except ValueError:
        return None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) + 2000 if len(text) == 2 else int(text)


def parse_days(value: str, event: Sequence[dt.date]) -> DaysReading:
    """The event days in ``value`` (see the module docstring)."""
    text = fold(value).strip()
    if not text or not event:
        return DaysReading(())
    words = _WORD.findall(text)
    if " ".join(words) in _ALL:
        return DaysReading(())
    if len(words) == 2 and words[0].isdigit() and words[1] in _COUNTED:
        return DaysReading((), understood=int(words[0]) == len(event))
    whole: list[dt.date | None] = []  # dates read whole, left in the text as "#n"

    def read_whole(date: dt.date | None) -> str:
        whole.append(date)
        return f" #{len(whole) - 1} "

    months, weekdays = _names()

    def numeric(match: re.Match) -> str:
        a, separator, b, year = int(match[1]), match[2], int(match[3]), _year(match[4])
        if separator == "-" and year is None:
            after = _WORD_AFTER.match(match.string, match.end())
            before = _WORD_BEFORE.search(match.string, 0, match.start())
            if (after and after[1] in months) or (before and before[1] in months):
                return f" {a} - {b} "  # "5-7 Oct", "Oct 5-7": days of that month
            if before and (before[1] in _DAY_WORDS or before[1] in _COUNTED):
                return f" day {a} - day {b} "  # "Days 2-3", "J 1-2": days of the event
        readings = [_resolve(a, b, year, event), _resolve(b, a, year, event)]
        in_event = [d for d in readings if d in event]
        chosen = in_event[0] if in_event else readings[0] or readings[1]
        joined = " - " if separator == "-" else " "
        if chosen is None:  # "26-27 octobre": a range of days, read word by word below
            return f" {a}{joined}{b} {match[4] or ''} "
        if not in_event and year is None and separator == "-" and max(a, b) <= len(event):
            return f" day {a} - day {b} "  # "1-2": days of the event, not 1 February
        return read_whole(chosen)

    text = text.replace("#", " ")  # "#n" marks the dates read whole below
    text = _MIDNIGHT.sub("", text)  # "26/10/2015 00:00": Excel's date-time of a day
    text = _ISO.sub(lambda m: read_whole(_resolve(int(m[3]), int(m[2]), int(m[1]), event)), text)
    text = _NUMERIC.sub(numeric, text)

    def day_month_year(match: re.Match) -> str:
        if match[3] not in months:
            return match[0]
        after = _WORD_AFTER.match(match.string, match.end())
        if len(match[4]) == 2 and after and after[1] in months:
            return match[0]  # "26 Oct 27 Oct": two days, not 26 October 2027
        return read_whole(_resolve(int(match[1]), months[match[3]], _year(match[4]), event))

    text = _DAY_MONTH_YEAR.sub(day_month_year, text)
    found, understood = _read_tokens(_TOKEN.findall(text), whole, event, months, weekdays)
    if None in found:
        understood = False
    dates = sorted({d for d in found if d is not None})
    outside = tuple(d.isoformat() for d in dates if d not in event)
    days = tuple(d for d in dates if d in event)
    if not days:
        return DaysReading((), outside, understood=False if not outside else understood)
    return DaysReading(days, outside, understood)


def _read_tokens(
    tokens: list[str],
    whole: list[dt.date | None],
    event: Sequence[dt.date],
    months: dict[str, int],
    weekdays: dict[str, int],
) -> tuple[list[dt.date | None], bool]:
    """The dates the tokens name, in order, with the days between the ends of each range."""
    found: list[dt.date | None] = []
    understood = True
    pending: list[int] = []  # day numbers waiting for their month ("26 et 27 octobre")
    month_first: int | None = None  # "October 26 and 27"
    year: int | None = None
    ranges: list[int] = []  # k: found[k - 1] to found[k] is a range
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in weekdays and _is_range(following) and tokens[index + 2 : index + 3]:
            last = tokens[index + 2]
            if last in weekdays:  # "Mon-Wed", "lundi au vendredi": those weekdays
                span = _weekday_span(weekdays[token], weekdays[last])
                found.extend(d for d in event if d.weekday() in span)
                index += 3
                continue
        if token.startswith("#"):
            found.append(whole[int(token[1:])])
        elif token.isdigit() and len(token) == 4:
            year = int(token)
        elif token.isdigit() and int(token) in _SERIALS:
            found.append(dt.date(1899, 12, 30) + dt.timedelta(days=int(token)))
        elif token.isdigit():
            if month_first is not None:
                found.append(_resolve(int(token), month_first, year, event))
            else:
                pending.append(int(token))
        elif token in months:
            if pending:
                found.extend(_resolve(n, months[token], year, event) for n in pending)
                pending, month_first = [], None
            else:
                month_first = months[token]
        elif token in _DAY_WORDS and following.isdigit():
            number = int(following)
            found.append(event[number - 1] if 1 <= number <= len(event) else None)
            index += 1
        elif token in weekdays:
            found.extend(d for d in event if d.weekday() == weekdays[token])
        elif _is_range(token):
            if not found and not pending and token in _UNTIL:  # "until 27 Oct": from day 1
                found.append(event[0])
            if found or pending:
                ranges.append(len(found) + len(pending))
        elif token not in _FILLER:
            understood = False
        index += 1
    for number in pending:  # bare numbers: "1;2" (day of the event) or "26" (day of month)
        by_date = [d for d in event if d.day == number]
        found.append(
            by_date[0] if by_date else event[number - 1] if 1 <= number <= len(event) else None
        )
    for k in ranges:
        if 0 < k < len(found) and found[k - 1] is not None and found[k] is not None:
            first, last = sorted((found[k - 1], found[k]))
            found.extend(d for d in event if first < d < last)
    return found, understood


def _is_range(token: str) -> bool:
    return token in _RANGE or token[:1] in "\u2010\u2011\u2012\u2013\u2014\u2015"


def _weekday_span(first: int, last: int) -> set[int]:
    """The weekdays from ``first`` to ``last`` (0 Monday), across the weekend if need be."""
    return {(first + step) % 7 for step in range((last - first) % 7 + 1)}
