"""What a row of a list holds: names, ids, and the person it is.

Text is kept exactly as given, trimmed of surrounding spaces: an apostrophe,
a quote or ``'; DROP TABLE`` in a name is part of the name. The one
exception is the apostrophe Check-in's own CSV export puts before a value
starting with ``=``, ``+``, ``-`` or ``@`` so spreadsheets do not run it as a
formula; it is removed again when a CSV in that format is imported (its own
column names), so an export re-imports unchanged.
Control characters are no text: line breaks inside a cell are stored as
``\n`` whatever wrote them (``\r\n`` from Windows, a vertical tab from
FileMaker or old Mac Excel) and the other control characters are dropped,
which is also what an XLSX file can hold, so an XLSX export re-imports
unchanged too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Any

from checkin.domain.model import Participant
from checkin.domain.text import fold

#: The longest id a badge code can carry (see checkin.domain.codes).
MAX_ID_BYTES = 400
FORMULA_START = ("=", "+", "-", "@")
#: What :func:`cell_value` changes: carriage returns, vertical tabs, other controls.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_DROPPED = re.compile(r"[\x00-\x08\x0c\x0e-\x1f\x7f]")
_INVISIBLE = "\u200b\u200e\u200f\u2060\ufeff"
_HAS_INVISIBLE = re.compile(f"[{_INVISIBLE}]")
_INVISIBLE_EDGES = re.compile(f"^[\\s{_INVISIBLE}]+|[\\s{_INVISIBLE}]+$")
#: Error values of Excel in English, French and Spanish, as saved to CSV.
EXCEL_ERRORS = frozenset(
    [
        "#N/A",
        "#REF!",
        "#VALUE!",
        "#DIV/0!",
        "#NAME?",
        "#NULL!",
        "#NUM!",
        "#SPILL!",
        "#CALC!",
        "#GETTING_DATA",
        "#VALEUR!",
        "#NOM?",
        "#NUL!",
        "#NOMBRE!",
        "#N/D",
        "#¡REF!",
        "#¡VALOR!",
        "#¡DIV/0!",
        "#¿NOMBRE?",
        "#¡NULO!",
        "#¡NUM!",
    ]
)


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would run ``text`` (after any leading apostrophes)."""
    rest = text.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_START


def unguarded(text: str) -> str:
    """Without the apostrophe our CSV writer puts before a formula-like value
    (``writing._safe``): a list written by Check-in reads back unchanged."""
    if text[:1] == "'" and is_formula_like(text):
        return text[1:]
    return text


def cell_value(text: str) -> str:
    """A cell as stored: line breaks as ``\n``, no control characters, trimmed, tidy."""
    if CONTROL.search(text):
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
        text = _DROPPED.sub("", text)
    return tidy(text.strip())


def needs_tidying(joined: str) -> bool:
    """Whether any of these (joined, stripped) cells could change in :func:`tidy`."""
    if joined.isascii():
        return "#" in joined
    return (
        "#" in joined
        or _HAS_INVISIBLE.search(joined) is not None
        or not unicodedata.is_normalized("NFC", joined)
    )


def tidy(text: str) -> str:
    """A stripped cell without what no one typed on purpose.

    A spreadsheet's error value (``#N/A`` from a failed look-up, ``#REF!``…)
    is an empty cell, as it is when read from an XLSX file. Invisible marks
    copied around a value (a zero-width space, a byte-order mark, a
    direction mark) are trimmed, never those inside a name: a zero-width
    joiner is part of Persian or Hindi spelling. Decomposed text is composed
    (NFC): accents written as a letter and a combining mark, Korean syllables
    as conjoining jamo (a Mac writes both so; jamo are not "combining", class
    0), Bengali or Tamil vowel signs. So "é" or "김" from a Mac and from
    Windows is the same name and a re-import does not flag it as changed.
    CJK compatibility ideographs some names are written with are kept: NFC
    would replace them with their unified twins, so the text around them is
    composed and they are not.
    """
    if text.isascii():
        return "" if text in EXCEL_ERRORS else text
    text = _INVISIBLE_EDGES.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = _composed(text)
    return "" if text in EXCEL_ERRORS else text


#: CJK compatibility ideographs (a run of them, kept as one part by ``split``).
_COMPATIBILITY_IDEOGRAPHS = re.compile("([\uf900-\ufaff\U0002f800-\U0002fa1f]+)")


def _composed(text: str) -> str:
    """NFC, except for CJK compatibility ideographs (the odd parts of the split)."""
    parts = _COMPATIBILITY_IDEOGRAPHS.split(text)
    if len(parts) == 1:
        return unicodedata.normalize("NFC", text)
    return "".join(p if i % 2 else unicodedata.normalize("NFC", p) for i, p in enumerate(parts))


def participant_of(row: tuple) -> Participant:
    """A stored row (``columns.RowReader.read_all``) -> a :class:`Participant`."""
    return Participant(*row[:10], _day_tuple(row[10]), _flag_set(row[11]), *row[12:])


@lru_cache(maxsize=1024)
def _day_tuple(text: str) -> tuple[dt.date, ...]:
    return tuple(dt.date.fromisoformat(d) for d in text.split(";") if d)


@lru_cache(maxsize=1024)
def _flag_set(text: str) -> frozenset[str]:
    return frozenset(f for f in text.split(";") if f)


folded = lru_cache(maxsize=1 << 16)(fold)  # names and organisations repeat across a list


def person_keys(person: Any) -> list[object]:
    """What makes two records look like one person: the e-mail with the family name
    (a delegation often shares one address), or name + organisation."""
    keys: list[object] = []
    if person.email:
        keys.append((person.email.casefold(), folded(person.last_name)))
    name = (folded(person.first_name), folded(person.last_name))
    if any(name):
        keys.append((*name, folded(person.organisation)))
    return keys


def split_full_name(text: str) -> tuple[str, str]:
    """``"DUPONT, Jean"`` -> (Jean, DUPONT); ``"Jean-Pierre DUPONT"``, ``"DUPONT
    Jean-Pierre"`` -> (Jean-Pierre, DUPONT); otherwise the whole name as the family name.

    Splitting "José García López" on a space would guess wrong for half the
    world, so a name stays whole unless it says where it splits: a comma, or
    the family name in capitals before or after the others (the UN and
    French convention, "WANG Wei"), with its particles ("Ana de la CRUZ").
    """
    last, comma, first = text.partition(",")
    if comma and last.strip() and first.strip():
        return first.strip(), last.strip()
    words = text.split()
    capitals = [_is_capitals(word) for word in words]
    if 0 < sum(capitals) < len(words):
        start = capitals.index(True)
        end = len(capitals) - capitals[::-1].index(True)
        block = words[start:end]
        # Two-letter capitals alone ("MD Rahman", "LI Wei") may be an abbreviation as
        # well as a family name: the name stays whole, as before this rule.
        certain = any(sum(ch.isalpha() for ch in word) >= 3 for word in block)
        if certain and all(capitals[start:end]) and (start == 0 or end == len(words)):
            if start > 0:  # given names first: the particles before the family name join it
                while start > 1 and words[start - 1].lower() in _PARTICLES:
                    start -= 1
                return " ".join(words[:start]), " ".join(words[start:])
            return " ".join(words[end:]), " ".join(words[:end])
    return "", text.strip()


#: Lower-case words that belong to the family name after them ("Ana de la CRUZ").
_PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "des",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "y",
        "e",
        "bin",
        "ibn",
        "al",
        "el",
    ]
)


def _is_capitals(word: str) -> bool:
    """A family name in capitals: two letters at least, every cased one upper case
    ("O'BRIEN"); not initials ("A.K.") nor a generation ("III")."""
    return (
        word.isupper()
        and sum(ch.isalpha() for ch in word) >= 2
        and "." not in word
        and word.strip(",") not in _GENERATIONS
    )


_GENERATIONS = frozenset(["II", "III", "IV", "VI", "VII", "VIII", "JR", "SR"])


def generated_id(first: str, last: str, organisation: str, email: str) -> str:
    """A stable id for lists without one, so that re-importing the same list matches."""
    text = "\x1f".join(s.casefold() for s in (first, last, organisation, email))
    return "R-" + hashlib.blake2b(text.encode(), digest_size=5).hexdigest().upper()
