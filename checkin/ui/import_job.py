"""Applying an import off the UI thread, with a progress bar and Cancel.

The service applies the whole list in one transaction and asks between
chunks whether to stop; Cancel sets a flag, the transaction rolls back and
the page says that nothing changed. Progress arrives through a queued
signal, so the worker never touches a widget.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from checkin.importing.plan import ImportPlan
from checkin.service import importing
from checkin.service.import_report import ImportReport
from checkin.service.importing import ImportCancelled
from checkin.store import Store
from checkin.ui.import_pages import ERROR_STYLE
from checkin.ui.import_texts import error_message
from checkin.ui.tasks import TaskRunner


class ImportJob(QObject):
    progress = Signal(int, int)  # (done, total) changes written
    succeeded = Signal(object)  # ImportReport
    failed = Signal(object)  # Exception; ImportCancelled when cancelled

    def __init__(
        self,
        runner: TaskRunner,
        store: Store,
        plan: ImportPlan,
        *,
        remove_vanished: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.store, self.plan = runner, store, plan
        self.remove_vanished = remove_vanished
        self._cancel = threading.Event()
        self.running = False

    def start(self) -> None:
        self.running = True
        self.runner.run(self._work, self._done, self._failed)

    def cancel(self) -> None:
        self._cancel.set()

    def _work(self) -> ImportReport:
        return importing.apply(
            self.store,
            self.plan,
            remove_vanished=self.remove_vanished,
            progress=self.progress.emit,
            cancelled=self._cancel.is_set,
        )

    def _done(self, report: ImportReport) -> None:
        self.running = False
        self.succeeded.emit(report)

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.failed.emit(error)


class ApplyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("The list is written in one go: if you cancel, nothing of it is kept.")
        )
        self.bar = QProgressBar(objectName="importProgress")
        self.label = QLabel(objectName="importStatus", wordWrap=True)
        self.cancel_button = QPushButton(self.tr("Cancel import"), objectName="cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.finished = False

    def initializePage(self) -> None:
        self.finished = False
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        self.label.setStyleSheet("")
        self.label.setText(self.tr("Comparing with the participants on this desk…"))
        self.wizard().start_import()

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(
            self.tr("Written {done} of {total} changes…").format(
                done=QLocale().toString(done), total=QLocale().toString(total)
            )
        )

    def cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
        self.wizard().cancel_import()

    def show_finished(self) -> None:
        self.finished = True
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished


class SummaryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel(objectName="summaryText", wordWrap=True)
        self.figures = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(self.figures)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        report, failure = wizard.report, wizard.failure
        while self.figures.rowCount():
            self.figures.removeRow(0)
        self.text.setStyleSheet("")
        if isinstance(failure, ImportCancelled):
            self.setTitle(self.tr("Import cancelled"))
            self.setSubTitle(self.tr("Nothing was changed."))
            self.text.setText(self.tr("The participant list on this desk is as it was."))
            return
        if failure is not None or report is None:
            self.setTitle(self.tr("Import failed"))
            self.setSubTitle(self.tr("Nothing was changed."))
            self.text.setStyleSheet(ERROR_STYLE)
            self.text.setText(error_message(failure))
            return
        self.setTitle(self.tr("Import complete"))
        self.setSubTitle(self.tr("The participant list on this desk is up to date."))
        self.text.setText(report.source.name)
        remaining = len(report.vanished) - len(report.removed) - len(report.kept)
        for label, count in (
            (self.tr("New participants"), report.imported),
            (self.tr("Updated"), report.updated),
            (self.tr("Badges to print again (printed details changed)"), len(report.reprint)),
            (self.tr("Unchanged"), report.unchanged),
            (self.tr("Rows not imported"), report.skipped),
            (self.tr("Removed from the list"), len(report.removed)),
            (self.tr("Not removed because they checked in"), len(report.kept)),
            (self.tr("No longer in the list, kept on this desk"), remaining),
        ):
            value = QLabel(QLocale().toString(count))
            value.setStyleSheet("font-weight: bold;")
            self.figures.addRow(label, value)
