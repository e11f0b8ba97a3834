"""The scan field alone: a scanner's burst is held back and put in at once; a person's
keys go straight in; nothing typed is ever lost or reordered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.ui.scan_field import BURST_MS, SETTLE_MS, ScanField

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


def test_a_burst_with_enter_is_scanned_whole_and_searches_nothing(qtbot, field):
    typed, scanned, submitted, edits = [], [], [], []
    field.typed.connect(typed.append)
    field.scanned.connect(scanned.append)
    field.submitted.connect(submitted.append)
    field.textEdited.connect(edits.append)
    burst(field, CODE, enter=True)
    assert scanned == [CODE] and submitted == []
    assert field.text() == ""
    assert len(edits) <= 2  # the first key, then the rest of the burst as one edit
    qtbot.wait(SETTLE_MS + 50)
    # The first key's search is posted behind the keys already queued: they take it back.
    assert typed == []


def test_a_burst_without_enter_appears_once_the_keys_settle(qtbot, field):
    typed = []
    field.typed.connect(typed.append)
    burst(field, "Dialo", enter=False)
    assert field.pending_text() == "Dialo"
    assert field.search_pending
    qtbot.waitUntil(lambda: not field.search_pending, timeout=2000)
    assert field.text() == "Dialo"
    assert typed[-1] == "Dialo"


def test_a_complete_code_without_enter_is_still_scanned_after_the_pause(qtbot, field):
    scanned = []
    field.scanned.connect(scanned.append)
    burst(field, CODE, enter=False)
    qtbot.waitUntil(lambda: scanned == [CODE], timeout=2000)
    assert field.text() == ""


def test_a_damaged_code_without_enter_is_scanned_too_and_never_joins_the_next(qtbot, field):
    """A scanner with no Enter and a code that is not this event's: it still gets its
    verdict (red), and the next badge starts on an empty field."""
    scanned = []
    field.scanned.connect(scanned.append)
    burst(field, "CKXXXXGARBLEDXXX", enter=False)
    qtbot.waitUntil(lambda: scanned == ["CKXXXXGARBLEDXXX"], timeout=2000)
    assert field.text() == ""
    qtbot.wait(BURST_MS + 5)
    burst(field, CODE, enter=False)
    qtbot.waitUntil(lambda: len(scanned) == 2, timeout=2000)
    assert scanned[1] == CODE


def test_a_scan_after_a_half_typed_name_is_the_scan_alone(qtbot, field):
    """The operator typed "pap", then took the delegate's badge: the badge counts."""
    scanned, submitted = [], []
    field.scanned.connect(scanned.append)
    field.submitted.connect(submitted.append)
    for ch in "pap":
        QTest.keyClick(field, ch)
        qtbot.wait(BURST_MS + 10)
    burst(field, CODE, enter=True)
    assert scanned == [CODE] and submitted == []
    assert field.text() == ""


def test_a_scanners_shift_before_each_capital_does_not_break_its_burst(qtbot, field):
    scanned = []
    field.scanned.connect(scanned.append)
    for ch in CODE:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(field, QKeyEvent(kind, Qt.Key.Key_Shift,
                                                    Qt.KeyboardModifier.ShiftModifier, ""))
            QApplication.postEvent(field, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                    Qt.KeyboardModifier.ShiftModifier, ch))
    QApplication.postEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                            Qt.KeyboardModifier.NoModifier, "\r"))
    QApplication.sendPostedEvents()
    assert scanned == [CODE]


def test_a_short_fast_word_and_enter_is_a_person_typing(qtbot, field):
    """Two or three rolled keys are a fast typist, not a scanner: Enter submits them."""
    scanned, submitted = [], []
    field.scanned.connect(scanned.append)
    field.submitted.connect(submitted.append)
    burst(field, "Ana", enter=True)
    assert submitted == ["Ana"] and scanned == []


def test_a_person_typing_sees_every_key_at_once(qtbot, field):
    typed = []
    field.typed.connect(typed.append)
    for ch in "Ana":
        QTest.keyClick(field, ch)
        assert field.text().endswith(ch)  # in the field before the next key
        assert field.search_pending  # searched once the key event is done
        QApplication.sendPostedEvents()
        assert not field.search_pending
        qtbot.wait(30)  # a person: further apart than a burst
    assert typed == ["A", "An", "Ana"]


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
