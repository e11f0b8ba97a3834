"""The one input of the desk: scanners type codes into it, people type names.

A USB scanner is a keyboard that types fast and presses Enter. The field
clears itself the moment it submits, so a second scan never runs into the
first. What a scanner typed is told apart from what a person typed by its
speed: a burst of at least ``MIN_SCAN_LENGTH`` characters, each less than
``BURST_MS`` after the last, is a scan and is emitted as ``scanned`` — only
the burst, without what a person had typed before it (an operator who
started typing a name, then took the delegate's badge), and never taken as
a name to search. Scanners configured to send no Enter are caught by a
short pause: a complete code, or any scanner burst (a damaged badge gets its
red verdict instead of waiting in the field for the next scan to run into
it), is then submitted.

Search-as-you-type listens to ``typed``, not to ``textEdited``. A person's
keys are tens of milliseconds apart and each one is searched at once, after
the key event is done: through a posted event, not a zero timer. Qt runs
posted events before timers, and the field's repaint is a low-priority posted
event, so the search comes first and the letter and its matches are painted
in one pass (with a zero timer, first letters took two). A scanner's keys
come in a burst a few milliseconds apart: searching every prefix of a 20-character code
would run 20 searches and repaint the list 20 times before the Enter behind
them is handled. Within a burst the search waits until the keys settle, and
Enter cancels it: a scanned code is never searched as a name.

The characters of a burst are also held back and put into the field at once
when the burst ends (its Enter, another key, or the keys settling): letting
the line edit insert, re-lay out and signal each of a 38-character code's
keys took ~0.15 ms a key, ~6 ms of every scan before its Enter was read
(benchmarks/RESULTS.md).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

#: A scanner types a character every few milliseconds; a person far slower.
PAUSE_MS = 250
#: Keys closer together than this are a scanner or a paste, not a person typing.
BURST_MS = 20
#: Within a burst, search once the keys have stopped for this long.
SETTLE_MS = 60
#: Posted to the field after a person's key: search now (see the module's docstring).
_SEARCH_NOW = QEvent.Type(QEvent.registerEventType())
#: A burst this long is a scanner's (a person's rolled keys give two or three).
MIN_SCAN_LENGTH = 6
#: Keys that only modify the next one: a scanner presses Shift before each capital.
_MODIFIER_KEYS = frozenset(
    (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr,
     Qt.Key.Key_Meta, Qt.Key.Key_CapsLock)
)
#: Keys with these held are commands (Ctrl+V, Ctrl+Z…), never a scanner's characters.
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class ScanField(QLineEdit):
    submitted = Signal(str)  # Enter on what a person typed (a name, or a code by hand)
    scanned = Signal(str)  # a scanner's burst: Enter, or a pause after it
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
        self._search = QTimer(self, singleShot=True)  # within a burst: once it settles
        self._search.timeout.connect(self.flush_typed)
        self._search_posted = False  # a person's key: a _SEARCH_NOW event is on its way
        self._last_key = 0.0
        self._held: list[str] = []  # a burst's characters, not yet in the field
        self._burst_from: int | None = None  # where the current burst starts in the text
        self._releasing = False
        self.textEdited.connect(self._on_edited)
        self.textChanged.connect(self._on_changed)

    def _on_changed(self, text: str) -> None:
        if not text:
            self._burst_from = None  # cleared, also by the page (setText, clear)

    def _on_edited(self, _text: str) -> None:
        if self._releasing:
            return  # a burst put into the field: its keys already timed the search
        self._pause.start()
        self._search.stop()
        if not self._search_posted:
            self._search_posted = True
            QCoreApplication.postEvent(self, QEvent(_SEARCH_NOW))

    def customEvent(self, event: QEvent) -> None:
        if event.type() == _SEARCH_NOW:
            if self._search_posted:  # not taken back by a burst, Escape or Enter since
                self.flush_typed()
        else:
            super().customEvent(event)

    def _cancel_search(self) -> None:
        self._search.stop()
        self._search_posted = False

    @property
    def last_key_time(self) -> float:
        """``time.monotonic()`` of the last character typed or scanned (0 if none yet)."""
        return self._last_key

    @property
    def search_pending(self) -> bool:
        return self._search.isActive() or self._search_posted

    def pending_text(self) -> str:
        """The field's text with the characters of a burst still held back."""
        return self.text() + "".join(self._held) if self._held else self.text()

    def flush_typed(self) -> None:
        """Emit ``typed`` now for what is in the field (a pending search runs at once)."""
        self._cancel_search()
        self._release()
        self.typed.emit(self.text())

    def _release(self) -> None:
        """Put a burst's held characters into the field, as one edit."""
        if not self._held:
            return
        text = "".join(self._held)
        self._held.clear()
        self._releasing = True
        try:
            self.insert(text)
        finally:
            self._releasing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Called for every character a scanner types: the cheap tests come first.
        key = event.key()
        text = event.text()
        if text and key != Qt.Key.Key_Escape and text.isprintable():
            now = time.monotonic()
            burst = (now - self._last_key) * 1000 < BURST_MS
            self._last_key = now
            if burst and not event.modifiers() & _COMMAND_MODIFIERS:
                if self._burst_from is None:  # the burst began with the key before
                    self._burst_from = max(0, self.cursorPosition() - 1)
                self._held.append(text)
                self._pause.start()
                self._search_posted = False
                self._search.start(SETTLE_MS)
                return
            self._burst_from = None  # a person's key: any burst before it is over
        elif key in _MODIFIER_KEYS:
            return  # Shift before a scanner's capital: nothing to release or forget
        self._release()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif key == Qt.Key.Key_Down:
            self.navigate.emit(+1)
        elif key == Qt.Key.Key_Up:
            self.navigate.emit(-1)
        elif key == Qt.Key.Key_Escape:
            self._cancel_search()
            self._burst_from = None
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

    def _scanned_text(self) -> str | None:
        """The scanner's burst in the field, if the text ends with one."""
        start = self._burst_from
        text = self.text()
        if start is None or len(text) - start < MIN_SCAN_LENGTH:
            return None
        return text[start:]

    def _on_pause(self) -> None:
        self._release()
        if self._scanned_text() is not None or self._complete(self.text()):
            self._submit()

    def _submit(self) -> None:
        self._pause.stop()
        scanned = self._scanned_text()
        self._burst_from = None
        if scanned is not None:
            self._cancel_search()
            self.clear()
            self.scanned.emit(scanned)
            return
        if self.search_pending and not self._complete(self.text()):
            self.flush_typed()  # a name typed fast then Enter: its matches first
        self._cancel_search()
        text = self.text()
        self.clear()  # before anything else: the next scan starts on an empty field
        self.submitted.emit(text)
