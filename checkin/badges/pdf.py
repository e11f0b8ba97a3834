"""Drawing badge plans into a PDF with reportlab (the only module that writes PDF).

Runs are drawn with ``drawString`` one after another, already shaped and in
drawing order. A family without a bold face (Droid Sans Fallback, for CJK) is
emboldened by stroking its outlines too, so a Chinese name is as heavy as a
Latin one. Fonts are subset into each PDF, so a badge stays ~30–60 KB.

reportlab keeps per-document state in the registered TTF font objects; one lock
(``fonts.lock``, shared with shaping) serialises rendering so a batch printing in
a worker and a preview on the UI thread never interleave.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

from checkin.badges import fonts, qr
from checkin.badges.plan import BadgePlan, Fill, QrCode, Rule, TextLine

_GUIDE = "#9e9e9e"


@dataclass(frozen=True, slots=True)
class PlacedBadge:
    """A badge plan at a position on a page (PDF points, lower-left corner)."""

    plan: BadgePlan
    x: float
    y: float


@lru_cache(maxsize=256)
def _colour(value: str) -> Color:
    return HexColor(value)


def write_pdf(
    pages: Sequence[Sequence[PlacedBadge]],
    page_size: tuple[float, float],
    *,
    title: str = "",
    cut_guides: bool = False,
) -> bytes:
    """One PDF page per entry of ``pages``; returns the document's bytes."""
    buffer = io.BytesIO()
    with fonts.lock:
        canvas = Canvas(buffer, pagesize=page_size, pageCompression=1)
        canvas.setTitle(title or "Badges")
        canvas.setCreator("Check-in")
        for placed_badges in pages:
            for placed in placed_badges:
                canvas.saveState()
                canvas.translate(placed.x, placed.y)
                draw_plan(canvas, placed.plan)
                canvas.restoreState()
            if cut_guides:
                _guides(canvas, page_size)
            canvas.showPage()
        canvas.save()
    return buffer.getvalue()


def draw_plan(canvas: Canvas, plan: BadgePlan) -> None:
    for item in plan.items:
        if isinstance(item, TextLine):
            _text(canvas, item)
        elif isinstance(item, Fill):
            canvas.setFillColor(_colour(item.colour))
            box = item.box
            if item.radius:
                canvas.roundRect(box.x, box.y, box.w, box.h, item.radius, stroke=0, fill=1)
            else:
                canvas.rect(box.x, box.y, box.w, box.h, stroke=0, fill=1)
        elif isinstance(item, Rule):
            canvas.setStrokeColor(_colour(item.colour))
            canvas.setLineWidth(item.width)
            canvas.line(item.x1, item.y1, item.x2, item.y2)
        elif isinstance(item, QrCode):
            _qr(canvas, item)


def _text(canvas: Canvas, item: TextLine) -> None:
    colour = _colour(item.colour)
    canvas.setFillColor(colour)
    x = item.x
    for run in item.line.runs:
        size = item.size * run.scale
        canvas.setFont(run.font, size)
        if run.fake_bold:
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(size * 0.045)
            canvas.drawString(x, item.baseline, run.text, mode=2)
        else:
            canvas.drawString(x, item.baseline, run.text)
        x += run.unit_width * item.size


def _qr(canvas: Canvas, item: QrCode) -> None:
    canvas.setFillColor(_colour("#ffffff"))
    box = item.box
    canvas.rect(box.x, box.y, box.w, box.h, stroke=0, fill=1)
    canvas.setFillColor(_colour("#000000"))
    path = canvas.beginPath()
    left, top, module = item.origin[0], item.origin[1], item.module
    # A hair of overlap between rows avoids white seams when a viewer
    # anti-aliases the rectangles (non-zero winding: overlaps stay dark).
    overlap = module * 0.02
    for row, column, length in qr.dark_runs(item.code):
        path.rect(
            left + column * module,
            top - (row + 1) * module - overlap,
            length * module,
            module + overlap,
        )
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)


def _guides(canvas: Canvas, page_size: tuple[float, float]) -> None:
    """Dashed cutting lines through the middle of a 2 × 2 sheet."""
    width, height = page_size
    canvas.saveState()
    canvas.setStrokeColor(_colour(_GUIDE))
    canvas.setLineWidth(0.3)
    canvas.setDash(3, 3)
    canvas.line(width / 2, 0, width / 2, height)
    canvas.line(0, height / 2, width, height / 2)
    canvas.restoreState()
