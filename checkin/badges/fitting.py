"""Fitting a text into a width: shrink to a floor, then wrap to two lines.

As Indico's badge designer does, sizes are computed from measured widths
(``stringWidth``), never guessed from character counts. A line is measured
once at 1 pt and cached; a width at any size is that times the size, so
fitting a field costs a few dictionary look-ups after the first badge.

Whatever the text, the result fits: past the floor and two lines, the last
line is cut with an ellipsis. Text never leaves the badge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from checkin.badges import fonts
from checkin.badges.shaping import normalise, visual

#: Per family, the extent above and below the baseline as a fraction of the size:
#: room for stacked Vietnamese accents, and for Naskh's deep descenders.
#: Naskh letters look a size smaller than Noto Sans at the same point size, so an
#: Arabic run is drawn larger to stand level with the Latin text around it.
SCALE = {fonts.SANS: 1.0, fonts.ARABIC: 1.2, fonts.CJK: 1.0}
ASCENT = {fonts.SANS: 0.95, fonts.ARABIC: 0.9 * 1.2, fonts.CJK: 0.9}
DESCENT = {fonts.SANS: 0.27, fonts.ARABIC: 0.5 * 1.2, fonts.CJK: 0.24}
ELLIPSIS = "…"
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
    for family, part in fonts.split_runs(visual(text)):
        face = fonts.face(family, bold)
        scale = SCALE[family]
        width = stringWidth(part, face.name, 1.0) * scale
        runs.append(Run(part, face.name, face.fake_bold, family, width, scale))
    families = {run.family for run in runs} or {fonts.SANS}
    return ShapedLine(
        logical=text,
        runs=tuple(runs),
        unit_width=sum(run.unit_width for run in runs),
        ascent=max(ASCENT[f] for f in families),
        descent=max(DESCENT[f] for f in families),
    )


def _breaks(text: str) -> list[int]:
    """Where a line may break: after spaces and hyphens, between CJK characters."""
    points = [i for i, ch in enumerate(text) if ch == " " and 0 < i < len(text) - 1]
    points += [i + 1 for i, ch in enumerate(text[:-1]) if ch in "-‐/" and i > 0]
    points += [
        i for i in range(1, len(text)) if _CJK_BREAK.match(text[i - 1]) or _CJK_BREAK.match(text[i])
    ]
    return sorted(set(points)) or list(range(1, len(text)))


def _split(text: str, at: int) -> tuple[str, str]:
    return text[:at].rstrip(), text[at:].lstrip()


def _truncate(text: str, bold: bool, max_unit_width: float) -> ShapedLine:
    """The longest start of ``text`` that fits with an ellipsis (binary search)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if shape(text[:middle].rstrip() + ELLIPSIS, bold).unit_width <= max_unit_width:
            low = middle
        else:
            high = middle - 1
    return shape(text[:low].rstrip() + ELLIPSIS, bold)


def fit(text: str, width: float, style: Style) -> Fitted:
    """Lines and size for ``text`` in ``width`` points; empty text gives no lines."""
    text = normalise(text)
    if not text or width <= 0:
        return Fitted((), style.max_size)
    one = shape(text, style.bold)
    if one.unit_width * style.min_size <= width or style.max_lines < 2 or len(text) < 2:
        size = _size(one.unit_width, width, style)
        if one.unit_width * size <= width:
            return Fitted((one,), size)
        return Fitted((_truncate(text, style.bold, width / size),), size, truncated=True)
    best: tuple[ShapedLine, ShapedLine] | None = None
    for at in _breaks(text):
        first, second = (shape(part, style.bold) for part in _split(text, at))
        if best is None or max(first.unit_width, second.unit_width) < max(
            best[0].unit_width, best[1].unit_width
        ):
            best = (first, second)
    assert best is not None
    size = _size(max(best[0].unit_width, best[1].unit_width), width, style)
    lines, truncated = list(best), False
    for index, line in enumerate(lines):
        if line.unit_width * size > width:
            lines[index] = _truncate(line.logical, style.bold, width / size)
            truncated = True
    return Fitted(tuple(lines), size, truncated)


def _size(unit_width: float, width: float, style: Style) -> float:
    if unit_width <= 0:
        return style.max_size
    return max(style.min_size, min(style.max_size, width / unit_width))
