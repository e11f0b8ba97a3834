"""The validation report: what the import would do, before anything is written.

The whole file is planned and compared with the desk's list off the UI
thread (on the background reader, so the desk keeps working). This page is
the wizard's commit page: its button says *Import*, and there is no going
back once the import has started.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from checkin.service.import_report import ImportReport
from checkin.ui.import_pages import ERROR_STYLE
from checkin.ui.import_texts import error_message
from checkin.ui.issue_model import IssueModel


class ReportPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Validation report"))
        self.setSubTitle(
            self.tr(
                "Nothing has been written yet. Check the errors and warnings (row numbers are "
                "those of the file in Excel), then import."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.status = QLabel(objectName="reportStatus", wordWrap=True)
        self.figures: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("rows", self.tr("Rows in the file")),
            ("imported", self.tr("New participants")),
            ("updated", self.tr("Updated")),
            ("reprint", self.tr("… with a badge to print again")),
            ("unchanged", self.tr("Unchanged")),
            ("skipped", self.tr("Not imported (errors, repeated ids, empty rows)")),
            ("vanished", self.tr("On this desk but no longer in the list")),
            ("corrected", self.tr("Names corrected at a desk, kept as corrected")),
        ):
            self.figures[key] = QLabel(objectName=f"figure_{key}")
            self.figures[key].setStyleSheet("font-weight: bold;")
            form.addRow(label, self.figures[key])
        self.remove_vanished = QCheckBox(objectName="removeVanished")
        self.remove_vanished.setText(
            self.tr("Remove the people no longer in the list (anyone who has checked in is kept)")
        )
        self.removal_note = QLabel(objectName="removalNote", wordWrap=True)
        self.removal_note.hide()
        self.issues = IssueModel(parent=self)
        self.issue_view = QTableView(objectName="issueTable")
        self.issue_view.setModel(self.issues)
        self.issue_view.verticalHeader().hide()
        self.issue_view.setWordWrap(False)
        header = self.issue_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.issue_title = QLabel(objectName="sectionTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.remove_vanished)
        layout.addWidget(self.removal_note)
        layout.addWidget(self.issue_title)
        layout.addWidget(self.issue_view, 1)
        self.report: ImportReport | None = None

    def initializePage(self) -> None:
        self.report = None
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Checking every row…"))
        for label in self.figures.values():
            label.clear()
        self.issues.category_label = self.wizard().category_label
        self.issues.set_issues([])
        self.issue_title.clear()
        self.remove_vanished.setChecked(False)
        self.remove_vanished.setEnabled(False)
        self.removal_note.hide()
        self.wizard().check()

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        figures = {
            "rows": report.rows,
            "imported": report.imported,
            "updated": report.updated,
            "reprint": len(report.reprint),
            "unchanged": report.unchanged,
            "skipped": report.skipped,
            "vanished": len(report.vanished),
            "corrected": len(report.corrected),
        }
        for key, value in figures.items():
            self.figures[key].setText(QLocale().toString(value))
        errors, warnings = len(report.errors), len(report.warnings)
        self.issue_title.setText(
            self.tr("Errors: {errors} · Warnings: {warnings}").format(
                errors=QLocale().toString(errors), warnings=QLocale().toString(warnings)
            )
        )
        self.issues.set_issues([*report.errors, *report.warnings])
        notes = {
            "unidentified_rows": self.tr(
                "No one can be removed with this file: some of its rows have no id or no "
                "name (see the errors), and they may be some of these people."
            ),
            "unmatched_ids": self.tr(
                "No one can be removed with this file: it has no id column, and most of the "
                "list's people are not found in it by the ids made from their names. Import "
                "a list with its ids to remove people."
            ),
        }
        note = notes.get(report.removal_blocked, "")
        self.remove_vanished.setEnabled(bool(report.vanished) and not report.removal_blocked)
        self.removal_note.setVisible(bool(report.vanished) and bool(note))
        self.removal_note.setText(note)
        if report.nothing_imported:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(
                self.tr(
                    "No row of this file can be imported. Check the columns and the errors below."
                )
            )
        else:
            self.status.setText(self.tr("Ready to import %Ln row(s).", "", report.valid))
        self.completeChanged.emit()

    def show_error(self, error: Exception) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_message(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report is not None and not self.report.nothing_imported
