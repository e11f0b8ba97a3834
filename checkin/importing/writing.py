"""Writing tables back out: the participant list, a day's attendance.

CSV is UTF-8 with a byte-order mark (so Excel shows accents right) and
commas; XLSX is one sheet. Both are written to a temporary file and renamed
into place, so a reader (or a crash) never sees half a file. A text value
starting with ``=``, ``+``, ``-`` or ``@`` would run as a formula when the
file is opened in a spreadsheet: in CSV it gets a leading apostrophe (which
our import removes again), in XLSX it is stored as a text cell.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import os
import secrets
import time
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
    # The whole file is made in memory first: a share that goes away mid-write then
    # interrupts one plain write, never openpyxl half-way (its row writer, left open,
    # complained on stderr at exit), and the temporary file is the only thing to clean.
    data = _csv_bytes(headers, rows) if suffix == ".csv" else _xlsx_bytes(headers, rows, sheet)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Not mkstemp (readable by its owner only): a day file or the list on a share
        # gets the share's usual permissions, so every desk's account can read it.
        temporary = str(path.with_name(f"{TEMPORARY_PREFIX}{path.stem}-{secrets.token_hex(4)}"
                                       f"{suffix}"))
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):  # the share may be gone: nothing to clean
                os.unlink(temporary)
            raise
    except OSError as error:
        reason, advice = _why(error)
        raise InputError(
            "export_failed",
            f"{path} cannot be written ({error.strerror or error}). {advice}",
            file=path.name,
            reason=reason,
        ) from None


#: Temporary files start with this; :func:`remove_stale_temporaries` clears old ones.
TEMPORARY_PREFIX = "."
#: A temporary file older than this was left by a write that was cut off (a share that
#: went away), not one another desk is writing now.
STALE_SECONDS = 600


def _why(error: OSError) -> tuple[str, str]:
    """The kind of failure, and what to do about it."""
    if error.errno == errno.ENOSPC:
        return "full", "The disk is full: free some space and try again."
    # Windows refuses to replace a file Excel holds open (sharing violation, 32 and 33);
    # a folder of that name is in the way alike.
    held = getattr(error, "winerror", None) in (32, 33) or error.errno == errno.EISDIR
    if isinstance(error, PermissionError) or held:
        return "locked", (
            "If it is open in another program, close it and try again; otherwise check "
            "that this computer may write there."
        )
    return "other", "Check the disk or the network folder and try again."


def remove_stale_temporaries(folder: Path, names: Sequence[str]) -> None:
    """Remove the temporary files of ``names`` (e.g. ``2015-10-26.xlsx``) left in
    ``folder`` by writes cut off more than :data:`STALE_SECONDS` ago."""
    now = time.time()
    for name in names:
        stem, suffix = os.path.splitext(name)
        for leftover in folder.glob(f"{TEMPORARY_PREFIX}{stem}-*{suffix}"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > STALE_SECONDS:
                    leftover.unlink()


def _safe(value: object) -> str:
    """An apostrophe before a value a spreadsheet would run as a formula; also before
    one that already starts with apostrophes then ``=``, so the import's removal of
    one apostrophe gives back exactly what was stored."""
    text = "" if value is None else str(value)
    return "'" + text if is_formula_like(text) else text


def _csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(headers)
    writer.writerows([_safe(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx_bytes(headers: Sequence[str], rows: Sequence[Sequence[str]], sheet: str) -> bytes:
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
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
