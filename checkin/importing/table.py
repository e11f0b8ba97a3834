"""What a reader hands on: the cells of a file, with the row numbers people see.

Row numbers are the ones Excel shows (a CSV record with a line break inside a
quoted cell is still one row), so a report that says "row 812" points at the
line the registration team will open and fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Source:
    """How a file was read: shown to the user, so they can tell if it went wrong."""

    name: str
    format: str  # "csv" | "xlsx"
    encoding: str = ""  # csv only: "utf-8", "utf-8-sig", "utf-16", "cp1252", "mac_roman", "cp850"
    delimiter: str = ""  # csv only
    sheet: str = ""  # xlsx only: the sheet that was read
    sheets: tuple[str, ...] = ()  # xlsx only: every sheet of the workbook
    #: Things noticed while reading (mangled accents, an unclosed quote): (row, code, value).
    notes: tuple[tuple[int, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Records:
    """Every non-empty row of a file, as text cells, keyed by the row number users see."""

    source: Source
    rows: list[tuple[int, list[str]]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Table:
    """Records split into the header row and the data rows below it."""

    source: Source
    header_row: int
    headers: tuple[str, ...]
    rows: list[tuple[int, list[str]]]
    #: Rows below the header that repeat it (lists pasted one under another): left out.
    repeated_header: tuple[int, ...] = ()

    def sample(self, count: int = 20) -> list[tuple[int, list[str]]]:
        return self.rows[:count]
