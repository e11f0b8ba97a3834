"""The rows of a list -> stored rows and what is wrong with them, a column at a time.

Checking 100,000 rows one by one in Python costs about 20 µs a row on the
2-core machine, the whole import budget (DESIGN.md: 50,000 rows/s). So a
list is read by columns: cells are picked, stripped and transposed by C
loops (``itemgetter``, ``zip``, ``map``); what each distinct value of a
country, category, language, days or flags cell means is worked out once
(:mod:`checkin.importing.meanings`);
only the rows with something to say cost Python work of their own. The
result is the same as reading row by row in order: the same rows, the same
issues, in row order and, within a row, in the order they are checked
(:data:`_RANK`).

A row becomes a tuple in the stored field order (``LIST_FIELDS``, then the
badge version) with days and flags joined as stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import repeat
from operator import itemgetter

from checkin.domain.model import FLAGS, EventConfig
from checkin.importing.duplicates import picker, repeated_in_file
from checkin.importing.issues import Issue
from checkin.importing.meanings import CellMeanings
from checkin.importing.rows import (
    CONTROL,
    MAX_ID_BYTES,
    cell_value,
    generated_id,
    needs_tidying,
    split_full_name,
    tidy,
    unguarded,
)
from checkin.importing.values import all_emails, is_email

OPTIONAL = {
    "organisation": "organisation",
    "country": "country",
    "category": "category",
    "email": "e-mail",
}
#: Where an issue stands among those of its row (the order rows were always checked in).
_RANK = {
    code: rank
    for rank, code in enumerate(
        (
            "extra_cells",
            "row",
            "unknown_country",
            "country_na",
            "unknown_category",
            "unknown_language",
            "days",
            "flags",
            "missing_optional",
            "bad_email",
            "duplicate_ticket",
            "same_person_in_file",
        )
    )
}
#: Found issues: (position of the row, rank, issue).
Found = list[tuple[int, int, Issue]]


class RowReader:
    """Reads all the data rows of one file, under one column mapping."""

    def __init__(
        self, config: EventConfig, columns: dict[str, int], width: int, unescape: bool
    ) -> None:
        self.config = config
        self.columns = columns
        self.width = width
        self.unescape = unescape
        self.cells = CellMeanings(config)

    def read_all(
        self, rows: Sequence[tuple[int, list[str]]]
    ) -> tuple[list[tuple[int, tuple]], list[Issue]]:
        """The rows to import as (row number, stored row), and every row's issues."""
        if not rows:
            return [], []
        numbers = [number for number, _ in rows]
        records = [cells for _, cells in rows]
        text = self._texts(records)
        found: Found = []
        live, first, last = self._named_rows(numbers, text, self._extra_cells(records), found)
        ids = self._ids(numbers, text, first, last, live, found)
        meaning = self._meanings(numbers, text, live, found)
        self._missing(numbers, text, live, found)
        emails = text("email")
        bad = (
            [] if all_emails(emails) else [i for i in live if emails[i] and not is_email(emails[i])]
        )
        found += [
            (i, _RANK["bad_email"], Issue(numbers[i], "bad_email", {"value": emails[i]}))
            for i in bad
        ]
        twice = repeated_in_file(
            numbers, live, text("ticket_code"), emails, first, last, text("organisation"), ids
        )
        found += ((position, _RANK[issue.code], issue) for position, issue in twice)
        stored = list(
            zip(
                ids,
                first,
                last,
                text("name_latin"),
                text("title"),
                text("organisation"),
                meaning["country"],
                meaning["category"],
                emails,
                meaning["language"],
                meaning["days"],
                meaning["flags"],
                text("notes"),
                text("ticket_code"),
                repeat(1),
            )
        )
        found.sort(key=lambda item: (item[0], item[1]))
        kept = (
            list(zip(numbers, stored, strict=True))
            if len(live) == len(numbers)
            else [(numbers[i], stored[i]) for i in live]
        )
        return kept, [issue for _, _, issue in found]

    def _texts(self, records: list[list[str]]) -> Callable[[str], list[str]]:
        """Each mapped column's cells, stripped (and unescaped in CSV files)."""
        fields, indices = tuple(self.columns), tuple(self.columns.values())
        needed = max(indices) + 1
        if min(map(len, records)) < needed:
            records = [c if len(c) >= needed else [*c, *[""] * (needed - len(c))] for c in records]
        if len(indices) == 1:
            picked = [[cells[indices[0]] for cells in records]]
        else:
            picked = list(zip(*map(itemgetter(*indices), records), strict=True))
        columns: dict[str, list[str]] = {}
        for name, cells in zip(fields, picked, strict=True):
            column = list(map(str.strip, cells))
            if CONTROL.search(joined := "\n".join(column)):  # Windows/FileMaker line breaks
                joined = "\n".join(column := list(map(cell_value, column)))
            elif needs_tidying(joined):
                joined = "\n".join(column := list(map(tidy, column)))
            if self.unescape and "\n'" in "\n" + joined:
                column = [unguarded(value) for value in column]
            columns[name] = column
        empty = [""] * len(records)
        return lambda name: columns.get(name, empty)

    def _extra_cells(self, records: list[list[str]]) -> dict[int, str]:
        """The first value beyond the header's columns, by row position (a shifted column?)."""
        width = self.width
        if max(map(len, records)) <= width:
            return {}
        extra = {}
        for position, cells in enumerate(records):
            values = [c.strip() for c in cells[width:] if c.strip()]
            if values:
                extra[position] = values[0]
        return extra

    def _named_rows(
        self, numbers: list[int], text, extra: dict[int, str], found: Found
    ) -> tuple[list[int], list[str], list[str]]:
        """Positions of the rows with a value and a name; everyone's first and family names."""
        filled = list(map(any, zip(*(text(name) for name in self.columns), strict=True)))
        first, last = list(text("first_name")), list(text("last_name"))
        second, whole = text("second_last_name"), text("full_name")
        if (
            all(filled)
            and not extra
            and not any(second)
            and all(map(any, zip(first, last, strict=True)))
        ):
            return list(range(len(numbers))), first, last  # the usual list: nothing to say
        live: list[int] = []
        for position, number in enumerate(numbers):
            if not filled[position]:
                found.append((position, _RANK["row"], Issue(number, "empty_row")))
                continue
            if position in extra:
                found.append(
                    (
                        position,
                        _RANK["extra_cells"],
                        Issue(number, "extra_cells", {"value": extra[position]}),
                    )
                )
            if second[position]:
                last[position] = f"{last[position]} {second[position]}".strip()
            if not first[position] and not last[position] and whole[position]:
                first[position], last[position] = split_full_name(whole[position])
            if not first[position] and not last[position]:
                found.append((position, _RANK["row"], Issue(number, "no_name")))
                continue
            live.append(position)
        return live, first, last

    def _ids(self, numbers, text, first, last, live: list[int], found: Found) -> list[str]:
        """Everyone's id (made from the name where the file has none); drops bad ids from live."""
        rank = _RANK["row"]
        if "id" in self.columns:
            ids = text("id")
        else:
            org, email = text("organisation"), text("email")
            ids = [""] * len(numbers)
            for i in live:
                ids[i] = generated_id(first[i], last[i], org[i], email[i])
        if _fine_ids(picker(live, len(numbers))(ids)) and not _any_scientific(ids):
            return ids
        seen: dict[str, int] = {}
        kept: list[int] = []
        for position in live:
            pid = ids[position]
            if not pid:
                found.append((position, rank, Issue(numbers[position], "no_id")))
            elif _SCIENTIFIC.match(pid):  # 1.23457E+11: the digits are gone for good
                issue = Issue(numbers[position], "id_scientific", {"id": pid})
                found.append((position, rank, issue))
            elif len(pid) * 4 > MAX_ID_BYTES and len(pid.encode("utf-8", "surrogatepass")) > (
                MAX_ID_BYTES
            ):
                found.append(
                    (
                        position,
                        rank,
                        Issue(numbers[position], "id_too_long", {"limit": MAX_ID_BYTES}),
                    )
                )
            elif pid in seen:
                found.append(
                    (
                        position,
                        rank,
                        Issue(
                            numbers[position], "duplicate_id", {"id": pid, "other_row": seen[pid]}
                        ),
                    )
                )
            else:
                seen[pid] = numbers[position]
                kept.append(position)
        live[:] = kept
        return ids

    def _meanings(self, numbers: list[int], text, live: list[int], found: Found) -> dict:
        """Country, category, language, days and flags columns in the event's vocabulary."""
        flag_columns = [f for f in FLAGS if f in self.columns]
        flag_keys = list(zip(text("flags"), *(text(f) for f in flag_columns), strict=True))
        work = {
            "country": (text("country"), self.cells.country),
            "category": (text("category"), self.cells.category),
            "language": (text("language"), self.cells.language),
            "days": (text("days"), self.cells.days),
            "flags": (flag_keys, lambda key, issues: self.cells.flags(key, flag_columns, issues)),
        }
        meaning: dict[str, list[str]] = {}
        for kind, (values, read) in work.items():
            known: dict[object, tuple[str, list]] = {}
            for value in set(values):
                issues: list[tuple[str, dict]] = []
                known[value] = (read(value, issues), issues)
            result = {value: read_as for value, (read_as, _) in known.items()}
            meaning[kind] = list(map(result.__getitem__, values))
            troubled = {value for value, (_, issues) in known.items() if issues}
            for position in (i for i in live if values[i] in troubled) if troubled else ():
                for code, params in known[values[position]][1]:
                    rank = _RANK.get(code, _RANK["days" if kind == "days" else "flags"])
                    found.append((position, rank, Issue(numbers[position], code, dict(params))))
        return meaning

    def _missing(self, numbers: list[int], text, live: list[int], found: Found) -> None:
        optional = [f for f in OPTIONAL if f in self.columns]
        if not optional:
            return
        values = list(zip(*(text(f) for f in optional), strict=True))
        complete = list(map(all, values))
        if all(complete):
            return
        rank = _RANK["missing_optional"]
        for position in live:
            if complete[position]:
                continue
            missing = [f for f, v in zip(optional, values[position], strict=True) if not v]
            found.append(
                (
                    position,
                    rank,
                    Issue(
                        numbers[position],
                        "missing_optional",
                        {"fields": ", ".join(OPTIONAL[f] for f in missing), "keys": tuple(missing)},
                    ),
                )
            )


#: A number as Excel shows it in scientific notation ("1.23457E+11", "1,23457E+11").
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?E[+-]\d+\Z", re.IGNORECASE)


def _any_scientific(ids: list[str]) -> bool:
    """Whether an id is in scientific notation (C loops: a join, a search, a match each)."""
    joined = "\n".join(ids)
    if "E+" not in joined and "e+" not in joined and "E-" not in joined:
        return False
    return any(map(_SCIENTIFIC.match, ids))


def _fine_ids(ids: list[str]) -> bool:
    """Whether these ids are all there, short enough and different (then no id is refused)."""
    return (
        all(ids) and max(map(len, ids), default=0) * 4 <= MAX_ID_BYTES and len(set(ids)) == len(ids)
    )
