"""Which 8-bit code page a text file is in: the reading that looks most like writing.

A file that is not UTF-8 (nor UTF-16) is in the code page of the machine
that wrote it: Windows-1252 ("CSV" from Excel in Western Europe), Mac Roman
(older Macs), code page 850 (Excel's "CSV (MS-DOS)"), or anything else
(Latin-1 decodes any bytes). Each is decoded and scored, and the best score
wins (the first listed on a tie: Windows is the usual). The score adds three
things a wrong reading gets wrong:

* words: an accented word is cased like a word (:func:`_word_score`; Mac
  Roman reads "Côte" in Windows-1252 as "CÙte", code page 850's "Dubé" as
  "DubÇ") and a typographic mark sits where writing puts it;
* letters: a word whose accented letters English, French and Spanish use
  often counts more than one with rarer letters (Mac Roman reads code page
  850's "Lefèvre" as "Lefävre", a proper word but an unlikely letter);
* headers: a header cell with an accent that names a field ("Prénom",
  "Organización") is a strong sign (:func:`_header_score`).

Only the first lines and the first lines with a byte above ASCII (at most
:data:`_SAMPLE_LINES`) are scored, by C loops (``Counter``, regular
expressions), so a list of any size is told in a few tens of milliseconds.
"""

from __future__ import annotations

import re
from collections import Counter

from checkin.importing.headers import guess_mapping

#: The code pages tried, in the order that wins a tie; Latin-1 decodes any bytes.
EIGHT_BIT = ("cp1252", "mac_roman", "cp850", "latin-1")
#: A run of letters with at least one that is not ASCII.
_ACCENTED_WORD = re.compile(r"[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*")
_SYMBOL = re.compile(r"[^\x00-\x7f\w\s]")  # a non-ASCII character that is no letter
#: Accented letters of English, French and Spanish text, by how often they are written.
_COMMON = frozenset("éèàçêáíóúñ" + "ÉÈÀÇÊÁÍÓÚÑ")
_USUAL = _COMMON | frozenset("âäãåæëîïôöõøœùûüÿßìò" + "ÂÄÃÅÆËÎÏÔÖÕØŒÙÛÜŸÌÒ")
_CELL = re.compile(r"[^,;\t|\r\n]+")
_HEADER_LINES = 10
_HEADER_WEIGHT = 5
#: Lines with accents scored (beyond the header): enough to tell, at any file size.
_SAMPLE_LINES = 5000


def eight_bit(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``: the code page whose reading of ``data`` scores best."""
    sample = _sample(data)
    scored = []
    for rank, encoding in enumerate(EIGHT_BIT):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((-(_word_score(text) + _header_score(text)), rank, encoding))
    for _, _, encoding in sorted(scored):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined, past the sample
            continue
    return data.decode("latin-1"), "latin-1"


def _sample(data: bytes) -> bytes:
    """The first lines (the header) and the first lines with a byte above ASCII."""
    lines = data.split(b"\n")
    accented = [line for line in lines[_HEADER_LINES:] if not line.isascii()]
    return b"\n".join(lines[:_HEADER_LINES] + accented[:_SAMPLE_LINES])


def _header_score(text: str) -> int:
    """Cells of the first lines that have an accent and name a field ("Prénom")."""
    lines = text[:8192].splitlines()[:_HEADER_LINES]
    cells = [c.strip() for line in lines if not line.isascii() for c in _CELL.findall(line)]
    named = [c for c in cells if not c.isascii() and len(c) < 60]
    return _HEADER_WEIGHT * sum(1 for f in guess_mapping(named) if f) if named else 0


def _word_score(text: str) -> int:
    """How much the non-ASCII characters of ``text`` look like real writing.

    Each word with an accented letter scores -1 when it is not lower case,
    upper case or capitalised (``Côte`` in Windows-1252 read as Mac Roman is
    ``CÙte``); otherwise +2 when its accented letters are all common in
    English, French or Spanish (``é``, ``ñ``…), +1 when they are at least
    usual in names (``ö``, ``å``…: code page 850's ``Lefèvre`` read as Mac
    Roman is ``Lefävre``) and 0 for rarer ones. A non-ASCII mark that is no
    letter scores +2 where writing puts it (an apostrophe between letters, a
    dash between spaces, quotes against a word: ``O’Neill``, ``Forum –
    Geneva``) and -1 elsewhere; read as Mac Roman, that apostrophe is the
    ``í`` of ``OíNeill`` or ``Childrenís``. A lone accented letter scores
    nothing (``à``). Each distinct word is weighed once.
    """
    score = 0
    for word, n in Counter(_ACCENTED_WORD.findall(text)).items():
        if len(word) == 1:
            continue
        if not (word.islower() or word.isupper() or word[1:].islower()):
            score -= n
            continue
        accents = {ch for ch in word if ch > "\x7f"}
        score += n * (2 if accents <= _COMMON else 1 if accents <= _USUAL else 0)
    for match in _SYMBOL.finditer(text):
        char, index = match.group(), match.start()
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char in "€°…·":
            continue
        score += 2 if _placed_like_writing(char, before, after) else -1
    return score


def _placed_like_writing(char: str, before: str, after: str) -> bool:
    """An apostrophe between letters, a dash between spaces, quotes against a word."""
    if char in "’‘" and before.isalpha() and after.isalpha():
        return True
    if char in "–—":
        return before == " " and after == " "
    return (char in "“«‘" and after.isalnum()) or (char in "”»’" and before.isalnum())
