"""Every script a name may be written in, drawn once at start-up in the desk's fonts.

The first time a font at a given size meets a script it has no glyphs for
(the first Korean, Chinese, Cyrillic or Arabic name of the day), Qt asks
fontconfig for a fallback font, loads it and builds its glyph cache: 15–30 ms
on the development machine, inside that delegate's scan. Measured in the GUI
benchmark, those first-of-a-script scans were three of the four slowest of
250 (benchmarks/RESULTS.md). Drawing a line of every script in each font the
window uses, once, shortly after it first appears, moves that cost out of
the queue.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QWidget

#: Latin with accents, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Thai, Chinese,
#: Japanese kana, Korean, Georgian, Armenian, Ethiopic, and the marks the UI draws.
SAMPLE = (
    "Aé Ğş Ωλ Жж العربية עברית हिन्दी ไทย 中文汉字 かなカナ 한국어 ქართ Հայ አማርኛ "
    "✔ ✖ ⚠ — · « » “ ”"
)


def fonts_of(widgets: Iterable[QWidget]) -> list[QFont]:
    """The distinct fonts of ``widgets``, each also in bold (names are bold)."""
    fonts: dict[str, QFont] = {}
    for widget in widgets:
        font = widget.font()
        fonts.setdefault(font.key(), font)
        bold = QFont(font)
        bold.setBold(True)
        fonts.setdefault(bold.key(), bold)
    return list(fonts.values())


def warm_fonts(fonts: Iterable[QFont]) -> int:
    """Draw :data:`SAMPLE` in each font on a scratch image; how many fonts were drawn."""
    image = QImage(16, 16, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    count = 0
    try:
        for font in fonts:
            painter.setFont(font)
            painter.drawText(0, 12, SAMPLE)
            count += 1
    finally:
        painter.end()
    return count
