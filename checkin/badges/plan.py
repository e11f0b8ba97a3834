"""What a badge is made of once laid out: boxes, lines of text, fills and a QR code.

:func:`checkin.badges.compose.compose` returns a :class:`BadgePlan`, the PDF
writer only draws it. Keeping the two apart lets tests check the geometry
(every text inside the badge, none over the QR code) without reading a PDF.
Coordinates are PDF points with the origin at the badge's lower-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.badges.fitting import ShapedLine


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def top(self) -> float:
        return self.y + self.h

    def intersects(self, other: Box) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.top
            and other.y < self.top
        )

    def inside(self, other: Box, tolerance: float = 0.01) -> bool:
        return (
            self.x >= other.x - tolerance
            and self.y >= other.y - tolerance
            and self.right <= other.right + tolerance
            and self.top <= other.top + tolerance
        )


@dataclass(frozen=True, slots=True)
class TextLine:
    field: str  # "given", "family", "organisation", "band", ...
    line: ShapedLine
    x: float  # where drawing starts
    baseline: float
    size: float
    colour: str
    box: Box  # what the glyphs may cover: measured width, ascent to descent


@dataclass(frozen=True, slots=True)
class Fill:
    box: Box
    colour: str
    radius: float = 0.0


@dataclass(frozen=True, slots=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width: float


@dataclass(frozen=True, slots=True)
class QrCode:
    code: str
    box: Box  # the code and its quiet zone; nothing else is drawn in it
    module: float  # side of one module
    origin: tuple[float, float]  # top-left corner of the first module


Item = TextLine | Fill | Rule | QrCode


@dataclass(frozen=True, slots=True)
class BadgePlan:
    width: float
    height: float
    items: tuple[Item, ...]
    qr: QrCode
    missing_glyphs: frozenset[str] = frozenset()

    @property
    def bounds(self) -> Box:
        return Box(0.0, 0.0, self.width, self.height)

    @property
    def texts(self) -> list[TextLine]:
        return [item for item in self.items if isinstance(item, TextLine)]

    def field_text(self, field: str) -> str:
        """The logical text of a field (its lines joined by a space)."""
        return " ".join(t.line.logical for t in self.texts if t.field == field)
