"""One row of a list -> a :class:`Participant` and what is wrong with it.

Text is kept exactly as given, trimmed of surrounding spaces: an apostrophe,
a quote or ``'; DROP TABLE`` in a name is part of the name. The one
exception is the apostrophe Check-in's own CSV export puts before a value
starting with ``=``, ``+``, ``-`` or ``@`` so spreadsheets do not run it as a
formula; it is removed again on import, so an export re-imports unchanged.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

from checkin.domain.model import FLAGS, EventConfig, Participant
from checkin.domain.text import fold
from checkin.importing.country_names import country_code
from checkin.importing.days import DaysReading, parse_days
from checkin.importing.issues import Issue
from checkin.importing.values import Categories, is_email, is_true, language_code, parse_flags

#: The longest id a badge code can carry (see checkin.domain.codes).
MAX_ID_BYTES = 400
FORMULA_START = ("=", "+", "-", "@")
_OPTIONAL = {
    "organisation": "organisation",
    "country": "country",
    "category": "category",
    "email": "e-mail",
}


class RowReader:
    """Reads the rows of one file in order (it remembers ids to find duplicates)."""

    def __init__(
        self, config: EventConfig, columns: dict[str, int], width: int, unescape: bool
    ) -> None:
        self.config = config
        self.items = list(columns.items())
        self.has_id = "id" in columns
        self.width = width
        self.unescape = unescape
        self.categories = Categories(config)
        self.default_category = config.default_category if config.categories else ""
        self.optional = [f for f in _OPTIONAL if f in columns]
        self.flag_columns = [f for f in FLAGS if f in columns]
        self._days: dict[str, DaysReading] = {}
        self._ids: dict[str, int] = {}
        self._tickets: dict[str, int] = {}
        self._people: dict[object, tuple[int, str]] = {}

    def read(self, number: int, cells: list[str]) -> tuple[Participant | None, list[Issue]]:
        issues: list[Issue] = []
        count = len(cells)
        values = {f: cells[i].strip() for f, i in self.items if i < count}
        if self.unescape:
            for name, value in values.items():
                if value[:1] == "'" and value[1:2] in FORMULA_START and value[1:2]:
                    values[name] = value[1:]
        if count > self.width:
            extra = [c.strip() for c in cells[self.width :] if c.strip()]
            if extra:
                issues.append(Issue(number, "extra_cells", {"value": extra[0]}))
        if not any(values.values()):
            return None, [Issue(number, "empty_row")]
        get = values.get
        first, last = get("first_name", ""), get("last_name", "")
        if get("second_last_name"):
            last = f"{last} {values['second_last_name']}".strip()
        if not first and not last and get("full_name"):
            first, last = split_full_name(values["full_name"])
        if not first and not last:
            return None, [*issues, Issue(number, "no_name")]
        organisation, email = get("organisation", ""), get("email", "")
        if self.has_id:
            pid = get("id", "")
            if not pid:
                return None, [*issues, Issue(number, "no_id")]
            if len(pid.encode("utf-8", "surrogatepass")) > MAX_ID_BYTES:
                return None, [*issues, Issue(number, "id_too_long", {"limit": MAX_ID_BYTES})]
        else:
            pid = generated_id(first, last, organisation, email)
        if pid in self._ids:
            issues.append(Issue(number, "duplicate_id", {"id": pid, "other_row": self._ids[pid]}))
            return None, issues
        self._ids[pid] = number
        person = Participant(
            id=pid,
            first_name=first,
            last_name=last,
            name_latin=get("name_latin", ""),
            title=get("title", ""),
            organisation=organisation,
            country=self._country(number, get("country", ""), issues),
            category=self._category(number, get("category", ""), issues),
            email=email,
            language=self._language(number, get("language", ""), issues),
            days=self._days_of(number, get("days", ""), issues),
            flags=self._flags(number, values, issues),
            notes=get("notes", ""),
            ticket_code=get("ticket_code", ""),
        )
        missing = [f for f in self.optional if not get(f)]
        if missing:
            issues.append(
                Issue(
                    number,
                    "missing_optional",
                    {"fields": ", ".join(_OPTIONAL[f] for f in missing), "keys": tuple(missing)},
                )
            )
        if email and not is_email(email):
            issues.append(Issue(number, "bad_email", {"value": email}))
        self._duplicates(number, person, issues)
        return person, issues

    def _country(self, number: int, value: str, issues: list[Issue]) -> str:
        if not value:
            return ""
        code = country_code(value)
        if code is None:
            issues.append(Issue(number, "unknown_country", {"value": value}))
            return value
        return code

    def _category(self, number: int, value: str, issues: list[Issue]) -> str:
        if not value:
            return self.default_category
        category = self.categories.resolve(value)
        if category is None:
            issues.append(
                Issue(
                    number, "unknown_category", {"value": value, "default": self.default_category}
                )
            )
            return self.default_category
        return category

    def _language(self, number: int, value: str, issues: list[Issue]) -> str:
        code = language_code(value)
        if code is None:
            issues.append(Issue(number, "unknown_language", {"value": value}))
            return ""
        return code

    def _days_of(self, number: int, value: str, issues: list[Issue]) -> tuple:
        if not value:
            return ()
        reading = self._days.get(value)
        if reading is None:
            reading = self._days[value] = parse_days(value, self.config.days)
        for outside in reading.not_event_days:
            issues.append(Issue(number, "not_event_day", {"value": outside}))
        if not reading.understood:
            if reading.days:
                shown = ", ".join(d.isoformat() for d in reading.days)
                issues.append(Issue(number, "days_partly", {"value": value, "days": shown}))
            else:
                issues.append(Issue(number, "bad_days", {"value": value}))
        return reading.days

    def _flags(self, number: int, values: dict[str, str], issues: list[Issue]) -> frozenset:
        flags: set[str] = set()
        if values.get("flags"):
            found, unknown = parse_flags(values["flags"])
            flags |= found
            issues.extend(Issue(number, "unknown_flag", {"value": u}) for u in unknown)
        flags.update(f for f in self.flag_columns if is_true(values.get(f, "")))
        return frozenset(flags)

    def _duplicates(self, number: int, person: Participant, issues: list[Issue]) -> None:
        if person.ticket_code:
            other = self._tickets.setdefault(person.ticket_code, number)
            if other != number:
                issues.append(
                    Issue(
                        number,
                        "duplicate_ticket",
                        {"value": person.ticket_code, "other_row": other},
                    )
                )
        for key in person_keys(person):
            other_row, other_id = self._people.setdefault(key, (number, person.id))
            if other_id != person.id:
                issues.append(
                    Issue(
                        number,
                        "same_person_in_file",
                        {"other_row": other_row, "other_id": other_id},
                    )
                )
                break


_folded = lru_cache(maxsize=1 << 16)(fold)  # names and organisations repeat across a list


def person_keys(person: Any) -> list[object]:
    """What makes two records look like one person: the e-mail, or name + organisation."""
    keys: list[object] = []
    if person.email:
        keys.append(person.email.casefold())
    name = (_folded(person.first_name), _folded(person.last_name))
    if any(name):
        keys.append((*name, _folded(person.organisation)))
    return keys


def split_full_name(text: str) -> tuple[str, str]:
    """``"DUPONT, Jean"`` -> (Jean, DUPONT); otherwise the whole name as the family name.

    Splitting "José García López" on a space would guess wrong for half the
    world, so a name without a comma stays whole, as people with a single name do.
    """
    last, comma, first = text.partition(",")
    if comma and last.strip() and first.strip():
        return first.strip(), last.strip()
    return "", text.strip()


def generated_id(first: str, last: str, organisation: str, email: str) -> str:
    """A stable id for lists without one, so that re-importing the same list matches."""
    text = "\x1f".join(s.casefold() for s in (first, last, organisation, email))
    return "R-" + hashlib.blake2b(text.encode(), digest_size=5).hexdigest().upper()
