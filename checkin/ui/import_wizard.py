"""Importing a registration list (supervisor): file -> columns -> report -> import -> summary.

The wizard holds the state the pages share (the rows read, the mapping, the
plan and its report) and runs the slow steps on the task runner: reading,
planning and comparing use the background reader connection, the import
itself the desk's writer. Nothing is written before the report page's
*Import* button; after it, the import either completes or (Cancel, an
error) changes nothing. ``imported`` is emitted with the report so the
window can refresh its counts.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard

from checkin.importing.plan import guess_table_mapping, tabulate
from checkin.importing.table import Records, Table
from checkin.service import importing
from checkin.service.import_report import ImportReport
from checkin.ui.context import AppContext
from checkin.ui.import_job import ApplyPage, ImportJob, SummaryPage
from checkin.ui.import_mapping_page import MappingPage
from checkin.ui.import_pages import FilePage
from checkin.ui.import_report_page import ReportPage


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportReport, after a completed import

    FILE, MAPPING, REPORT, APPLY, SUMMARY = range(5)

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.config = context.desk.event
        self.records: Records | None = None
        self.table: Table | None = None
        self.mapping: tuple[str | None, ...] = ()
        self.plan = None
        self.report: ImportReport | None = None
        self.failure: Exception | None = None
        self.job: ImportJob | None = None
        self._close_when_done = False
        self._token: object = None
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import participant list"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page, self.mapping_page = FilePage(), MappingPage()
        self.report_page, self.apply_page, self.summary_page = (
            ReportPage(),
            ApplyPage(),
            SummaryPage(),
        )
        for page_id, page in enumerate(
            (
                self.file_page,
                self.mapping_page,
                self.report_page,
                self.apply_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.resize(940, 660)
        if path is not None:
            self.file_page.load(str(path))

    # -- reading (page 1) ------------------------------------------------------------

    def read(self, path: Path, sheet: str | None = None) -> None:
        self.records, self.table, self.mapping = None, None, ()
        self.file_page.completeChanged.emit()
        token = self._token = object()  # only the latest file chosen counts
        self.context.runner.run(
            lambda: importing.read_list(path, sheet),
            lambda records: self._current(token) and self._read(records),
            lambda error: self._current(token) and self.file_page.show_error(error),
        )

    def _read(self, records: Records) -> None:
        self.records = records
        self.table = tabulate(records)
        self.mapping = guess_table_mapping(self.table)
        self.file_page.show_read(self.table)

    def set_mapping(self, mapping: tuple[str | None, ...]) -> None:
        self.mapping = mapping

    # -- planning and the report (page 3) -------------------------------------------

    def check(self) -> None:
        records, config, mapping = self.records, self.config, self.mapping
        reader = self.context.reader

        def work():
            plan = importing.plan_list(records, config, mapping)
            return plan, importing.preview(reader, plan)

        token = self._token = object()
        self.context.runner.run(
            work,
            lambda result: self._current(token) and self._checked(*result),
            lambda error: self._current(token) and self.report_page.show_error(error),
        )

    def _checked(self, plan, report: ImportReport) -> None:
        self.plan = plan
        self.report_page.show_report(report)

    # -- the import (page 4) --------------------------------------------------------

    def start_import(self) -> None:
        self.report, self.failure = None, None
        self.job = ImportJob(
            self.context.runner,
            self.context.desk.store,
            self.plan,
            remove_vanished=self.report_page.remove_vanished.isChecked(),
            parent=self,
        )
        self.job.progress.connect(self.apply_page.show_progress)
        self.job.succeeded.connect(self._import_done)
        self.job.failed.connect(self._import_failed)
        self.job.start()

    def cancel_import(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()

    def _import_done(self, report: ImportReport) -> None:
        self.report = report
        self._finish()
        self.imported.emit(report)

    def _import_failed(self, error: Exception) -> None:
        self.failure = error
        self._finish()

    def _finish(self) -> None:
        self.apply_page.show_finished()
        if self._close_when_done:
            super().reject()
        else:  # after the page switch that started the import has completed
            QTimer.singleShot(0, self._show_summary)

    def _show_summary(self) -> None:
        if self._alive() and self.currentId() == self.APPLY:
            self.next()

    # -- Qt -------------------------------------------------------------------------

    def reject(self) -> None:
        """Closing during the import cancels it first (nothing is left half done)."""
        if self.job is not None and self.job.running:
            self._close_when_done = True
            self.cancel_import()
            return
        super().reject()

    def _alive(self) -> bool:
        """False once the window is gone: a late result from the pool is then dropped."""
        return shiboken6.isValid(self)

    def _current(self, token: object) -> bool:
        """A background result still wanted: the window is open and nothing newer started."""
        return self._alive() and token is self._token

    def category_label(self, category_id: str) -> str:
        category = self.config.category(category_id)
        return category.label_in(self.context.language) if category else category_id
