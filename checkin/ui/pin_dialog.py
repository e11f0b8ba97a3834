"""Asking for the supervisor PIN before a supervisor's action (import, badge replacement).

With no PIN set for the event (the demo) nothing is asked. A wrong PIN says
how many tries are left; after too many the desk refuses PINs for a minute
(:mod:`checkin.service.supervisor`), and the dialog counts the wait down.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.service.desk import Desk
from checkin.service.supervisor import SupervisorGate
from checkin.ui.dialog_scans import ScanGuard


class PinDialog(QDialog):
    """Accepted only once the gate took the PIN."""

    def __init__(
        self,
        gate: SupervisorGate,
        action: str,
        parent: QWidget | None = None,
        is_complete_code: Callable[[str], bool] = lambda _text: False,
    ) -> None:
        super().__init__(parent)
        self.gate = gate
        self.scan_guard = ScanGuard(self, is_complete_code)  # a scan is no wrong try
        self.setWindowTitle(self.tr("Supervisor PIN"))
        self.action = QLabel(action, objectName="pinAction", wordWrap=True)
        self.action.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.pin = QLineEdit(objectName="pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Supervisor PIN"))
        self.error = QLabel(objectName="pinError", wordWrap=True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Continue"))
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.action)
        layout.addWidget(QLabel(self.tr("Ask a supervisor to type the PIN."), wordWrap=True))
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.countdown = QTimer(self, interval=1000)
        self.countdown.timeout.connect(self._show_lock)
        self._show_lock()
        self.pin.setFocus()

    def try_pin(self) -> None:
        if not self.pin.text().strip():  # Enter on an empty field is no try
            self.pin.setFocus()
            return
        check = self.gate.check(self.pin.text())
        self.pin.clear()
        if check.ok:
            self.countdown.stop()
            self.accept()
            return
        if check.locked_for:
            self._show_lock()
            return
        self._say(
            self.tr("Wrong PIN. %n more try before the desk waits a minute.", "", check.tries_left)
        )
        self.pin.setFocus()

    def _show_lock(self) -> None:
        seconds = self.gate.locked_for()
        self.pin.setEnabled(not seconds)
        self.ok.setEnabled(not seconds)
        if seconds:
            self._say(self.tr("Too many wrong PINs. Try again in %n second(s).", "", seconds))
            self.countdown.start()
            return
        self.countdown.stop()
        if self.error.property("locked"):  # the wait is over
            self.error.hide()
            self.pin.setFocus()
        self.error.setProperty("locked", False)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setProperty("locked", bool(self.gate.locked_for()))
        self.error.show()
        self.adjustSize()  # room for the message's lines, in every language


def supervisor_allows(
    desk: Desk,
    action: str,
    parent: QWidget | None = None,
    on_scan: Callable[[str], None] | None = None,
) -> bool:
    """True when the event sets no PIN, or a supervisor typed it; False on Cancel.

    A badge scanned into the PIN dialog closes it (False) and goes to ``on_scan``."""
    if not desk.supervisor.required:
        return True
    dialog = PinDialog(desk.supervisor, action, parent, desk.is_complete_code)
    allowed = dialog.exec() == QDialog.DialogCode.Accepted
    if dialog.scan_guard.scanned and on_scan is not None:
        on_scan(dialog.scan_guard.scanned)
    return allowed
