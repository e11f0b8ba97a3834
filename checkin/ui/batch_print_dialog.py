"""Batch printing: every badge of a category, a day, or not printed yet.

Used to pre-print the morning's badges (A4 sheets of four on an office
printer) or to catch up on walk-ins. The count follows the filters as they
change; printing runs as a :class:`BatchPrintJob` in small jobs off the UI
thread with a progress bar and a Cancel button, and records each job as
printed once the printer accepted it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.service import badges as badge_ops
from checkin.service.badges import BatchFilter
from checkin.ui import formatting
from checkin.ui.badge_printing import BatchPrintJob, badge_error_message
from checkin.ui.context import AppContext
from checkin.ui.dialog_scans import ScanGuard
from checkin.ui.printer_choice import PrinterChoice


class BatchPrintDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BatchPrintJob | None = None
        self.matching = 0
        self.output_file = ""  # tests print into PDF files: a template with {chunk}
        self.scan_guard = ScanGuard(self, context.desk.is_complete_code)  # starts no batch
        desk, language = context.desk, context.language
        self.setWindowTitle(self.tr("Print badges in a batch"))

        self.category = QComboBox(objectName="batchCategory")
        self.category.addItem(self.tr("All categories"), "")
        for category in desk.event.categories:
            self.category.addItem(category.label_in(language), category.id)
        self.day = QComboBox(objectName="batchDay")
        self.day.addItem(self.tr("All days"), "")
        for day in desk.event.days:
            self.day.addItem(formatting.long_day(day, language), day.isoformat())
        self.not_printed = QCheckBox(
            self.tr("Only badges not printed yet"), objectName="batchNotPrinted"
        )
        self.not_printed.setChecked(True)
        self.choice = PrinterChoice(desk)
        self.choice.printer_changed.connect(lambda _printer: self._show_count(self.matching))
        self.count = QLabel(objectName="batchCount")
        self.count.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.progress = QProgressBar(objectName="batchProgress")
        self.progress.hide()
        self.message = QLabel(objectName="batchMessage", wordWrap=True)
        self.print_button = QPushButton(self.tr("Print"), objectName="batchPrint")
        self.print_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), objectName="batchClose")
        self.print_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.cancel_or_close)

        filters = QFormLayout()
        filters.addRow(self.tr("Category"), self.category)
        filters.addRow(self.tr("Registered for"), self.day)
        filters.addRow("", self.not_printed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.choice)
        layout.addWidget(self.count)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for combo in (self.category, self.day):
            combo.currentIndexChanged.connect(lambda _i: self.update_count())
        self.not_printed.toggled.connect(lambda _on: self.update_count())
        self.resize(520, self.sizeHint().height())
        self.update_count()

    def batch_filter(self) -> BatchFilter:
        day = self.day.currentData()
        return BatchFilter(
            category=self.category.currentData() or "",
            day=dt.date.fromisoformat(day) if day else None,
            not_printed=self.not_printed.isChecked(),
        )

    def update_count(self) -> None:
        """Count on the background reader: at 100k people it may take a moment."""
        chosen, reader = self.batch_filter(), self.context.reader
        self.context.runner.run(
            lambda: badge_ops.count_batch(reader, chosen),
            self._show_count,
            lambda error: self._show_message(badge_error_message(error), error=True),
        )

    def _show_count(self, count: int) -> None:
        self.matching = count
        count_text = formatting.number(count, self.context.language)
        self.count.setText(self.tr("Badges to print: {count}").format(count=count_text))
        self.print_button.setEnabled(count > 0 and self.job is None and self._can_print())

    def _can_print(self) -> bool:
        return self.choice.has_printer() or bool(self.output_file)

    def start(self) -> None:
        desk = self.context.desk
        try:
            people = badge_ops.select_batch(desk.store, self.batch_filter())
            self.choice.remember()
        except Exception as error:
            self._show_message(badge_error_message(error), error=True)
            return
        if not people:
            self._show_message(self.tr("No badge matches these filters."), error=True)
            return
        self.job = BatchPrintJob(
            self.context,
            people,
            layout=self.choice.badge_layout(),
            output_file=self.output_file,
            parent=self,
        )
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.progress.setRange(0, len(people))
        self.progress.setValue(0)
        self.progress.show()
        self.print_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self._show_message(self.tr("Printing %Ln badge(s)…", "", len(people)))
        self.job.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        language = self.context.language
        self._show_message(
            self.tr("Printed {done} of {total}…").format(
                done=formatting.number(done, language), total=formatting.number(total, language)
            )
        )

    def _finished(self, done: int, problem: str) -> None:
        total = len(self.job.people) if self.job else done
        self.job = None
        self.close_button.setText(self.tr("Close"))
        summary = self.tr("Printed {done} of %Ln badge(s).", "", total).format(
            done=formatting.number(done, self.context.language)
        )
        self._show_message(f"{summary} {problem}".strip(), error=bool(problem))
        self.update_count()

    def cancel_or_close(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self._show_message(self.tr("Cancelling after the badges being printed now…"))
            return
        self.reject()

    def _show_message(self, text: str, *, error: bool = False) -> None:
        colour = "#b3261e" if error else "#1b4d2b"
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.message.setText(text)
