"""Writing tables back out: the participant list, a day's attendance.

CSV is UTF-8 with a byte-order mark (so Excel shows accents right) and
commas; XLSX is one sheet. Both are written to a temporary file and renamed
into place, so a reader (or a crash) never sees half a file. A text value
starting with ``=``, ``+``, ``-`` or ``@`` would run as a formula when the
file is opened in a spreadsheet: in CSV it gets a leading apostrophe (which
our import removes again), in XLSX it is stored as a text cell.
"""

from __future__ import annotations

import csv
import errno
import os
import secrets
from collections.abc import Iterable, Sequence
from pathlib import Path

from checkin.domain.errors import InputError
from checkin.domain.model import Participant
from checkin.importing.canonical import COLUMNS
from checkin.importing.rows import is_formula_like

FORMATS = (".csv", ".xlsx")


def participant_record(person: Participant) -> list[str]:
    """A participant as a row of Check-in's own list format (``canonical.COLUMNS``)."""
    values = {
        "days": ";".join(d.isoformat() for d in person.days),
        "flags": ";".join(sorted(person.flags)),
    }
    return [values[c] if c in values else getattr(person, c) for c in COLUMNS]


def write_participants(path: Path, people: Iterable[Participant]) -> int:
    rows = [participant_record(p) for p in people]
    write_table(path, COLUMNS, rows, sheet="Participants")
    return len(rows)


def write_table(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], *, sheet: str = "Sheet1"
) -> None:
    """Write ``rows`` under ``headers`` as CSV or XLSX, by the file's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            "export_format",
            f"{path.name}: choose a file name ending in .csv or .xlsx.",
            file=path.name,
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Not mkstemp (readable by its owner only): a day file or the list on a share
        # gets the share's usual permissions, so every desk's account can read it.
        temporary = str(path.with_name(f".{path.stem}-{secrets.token_hex(4)}{suffix}"))
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        try:
            if suffix == ".csv":
                _write_csv(Path(temporary), headers, rows)
            else:
                _write_xlsx(Path(temporary), headers, rows, sheet)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        if error.errno == errno.ENOSPC:
            reason, advice = "full", "The disk is full: free some space and try again."
        elif error.errno in (errno.EROFS, errno.EIO, errno.ENOTCONN, errno.ETIMEDOUT):
            reason, advice = "other", "Check the disk or the network folder and try again."
        else:  # on Windows, a file open in Excel cannot be replaced
            reason, advice = "locked", "If it is open in another program, close it and try again."
        raise InputError(
            "export_failed",
            f"{path} cannot be written ({error.strerror or error}). {advice}",
            file=path.name,
            reason=reason,
        ) from None


def _safe(value: object) -> str:
    """An apostrophe before a value a spreadsheet would run as a formula; also before
    one that already starts with apostrophes then ``=``, so the import's removal of
    one apostrophe gives back exactly what was stored."""
    text = "" if value is None else str(value)
    return "'" + text if is_formula_like(text) else text


def _write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows([_safe(v) for v in row] for row in rows)


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], sheet: str
) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = openpyxl.Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet)
    worksheet.append(list(headers))
    for row in rows:
        cells = []
        for value in row:
            text = ILLEGAL_CHARACTERS_RE.sub("", "" if value is None else str(value))
            cell = WriteOnlyCell(worksheet, value=text)
            cell.data_type = "s"  # text, never a formula or a number (ids like 00123)
            cells.append(cell)
        worksheet.append(cells)
    workbook.save(path)
