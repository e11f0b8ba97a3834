"""Issuing a replacement badge: why, and for misspelt details, the right spelling.

The old badge stops admitting as soon as the replacement is recorded (its code
carries the old version and scans as *replaced*), so the dialog says so
before the operator confirms.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin.domain.badges import REASONS, BadgeHistory
from checkin.domain.model import Participant
from checkin.domain.text import is_latin
from checkin.service import badges as badge_ops
from checkin.service.badges import Replacement
from checkin.service.desk import Desk
from checkin.ui.badge_printing import badge_error_message
from checkin.ui.dialog_scans import ScanGuard


class ReplaceDialog(QDialog):
    """On OK records the replacement; ``replacement`` then holds what changed."""

    def __init__(
        self,
        desk: Desk,
        participant: Participant,
        history: BadgeHistory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.participant = participant
        self.replacement: Replacement | None = None
        self.scan_guard = ScanGuard(self, desk.is_complete_code)  # a scan replaces nothing
        self.setWindowTitle(self.tr("Replace badge"))
        count = history.replacement_count if history else 0
        name = QLabel(participant.display_name, objectName="replaceName", wordWrap=True)
        name.setStyleSheet("font-size: 17px; font-weight: bold;")
        summary = QLabel(objectName="replaceSummary", wordWrap=True)
        summary.setText(
            self.tr("Badge version {version} · replaced %n time(s) so far", "", count).format(
                version=participant.badge_version
            )
            if count
            else self.tr("Badge version {version} · never replaced").format(
                version=participant.badge_version
            )
        )
        labels = {
            "lost": self.tr("Lost"),
            "damaged": self.tr("Damaged"),
            "name_correction": self.tr("Name or organisation wrong — correct it"),
            "other": self.tr("Other reason"),
        }
        self.reasons = QButtonGroup(self)
        reason_box = QVBoxLayout()
        for reason in REASONS:
            button = QRadioButton(labels[reason], objectName=f"reason_{reason}")
            button.setProperty("reason", reason)
            self.reasons.addButton(button)
            reason_box.addWidget(button)
        self.reasons.buttons()[0].setChecked(True)
        self.first_name = QLineEdit(participant.first_name, objectName="firstName")
        self.last_name = QLineEdit(participant.last_name, objectName="lastName")
        self.name_latin = QLineEdit(participant.name_latin, objectName="nameLatin")
        self.title = QLineEdit(participant.title, objectName="position")
        self.organisation = QLineEdit(participant.organisation, objectName="organisation")
        self.note = QLineEdit(objectName="note")
        self.note.setMaxLength(badge_ops.MAX_NOTE)
        self.note.setPlaceholderText(self.tr("What happened (required for “Other reason”)"))
        self.note.setMinimumWidth(  # the whole placeholder shows, in every language
            self.note.fontMetrics().horizontalAdvance(self.note.placeholderText()) + 24
        )
        self.print_now = QCheckBox(self.tr("Print the new badge now"), objectName="printNow")
        self.print_now.setChecked(True)
        warning = QLabel(
            self.tr(
                "The current badge stops working at once: its code will scan as replaced. "
                "Keep it if the person hands it back."
            ),
            wordWrap=True,
        )
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()

        self.name_form = QWidget()
        names = QFormLayout(self.name_form)
        names.setContentsMargins(24, 0, 0, 0)
        names.addRow(self.tr("First name"), self.first_name)
        names.addRow(self.tr("Family name"), self.last_name)
        if participant.name_latin or not is_latin(participant.display_name):
            names.addRow(self.tr("Latin spelling (passport)"), self.name_latin)
        else:
            self.name_latin.hide()
        names.addRow(self.tr("Position"), self.title)
        names.addRow(self.tr("Organisation"), self.organisation)
        form = QFormLayout()
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Replace badge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Why is the badge replaced?")))
        layout.addLayout(reason_box)
        layout.addWidget(self.name_form)
        layout.addLayout(form)
        layout.addWidget(self.print_now)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reasons.buttonToggled.connect(lambda *_: self._show_name_fields())
        self._show_name_fields()
        self.reasons.buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(500, self.sizeHint().height())

    def reason(self) -> str:
        button = self.reasons.checkedButton()
        return button.property("reason") if button else ""

    def choose(self, reason: str) -> None:
        for button in self.reasons.buttons():
            if button.property("reason") == reason:
                button.setChecked(True)

    def _show_name_fields(self) -> None:
        self.name_form.setVisible(self.reason() == "name_correction")

    def accept(self) -> None:
        if self.scan_guard.check_fields():
            return
        correcting = self.reason() == "name_correction"
        try:
            self.replacement = badge_ops.replace_badge(
                self.desk,
                self.participant.id,
                reason=self.reason(),
                note=self.note.text(),
                first_name=self.first_name.text() if correcting else None,
                last_name=self.last_name.text() if correcting else None,
                name_latin=self.name_latin.text() if correcting else None,
                title=self.title.text() if correcting else None,
                organisation=self.organisation.text() if correcting else None,
            )
        except Exception as error:
            self.error.setText(badge_error_message(error))
            self.error.show()
            return
        super().accept()
