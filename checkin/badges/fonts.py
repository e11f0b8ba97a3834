"""Fonts for every script a name is written in, registered once per process.

reportlab has no font fallback, so a line is cut into *runs* and each run gets
the font that has its glyphs: Noto Sans for Latin (every diacritic,
Vietnamese), Greek and Cyrillic; Noto Naskh Arabic for Arabic; a Noto Sans of
its own for Hebrew, the scripts of South and South-East Asia, Ethiopic,
Georgian and Armenian; NanumSquare for Korean (Hangul); Droid Sans Fallback
for Chinese and Japanese and anything else. Spaces, digits and punctuation
stay in the run they are in, so "王 伟" is one run.

Devanagari, Bengali, Tamil, Thai, Khmer, Myanmar and their neighbours are
drawn from glyphs HarfBuzz chooses (:data:`SHAPED`, through reportlab's
``shapeStr`` and ``uharfbuzz``): a conjunct is one glyph, a vowel sign goes
before its consonant. Drawn letter by letter they would print misspelt.

Parsing a TrueType file is the slow part (Droid Sans Fallback: ~90 ms), so
each font is parsed the first time a text needs it and kept; nothing is
parsed at import.
"""

from __future__ import annotations

import struct
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from checkin.badges.scripts import SCRIPTS
from checkin.paths import resources

SANS, ARABIC, CJK, KOREAN = "sans", "arabic", "cjk", "korean"
#: Families whose letters change shape and order with their neighbours: shaped by HarfBuzz.
SHAPED = frozenset(
    name.lower()
    for name in SCRIPTS
    if name not in ("Hebrew", "Ethiopic", "Georgian", "Armenian")
)

#: family -> (regular file, bold file or None when the family has no bold face)
_FILES: dict[str, tuple[str, str | None]] = {
    SANS: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ARABIC: ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    **{
        name.lower(): (f"NotoSans{name}-Regular.ttf", f"NotoSans{name}-Bold.ttf")
        for name in SCRIPTS
    },
    KOREAN: ("NanumSquareR.ttf", "NanumSquareB.ttf"),
    CJK: ("DroidSansFallbackFull.ttf", None),
}
#: Every family, in the order a character's font is looked for.
FAMILIES = (SANS, ARABIC, *(name.lower() for name in SCRIPTS), KOREAN, CJK)
_PREFIX = "Checkin-"
#: reportlab keeps state in its registered font objects: the fonts registered, the
#: private code points it gives glyphs that shaping picks, the subsets of a PDF being
#: written. One lock for all of it, so a preview on one thread and a batch on another
#: never interleave (re-entrant: a holder may register a font).
lock = threading.RLock()


@dataclass(frozen=True, slots=True)
class Face:
    """A registered font: its reportlab name, and whether bold must be faked."""

    name: str
    family: str
    fake_bold: bool = False


def _register(file_name: str) -> str:
    font_name = _PREFIX + file_name.removesuffix(".ttf")
    with lock:
        if font_name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font_name, str(resources() / "fonts" / file_name)))
    return font_name


@cache
def face(family: str, bold: bool) -> Face:
    """The face to draw ``family`` with; registers the font on first use."""
    regular, bold_file = _FILES[family]
    if bold and bold_file:
        return Face(_register(bold_file), family)
    return Face(_register(regular), family, fake_bold=bold)


@cache
def _cmap(family: str) -> frozenset[int]:
    name = face(family, False).name
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def covers(family: str, char: str) -> bool:
    """True when the family's font has a glyph for ``char``."""
    return ord(char) in _cmap(family)


@lru_cache(maxsize=65536)
def glyph_extent(font_name: str, char: str) -> tuple[float, float]:
    """How far ``char``'s outline reaches above and below the baseline, in em.

    Read from the font file itself (each glyph's ``glyf`` bounding box, through
    reportlab's parsed face), so a Vietnamese capital with two stacked marks
    (Ễ, about 1.05 em) or a deep Naskh descender is measured, not assumed.
    (0, 0) for a glyph with no outline (a space) or a character the font lacks.
    """
    font_face = pdfmetrics.getFont(font_name).face
    glyph = font_face.charToGlyph.get(ord(char))
    try:
        positions = font_face.glyphPos
        if glyph is None or positions[glyph + 1] == positions[glyph]:
            return 0.0, 0.0
        start = font_face.table["glyf"]["offset"] + positions[glyph]
        header = font_face._ttf_data[start + 2 : start + 10]
        _x_min, y_min, _x_max, y_max = struct.unpack(">hhhh", header)
        em = float(_units_per_em(font_name))
    except (AttributeError, IndexError, KeyError, TypeError, struct.error):
        # A reportlab without these internals: the font's own ascender and descender.
        return font_face.ascent / 1000, -font_face.descent / 1000
    return max(0.0, y_max / em), max(0.0, -y_min / em)


@cache
def _units_per_em(font_name: str) -> int:
    face_data = pdfmetrics.getFont(font_name).face
    head = face_data.table["head"]["offset"]
    return struct.unpack(">H", face_data._ttf_data[head + 18 : head + 20])[0]


def is_arabic(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _is_neutral(char: str) -> bool:
    """Spaces, digits and punctuation: they join the run around them."""
    return not char.isalpha()


def is_hangul(char: str) -> bool:
    code = ord(char)
    return 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


def family_for(char: str, current: str | None = None) -> str:
    """The family to draw ``char`` with, preferring ``current`` for neutrals (and for
    the combining marks and joiners of a shaped script, which belong to their letter)."""
    if is_arabic(char):
        return ARABIC
    if current is not None and _is_neutral(char) and covers(current, char):
        return current
    if is_hangul(char):  # Droid Sans Fallback has 3 of the 11,172 syllables
        return KOREAN
    if covers(SANS, char):
        return SANS
    script = _SCRIPT_OF.get(unicodedata.name(char, "").split(" ", 1)[0])
    if script is not None and covers(script, char):  # (parses only the font it needs)
        return script
    if covers(CJK, char):
        return CJK
    return current or SANS


#: The first word of a character's Unicode name ("DEVANAGARI LETTER KA") -> its family.
_SCRIPT_OF = {name.upper(): name.lower() for name in SCRIPTS}


@cache
def _plain() -> frozenset[str]:
    """The characters Noto Sans draws that are neither Arabic nor right-to-left."""
    return frozenset(
        ch
        for ch in map(chr, _cmap(SANS))
        if not is_arabic(ch) and unicodedata.bidirectional(ch) not in ("R", "AL")
    )


def is_plain(text: str) -> bool:
    """True when ``text`` is drawn as it is written, as one Noto Sans run (most
    names and organisations). One set look-up per character, in C."""
    return _plain().issuperset(text)


def split_runs(text: str) -> list[tuple[str, str]]:
    """``text`` (in drawing order) cut into ``(family, text)`` runs."""
    if is_plain(text):
        return [(SANS, text)] if text else []
    runs: list[tuple[str, str]] = []
    current: str | None = None
    start = 0
    for index, char in enumerate(text):
        family = family_for(char, current)
        if family != current:
            if current is not None:
                runs.append((current, text[start:index]))
            current, start = family, index
    if current is not None:
        runs.append((current, text[start:]))
    return runs


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that no shipped font can draw (they would print as boxes)."""
    missing = set()
    for char in set(text):
        if char.isspace() or not char.isprintable():
            continue
        if not covers(family_for(char), char):  # (parses only the font it would use)
            missing.add(char)
    return missing
