"""Fallback fonts for every script are loaded once the window is up, not in a scan."""

from __future__ import annotations

import csv
import unicodedata

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

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
