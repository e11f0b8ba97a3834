"""Layout, printer and paper choosers shared by the badge and batch dialogs.

What a desk chose is saved in its settings when it prints, so the next badge
goes to the same printer on the same paper without asking again. When the
desk's printer is not there (unplugged, renamed, another laptop), the list
shows it as not available and says so, and nothing prints until the operator
picks another: taking the first printer instead sent badges silently to a
printer in another room, and saved it as the desk's.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from checkin.badges import LAYOUT_NAMES
from checkin.service import badges as badge_ops
from checkin.service.desk import Desk
from checkin.ui.printing import PAGE_SIZES, default_printer_name, printer_names


class PrinterChoice(QWidget):
    layout_changed = Signal(str)
    printer_changed = Signal(str)  # the printer chosen ("" = none yet)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.layouts = QComboBox(objectName="layoutChoice")
        self.printers = QComboBox(objectName="printerChoice")
        self.papers = QComboBox(objectName="paperChoice")
        self.missing = ""  # the desk's printer, when it is not available here
        self.warning = QLabel(objectName="printerMissing", wordWrap=True)
        self.warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Layout"), self.layouts)
        form.addRow(self.tr("Printer"), self.printers)
        form.addRow(self.warning)
        form.addRow(self.tr("Paper"), self.papers)
        self._fill()
        self._show_missing()
        self.printers.currentIndexChanged.connect(self._printer_chosen)
        self.layouts.currentIndexChanged.connect(
            lambda _i: self.layout_changed.emit(self.badge_layout())
        )

    def _fill(self) -> None:
        names = {
            "a6": self.tr("A6 — badge holder"),
            "cr80": self.tr("CR80 — plastic card printer"),
            "a4-4up": self.tr("A4 — four badges per sheet, to cut"),
        }
        for name in LAYOUT_NAMES:
            self.layouts.addItem(names[name], name)
        try:
            current = badge_ops.layout_for(self.desk)
        except Exception:  # a bad event badge setting shows when rendering, in words
            current = "a6"
        self.layouts.setCurrentIndex(max(0, self.layouts.findData(current)))

        available = printer_names()
        if not available:
            self.printers.addItem(self.tr("No printer installed"), "")
            self.printers.setEnabled(False)
        for name in available:
            self.printers.addItem(name, name)
        wanted = self.desk.settings.printer or default_printer_name()
        if available and wanted and wanted not in available:
            self.missing = wanted  # shown, but no printer to print to: the operator chooses
            self.printers.insertItem(
                0, self.tr("{printer} — not available").format(printer=wanted), ""
            )
        self.printers.setCurrentIndex(max(0, self.printers.findData(wanted)))

        self.papers.addItem(self.tr("The badge's own size"), "")
        papers = {"Letter": self.tr("US Letter")}  # A4, A6 and CR80 read the same everywhere
        for key in PAGE_SIZES:
            self.papers.addItem(papers.get(key, key), key)
        self.papers.setCurrentIndex(max(0, self.papers.findData(self.desk.settings.page_size)))

    def _printer_chosen(self, _index: int) -> None:
        self._show_missing()
        self.printer_changed.emit(self.printer())

    def _show_missing(self) -> None:
        """Say so while the desk's missing printer is the one shown."""
        missing = bool(self.missing) and not self.printer()
        if missing:
            self.warning.setText(
                self.tr(
                    "This desk's printer “{printer}” is not available. Choose another printer."
                ).format(printer=self.missing)
            )
        self.warning.setVisible(missing)

    def badge_layout(self) -> str:
        return self.layouts.currentData() or "a6"

    def printer(self) -> str:
        return self.printers.currentData() or ""

    def page_size(self) -> str:
        return self.papers.currentData() or ""

    def has_printer(self) -> bool:
        return bool(self.printer())

    def remember(self) -> None:
        """Save the choice as this desk's printer, paper and layout."""
        settings = self.desk.settings
        chosen = replace(
            settings,
            printer=self.printer() or settings.printer,  # a missing one is not forgotten
            page_size=self.page_size(),
            badge_layout=self.badge_layout(),
        )
        if chosen != settings:
            self.desk.update_settings(chosen)
