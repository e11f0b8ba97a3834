"""Excel workbooks (.xlsx): the first visible sheet, or the one asked for.

openpyxl's read-only mode streams rows, so a 100,000-row workbook does not
need its whole object model in memory. Cells become text the way a person
reads them in Excel: ``1234`` not ``1234.0``, ``2015-10-26`` not a datetime.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from typing import Any

from checkin.domain.errors import InputError
from checkin.importing.table import Records, Source

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
#: Office stores a password-protected .xlsx as an OLE2 container with these streams.
_ENCRYPTED_MARKERS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))


#: A number format of zeros ("00000": Excel shows 124 as 00124, ids with leading zeros),
#: maybe with literal text around them (``"IDM15-"00000``, ``\R-0000``): IDM15-00124.
_ZEROS = re.compile(r'((?:"[^"]*"|\\.)*)(0+)((?:"[^"]*"|\\.)*)')
_LITERAL = re.compile(r'"([^"]*)"|\\(.)')


def cell_text(value: Any, number_format: str = "General", data_type: str = "") -> str:
    """A cell as the text a person sees in Excel.

    An error value (``#N/A``, ``#REF!``: a formula that broke) is an empty cell,
    not data: an id ``#N/A`` would be a person.
    """
    if value is None or data_type == "e":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    zeros = _ZEROS.fullmatch(number_format) if isinstance(value, int | float) else None
    if zeros and float(value).is_integer() and 0 <= value < 1e15:
        prefix, suffix = (_literal(zeros[1]), _literal(zeros[3]))
        return f"{prefix}{str(int(value)).zfill(len(zeros[2]))}{suffix}"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _literal(text: str) -> str:
    """The text a number format shows as written: ``"IDM15-"`` or ``\\R`` -> ``IDM15-``, ``R``."""
    return "".join(quoted or escaped for quoted, escaped in _LITERAL.findall(text))


def check_office_container(data: bytes, name: str) -> None:
    """Explain the two Office files that are not .xlsx: protected workbooks and old .xls."""
    if not data.startswith(OLE2_MAGIC):
        return
    if any(marker in data for marker in _ENCRYPTED_MARKERS):
        raise InputError(
            "password_protected",
            f"{name} is protected by a password. Open it in Excel, remove the password "
            "(File > Info > Protect Workbook) or save a copy as CSV, and import that.",
            file=name,
        )
    raise InputError(
        "old_excel",
        f"{name} is an old Excel 97–2003 workbook (.xls). Open it in Excel and save it "
        "as .xlsx or CSV, then import that.",
        file=name,
    )


#: Excel's "Strict Open XML Spreadsheet" save format, which openpyxl reads as no sheets.
STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/spreadsheetml/main"


def is_workbook(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC)


def read_workbook(data: bytes, name: str, sheet: str | None = None) -> Records:
    """Every non-empty row of one sheet. Raises :class:`InputError` with a clear reason."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _unreadable(name, "the file is damaged or incomplete") from None
    if "xl/workbook.xml" not in members:
        if "content.xml" in members:
            raise InputError(
                "ods",
                f"{name} is an OpenDocument spreadsheet. Save it as .xlsx or CSV and import that.",
                file=name,
            )
        raise _unreadable(name, "it is a ZIP archive, not an Excel workbook")
    if STRICT_NAMESPACE in archive.read("xl/workbook.xml")[:4096]:
        raise InputError(
            "strict_xlsx",
            f"{name} was saved as a Strict Open XML workbook, which cannot be read. In "
            "Excel, save it as Excel Workbook (.xlsx) or as CSV and import that.",
            file=name,
        )
    import openpyxl

    try:
        with warnings.catch_warnings():  # its warnings about odd files are for developers
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on damaged files
        raise _unreadable(name, f"the workbook is damaged ({type(error).__name__})") from None
    try:
        sheets = tuple(workbook.sheetnames)
        worksheet = _pick_sheet(workbook, sheets, sheet, name)
        worksheet.reset_dimensions()  # some writers record a wrong size; read to the end
        rows: list[tuple[int, list[str]]] = []
        for number, row in enumerate(worksheet.iter_rows(), start=1):
            cells = [_text_of(cell) for cell in row]
            if any(c.strip() for c in cells):
                rows.append((number, cells))
    except InputError:
        raise
    except Exception as error:
        raise _unreadable(name, f"the workbook is damaged ({type(error).__name__})") from None
    finally:
        workbook.close()
    notes = ()
    if _formulas_without_results(archive, getattr(worksheet, "_worksheet_path", "")):
        notes = ((0, "formulas_without_values", ""),)
    return Records(Source(name, "xlsx", sheet=worksheet.title, sheets=sheets, notes=notes), rows)


def _formulas_without_results(archive: zipfile.ZipFile, member: str) -> bool:
    """Whether the sheet has formulas whose results were never saved.

    Excel saves each formula's last result beside it; a file written by a
    program (a registration system's export script) may not, and the cell
    then reads as empty: every id made by a formula would be missing.
    """
    try:
        xml = archive.read(member)
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError):
        return False
    if b"<f" not in xml:
        return False
    return _EMPTY_RESULT.search(xml) is not None


#: A cell's formula followed by no result or by ``<v/>`` (what openpyxl writes). Not
#: ``<v></v>``: Excel's own saved result of a formula that gives "" (=IFERROR(…;"")).
_EMPTY_RESULT = re.compile(rb"</f>\s*(?:<v\s*/>|</c>)|<f[^>]*/>\s*</c>")


def _text_of(cell: Any) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str) and cell.data_type != "e":
        return value
    return cell_text(value, cell.number_format, cell.data_type)


def _pick_sheet(workbook, sheets: tuple[str, ...], wanted: str | None, name: str):
    worksheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
    if not worksheets:
        raise _unreadable(name, "the workbook has no sheet with cells")
    if wanted is None or wanted == "":  # the first visible sheet with cells (a cover
        visible = [ws for ws in worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        candidates = visible or worksheets  # sheet left empty is no list)
        return next((ws for ws in candidates if _has_cells(ws)), candidates[0])
    for candidate in (wanted, wanted.strip().casefold()):
        for ws in worksheets:
            if ws.title == candidate or ws.title.strip().casefold() == candidate:
                return ws
    raise InputError(
        "no_such_sheet",
        f"{name} has no sheet named {wanted!r}. Its sheets are: {', '.join(sheets)}.",
        file=name,
        sheet=wanted,
        sheets=", ".join(sheets),
    )


def _has_cells(worksheet) -> bool:
    worksheet.reset_dimensions()
    return any(
        any(v is not None and str(v).strip() for v in row)
        for row in worksheet.iter_rows(values_only=True)
    )


def _unreadable(name: str, reason: str) -> InputError:
    return InputError("unreadable", f"{name} cannot be read: {reason}.", file=name, reason=reason)
