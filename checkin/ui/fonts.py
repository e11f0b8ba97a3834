"""The bundled fonts, loaded into Qt at start (the desk shows names in every script)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from checkin.badges.scripts import SCRIPTS
from checkin.paths import resources

log = logging.getLogger(__name__)

#: The bundled families, in the order Qt looks for a character's glyph (the same fonts
#: the badges print with, see checkin.badges.fonts): names in every script show on
#: any laptop, whatever fonts its system has.
FONT_FAMILIES = (
    "Noto Sans",
    "Noto Naskh Arabic",
    *(f"Noto Sans {script}" for script in SCRIPTS),
    # Droid before NanumSquare: NanumSquare maps 4,620 Chinese characters (Hanja) to
    # empty glyphs, so 王 would show as a blank; Droid's Hangul is 3 syllables (가 among
    # them, drawn in Droid's style), every other syllable comes from NanumSquare.
    "Droid Sans Fallback",
    "NanumSquare",
)


def load_fonts() -> None:
    """Every bundled font (40 files: about 10 ms), then the fallback order above."""
    # Qt says "OpenType support missing for <family>, script N" each time it walks past
    # a family without that script on the way to the one that has it: expected, noise.
    QLoggingCategory.setFilterRules("qt.text.font.db.warning=false")
    for path in sorted((resources() / "fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("font not loaded: %s", path)
    font = QFont("Noto Sans", 10)
    font.setFamilies(list(FONT_FAMILIES))
    QApplication.setFont(font)
