"""The scan field alone: a scanner's burst is held back and put in at once; a person's
keys go straight in; nothing typed is ever lost or reordered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.ui.scan_field import SETTLE_MS, ScanField

CODE = "CKAEAVGWKOFUYDAMBRGIZQ2WAJ5D3FT53H42EQ"


@pytest.fixture
def field(qtbot):
    widget = ScanField(lambda text: text == CODE)
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def burst(field, text: str, *, enter: bool) -> None:
    """Post every key at once and let the event loop deliver them, as a USB scanner's."""
    keys = [(Qt.Key.Key_unknown, ch) for ch in text]
    if enter:
        keys.append((Qt.Key.Key_Return, "\r"))
    for key, ch in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(
                field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            )
    QApplication.sendPostedEvents()


def test_a_burst_with_enter_submits_the_whole_code_and_searches_nothing(qtbot, field):
    typed, submitted, edits = [], [], []
    field.typed.connect(typed.append)
    field.submitted.connect(submitted.append)
    field.textEdited.connect(edits.append)
    burst(field, CODE, enter=True)
    assert submitted == [CODE]
    assert field.text() == ""
    assert len(edits) <= 2  # the first key, then the rest of the burst as one edit
    qtbot.wait(SETTLE_MS + 50)
    assert typed == [] or typed == [CODE[0]]  # at most the first key, before the burst


def test_a_burst_without_enter_appears_once_the_keys_settle(qtbot, field):
    typed = []
    field.typed.connect(typed.append)
    burst(field, "Dialo", enter=False)
    assert field.pending_text() == "Dialo"
    assert field.search_pending
    qtbot.waitUntil(lambda: not field.search_pending, timeout=2000)
    assert field.text() == "Dialo"
    assert typed[-1] == "Dialo"


def test_a_complete_code_without_enter_is_still_submitted_after_the_pause(qtbot, field):
    submitted = []
    field.submitted.connect(submitted.append)
    burst(field, CODE, enter=False)
    qtbot.waitUntil(lambda: submitted == [CODE], timeout=2000)
    assert field.text() == ""


def test_a_person_typing_sees_every_key_at_once(qtbot, field):
    for ch in "Ana":
        QTest.keyClick(field, ch)
        assert field.text().endswith(ch)  # in the field before the next key
        qtbot.wait(30)  # a person: further apart than a burst


def test_keys_after_a_burst_keep_their_order(qtbot, field):
    burst(field, "Garc", enter=False)
    QTest.keyClick(field, Qt.Key.Key_Backspace)  # releases the burst, then deletes one
    assert field.text() == "Gar"
    burst(field, "ía", enter=False)
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and field.pending_text() == ""


def test_ctrl_keys_are_commands_even_inside_a_burst(qtbot, field):
    burst(field, "ab", enter=False)
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    assert field.selectedText() == "ab"
    burst(field, "x", enter=False)  # typing over the selection replaces it
    qtbot.waitUntil(lambda: not field.search_pending, timeout=2000)
    assert field.text() == "x"
