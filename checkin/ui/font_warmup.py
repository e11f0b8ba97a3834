"""Every script a name may be written in, drawn once at start-up in the desk's fonts.

The first time a font at a given size meets a script it has no glyphs for
(the first Korean, Chinese, Cyrillic or Arabic name of the day), Qt asks
fontconfig for a fallback font, loads it and builds its glyph cache: 15–30 ms
on the development machine, inside that delegate's scan. Measured in the GUI
benchmark, those first-of-a-script scans were three of the four slowest of
250 (benchmarks/RESULTS.md). Drawing a line of every script, once, shortly
after the window first appears, in each font a name is shown in (the verdict,
the result rows, the recent list) moves that cost out of the queue. Only
those fonts: each font and size keeps its own glyph caches.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QWidget

#: The scripts of the event's names (those of the bundled fonts: Latin with accents,
#: Greek, Cyrillic, Arabic, Hebrew, the scripts of South and South-East Asia,
#: Ethiopic, Georgian, Armenian, Chinese, Japanese kana, Korean) and the marks the
#: UI draws. Scripts that no font has are left out: each costs a failed lookup.
SAMPLE = (
    "Aé Ğş Ωλ Жж العربية עברית हिन्दी বাংলা ਪੰਜਾਬੀ ગુજરાતી ଓଡ଼ିଆ தமிழ் తెలుగు ಕನ್ನಡ "
    "മലയാളം සිංහල ไทย ລາວ ខ្មែរ မြန်မာ አማርኛ ქართული Հայերեն 中文汉字 かなカナ 한국어 "
    "✔ ✖ ⚠ — · « » “ ”"
)


def fonts_of(widgets: Iterable[QWidget]) -> list[QFont]:
    """The distinct fonts of ``widgets`` (as their style sheets set them)."""
    fonts: dict[str, QFont] = {}
    for widget in widgets:
        font = widget.font()
        fonts.setdefault(font.key(), font)
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
