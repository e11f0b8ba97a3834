"""An unexpected error in a slot: logged to errors.log, one translated line, no traceback."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer

from checkin.ui import crash_handler


@pytest.fixture
def restored_hook():
    previous = sys.excepthook
    yield
    sys.excepthook = previous


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_said_in_one_line(qtbot, tmp_path, restored_hook):
    said, sounds = [], []
    crash_handler.install(tmp_path, lambda text, ms: said.append(text), lambda: sounds.append(1))

    def broken_slot() -> None:
        raise ZeroDivisionError("the slot divided by zero")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(said) > 0, timeout=2000)
    log = (tmp_path / "errors.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "broken_slot" in log and "ZeroDivisionError" in log
    assert len(said) == 1 and "Traceback" not in said[0]
    assert "Something unexpected went wrong" in said[0]
    assert "ZeroDivisionError: the slot divided by zero" in said[0]
    assert str(tmp_path / "errors.log") in said[0]
    assert sounds == [1]


def test_an_unwritable_home_still_gets_the_message(tmp_path, restored_hook):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    said = []
    crash_handler.install(blocked, lambda text, ms: said.append(text), lambda: None)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(said) == 1 and "boom" in said[0] and "Details" not in said[0]
