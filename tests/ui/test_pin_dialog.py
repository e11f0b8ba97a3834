"""The supervisor PIN at the desk: asked before importing a list and replacing a badge
when the event sets one, never otherwise; wrong PINs counted, then a minute's wait."""

from __future__ import annotations

import json

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from checkin.domain.pin import hash_pin
from checkin.service.supervisor import LOCK_SECONDS, MAX_TRIES, SupervisorGate
from checkin.ui.import_wizard import ImportWizard
from checkin.ui.pin_dialog import PinDialog

PIN = "246813"
PIN_HASH = hash_pin(PIN, iterations=10_000)


def set_pin(desk) -> None:
    config = json.loads(desk.store.meta("event_config"))
    desk.store.set_meta("event_config", json.dumps({**config, "supervisor_pin_hash": PIN_HASH}))


class Ticking:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def type_pin(dialog: PinDialog, pin: str) -> None:
    dialog.pin.setText(pin)
    dialog.ok.click()


def test_a_wrong_pin_says_the_tries_left_and_the_right_one_goes_on(qtbot, context):
    dialog = PinDialog(SupervisorGate(lambda: PIN_HASH), "Importing needs the supervisor PIN.")
    qtbot.addWidget(dialog)
    dialog.show()
    type_pin(dialog, "111111")
    assert dialog.isVisible() and dialog.pin.text() == ""
    assert dialog.error.text() == (
        f"Wrong PIN. {MAX_TRIES - 1} more tries before the desk waits a minute."
    )
    type_pin(dialog, PIN)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_too_many_wrong_pins_lock_the_field_and_count_down(qtbot, context):
    clock = Ticking()
    dialog = PinDialog(SupervisorGate(lambda: PIN_HASH, clock=clock), "Replacing a badge…")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(MAX_TRIES):
        type_pin(dialog, "111111")
    assert not dialog.pin.isEnabled() and not dialog.ok.isEnabled()
    assert dialog.error.text() == f"Too many wrong PINs. Try again in {LOCK_SECONDS} seconds."
    clock.now += 59
    dialog.countdown.timeout.emit()
    assert dialog.error.text() == "Too many wrong PINs. Try again in 1 second."
    clock.now += 1
    dialog.countdown.timeout.emit()
    assert dialog.pin.isEnabled() and not dialog.error.isVisible()
    type_pin(dialog, PIN)
    assert dialog.result() == QDialog.DialogCode.Accepted


def _modals_while(qtbot, trigger, answer) -> list[QDialog]:
    """Run ``trigger`` (which opens modal dialogs) and let ``answer(dialog)`` close each."""
    seen: list[QDialog] = []
    done = False

    def drive() -> None:
        if done:  # no timer of this test may close the next test's dialogs
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.append(dialog)
            answer(dialog)
            if dialog.isVisible():
                dialog.reject()
        QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    trigger()
    qtbot.wait(100)
    done = True
    return seen


def test_importing_asks_for_the_pin_first_and_cancel_opens_nothing(qtbot, window, context):
    set_pin(context.desk)
    seen = _modals_while(qtbot, window.import_action.trigger, lambda d: None)
    assert [type(d) for d in seen] == [PinDialog]
    assert "Importing a participant list needs the supervisor PIN." in seen[0].action.text()
    field = window.desk_page.scan_field  # back to the scan field (the window's focus)
    qtbot.waitUntil(lambda: window.focusWidget() is field, timeout=1000)


def test_with_the_right_pin_the_import_wizard_opens(qtbot, window, context):
    set_pin(context.desk)

    def answer(dialog) -> None:
        if isinstance(dialog, PinDialog):
            type_pin(dialog, PIN)

    seen = _modals_while(qtbot, window.import_action.trigger, answer)
    assert [type(d) for d in seen] == [PinDialog, ImportWizard]


def test_without_a_pin_for_the_event_nothing_is_asked(qtbot, window):
    seen = _modals_while(qtbot, window.import_action.trigger, lambda d: None)
    assert [type(d) for d in seen] == [ImportWizard]


def test_replacing_a_badge_asks_for_the_pin_and_cancel_replaces_nothing(
    qtbot, window, context, monkeypatch
):
    from checkin.ui import badge_actions, badge_dialog
    from tests.ui.test_desk_page import code, scan

    set_pin(context.desk)
    dialogs = []
    monkeypatch.setattr(badge_actions.BadgeDialog, "exec", lambda self: dialogs.append(self) or 0)
    replacing = []
    monkeypatch.setattr(badge_dialog.ReplaceDialog, "exec", lambda self: replacing.append(self))
    page = window.desk_page
    scan(qtbot, page, code(context.desk, "P007"))
    window.badge_actions.actions[0].trigger()  # the badge dialog of the person shown
    assert len(dialogs) == 1
    seen = _modals_while(qtbot, dialogs[0].replace_badge, lambda d: None)
    assert [type(d) for d in seen] == [PinDialog]
    assert "Replacing a badge needs the supervisor PIN." in seen[0].action.text()
    assert replacing == []
    assert context.desk.store.participant("P007").badge_version == 1

    def answer(dialog) -> None:
        type_pin(dialog, PIN)

    _modals_while(qtbot, dialogs[0].replace_badge, answer)
    assert len(replacing) == 1  # past the PIN, the replacement dialog opens


def test_ctrl_shift_r_cancelled_at_the_pin_opens_no_badge_dialog(
    qtbot, window, context, monkeypatch
):
    from checkin.ui import badge_actions
    from tests.ui.test_desk_page import code, scan

    set_pin(context.desk)
    dialogs = []
    monkeypatch.setattr(badge_actions.BadgeDialog, "exec", lambda self: dialogs.append(self) or 0)
    scan(qtbot, window.desk_page, code(context.desk, "P007"))
    seen = _modals_while(qtbot, window.badge_actions.replace_action.trigger, lambda d: None)
    assert [type(d) for d in seen] == [PinDialog]
    assert dialogs == []
    assert context.desk.store.participant("P007").badge_version == 1


def test_enter_on_an_empty_field_is_no_wrong_try(qtbot, context):
    dialog = PinDialog(SupervisorGate(lambda: PIN_HASH), "Importing needs the supervisor PIN.")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(MAX_TRIES + 1):
        type_pin(dialog, "")
    assert dialog.isVisible() and dialog.pin.isEnabled() and not dialog.error.isVisible()
