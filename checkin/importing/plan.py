"""From the rows of a file to an :class:`ImportPlan`: participants plus a validation report.

Nothing here touches the database: the plan says what the file holds; the
service compares it with the participants already there and applies it in
one transaction. The plan is built the same way for the CLI's ``--dry-run``,
the wizard's report page and the real import, so what was shown is what is
applied.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

from checkin.domain.errors import InputError
from checkin.domain.model import EventConfig, Participant
from checkin.importing.canonical import COLUMNS
from checkin.importing.columns import RowReader
from checkin.importing.headers import (
    NAME_FIELDS,
    duplicates_of,
    field_names,
    guess_mapping,
    honorifics,
    mapping_score,
    may_be_honorifics,
)
from checkin.importing.issues import Issue
from checkin.importing.rows import participant_of
from checkin.importing.table import Records, Source, Table

#: How far down a header row is looked for (title rows above it are common).
HEADER_SEARCH_ROWS = 10


class PlannedRow(NamedTuple):
    """One row to import: its number in the file and the participant it holds.

    The participant is kept as the tuple ``RowReader.read_all`` makes
    (``values``, the stored field order); a :class:`Participant` is built only
    when asked for (the wizard shows a few), not for each of 100,000 rows.
    """

    row: int
    values: tuple

    @property
    def participant(self) -> Participant:
        return participant_of(self.values)


@dataclass(slots=True)
class ImportPlan:
    """What a file holds, row by row, and everything worth telling about it."""

    source: Source
    header_row: int
    headers: tuple[str, ...]
    mapping: tuple[str | None, ...]
    rows: list[PlannedRow] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    skipped: int = 0
    data_rows: int = 0

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.is_error]


def column_name(index: int) -> str:
    """``0`` -> ``A``, ``27`` -> ``AB``: how Excel names a column."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def tabulate(records: Records) -> Table:
    """Find the header row (the first of the top rows that names the most fields)."""
    if not records.rows:
        raise InputError("empty", f"{records.source.name} is empty.", file=records.source.name)
    best_index, best_score = 0, 0
    for index, (_number, cells) in enumerate(records.rows[:HEADER_SEARCH_ROWS]):
        score = mapping_score(guess_mapping(cells))
        if score > best_score:
            best_index, best_score = index, score
    number, raw_header = records.rows[best_index]
    header = [h.strip() for h in raw_header]
    first_data = best_index + 1
    if best_index > 0:
        above = [c.strip() for c in records.rows[best_index - 1][1]]
        if _is_first_header_row(above, header):  # "ID" merged down beside "Prénom" | "Nom"
            width = max(len(header), len(above))
            header = [
                header[i] if i < len(header) and header[i] else (above[i] if i < len(above) else "")
                for i in range(width)
            ]
            number = records.rows[best_index - 1][0]
    if first_data < len(records.rows):
        below = [c.strip() for c in records.rows[first_data][1]]
        if _is_second_header_row(header, below):  # "Name" over "First" | "Last" (merged cells)
            width = max(len(header), len(below))
            header = [
                below[i] if i < len(below) and below[i] else (header[i] if i < len(header) else "")
                for i in range(width)
            ]
            first_data += 1
    width = max((i + 1 for i, h in enumerate(header) if h), default=len(header))
    rows = records.rows[first_data:]
    width = _data_width(rows, width)
    header += [""] * (width - len(header))
    repeated = _repeated_headers(rows, raw_header)
    if repeated:
        left_out = set(repeated)
        rows = [row for row in rows if row[0] not in left_out]
    return Table(
        records.source,
        header_row=number,
        headers=tuple(header[:width]),
        rows=rows,
        repeated_header=repeated,
    )


def _is_first_header_row(above: list[str], header: list[str]) -> bool:
    """Whether ``above`` is the first line of a two-line header whose second line is
    ``header``: group labels ("Participant" over "Prénom" | "Nom") and, where the
    second line is blank, fields merged down over both lines ("ID", "Pays"). Every
    cell over a blank must name a field (a title row above a header names none)."""
    over_blanks = [
        i for i, cell in enumerate(above) if cell and (i >= len(header) or not header[i])
    ]
    if not over_blanks:
        return False
    fields = guess_mapping(above)
    return all(fields[i] is not None for i in over_blanks)


def _data_width(rows: Sequence[tuple[int, list[str]]], width: int) -> int:
    """``width``, or more when columns past the last header hold values in most rows: a
    column someone forgot to name, which the wizard then offers to map (values in a few
    rows only are shifted cells, reported row by row)."""
    widest = max(map(len, map(itemgetter(1), rows)), default=0)  # C loops: no work per row
    if widest <= width:
        return width
    half = len(rows) / 2
    last = width
    for column in range(width, widest):
        filled = sum(1 for _, cells in rows if column < len(cells) and cells[column].strip())
        if filled > half:
            last = column + 1
    return last


def _repeated_headers(rows: Sequence[tuple[int, list[str]]], header: list[str]) -> tuple[int, ...]:
    """Rows that are the header again (lists pasted one under another), even spelt
    otherwise ("First Name", "Organization"): their cells name the same fields.

    Only rows whose cell in one column (the id's, else the first recognised)
    names that column's field are looked at whole; those cells are found by
    one regular expression over the column, so a list of 100,000 people costs
    no Python work per row.
    """
    width = len(header)
    mapping = guess_mapping([h.strip() for h in header])
    mapped = [i for i, f in enumerate(mapping) if f]
    if not mapped or not rows:
        return tuple(n for n, cells in rows if cells == header)
    column = mapping.index("id") if "id" in mapping else mapped[0]
    try:
        column_text = "\n".join(map(itemgetter(column), map(itemgetter(1), rows)))
    except IndexError:  # a row shorter than the header
        column_text = "\n".join(c[column] if len(c) > column else "" for _, c in rows)
    names = (header[column].strip(), *field_names(mapping[column]))
    # Lower case first: a case-blind expression is three times slower. Within a line,
    # any spacing or punctuation between the words, around them ("First-Name:").
    gap = r"[^\w\n]*"
    spelt = "|".join(re.escape(name.lower()).replace(r"\ ", gap) for name in names if name)
    pattern = re.compile(rf"^{gap}(?:{spelt}){gap}$", re.MULTILINE)
    if column_text.count("\n") != len(rows) - 1:  # a cell with a line break of its own
        column_text = "\n".join(
            c[column].replace("\n", " ") if len(c) > column else "" for _, c in rows
        )
    joined = column_text.lower()
    found, line, position = [], 0, 0
    for match in pattern.finditer(joined):
        line += joined.count("\n", position, match.start())
        position = match.start()
        found.append(line)

    def names_the_same_fields(cells: list[str]) -> bool:
        padded = [c.strip() for c in cells[:width]] + [""] * (width - len(cells))
        return guess_mapping(padded) == mapping

    return tuple(rows[i][0] for i in found if names_the_same_fields(rows[i][1]))


def _is_second_header_row(header: list[str], below: list[str]) -> bool:
    """Whether ``below`` is the second line of a two-line header (*Name* merged over
    *First* | *Last*): every cell it fills names a field (data never does: an id, a
    name), at least two do, and one of them sits under a blank cell of the first line."""
    filled = [i for i, cell in enumerate(below) if cell]
    if len(filled) < 2:
        return False
    fields = guess_mapping(below)
    if any(fields[i] is None for i in filled):
        return False
    return any(i >= len(header) or not header[i] for i in filled)


def guess_table_mapping(table: Table) -> tuple[str | None, ...]:
    """:func:`guess_mapping`, less a "Title" column of honorifics (not a position)."""
    mapping = guess_mapping(table.headers)
    if "title" in mapping and _honorific(table, mapping.index("title")):
        return tuple(None if f == "title" else f for f in mapping)
    return mapping


def _honorific(table: Table, column: int) -> bool:
    """Whether the column is a "Title" one whose cells are mostly Mr, Ms, H.E. (only a
    "Title" column is read for this: a "Position" column never holds honorifics)."""
    if not may_be_honorifics(table.headers[column]):
        return False
    return honorifics(c[column].strip() if column < len(c) else "" for _, c in table.rows)


def build_plan(
    table: Table,
    config: EventConfig,
    mapping: Sequence[str | None] | None = None,
    *,
    above_header: Sequence[int] = (),
) -> ImportPlan:
    """Validate every row of ``table`` under ``mapping`` (guessed when not given)."""
    headers = table.headers
    mapping = tuple(mapping) if mapping is not None else guess_table_mapping(table)
    mapping = (tuple(mapping) + (None,) * len(headers))[: len(headers)]
    columns: dict[str, int] = {}
    plan = ImportPlan(table.source, table.header_row, headers, mapping)
    here = table.header_row
    for index, target in enumerate(mapping):
        if target is None:
            continue
        if target in columns:
            other = headers[columns[target]] or column_name(columns[target])
            plan.issues.append(
                Issue(
                    here,
                    "duplicate_column",
                    {
                        "column": headers[index] or column_name(index),
                        "other": other,
                        "field": target,
                    },
                )
            )
        else:
            columns[target] = index
    if not any(f in columns for f in NAME_FIELDS):
        source = table.source
        others = [name for name in source.sheets if name != source.sheet]
        where = (
            f" in the sheet {source.sheet!r} (the workbook's other sheets: "
            f"{', '.join(others)}; choose one with --sheet, or in the import wizard)"
            if others
            else ""
        )
        raise InputError(
            "no_name_column",
            f"No column holds the names (first name, family name or full name){where}. "
            f"The columns found are: {', '.join(h for h in headers if h) or '(none)'}.",
            columns=", ".join(h for h in headers if h),
        )
    _file_issues(plan, table, config, columns, mapping, above_header)
    # Only Check-in's own CSV export puts an apostrophe before formula-like values.
    own_export = table.source.format == "csv" and tuple(headers) == COLUMNS
    reader = RowReader(config, columns, len(headers), own_export)
    accepted, issues = reader.read_all(table.rows)
    plan.issues.extend(issues)
    plan.rows = list(map(tuple.__new__, repeat(PlannedRow), accepted))  # no Python call per row
    plan.skipped = len(table.rows) - len(accepted)
    plan.data_rows = len(table.rows)
    return plan


def _file_issues(plan, table, config, columns, mapping, above_header) -> None:
    here = table.header_row
    issues = plan.issues
    if "id" not in columns:
        issues.append(Issue(here, "no_id_column"))
    if "category" not in columns and config.categories:
        issues.append(Issue(here, "no_category_column", {"default": config.default_category}))
    duplicated = duplicates_of(table.headers, mapping)
    for column, field_name in duplicated:
        if not any(
            i.code == "duplicate_column" and i.params.get("field") == field_name for i in issues
        ):
            other = table.headers[columns[field_name]]
            issues.append(
                Issue(
                    here,
                    "duplicate_column",
                    {"column": table.headers[column], "other": other, "field": field_name},
                )
            )
    named = {column for column, _ in duplicated}  # already said, as a duplicate
    if "title" not in columns:  # "Title" (Mr, Ms, H.E.) is no position: said as such
        for column, header in enumerate(table.headers):
            if mapping[column] is None and _honorific(table, column):
                issues.append(Issue(here, "honorifics_column", {"column": header}))
                named.add(column)
    unmapped = [
        h
        for column, (h, f) in enumerate(zip(table.headers, mapping, strict=True))
        if h and f is None and column not in named
    ]
    if unmapped:
        issues.append(Issue(here, "unmapped_columns", {"columns": ", ".join(unmapped)}))
    if above_header:
        issues.append(Issue(here, "above_header", {"rows": ", ".join(map(str, above_header))}))
    if table.repeated_header:
        rows = ", ".join(map(str, table.repeated_header))
        issues.append(Issue(here, "repeated_header", {"rows": rows}))
    for column, header in enumerate(table.headers):
        if not header and any(column < len(c) and c[column].strip() for _, c in table.rows):
            issues.append(Issue(here, "unnamed_column", {"column": column_name(column)}))
    for row, code, value in table.source.notes:
        issues.append(Issue(row or here, code, {"value": value}))


def read_plan(
    records: Records, config: EventConfig, mapping: Sequence[str | None] | None = None
) -> ImportPlan:
    """Records straight to a plan: header found, mapping guessed unless given."""
    table = tabulate(records)
    above = [n for n, _ in records.rows if n < table.header_row]
    return build_plan(table, config, mapping, above_header=above)
