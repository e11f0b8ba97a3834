"""Desk settings: desk name, operator, language, sound, printing on check-in."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from checkin.domain.model import LANGUAGES
from checkin.domain.settings import DeskSettings
from checkin.ui.i18n import LANGUAGE_NAMES


class SettingsDialog(QDialog):
    def __init__(self, settings: DeskSettings, language: str, parent=None) -> None:
        super().__init__(parent)
        self.original = settings
        self.setWindowTitle(self.tr("Desk settings"))
        self.desk_name = QLineEdit(settings.desk_name, objectName="deskName")
        self.desk_name.setPlaceholderText(self.tr("e.g. Entrance A – desk 2"))
        self.operator = QLineEdit(settings.operator, objectName="operator")
        self.operator.setPlaceholderText(self.tr("Your name, recorded with each check-in"))
        self.language = QComboBox(objectName="language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        self.muted = QCheckBox(self.tr("Mute the verdict sounds"), objectName="muted")
        self.muted.setChecked(settings.muted)
        self.open_attendance = QCheckBox(
            self.tr("Open the attendance window when Check-in starts (organisers)"),
            objectName="openAttendance",
        )
        self.open_attendance.setChecked(settings.open_attendance)
        self.print_on_checkin = QComboBox(objectName="printOnCheckin")
        for mode, label in (
            ("never", self.tr("Never")),
            ("ask", self.tr("Ask each time")),
            ("always", self.tr("Always")),
        ):
            self.print_on_checkin.addItem(label, mode)
        self.print_on_checkin.setCurrentIndex(
            max(0, self.print_on_checkin.findData(settings.print_on_checkin))
        )
        form = QFormLayout()
        form.addRow(self.tr("Desk name"), self.desk_name)
        form.addRow(self.tr("Operator"), self.operator)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Print the badge on check-in"), self.print_on_checkin)
        form.addRow("", self.muted)
        form.addRow("", self.open_attendance)
        self.sync_folder = QLineEdit(settings.sync_folder, objectName="syncFolder")
        self.sync_folder.setPlaceholderText(self.tr("None: this desk works alone"))
        browse = QPushButton(self.tr("Choose…"), objectName="chooseSyncFolder")
        browse.clicked.connect(self.choose_sync_folder)
        # On a line of its own under its label: beside it, the field was squeezed and
        # its placeholder clipped in French, Spanish and the pseudo-locale.
        placeholder = self.sync_folder.fontMetrics().horizontalAdvance(
            self.sync_folder.placeholderText()
        )
        self.sync_folder.setMinimumWidth(placeholder + 24)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.sync_folder, 1)
        folder_row.addWidget(browse)
        form.addRow(QLabel(self.tr("Shared folder for sync")))
        form.addRow(folder_row)
        server_hint = QLabel(
            self.tr("Or a PostgreSQL server: postgresql://user@host/database"),
            objectName="syncServerHint",
        )
        server_hint.setEnabled(False)  # greyed: a hint, not a setting
        form.addRow(server_hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def choose_sync_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Shared folder for sync"), self.sync_folder.text()
        )
        if folder:
            self.sync_folder.setText(folder)

    def settings(self) -> DeskSettings:
        return replace(
            self.original,
            desk_name=self.desk_name.text().strip(),
            operator=self.operator.text().strip(),
            language=self.language.currentData(),
            muted=self.muted.isChecked(),
            open_attendance=self.open_attendance.isChecked(),
            print_on_checkin=self.print_on_checkin.currentData(),
            sync_folder=self.sync_folder.text().strip(),
        )
