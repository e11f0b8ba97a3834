"""The import wizard's column page: what each column fills, and a preview.

Every column of the file is listed with the field it fills, in a combo box
the supervisor can correct (a field fills one column: choosing it for one
clears it from another). The preview plans only the first rows, so it
follows each change at once, and shows them as they will be stored:
countries as ISO codes, categories as the event's own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from checkin.domain.errors import InputError
from checkin.importing.headers import FIELDS, NAME_FIELDS
from checkin.importing.plan import build_plan, column_name
from checkin.importing.table import Table
from checkin.ui.import_pages import ERROR_STYLE
from checkin.ui.import_texts import error_message, field_labels, issue_message

PREVIEW_ROWS = 20
PREVIEW_FIELDS = (
    "id",
    "first_name",
    "last_name",
    "organisation",
    "country",
    "category",
    "email",
    "days",
)


class MappingPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file and what it fills. Correct any that is wrong; the preview "
                "shows the first rows as they will be imported."
            )
        )
        self.columns = QTableWidget(0, 3, objectName="mappingTable")
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problem = QLabel(objectName="mappingProblem", wordWrap=True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.preview = QTableWidget(0, len(PREVIEW_FIELDS) + 2, objectName="previewTable")
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview_title = QLabel(objectName="sectionTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns, 3)
        layout.addWidget(self.problem)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview, 2)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        wizard = self.wizard()
        table: Table = wizard.table
        labels = field_labels()
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Imported as"), self.tr("First values")]
        )
        self.columns.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            name = header or self.tr("(column {letter})").format(letter=column_name(index))
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.columns.setItem(index, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for field in FIELDS:
                combo.addItem(labels[field], field)
            combo.setCurrentIndex(max(combo.findData(wizard.mapping[index]), 0))
            combo.currentIndexChanged.connect(lambda _i, c=index: self.changed(c))
            self.columns.setCellWidget(index, 1, combo)
            self.combos.append(combo)
            samples = [
                cells[index].strip()
                for _, cells in table.rows[:40]
                if index < len(cells) and cells[index].strip()
            ][:3]
            example = QTableWidgetItem(" · ".join(samples))
            example.setFlags(example.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.columns.setItem(index, 2, example)
        self.columns.resizeColumnsToContents()
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.refresh_preview()

    def changed(self, column: int) -> None:
        """A field fills one column: choosing it here clears it elsewhere."""
        chosen = self.combos[column].currentData()
        mapping = list(self.wizard().mapping)
        if chosen is not None:
            for other, field in enumerate(mapping):
                if field == chosen and other != column:
                    mapping[other] = None
                    self.combos[other].blockSignals(True)
                    self.combos[other].setCurrentIndex(0)
                    self.combos[other].blockSignals(False)
        mapping[column] = chosen
        self.wizard().set_mapping(tuple(mapping))
        self.refresh_preview()
        self.completeChanged.emit()

    def refresh_preview(self) -> None:
        wizard = self.wizard()
        table: Table = wizard.table
        labels = field_labels()
        self.preview_title.setText(
            self.tr("Preview of the first %Ln row(s)", "", min(PREVIEW_ROWS, len(table.rows)))
        )
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), *(labels[f] for f in PREVIEW_FIELDS), self.tr("Remarks")]
        )
        sample = Table(table.source, table.header_row, table.headers, table.rows[:PREVIEW_ROWS])
        try:
            plan = build_plan(sample, wizard.config, wizard.mapping)
        except InputError as error:
            self.problem.setText(error_message(error))
            self.problem.show()
            self.preview.setRowCount(0)
            return
        self.problem.hide()
        people = {planned.row: planned.participant for planned in plan.rows}
        remarks: dict[int, list] = {}
        for issue in plan.issues:
            if issue.row != table.header_row:
                remarks.setdefault(issue.row, []).append(issue)
        self.preview.setRowCount(len(sample.rows))
        for line, (number, _cells) in enumerate(sample.rows):
            person = people.get(number)
            values = [str(number)]
            for field in PREVIEW_FIELDS:
                value = getattr(person, field, "") if person else ""
                if field == "days":
                    value = ", ".join(d.isoformat() for d in value) or self.tr("every day")
                elif field == "category" and value:
                    value = wizard.category_label(value)
                values.append(str(value))
            issues = remarks.get(number, [])
            values.append(" ".join(issue_message(i) for i in issues))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if any(i.is_error for i in issues) or (person is None and column == 0):
                    item.setForeground(Qt.GlobalColor.red)
                self.preview.setItem(line, column, item)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview.columnCount() - 1):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 170))

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return wizard is not None and any(f in NAME_FIELDS for f in wizard.mapping if f)
