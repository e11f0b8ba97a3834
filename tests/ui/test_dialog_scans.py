"""A badge scanned by reflex while a desk dialog is open: the dialog closes unanswered
and the badge counts as a scan; a scanner's Enter never presses a dialog's button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.domain.log import Kind
from checkin.domain.rules import Status
from checkin.ui.badge_dialog import BadgeDialog
from checkin.ui.replace_dialog import ReplaceDialog
from checkin.ui.settings_dialog import SettingsDialog
from tests.ui.test_desk_badges import fake_printer  # noqa: F401 (fixture)
from tests.ui.test_desk_page import code, scan, shown, type_text
from tests.ui.test_printing import use_printer

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
_test = [0]  # which test is running: a closing loop never outlives its own test


@pytest.fixture(autouse=True)
def _count_tests():
    _test[0] += 1
    yield
    _test[0] += 1


def scan_into(dialog_class, text: str, seen: list) -> None:
    """When ``dialog_class`` is up, a scanner types ``text`` and Enter into its focus;
    ``seen`` gets the dialog and whether it was still open just after."""

    def now() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_class):
            QTimer.singleShot(20, now)
            return
        dialog.activateWindow()  # as a window manager does (offscreen has none)
        QApplication.processEvents()
        type_text(QApplication.focusWidget(), text)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        seen.append((dialog, dialog.isVisible()))
        close_any(40)

    def close_any(times: int, test: int = _test[0]) -> None:  # a test must not hang on a modal
        if test != _test[0]:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.reject()
        if times:
            QTimer.singleShot(50, lambda: close_any(times - 1, test))

    QTimer.singleShot(0, now)


def test_a_badge_scanned_into_the_replace_dialog_replaces_nothing(qtbot, page, context):
    desk = context.desk
    scan(qtbot, page, code(desk, "P005"))
    seen: list = []
    scan_into(ReplaceDialog, code(desk, "P006"), seen)
    QTest.keyClick(page.scan_field, Qt.Key.Key_R, CTRL | SHIFT)
    assert seen and seen[0][1] is False  # closed by the scan
    assert desk.store.participant("P005").badge_version == 1
    assert Kind.BADGE_REPLACED not in [e.kind for e in desk.store.events_of("P005")]
    assert shown(page).participant.id == "P006" and shown(page).status is Status.OK
    assert page.window().focusWidget() is page.scan_field  # (offscreen: not re-activated)


def test_a_badge_scanned_into_the_badge_dialog_prints_nothing(
    qtbot, window, page, context, fake_printer  # noqa: F811
):
    desk = context.desk
    use_printer(desk, "PDF")
    scan(qtbot, page, code(desk, "P005"))
    seen: list = []
    scan_into(BadgeDialog, code(desk, "P006"), seen)
    QTest.keyClick(page.scan_field, Qt.Key.Key_P, CTRL)
    assert seen and seen[0][1] is False
    assert fake_printer == []  # P005's badge was not printed again
    assert desk.store.active_checkins("P006", desk.serving_day())  # B's scan is not lost
    assert "scanned into the open dialog" in window.status_message.text()


def test_a_badge_scanned_into_the_settings_is_not_saved_as_the_desk_name(
    qtbot, window, page, context
):
    desk = context.desk
    name = desk.settings.desk_name
    seen: list = []
    scan_into(SettingsDialog, code(desk, "P006"), seen)
    window.edit_settings()
    assert seen and seen[0][1] is False
    assert desk.settings.desk_name == name
    assert shown(page).participant.id == "P006"


def test_a_scanner_s_enter_presses_no_button_even_for_a_damaged_code(
    qtbot, window, page, context
):
    desk = context.desk
    name = desk.settings.desk_name
    seen: list = []
    scan_into(SettingsDialog, "CKDAMAGED7QX2", seen)  # no code of this event
    window.edit_settings()
    assert seen and seen[0][1] is True  # still open: Save was not pressed
    assert desk.settings.desk_name == name


def test_a_badge_scanned_into_the_undo_question_undoes_nothing(qtbot, page, context):
    """The "Undo this check-in?" box takes plain letters as its buttons' shortcuts (Y, O,
    S): a scanner's capitals answered it, now and then with Yes, and the scan was lost."""
    from PySide6.QtWidgets import QMessageBox

    desk = context.desk
    scan(qtbot, page, code(desk, "P005"))
    seen: list = []
    scan_into(QMessageBox, code(desk, "P006"), seen)
    page.undoing.undo_from_recent("P005", desk.serving_day().isoformat(), "P005 …")
    assert seen and seen[0][1] is False  # closed by the scan
    assert desk.store.active_checkins("P005", desk.serving_day())  # not undone
    assert shown(page).participant.id == "P006" and shown(page).status is Status.OK
