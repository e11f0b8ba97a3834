"""The status bar's passing message: wrapped onto a second line, never cut.

``QStatusBar.showMessage`` draws the message in one line beside the permanent
widgets (desk and operator, sync, printer) and cuts it where they begin, with
no "…": in French and Spanish the part that matters ("the check-in is
recorded") was the part cut off. A word-wrapped label in the status bar's
stretching slot takes the room there is and a second line when it needs one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy


class StatusMessage(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statusMessage")
        self.setWordWrap(True)
        self.setContentsMargins(6, 0, 12, 0)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._expiry = QTimer(self, singleShot=True)
        self._expiry.timeout.connect(self.clear)
        self._source: object = None

    def show_message(self, text: str, timeout_ms: int = 0, source: object = None) -> None:
        """Show ``text``; it goes after ``timeout_ms`` (0: until the next message), or
        with ``clear_from(source)``."""
        self._source = source
        self.setText(text)
        self.setToolTip(text)
        self._fit()
        if timeout_ms:
            self._expiry.start(timeout_ms)
        else:
            self._expiry.stop()

    def clear_from(self, source: object) -> None:
        """Clear the message if ``source`` showed it: the desk page's instructions ("Press
        Enter to check in…") are done with at the next verdict, not 8 s later."""
        if source is not None and self._source is source and self.text():
            self.clear()

    def clear(self) -> None:
        self._source = None
        self._expiry.stop()
        self.setToolTip("")
        super().clear()
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped text at the width the bar gives (the status bar's
        layout does not ask a label's height for its width by itself)."""
        needed = max(0, self.heightForWidth(max(1, self.width()))) if self.text() else 0
        if needed != self.maximumHeight():
            self.setFixedHeight(needed)
