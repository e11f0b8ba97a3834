"""The one input of the desk: scanners type codes into it, people type names.

A USB scanner is a keyboard that types fast and presses Enter. The field
clears itself the moment it submits, so a second scan never runs into the
first. Scanners configured to send no Enter are caught by a short pause:
if the text is then a complete code of this event, it is submitted.

Search-as-you-type listens to ``typed``, not to ``textEdited``. A person's
keys are tens of milliseconds apart and each one is searched at once (after
the key event is done, through a zero timer). A scanner's keys come in a
burst a few milliseconds apart: searching every prefix of a 20-character code
would run 20 searches and repaint the list 20 times before the Enter behind
them is handled. Within a burst the search waits until the keys settle, and
Enter cancels it: a scanned code is never searched as a name.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

#: A scanner types a character every few milliseconds; a person far slower.
PAUSE_MS = 250
#: Keys closer together than this are a scanner or a paste, not a person typing.
BURST_MS = 20
#: Within a burst, search once the keys have stopped for this long.
SETTLE_MS = 60


class ScanField(QLineEdit):
    submitted = Signal(str)  # Enter pressed, or a complete code followed by a pause
    typed = Signal(str)  # the text to search for, once per key a person types (see above)
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
        self._search = QTimer(self, singleShot=True)
        self._search.timeout.connect(self.flush_typed)
        self._last_edit = 0.0
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, _text: str) -> None:
        self._pause.start()
        now = time.monotonic()
        burst = (now - self._last_edit) * 1000 < BURST_MS
        self._last_edit = now
        self._search.start(SETTLE_MS if burst else 0)

    @property
    def search_pending(self) -> bool:
        return self._search.isActive()

    def flush_typed(self) -> None:
        """Emit ``typed`` now for what is in the field (a pending search runs at once)."""
        self._search.stop()
        self.typed.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Called for every character a scanner types: the cheap tests come first.
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif key == Qt.Key.Key_Down:
            self.navigate.emit(+1)
        elif key == Qt.Key.Key_Up:
            self.navigate.emit(-1)
        elif key == Qt.Key.Key_Escape:
            self._search.stop()
            self.clear()
            self.cleared.emit()
        elif not self.text() and event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()  # nothing to undo in an empty field
        else:
            super().keyPressEvent(event)

    def _complete(self, text: str) -> bool:
        try:
            return bool(text) and self._is_complete(text)
        except Exception:  # e.g. the database went away: Enter still works and reports it
            return False

    def _on_pause(self) -> None:
        if self._complete(self.text()):
            self._submit()

    def _submit(self) -> None:
        self._pause.stop()
        if self._search.isActive() and not self._complete(self.text()):
            self.flush_typed()  # a name typed fast then Enter: its matches first
        self._search.stop()
        text = self.text()
        self.clear()  # before anything else: the next scan starts on an empty field
        self.submitted.emit(text)
