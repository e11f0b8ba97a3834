"""Fallback fonts for every script are loaded once the window is up, not in a scan."""

from __future__ import annotations

import csv
import unicodedata

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

from checkin.paths import demo_event_dir
from checkin.ui.font_warmup import SAMPLE, fonts_of, warm_fonts


def test_each_distinct_font_is_drawn_once(qtbot):
    small, same, large = QLabel(), QLabel(), QLabel()
    large.setFont(QFont("Noto Sans", 30))
    for label in (small, same, large):
        qtbot.addWidget(label)
    fonts = fonts_of([small, same, large])
    assert sorted(f.pointSize() for f in fonts) == sorted({small.font().pointSize(), 30})
    assert warm_fonts(fonts) == 2


def scripts(text: str) -> set[str]:
    """Unicode's name for the script of each letter ("ARABIC", "CJK", "HANGUL", …)."""
    return {unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha()}


def test_the_sample_covers_every_script_of_the_demo_list():
    with (demo_event_dir() / "participants.csv").open(encoding="utf-8-sig") as handle:
        names = " ".join(cell for row in csv.reader(handle) for cell in row[:4])
    assert scripts(names) - {"LATIN"}  # the demo list has names in other scripts
    assert scripts(names) <= scripts(SAMPLE)


def test_the_window_warms_its_fonts_soon_after_it_opens(qtbot, window):
    qtbot.waitUntil(lambda: not window.settle_timer.isActive(), timeout=3000)


def test_the_first_search_is_warmed_but_nothing_is_shown(qtbot, window, monkeypatch):
    desk = window.context.desk
    searched = []
    real = desk.search_with_status
    monkeypatch.setattr(desk, "search_with_status", lambda *a: searched.append(a) or real(*a))
    window.warm_search()
    assert searched  # SQLite's pages and the country names are loaded now
    assert window.desk_page.results.count() == 0  # but the list still shows its hint


def test_every_script_shows_in_the_bundled_fonts_whatever_the_system_has(qapp):
    """The desk laptop may have no font for Tamil or Korean: the bundled ones draw them.
    And no family may claim a character it draws blank (NanumSquare's Hanja: 王)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from checkin.ui.fonts import load_fonts

    load_fonts()
    font = QApplication.font()
    font.setPointSize(28)
    for word in ("王伟", "王", "김지은", "가", "प्रियंका", "রবীন্দ্র", "தமிழ்", "สมศักดิ์",
                 "សុខា", "အောင်", "සිංහල", "ሰላም", "ნინო", "Անահիտ", "נועה", "مهسا", "かな"):
        image = QImage(400, 60, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(4, 44, word)
        painter.end()
        inked = [x for x in range(image.width()) if any(
            image.pixelColor(x, y).lightness() < 100 for y in range(0, 60, 2))]
        assert inked, word
        # Each character leaves ink: the drawn width is about the text's own.
        assert inked[-1] - inked[0] > 12 * (len(word) - 1) / max(1, len(word)), word
