"""CSV and tab-separated text: find the encoding and the delimiter, never ask.

Excel writes "CSV" in the machine's ANSI code page (Windows-1252 in Western
Europe, ``;``-separated where the decimal mark is a comma), "CSV UTF-8" with a
byte-order mark, and "Unicode text" as tab-separated UTF-16. Older Macs write
Mac Roman. Registration systems write UTF-8 with ``,``. Every one of them is
told apart from the bytes: a byte-order mark, then UTF-16 without one (every
other byte is zero), then strict UTF-8, then UTF-8 with a few lines pasted in
from a Windows-1252 file (those lines are read as Windows-1252 and the file
gets a note), then the 8-bit code page whose accented letters read most like
words (:mod:`checkin.importing.code_pages`: Windows-1252, Mac Roman, or code
page 850 from Excel's "CSV (MS-DOS)").
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable
from itertools import count

from checkin.domain.errors import InputError
from checkin.importing.code_pages import eight_bit
from checkin.importing.headers import NAME_FIELDS, guess_mapping
from checkin.importing.table import Records, Source

DELIMITERS = (",", ";", "\t", "|")
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
#: A UTF-8 file with a few Windows-1252 lines pasted in (read line by line, with a note).
MIXED = "utf-8+cp1252"
#: A Windows-1252 file with some lines in UTF-8 (read as UTF-8: see decode).
UTF8_LINES = "cp1252+utf-8"
#: Parses a list of one column (a character no list holds); its Source says "".
ONE_COLUMN = "\x1f"
_MAX_FALLBACKS = 1000  # more invalid UTF-8 than this: an 8-bit file, not a UTF-8 one
#: UTF-8 accents read back as Windows-1252 once already ("Ã©" for "é"): the file was mangled.
_MOJIBAKE = re.compile("Ã[\u00a0-\u00bf]|Ã[\u2018\u2019\u201a\u201c\u201d\u2020\u2021\u2026]")
#: A well-formed UTF-8 multi-byte character (Windows-1252 text almost never has one).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> tuple[str, str, tuple[int, str] | None]:
    """``(text, encoding, (line, text of that line))``, the line being the first one
    read as Windows-1252 in a UTF-8 file (else None). Raises :class:`InputError`
    for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            label = "utf-16" if encoding.startswith("utf-16") else encoding
            return _strict(data[len(bom) :], encoding.removesuffix("-sig"), name), label, None
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name), "utf-16", None
    if b"\x00" in data[:65536]:
        if data.count(0) > 0.001 * len(data) + 8:
            raise _binary(name)
        data = data.replace(b"\x00", b"")  # a few stray NULs: a damaged export, not binary
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    mixed = utf8_with_fallback(data)
    if mixed is not None:
        text, first_bad = mixed
        line = data[:first_bad].count(b"\n") + 1
        return text, MIXED, (line, text.split("\n", line)[line - 1].strip()[:80])
    text, encoding = eight_bit(data)
    if encoding == "cp1252" and _MOJIBAKE.search(text):  # "JosÃ©": a UTF-8 line in it?
        return _with_utf8_lines(data, text)
    return text, encoding, None


def _with_utf8_lines(data: bytes, text: str) -> tuple[str, str, tuple[int, str] | None]:
    """A Windows-1252 file with lines pasted in UTF-8 (one registration exported
    elsewhere): those lines, which read as "JosÃ©" in Windows-1252, are read as UTF-8.
    Only lines that are valid UTF-8 and whose Windows-1252 reading is mangled change."""
    lines = data.split(b"\n")
    first: tuple[int, str] | None = None
    read = text.split("\n")
    for number, line in enumerate(lines):
        if not _MOJIBAKE.search(read[number]) or not _UTF8_SEQUENCE.search(line):
            continue
        try:
            read[number] = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if first is None:
            first = (number + 1, read[number].strip()[:80])
    if first is None:
        return text, "cp1252", None
    return "\n".join(read), UTF8_LINES, first


def utf8_with_fallback(data: bytes) -> tuple[str, int] | None:
    """``(text, offset of the first invalid byte)`` for UTF-8 text with some bytes
    that are not (read as Windows-1252); None when the bytes are not UTF-8 at all
    (no valid multi-byte character, or one for more than ten invalid spans)."""
    if not _UTF8_SEQUENCE.search(data):  # not one UTF-8 character: an 8-bit file
        return None
    parts: list[str] = []
    first_bad = -1
    position = fallbacks = 0
    while True:
        try:
            parts.append(data[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            start, end = position + error.start, position + error.end
            parts.append(data[position:start].decode("utf-8"))
            parts.append(data[start:end].decode("cp1252", errors="replace"))
            first_bad = start if first_bad < 0 else first_bad
            position, fallbacks = end, fallbacks + 1
            if fallbacks > _MAX_FALLBACKS:
                return None
    # Windows-1252 text almost never holds a valid UTF-8 sequence ("Ã©" is mojibake
    # already), so a few real UTF-8 characters beside the bad bytes make it UTF-8.
    valid = _clean_line_characters(parts)
    return ("".join(parts), first_bad) if valid and valid * 10 >= fallbacks else None


def _clean_line_characters(parts: list[str]) -> int:
    """Non-ASCII characters on lines without an invalid byte (``parts``: valid UTF-8
    and invalid bytes, alternately). Two accented letters in a row of an 8-bit
    file can happen to be valid UTF-8 (code page 850's "Íñ" is U+05A4), but the
    line they are on has other accents which are not."""
    valid, last = 0, len(parts) - 1
    for k in range(0, len(parts), 2):
        part = parts[k]
        low = 0 if k == 0 else part.find("\n") + 1
        high = len(part) if k == last else part.rfind("\n")
        if (k and not low) or high < low:
            continue  # all of it on a line with an invalid byte
        valid += len(_NON_ASCII.findall(part, low, high))
    return valid


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _binary(name) from None


def _binary(name: str) -> InputError:
    return InputError(
        "not_a_table",
        f"{name} is not a CSV or Excel file (it holds binary data). "
        "Export the list as CSV or .xlsx and try again.",
        file=name,
    )


def _utf16_without_bom(data: bytes) -> str:
    sample = data[:4096]
    if len(sample) < 4:
        return ""
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    # Arabic or Chinese text has no zero bytes but its line breaks and separators have.
    sample = sample[: len(sample) // 2 * 2]
    for encoding, low in (("utf-16-le", 0), ("utf-16-be", 1)):
        units = [sample[i : i + 2] for i in range(0, len(sample), 2)]
        ascii_units = [u for u in units if u[1 - low] == 0 and u[low] in b"\n\t,;"]
        if any(u[low] == 10 for u in ascii_units) and len(ascii_units) >= 2:
            try:
                sample.decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return ""


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits most rows into the same number (> 1) of cells.

    The most common width, not the first row's, decides: exports often start
    with a title line ("Liste des participants") above the header. Except for a
    list of one column: a first line that is only a name header ("Name", "Nom")
    heads names written "DUPONT, Jean", whose comma is no delimiter — unless
    the next line is a header of several columns, which makes the first line
    a title ("Participant name list").
    """
    lines = [line.strip() for line in text[:4096].splitlines() if line.strip()][:2]
    first = lines[0] if lines else ""
    one_column = first and not any(d in first for d in DELIMITERS)
    if one_column and guess_mapping([first])[0] in NAME_FIELDS and not _heads_columns(lines[1:]):
        return ONE_COLUMN
    sample = text[:65536]
    if len(text) > len(sample):  # do not judge the last, cut-off record
        sample = sample[: sample.rfind("\n") + 1] or sample
    best, best_score = ",", (False, 0.0, 0)
    for delimiter in DELIMITERS:
        try:
            records = [r for r in _records(sample, delimiter, limit=50) if any(r)]
        except csv.Error:
            continue
        if not records:
            continue
        widths = Counter(len(r) for r in records)
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        score = (width > 1, count / len(records), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _heads_columns(lines: list[str]) -> bool:
    """Whether the line is a header of several known columns: then a first line
    of one cell above it ("Participant name list") is a title, not a header."""
    for line in lines:
        for delimiter in DELIMITERS:
            if delimiter in line:
                fields = guess_mapping([cell.strip() for cell in line.split(delimiter)])
                if sum(1 for field in fields if field) >= 2:
                    return True
    return False


def _strictly_quoted(text: str, delimiter: str) -> bool:
    """Whether every quote of ``text`` opens or closes a cell, as CSV writers put them."""
    try:
        for _record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        return False
    return True


def _records(text: str, delimiter: str, *, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out = []
    for record in reader:
        out.append(record)
        if limit is not None and len(out) >= limit:
            break
    return out


def read_text_table(data: bytes, name: str) -> Records:
    """Every record of a delimited text file, numbered as Excel numbers its rows."""
    text, encoding, fallback = decode(data, name)
    if not text.strip(' \t\r\n,;|"\ufeff\x00'):  # separators only: what Excel saves of an
        raise InputError("empty", f"{name} is empty.", file=name)  # emptied sheet
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > 0.01 * len(sample) + 8:
        raise _binary(name)
    first, _, rest = text.partition("\n")
    delimiter = ""
    marker = first.strip().lower()
    if marker.startswith("sep=") and len(marker) == 5:  # Excel's own hint line
        delimiter, text = first.strip()[4], rest
    delimiter = delimiter or sniff_delimiter(text)
    notes: list[tuple[int, str, str]] = []
    if fallback is not None:
        code = "utf8_lines" if encoding == UTF8_LINES else "mixed_encoding"
        notes.append((fallback[0], code, fallback[1]))
    mangled = _MOJIBAKE.search(text)
    if mangled:
        notes.append((0, "mangled_accents", mangled.group(0)))
    if "\x00" in text:  # stray NULs (a damaged export) are dropped, not read as cell ends
        text = text.replace("\x00", "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        records = list(reader)
    except csv.Error as error:  # e.g. a cell longer than the csv module's limit
        raise InputError(
            "csv_unreadable",
            f"{name} cannot be read near row {reader.line_num} ({error}): a cell there is "
            "far too long, as when a quote is never closed. Check that row in the file.",
            file=name,
            row=reader.line_num,
        ) from None
    # C loops over the records: a Python loop per row was a sixth of a 100k import.
    joined = list(map("".join, records))
    if all(joined) and not any(map(str.isspace, joined)):
        rows = list(zip(count(1), records))
    else:  # blank lines are not rows (their numbers are kept: Excel shows them)
        rows = [(n, r) for n, r, j in zip(count(1), records, joined) if j and not j.isspace()]
    breaks = "\n" in "".join(joined)  # a quoted cell holds a line break somewhere
    if breaks:
        for number, record in rows:
            if any(c.count("\n") > 5 and delimiter in c for c in record):
                notes.append((number, "unclosed_quote", ""))
    closed_at_end = text.rstrip("\r\n").endswith('"')
    if breaks:
        _refuse_swallowed_rows(
            rows, delimiter, name, closed_at_end, lambda: _strictly_quoted(text, delimiter)
        )
    shown = "" if delimiter == ONE_COLUMN else delimiter
    source = Source(name, "csv", encoding=encoding, delimiter=shown, notes=tuple(notes))
    return Records(source, rows)


def _refuse_swallowed_rows(
    rows: list[tuple[int, list[str]]],
    delimiter: str,
    name: str,
    closed_at_end: bool,
    well_quoted: Callable[[], bool],
) -> None:
    """Refuse a file where a quote that is never closed made rows into one cell.

    A quoted cell may hold line breaks, but lines inside it that are cut like the
    file's rows (as many delimiters as a row has, and at least two) may be rows
    read as text: one at the very end of the file (the quote ran to the end:
    then the file does not end with the quote that closes the last cell), or two
    in a file whose quotes do not pair up as a CSV writer pairs them (the quote
    that ended the runaway cell was the opening quote of a later cell, so text
    follows it: ``"Smith, Jr"``). Importing it would put those people into
    someone's organisation. A well-quoted cell of itinerary lines, each with as
    many commas as a row (``Arrives Mon, 26 Oct, 09:00, gate 1``), is text.
    """
    widths = Counter(len(record) for _, record in rows)  # (only files with line breaks in cells)
    if not widths:
        return
    width = max(widths.items(), key=lambda item: (item[1], item[0]))[0]
    least = max(2, width - 1)
    for index, (number, record) in enumerate(rows):
        for cell in record:
            if "\n" not in cell:
                continue
            lines = cell.split("\n")[1:]
            row_like = sum(1 for line in lines if line.count(delimiter) >= least)
            at_end = row_like and index == len(rows) - 1 and not closed_at_end
            if at_end or (row_like >= 2 and not well_quoted()):
                raise InputError(
                    "unclosed_quote",
                    f"{name}: the quote opened on row {number} is never closed, so the rows "
                    "after it read as one cell. Close or remove that quote and import again.",
                    file=name,
                    row=number,
                )
