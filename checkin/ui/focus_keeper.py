"""The scan field gets the keyboard back whenever something else on the desk page takes it.

A badge scanner types into whatever has the focus. If a click left it on the
day list, a selectable label or a button of the main window, the next badges
would be typed there: swallowed without a verdict, or choosing a day by their
first letter, while the previous delegate's green verdict stays on screen.
So focus that lands on a non-editing widget of the desk's own window goes
straight back to the scan field. Dialogs, menus and popups (the day list
open, a message box) keep it: they are other windows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: Widgets that take typing on purpose: the focus stays with them.
_EDITORS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QMenuBar, QMenu)


class FocusKeeper(QObject):
    """Watches the application's focus and returns it to ``scan_field``."""

    def __init__(self, scan_field: QWidget) -> None:
        super().__init__(scan_field)
        self.scan_field = scan_field
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus_changed)  # Qt disconnects it with us

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new is self.scan_field or isinstance(new, _EDITORS):
            return
        if QApplication.activePopupWidget() is not None:
            return  # a list or menu is open: it has the keyboard until it closes
        if new.window() is not self.scan_field.window() or not self.scan_field.isVisible():
            return  # a dialog, or the page is not shown
        QTimer.singleShot(0, self._give_back)

    def _give_back(self) -> None:
        if self.scan_field.isVisible() and QApplication.activePopupWidget() is None:
            focused = QApplication.focusWidget()
            if focused is None or (
                focused.window() is self.scan_field.window() and not isinstance(focused, _EDITORS)
            ):
                self.scan_field.setFocus()

