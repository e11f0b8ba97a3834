"""The desk's settings as an operator sets them (Ctrl+,): recorded with every check-in,
sounds muted, and the day served chosen with the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from checkin.domain.rules import Status
from checkin.ui.settings_dialog import SettingsDialog
from tests.conftest import DAY2
from tests.ui.test_desk_page import code, scan, shown, type_text


def _edit_settings(window, fill) -> None:
    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, SettingsDialog)
            fill(dialog)
            buttons = dialog.findChild(QDialogButtonBox)
            buttons.button(QDialogButtonBox.StandardButton.Save).click()
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # a failed step must not leave the test waiting

    QTimer.singleShot(0, drive)
    window.settings_action.trigger()


def test_desk_name_and_operator_are_recorded_with_each_check_in(qtbot, window, page, context):
    assert window.settings_action.shortcut() == QKeySequence("Ctrl+,")

    def fill(dialog: SettingsDialog) -> None:
        dialog.desk_name.clear()
        type_text(dialog.desk_name, "Entrée Pregny – guichet 3")
        dialog.operator.clear()
        type_text(dialog.operator, "Zoë")

    _edit_settings(window, fill)
    assert context.desk.settings.desk_name == "Entrée Pregny – guichet 3"
    scan(qtbot, page, code(context.desk, "P005"))
    checkin = shown(page).checkin
    assert (checkin.operator, checkin.desk_name) == ("Zoë", "Entrée Pregny – guichet 3")
    scan(qtbot, page, code(context.desk, "P005"))
    details = page.verdict_panel.details.text()
    assert "Entrée Pregny – guichet 3" in details and "Zoë" in details
    assert "Zoë" in window.identity.text()


def test_muted_sounds_stay_silent_until_unmuted(qtbot, window, page, context):
    _edit_settings(window, lambda dialog: dialog.muted.setChecked(True))
    assert context.desk.settings.muted and context.sounds.muted
    context.sounds.last_played = None
    scan(qtbot, page, code(context.desk, "P005"))
    assert shown(page).status is Status.OK and context.sounds.last_played is None
    _edit_settings(window, lambda dialog: dialog.muted.setChecked(False))
    scan(qtbot, page, "CK" + "Q" * 36)
    assert context.sounds.last_played == "error"


def test_the_day_served_is_chosen_with_the_keyboard(qtbot, window, page, context):
    choice = page.day_banner.days
    choice.setFocus()
    QTest.keyClick(choice, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: context.desk.serving_day() == DAY2, timeout=2000)
    assert "27" in page.day_banner.label.text()
    assert window.focusWidget() is page.scan_field  # back to scanning
