"""The one input of the desk: scanners type codes into it, people type names.

A USB scanner is a keyboard that types fast and presses Enter. The field
clears itself the moment it submits, so a second scan never runs into the
first. Scanners configured to send no Enter are caught by a short pause:
if the text is then a complete code of this event, it is submitted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

#: A scanner types a character every few milliseconds; a person far slower.
PAUSE_MS = 250


class ScanField(QLineEdit):
    submitted = Signal(str)  # Enter pressed, or a complete code followed by a pause
    navigate = Signal(int)  # arrow keys: -1 up, +1 down, for the result list
    cleared = Signal()
    undo_requested = Signal()  # Ctrl+Z on an empty field: undo the check-in shown

    def __init__(self, is_complete_code: Callable[[str], bool], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self._is_complete = is_complete_code
        self.setClearButtonEnabled(True)
        self.setMaxLength(1024)
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self._on_pause)
        self.textEdited.connect(lambda _text: self._pause.start())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo) and not self.text():
            self.undo_requested.emit()  # nothing to undo in an empty field
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif key == Qt.Key.Key_Down:
            self.navigate.emit(+1)
        elif key == Qt.Key.Key_Up:
            self.navigate.emit(-1)
        elif key == Qt.Key.Key_Escape:
            self.clear()
            self.cleared.emit()
        else:
            super().keyPressEvent(event)

    def _on_pause(self) -> None:
        try:
            complete = bool(self.text()) and self._is_complete(self.text())
        except Exception:  # e.g. the database went away: Enter still works and reports it
            complete = False
        if complete:
            self._submit()

    def _submit(self) -> None:
        self._pause.stop()
        text = self.text()
        self.clear()  # before anything else: the next scan starts on an empty field
        self.submitted.emit(text)
