"""Printing on check-in, in the desk's status bar: the *ask each time* question and
the Cancel of a badge being printed.

The question is not a dialog. A modal "Print the badge?" box takes the focus,
so the next delegate's scan would answer it with the scanner's Enter (and that
scan would be lost). Here the scan field keeps the focus, the buttons take none
(a mouse click answers), and the next verdict simply replaces the question:
nothing is printed, nothing is lost, and the badge can be printed later with
Ctrl+P.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from checkin.domain.model import Participant
from checkin.ui.elided_label import ElidedLabel

#: The most the question takes of the status bar (pixels): a long name is cut in the middle.
QUESTION_WIDTH = 300


class PrintBar(QFrame):
    """Emits ``print_wanted(participant)`` on *Print*, ``cancel_wanted`` on *Cancel*."""

    print_wanted = Signal(object)
    cancel_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="printBar")
        self.person: Participant | None = None
        self.printing = False
        self.label = ElidedLabel(name="printBarText", width=QUESTION_WIDTH)
        self.yes = QPushButton(objectName="printBarYes")
        self.no = QPushButton(objectName="printBarNo")
        self.stop = QPushButton(objectName="printBarCancel")
        for button in (self.yes, self.no, self.stop):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keys
            button.setAutoDefault(False)
        self.yes.clicked.connect(self._yes)
        # F9 answers Print from the keyboard (the buttons take no focus: the scan field
        # keeps it); a function key, so that no scanned character can press it.
        QShortcut(QKeySequence(Qt.Key.Key_F9), parent or self, self.answer_print)
        self.no.clicked.connect(self.dismiss)
        self.stop.clicked.connect(self.cancel_wanted.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.label)
        for button in (self.yes, self.no, self.stop):
            row.addWidget(button)
        self.retranslate()
        self._update()

    def ask(self, person: Participant) -> None:
        """Ask whether to print ``person``'s badge, until answered or the next verdict."""
        self.person = person
        self._update()

    def dismiss(self) -> None:
        self.person = None
        self._update()

    def set_printing(self, printing: bool) -> None:
        self.printing = printing
        self._update()

    @property
    def asking(self) -> bool:
        return self.person is not None

    def answer_print(self) -> None:
        if self.asking:
            self._yes()

    def _yes(self) -> None:
        person = self.person
        self.dismiss()
        if person is not None:
            self.print_wanted.emit(person)

    def _update(self) -> None:
        asking = self.person is not None
        if asking:
            self.label.set_full_text(
                self.tr("Print the badge of {name}?").format(name=self.person.display_name)
            )
        elif self.printing:
            self.label.set_full_text(self.tr("Printing the badge…"))
        self.yes.setVisible(asking)
        self.no.setVisible(asking)
        self.stop.setVisible(self.printing and not asking)
        self.setVisible(asking or self.printing)

    def retranslate(self) -> None:
        self.yes.setText(self.tr("Print (F9)"))
        self.no.setText(self.tr("Not now"))
        self.stop.setText(self.tr("Cancel printing"))
        self._update()
