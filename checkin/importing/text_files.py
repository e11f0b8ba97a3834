"""CSV and tab-separated text: find the encoding and the delimiter, never ask.

Excel writes "CSV" in the machine's ANSI code page (Windows-1252 in Western
Europe, ``;``-separated where the decimal mark is a comma), "CSV UTF-8" with a
byte-order mark, and "Unicode text" as tab-separated UTF-16. Older Macs write
Mac Roman. Registration systems write UTF-8 with ``,``. Every one of them is
told apart from the bytes: a byte-order mark, then UTF-16 without one (every
other byte is zero), then strict UTF-8, then the 8-bit code page whose accented
letters read most like words.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

from checkin.domain.errors import InputError
from checkin.importing.table import Records, Source

DELIMITERS = (",", ";", "\t", "|")
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_EIGHT_BIT = ("cp1252", "mac_roman", "latin-1")
#: UTF-8 accents read back as Windows-1252 once already ("Ã©" for "é"): the file was mangled.
_MOJIBAKE = re.compile("Ã[\u00a0-\u00bf]|Ã[\u2018\u2019\u201a\u201c\u201d\u2020\u2021\u2026]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """``(text, encoding)``. Raises :class:`InputError` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            label = "utf-16" if encoding.startswith("utf-16") else encoding
            return _strict(data[len(bom) :], encoding.removesuffix("-sig"), name), label
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name), "utf-16"
    if b"\x00" in data[:65536]:
        raise _binary(name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best, best_score = "", None
    for encoding in _EIGHT_BIT:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _word_score(text)
        if best_score is None or score > best_score[0]:
            best, best_score = encoding, (score, text)
    assert best_score is not None  # latin-1 decodes any bytes
    return best_score[1], best


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
    return ""


def _word_score(text: str) -> int:
    """How much the accented letters of ``text`` look like letters inside words.

    ``Genève`` in Windows-1252 read as Mac Roman is ``GenËve``: a capital in
    the middle of a lower-case word. The right code page gives accented letters
    of the same case as their neighbours.
    """
    score = 0
    for index, char in enumerate(text):
        if ord(char) < 128 or index == 0:
            continue
        before = text[index - 1]
        if not before.isalpha():
            continue
        if char.isalpha() and char.islower() == before.islower():
            score += 1
        else:
            score -= 1
    return score


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits most rows into the same number (> 1) of cells.

    The most common width, not the first row's, decides: exports often start
    with a title line ("Liste des participants") above the header.
    """
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
    text, encoding = decode(data, name)
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
    mangled = _MOJIBAKE.search(text)
    if mangled:
        notes.append((0, "mangled_accents", mangled.group(0)))
    rows: list[tuple[int, list[str]]] = []
    if "\x00" in text:  # stray NULs (a damaged export) are dropped, not read as cell ends
        text = text.replace("\x00", "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        for number, record in enumerate(reader, start=1):
            joined = "".join(record)
            if not joined or joined.isspace():
                continue
            rows.append((number, record))
            if "\n" in joined and any(c.count("\n") > 5 and delimiter in c for c in record):
                notes.append((number, "unclosed_quote", ""))
    except csv.Error as error:  # e.g. a cell longer than the csv module's limit
        raise InputError(
            "unreadable",
            f"{name} cannot be read near row {reader.line_num}: {error}. "
            "Check for a quote that is never closed.",
            file=name,
            row=reader.line_num,
        ) from None
    source = Source(name, "csv", encoding=encoding, delimiter=delimiter, notes=tuple(notes))
    return Records(source, rows)
