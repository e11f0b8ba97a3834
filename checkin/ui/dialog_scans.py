"""A badge scanned while a desk dialog is open is a scan, never the dialog's answer.

A scanner is a keyboard. With a dialog open, its characters go to whatever
has the focus there (a line edit, a list, a button) and its Enter presses the
dialog's default button: a replacement for reason "Lost", A's badge printed
again, the code saved as the desk's name — and B's scan lost. ``ScanGuard``
watches the keys that reach its dialog, timed as the scan field times them
(``scan_field.BURST_MS``, ``MIN_SCAN_LENGTH``):

- the Enter that ends a scanner's burst never reaches the dialog, so it
  presses no button;
- when the burst (or, on the dialog's own OK, one of its fields) holds a
  complete badge or ticket code, the dialog closes unanswered (``reject``:
  nothing typed into it is saved) and ``scanned`` holds the code, for the
  desk page to check in (``DeskPage.scan_from_dialog``). A scanner that
  sends no Enter is caught after the same pause as at the scan field.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from checkin.ui.scan_field import BURST_MS, MIN_SCAN_LENGTH, PAUSE_MS

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanGuard(QObject):
    """Guards ``dialog`` against scans; ``scanned`` is the code that closed it, or ""."""

    def __init__(
        self,
        dialog: QDialog,
        is_complete_code: Callable[[str], bool],
        *,
        swallow_letters: bool = False,
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        #: A dialog with no field to type in (a yes/no box) takes a plain letter as a
        #: button's shortcut ("Y", "O", "S"): a scanner's letters must never reach it.
        self.swallow_letters = swallow_letters
        self.scanned = ""
        self._is_complete = is_complete_code
        self._burst: list[str] = []
        self._last_key = 0.0
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self._on_pause)
        app = QApplication.instance()
        app.installEventFilter(self)  # key events go to the dialog's focus widget first
        dialog.finished.connect(lambda _result: app.removeEventFilter(self))

    def take(self, code: str) -> None:
        """Close the dialog unanswered: ``code`` was scanned into it."""
        self.scanned = code
        self._burst.clear()
        self._pause.stop()
        self.dialog.reject()

    def check_fields(self) -> bool:
        """On the dialog's OK: a field holding a complete code closes it as a scan."""
        for field in self.dialog.findChildren(QLineEdit):
            if self._complete(field.text()):
                self.take(field.text().strip())
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._first_delivery(watched):
            return False
        return self._key(event)  # type: ignore[arg-type]

    def _first_delivery(self, watched: QObject) -> bool:
        """A key sent to a widget of the dialog, the first time (not as it propagates)."""
        focus = QApplication.focusWidget()
        if watched is not (focus or self.dialog) or not isinstance(watched, QWidget):
            return False
        widget: QWidget | None = watched
        while widget is not None:  # parentWidget() also leads out of a combo box's popup
            if widget is self.dialog:
                return True
            widget = widget.parentWidget()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        now = time.monotonic()
        in_burst = (now - self._last_key) * 1000 < BURST_MS
        if event.key() in _ENTER:
            scanner = in_burst and len(self._burst) >= MIN_SCAN_LENGTH
            code = "".join(self._burst)
            self._burst.clear()
            self._pause.stop()
            if scanner and self._complete(code):
                self.take(code)
            return scanner  # a scanner's Enter presses no button
        text = event.text()
        if not text or not text.isprintable():
            return False
        self._last_key = now
        if not in_burst:
            self._burst.clear()
        self._burst.append(text)
        self._pause.start()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        return self.swallow_letters and plain

    def _on_pause(self) -> None:
        code = "".join(self._burst)
        self._burst.clear()
        if len(code) >= MIN_SCAN_LENGTH and self._complete(code):
            self.take(code)

    def _complete(self, text: str) -> bool:
        try:
            return bool(text.strip()) and self._is_complete(text)
        except Exception:  # e.g. the database went away: the dialog still works
            return False
