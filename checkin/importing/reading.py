"""Reading any participant file: tell the format from its bytes, never from its name.

A registration team's "Excel file" may be a CSV renamed ``.xls``, a real
workbook named ``.csv``, a password-protected workbook or a web page; each
gets the right reader or one clear message (:class:`InputError`), never a
traceback, and nothing is written anywhere.
"""

from __future__ import annotations

from pathlib import Path

from checkin.domain.errors import InputError
from checkin.importing.table import Records
from checkin.importing.text_files import read_text_table
from checkin.importing.workbooks import check_office_container, is_workbook, read_workbook

#: A registration list of 100,000 people is about 20 MB; far beyond this is not a list.
MAX_BYTES = 512 * 1024 * 1024


def read_file(path: Path, sheet: str | None = None) -> Records:
    """Read ``path`` (CSV/TSV/XLSX). Raises :class:`InputError` when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                "too_large", f"{path.name} is too large to be a participant list.", file=path.name
            )
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError("unreadable", f"{path} is a folder, not a file.", file=path.name) from None
    except FileNotFoundError:
        raise InputError("not_found", f"{path} does not exist.", file=path.name) from None
    except OSError as error:
        raise InputError(
            "unreadable", f"{path.name} cannot be opened: {error.strerror}.", file=path.name
        ) from None
    return read_bytes(data, path.name, sheet)


def read_bytes(data: bytes, name: str, sheet: str | None = None) -> Records:
    """Read a file's content; ``name`` is only used in messages."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError("empty", f"{name} is empty.", file=name)
    check_office_container(data, name)
    if is_workbook(data):
        records = read_workbook(data, name, sheet)
        if not records.rows:
            others = [t for t in records.source.sheets if t != records.source.sheet]
            hint = (
                f" Its other sheets: {', '.join(others)} (choose one with --sheet)."
                if (others)
                else ""
            )
            raise InputError(
                "empty_sheet",
                f"The sheet {records.source.sheet!r} of {name} is empty.{hint}",
                file=name,
                sheet=records.source.sheet,
            )
        return records
    if sheet:
        raise InputError(
            "no_sheets",
            f"{name} is a text (CSV) file: it has no sheets to choose from.",
            file=name,
            sheet=sheet,
        )
    head = _head(data)
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<table")):
        raise InputError(
            "web_page",
            f"{name} is a web page or XML file, not a table. Open it in Excel and save it "
            "as .xlsx or CSV, then import that.",
            file=name,
        )
    if head.startswith(b"%pdf"):
        raise InputError("not_a_table", f"{name} is a PDF, not a CSV or Excel file.", file=name)
    records = read_text_table(data, name)
    if not records.rows:
        raise InputError("empty", f"{name} is empty.", file=name)
    return records


def _head(data: bytes) -> bytes:
    """The start of the file as ASCII, lower case: whatever byte-order mark and
    whichever of UTF-8, UTF-16 or UTF-32 (whose ASCII is ASCII once the zero
    bytes are gone) a web page or a PDF is written in."""
    head = data[:2048].replace(b"\x00", b"")[:512]
    return head.lstrip(b" \t\r\n\xef\xbb\xbf\xff\xfe").lower()
