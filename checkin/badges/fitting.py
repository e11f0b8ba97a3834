"""Fitting a text into a width: shrink to a floor, then wrap to two (or three) lines.

As Indico's badge designer does, sizes are computed from measured widths
(``stringWidth``), never guessed from character counts. A line is measured
once at 1 pt and cached; a width at any size is that times the size, so
fitting a field costs a few dictionary look-ups after the first badge.

Whatever the text, the result fits. When the lines allowed are not enough at
the floor, the first lines are filled as far as they go and only the end of
the last line is cut with an ellipsis: what the badge shows is always the
start of the text, never a text with words missing from its middle. A line's
height comes from its glyphs' real outlines (read from the font file), so a
Vietnamese capital with stacked marks is given the room it takes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from checkin.badges import fonts
from checkin.badges.shaping import normalise, visual

#: Per family, the least extent above and below the baseline as a fraction of the
#: size (the line spacing of ordinary text); a line whose glyphs reach further
#: (stacked Vietnamese marks, Naskh's deep descenders) gets their real extent.
#: Naskh letters look a size smaller than Noto Sans at the same point size, so an
#: Arabic run is drawn larger to stand level with the Latin text around it.
#: (Families not named here are drawn at 1.0 with Noto Sans's least extents.)
SCALE = {fonts.SANS: 1.0, fonts.ARABIC: 1.2, fonts.CJK: 1.0}
ASCENT = {fonts.SANS: 0.95, fonts.ARABIC: 0.9 * 1.2, fonts.CJK: 0.9}
DESCENT = {fonts.SANS: 0.27, fonts.ARABIC: 0.5 * 1.2, fonts.CJK: 0.24}
ELLIPSIS = "…"
#: Line width of the stroke that fakes a bold face (fraction of the size; see pdf.py).
FAKE_BOLD_STROKE = 0.045
_CJK_BREAK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Run:
    """Characters drawn with one font, in drawing (left-to-right) order."""

    text: str
    font: str
    fake_bold: bool
    family: str
    unit_width: float  # width at 1 pt
    scale: float = 1.0  # drawn at the line's size times this


@dataclass(frozen=True, slots=True)
class ShapedLine:
    logical: str  # the text as written (reading order)
    runs: tuple[Run, ...]
    unit_width: float
    ascent: float  # fractions of the size
    descent: float

    @property
    def drawn(self) -> str:
        """The characters in drawing order (what a PDF text extractor reads)."""
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Style:
    max_size: float
    min_size: float
    bold: bool = False
    max_lines: int = 2

    def scaled(self, factor: float) -> Style:
        """Smaller at most; the floor stays unless the new maximum is below it."""
        largest = self.max_size * factor
        return Style(largest, min(self.min_size, largest), self.bold, self.max_lines)


@dataclass(frozen=True, slots=True)
class Fitted:
    lines: tuple[ShapedLine, ...]
    size: float
    truncated: bool = False

    @property
    def height(self) -> float:
        return sum((line.ascent + line.descent) * self.size for line in self.lines)

    @property
    def width(self) -> float:
        return max((line.unit_width * self.size for line in self.lines), default=0.0)


@lru_cache(maxsize=8192)
def shape(text: str, bold: bool) -> ShapedLine:
    """``text`` as one line: shaped, reordered, cut into font runs, measured at 1 pt."""
    runs = []
    ascent, descent = ASCENT[fonts.SANS], DESCENT[fonts.SANS]
    for family, part in fonts.split_runs(visual(text)):
        face = fonts.face(family, bold)
        scale = SCALE.get(family, 1.0)
        if family in fonts.SHAPED:
            part, width = shaped(part, face.name)
            width *= scale
        else:
            width = stringWidth(part, face.name, 1.0) * scale
        runs.append(Run(part, face.name, face.fake_bold, family, width, scale))
        stroke = FAKE_BOLD_STROKE / 2 if face.fake_bold else 0.0
        ascent = max(ascent, ASCENT.get(family, ASCENT[fonts.SANS]))
        descent = max(descent, DESCENT.get(family, DESCENT[fonts.SANS]))
        for char in set(part):
            up, down = fonts.glyph_extent(face.name, char)
            ascent = max(ascent, (up + stroke) * scale)
            descent = max(descent, (down + stroke) * scale)
    return ShapedLine(
        logical=text,
        runs=tuple(runs),
        unit_width=sum(run.unit_width for run in runs),
        ascent=ascent,
        descent=descent,
    )


def shaped(text: str, font_name: str) -> tuple[str, float]:
    """``text`` as the glyphs HarfBuzz picks (a ``ShapedStr`` reportlab draws glyph by
    glyph, at any size), and its width at 1 pt. Unshaped when HarfBuzz is missing."""
    if not uharfbuzz_available():
        return text, stringWidth(text, font_name, 1.0)
    with fonts.lock:  # shaping gives glyphs private code points in the font object
        glyphs = shapeStr(text, font_name, 1.0)  # (the text itself when nothing changes)
    if not isinstance(glyphs, ShapedStr):
        return text, stringWidth(text, font_name, 1.0)
    return glyphs, sum(glyph.x_advance for glyph in glyphs.__shapeData__) / 1000


@lru_cache(maxsize=1)
def uharfbuzz_available() -> bool:
    return pdfmetrics.getFont(fonts.face(fonts.SANS, False).name).shapable


@lru_cache(maxsize=8192)
def unit_width(text: str, bold: bool) -> float:
    """``shape(text, bold).unit_width``, without shaping a plain text (one Noto Sans
    run, left to right): line breaking measures many candidate lines and keeps two."""
    if fonts.is_plain(text):
        return stringWidth(text, fonts.face(fonts.SANS, bold).name, 1.0) * SCALE[fonts.SANS]
    return shape(text, bold).unit_width


def _breaks(text: str) -> list[int]:
    """Where a line may break: after spaces and hyphens, between CJK characters."""
    points = [i for i, ch in enumerate(text) if ch == " " and 0 < i < len(text) - 1]
    points += [i + 1 for i, ch in enumerate(text[:-1]) if ch in "-‐/" and i > 0]
    points += [
        i for i in range(1, len(text)) if _CJK_BREAK.match(text[i - 1]) or _CJK_BREAK.match(text[i])
    ]
    if points:
        return sorted(set(points))
    # No space to break at (Thai, Khmer, Myanmar write none): between letters, never
    # inside what is drawn as one (see _may_cut).
    return [i for i in range(1, len(text)) if _may_cut(text, i)]


#: Thai and Lao vowels written before the consonant they follow in speech (เ แ โ ใ ไ).
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
_JOINERS = frozenset("\u200c\u200d")


def _may_cut(text: str, at: int) -> bool:
    """Whether ``text`` may be cut before ``text[at]`` (a line break, an ellipsis) without
    splitting what is drawn as one: not before a vowel sign or other mark (it belongs to
    the letter before it), not after a virama or coeng (it joins the next consonant into a
    conjunct: श्र, ស្រ), a joiner, or a Thai or Lao leading vowel."""
    if at <= 0 or at >= len(text):
        return True
    after, before = text[at], text[at - 1]
    if unicodedata.category(after).startswith("M") or after in _JOINERS:
        return False
    return not (
        unicodedata.combining(before) == 9 or before in _JOINERS or before in _LEADING_VOWELS
    )


def _cut_back(text: str, at: int) -> int:
    """``at``, or the nearest earlier place where ``text`` may be cut."""
    while at > 0 and not _may_cut(text, at):
        at -= 1
    return at


def _split(text: str, at: int) -> tuple[str, str]:
    return text[:at].rstrip(), text[at:].lstrip()


def _truncate(text: str, bold: bool, max_unit_width: float) -> ShapedLine:
    """The longest start of ``text`` that fits with an ellipsis (binary search)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if unit_width(text[:middle].rstrip() + ELLIPSIS, bold) <= max_unit_width:
            low = middle
        else:
            high = middle - 1
    return shape(text[: _cut_back(text, low)].rstrip() + ELLIPSIS, bold)


def fit(text: str, width: float, style: Style) -> Fitted:
    """Lines and size for ``text`` in ``width`` points; empty text gives no lines.

    One line if it fits at the floor or above; else the fewest lines (up to
    ``style.max_lines``), balanced, that fit at the floor or above; else the
    lines filled at the floor and the last one cut at its end.
    """
    text = normalise(text)
    if not text or width <= 0:
        return Fitted((), style.max_size)
    one = shape(text, style.bold)
    if one.unit_width * style.min_size <= width or style.max_lines < 2 or len(text) < 2:
        size = _size(one.unit_width, width, style)
        if one.unit_width * size <= width:
            return Fitted((one,), size)
        return Fitted((_truncate(text, style.bold, width / size),), size, truncated=True)
    for count in range(2, style.max_lines + 1):
        lines = _balanced(text, count, width / style.min_size, style.bold)
        if lines is None:
            continue
        widest = max(line.unit_width for line in lines)
        return Fitted(lines, _size(widest, width, style))
    return _filled(text, width, style)


def _balanced(text: str, count: int, limit: float, bold: bool) -> tuple[ShapedLine, ...] | None:
    """``text`` in ``count`` lines no wider than ``limit`` (at 1 pt), the widest as
    narrow as possible; None when no such split exists."""
    if count == 2:
        best: tuple[str, ...] = ()
        narrowest = 0.0
        for at in _breaks(text):
            parts = _split(text, at)
            widest = max(unit_width(part, bold) for part in parts)
            if not best or widest < narrowest:
                best, narrowest = parts, widest
        return tuple(shape(part, bold) for part in best) if best and narrowest <= limit else None
    # Three lines or more: the narrowest width whose greedy fill needs no more lines.
    if _greedy(text, limit, bold, count) is None:
        return None
    low, high = unit_width(text, bold) / count, limit
    for _ in range(12):
        middle = (low + high) / 2
        if _greedy(text, middle, bold, count) is None:
            low = middle
        else:
            high = middle
    return _greedy(text, high, bold, count)


def _greedy(text: str, limit: float, bold: bool, count: int) -> tuple[ShapedLine, ...] | None:
    """Each line as full as ``limit`` allows, breaking only where a line may break;
    None when the text needs more than ``count`` lines."""
    lines: list[ShapedLine] = []
    rest = text
    while rest:
        if unit_width(rest, bold) <= limit:
            lines.append(shape(rest, bold))
            break
        if len(lines) == count - 1:
            return None
        head = _longest_head(rest, limit, bold, hard=False)
        if head is None:
            return None
        lines.append(shape(rest[:head].rstrip(), bold))
        rest = rest[head:].lstrip()
    return tuple(lines) if len(lines) <= count else None


def _longest_head(text: str, limit: float, bold: bool, *, hard: bool) -> int | None:
    """The longest start of ``text``, ending where a line may break, that fits ``limit``;
    with ``hard``, at any character when no break point fits (a very long word)."""
    fitting = [at for at in _breaks(text) if unit_width(text[:at].rstrip(), bold) <= limit]
    if fitting:
        return max(fitting)
    if not hard:
        return None
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if unit_width(text[:middle], bold) <= limit:
            low = middle
        else:
            high = middle - 1
    return _cut_back(text, low) or None


def _filled(text: str, width: float, style: Style) -> Fitted:
    """At the floor: every line but the last filled as far as it goes, then the rest on
    the last line, cut at its end. What shows is always the start of ``text``."""
    limit = width / style.min_size
    lines: list[ShapedLine] = []
    rest = text
    while rest and len(lines) < style.max_lines - 1:
        head = _longest_head(rest, limit, style.bold, hard=True)
        if head is None:
            break
        lines.append(shape(rest[:head].rstrip(), style.bold))
        rest = rest[head:].lstrip()
    truncated = False
    if rest:
        last = shape(rest, style.bold)
        if last.unit_width > limit:
            last, truncated = _truncate(rest, style.bold, limit), True
        lines.append(last)
    return Fitted(tuple(lines), style.min_size, truncated)


def _size(unit_width: float, width: float, style: Style) -> float:
    if unit_width <= 0:
        return style.max_size
    return max(style.min_size, min(style.max_size, width / unit_width))
