"""The column-wise reader gives exactly what reading row by row gave.

``importing/columns.py`` checks a list a column at a time for speed (issue
#3). :class:`RowByRow` below is the reader it replaced, kept as the plain
definition: for any rows, both must accept the same rows with the same
values and report the same issues in the same order.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from registration_lists import trilingual_event

from checkin.domain.event_config import parse_event_config
from checkin.domain.model import FLAGS, EventConfig, Participant
from checkin.importing.columns import RowReader
from checkin.importing.country_names import country_code
from checkin.importing.days import DaysReading, parse_days
from checkin.importing.issues import Issue
from checkin.importing.rows import (
    FORMULA_START,
    MAX_ID_BYTES,
    cell_value,
    generated_id,
    participant_of,
    person_keys,
    split_full_name,
)
from checkin.importing.values import Categories, is_email, language_code, parse_flags, yes_no

CONFIG = parse_event_config(trilingual_event())
_OPTIONAL = {"organisation": "organisation", "country": "country", "category": "category",
             "email": "e-mail"}


class RowByRow:
    """The reader as it was: one row at a time, a Participant per row."""

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
        values = {f: cell_value(cells[i]) for f, i in self.items if i < count}
        if self.unescape:
            for name, value in values.items():
                rest = value.lstrip("'")
                if value[:1] == "'" and rest[:1] in FORMULA_START and rest:
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
            if re.fullmatch(r"[+-]?\d+([.,]\d+)?[Ee][+-]\d+", pid):  # Excel's 1.23457E+11
                return None, [*issues, Issue(number, "id_scientific", {"id": pid})]
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
        if not value or value.strip().lower() in ("n/a", "n.a.", "n.d.", "none", "aucun"):
            return ""
        code = country_code(value)
        if value.lower() == "na":
            issues.append(Issue(number, "country_na", {"value": value}))
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
        for flag in self.flag_columns:
            answer = yes_no(values.get(flag, ""), flag)
            if answer:
                flags.add(flag)
            elif answer is None:
                issues.append(
                    Issue(number, "unclear_flag", {"value": values[flag], "keys": (flag,)})
                )
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




def stored(p: Participant) -> tuple:
    return (p.id, p.first_name, p.last_name, p.name_latin, p.title, p.organisation, p.country,
            p.category, p.email, p.language, ";".join(d.isoformat() for d in p.days),
            ";".join(sorted(p.flags)), p.notes, p.ticket_code, p.badge_version)


def row_by_row(config: EventConfig, columns, width, unescape, rows):
    reader = RowByRow(config, columns, width, unescape)
    accepted, issues = [], []
    for number, cells in rows:
        person, found = reader.read(number, cells)
        issues += found
        if person is not None:
            accepted.append((number, stored(person)))
    return accepted, issues


FIELDS = ["id", "first_name", "last_name", "second_last_name", "full_name", "name_latin",
          "title", "organisation", "country", "category", "email", "language", "days", "flags",
          "notes", "ticket_code", *FLAGS]
CELLS = st.sampled_from([
    "", " ", "  Ana ", "Ana", "García", "DUPONT, Jean", "José", "O'Brien", "'=1+1", "'-x", "'",
    "''=x", "A-1", "A-1", "B-2", "x" * 120, "é" * 120, "ana@x.org", "ANA@x.org", "bad@", "Suisse",
    "CH", "Atlantis", "Gouvernement", "government", "nope", "fr", "Klingon", "26/10/2015",
    "26 et 27 octobre", "1999-01-01", "soon", "VIP; orateur", "vip, dancer", "oui", "non",
    "TK-1", "TK-2", "Mairie", "Ville de Genève", "Line 1\r\nLine 2", "Org\x0bUnit", "\x07Ana",
    "\x07'=1", " \r\n", "#N/A", "#¡VALOR!", "\u200bAna\ufeff", "Jose\u0301", "José",
    "Farzaneh \u200c", "فرزانه\u200cای", "Room #3", "NA", "N/A", "na", "1.23457E+11",
    "1,23457e+11", "IDE-1", "2E+3x",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    fields=st.lists(st.sampled_from(FIELDS), min_size=1, max_size=8, unique=True),
    rows=st.lists(st.lists(CELLS, max_size=10), max_size=12),
    unescape=st.booleans(),
)
def test_columns_read_as_rows_did(fields, rows, unescape):
    if not {"first_name", "last_name", "full_name"} & set(fields):
        fields = [*fields, "last_name"]
    columns = {name: index for index, name in enumerate(fields)}
    numbered = [(number, cells) for number, cells in enumerate(rows, start=2)]
    expected = row_by_row(CONFIG, columns, len(fields), unescape, numbered)
    got = RowReader(CONFIG, columns, len(fields), unescape).read_all(numbered)
    assert got == expected
    for _, values in got[0]:  # and the participant is the one the row made
        assert stored(participant_of(values)) == values
