"""The import wizard's first page: choose the file and see how it was read.

Reading runs off the UI thread (a 100,000-row workbook takes seconds). The
page says how the file was understood (format, encoding, separator, sheet,
header row) so a wrong guess is noticed before anything else happens, and
lists the column names recognised without help.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from checkin.importing.table import Table
from checkin.ui.import_texts import error_message, field_labels

ERROR_STYLE = "color: #b3261e; font-weight: bold;"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class FilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose the participant list"))
        self.setSubTitle(
            self.tr(
                "CSV, tab-separated text or an Excel workbook (.xlsx), with column headers in "
                "English, French or Spanish. The format, encoding and separator are detected."
            )
        )
        self.path = QLineEdit(objectName="importPath")
        self.path.setPlaceholderText(self.tr("Choose a file, or drop it here"))
        self.path.returnPressed.connect(lambda: self.load(self.path.text()))
        self.browse = QPushButton(self.tr("Choose file…"), objectName="chooseFile")
        self.browse.clicked.connect(self.choose)
        self.sheet_label = QLabel(self.tr("Sheet"))
        self.sheet = QComboBox(objectName="importSheet")
        self.sheet.activated.connect(
            lambda _i: self.load(self.path.text(), self.sheet.currentText())
        )
        self.status = QLabel(objectName="fileStatus", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        sheets = QHBoxLayout()
        sheets.addWidget(self.sheet_label)
        sheets.addWidget(self.sheet, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(sheets)
        layout.addWidget(self.status)
        layout.addSpacing(12)
        layout.addWidget(recognised_headers())
        layout.addStretch(1)
        self.setAcceptDrops(True)
        self._show_sheets(())

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Participant list"),
            self.path.text(),
            self.tr("Participant lists (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        if chosen:
            self.load(chosen)

    def load(self, path: str, sheet: str | None = None) -> None:
        path = path.strip()
        wizard = self.wizard()
        if not path or not hasattr(wizard, "read"):  # (a late signal while closing)
            return
        self.path.setText(path)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading {file}…").format(file=Path(path).name))
        wizard.read(Path(path), sheet)

    def show_read(self, table: Table) -> None:
        source = table.source
        self._show_sheets(source.sheets, source.sheet)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("{file}: {how}. Header on row {header}, then %Ln row(s).", "", len(table.rows))
            .format(file=source.name, how=how_read(table),
                    header=QLocale().toString(table.header_row))
        )
        self.completeChanged.emit()

    def show_error(self, error: Exception) -> None:
        self._show_sheets(())
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_message(error))
        self.completeChanged.emit()

    def _show_sheets(self, sheets, current: str = "") -> None:
        self.sheet.clear()
        self.sheet.addItems(list(sheets))
        self.sheet.setCurrentText(current)
        for widget in (self.sheet, self.sheet_label):
            widget.setVisible(len(sheets) > 1)

    def isComplete(self) -> bool:
        return self.wizard() is not None and self.wizard().records is not None

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.load(urls[0].toLocalFile())


def recognised_headers() -> QLabel:
    """Examples of the column names recognised without help, for whoever prepares the list."""
    labels = field_labels()
    examples = (
        ("id", "ID, Registration ID, Identifiant, Identificador"),
        ("first_name", "First name, Prénom, Nombre"),
        ("last_name", "Last name, Surname, Nom, Apellidos"),
        ("organisation", "Organisation, Affiliation, Organisme, Organización, Institución"),
        ("title", "Position, Job title, Fonction, Poste, Cargo"),
        ("country", "Country, Pays, País"),
        ("category", "Category, Participant type, Catégorie, Categoría"),
        ("email", "E-mail, Courriel, Correo electrónico"),
        ("days", "Days, Jours, Días"),
    )
    rows = "".join(
        f"<tr><td style='padding-right:12px'><b>{labels[field]}</b></td><td>{names}</td></tr>"
        for field, names in examples
    )
    intro = translate(
        "FilePage",
        "Column names recognised without help (any order, any case, with or without accents; "
        "other columns are left out):",
    )
    label = QLabel(f"<p>{intro}</p><table>{rows}</table>", objectName="recognisedHeaders")
    label.setWordWrap(True)
    label.setStyleSheet("color: #444;")
    return label


def how_read(table: Table) -> str:
    """How the file was read, so a wrong guess is seen before anything is imported."""
    source = table.source
    encodings = {
        "utf-8": "UTF-8",
        "utf-8-sig": translate("FilePage", "UTF-8 with BOM"),
        "utf-16": translate("FilePage", "UTF-16 (Unicode text)"),
        "cp1252": translate("FilePage", "Windows-1252 (Western)"),
        "mac_roman": "Mac Roman",
        "cp850": translate("FilePage", "Code page 850 (Excel “CSV (MS-DOS)”)"),
        "latin-1": "ISO-8859-1",
        "utf-8+cp1252": translate("FilePage", "UTF-8 with some Windows-1252 lines"),
        "cp1252+utf-8": translate("FilePage", "Windows-1252 with some UTF-8 lines"),
    }
    separators = {
        ",": translate("FilePage", "comma"),
        ";": translate("FilePage", "semicolon"),
        "\t": translate("FilePage", "tab"),
        "|": translate("FilePage", "vertical bar"),
    }
    if source.format == "xlsx":
        return translate("FilePage", "Excel workbook, sheet “{sheet}”").format(sheet=source.sheet)
    if not source.delimiter:
        return translate("FilePage", "CSV, {encoding}, one column").format(
            encoding=encodings.get(source.encoding, source.encoding)
        )
    return translate("FilePage", "CSV, {encoding}, separated by {separator}").format(
        encoding=encodings.get(source.encoding, source.encoding),
        separator=separators.get(source.delimiter, source.delimiter),
    )
