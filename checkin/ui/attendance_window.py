"""The organisers' attendance window: live counts of one day or of the whole event.

Who is here of how many registered, who is still expected, the arrivals per
quarter hour, and the breakdowns by category, country and desk, with the
day's attendance export. It reads the desk's second connection on the task
runner (never the UI thread, never the desk's writer) and recounts only when
the database changed (``PRAGMA data_version``: a check-in here, a sync's
merge, a command-line import), checking every few seconds while it is shown.
An organiser's laptop that only syncs from the shared folder shows every
desk's check-ins this way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.domain.countries import country_name
from checkin.domain.text import fold
from checkin.service.attendance import Attendance, attendance, local_quarters
from checkin.service.exports import export_attendance
from checkin.ui import formatting, texts
from checkin.ui.arrivals_chart import ArrivalsChart
from checkin.ui.context import AppContext
from checkin.ui.figure_tile import FigureTile
from checkin.ui.import_texts import error_message as file_error_message
from checkin.ui.share_table import ShareTable

# How often the window asks whether anything changed while it is shown (ms).
REFRESH_MS = 5_000


class AttendanceWindow(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window, objectName="attendanceWindow")
        self.context = context
        self.figures: Attendance | None = None
        self.updated_at: dt.datetime | None = None
        self._seen: tuple[int, dt.date | None] | None = None  # (data version, day) shown
        self._busy = False
        self._again = False  # a refresh was asked for while one ran
        self._exporting = False
        self._count_problem = False  # the message line says a count failed
        # Keys typed or scanned while this window is in front belong to the desk (set by
        # the main window): a badge scanned into the attendance window is still checked in.
        self.desk_keys: Callable[[QKeyEvent], None] | None = None
        # The desk's sync state (text, details), shown beside the time of the figures:
        # on a projector, "Working offline" says the figures stopped following the desks.
        self.sync_state: Callable[[], tuple[str, str]] | None = None

        self.day = QComboBox(objectName="attendanceDay")
        # Nothing here takes the keyboard (a scanner's letters would pick a day): the
        # window's own keyPressEvent hands them to the desk.
        self.day.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.updated = QLabel(objectName="attendanceUpdated")
        self.sync_line = QLabel(objectName="attendanceSync")
        self.export_button = QPushButton(objectName="attendanceExport")
        self.export_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.export_button.clicked.connect(self.export_day)
        self.present = FigureTile("tilePresent", "#1b5e20")
        self.expected = FigureTile("tileExpected", "#e65100")
        self.registered = FigureTile("tileRegistered", "#37474f")
        self.duplicates = FigureTile("tileDuplicates", "#6a1b9a")
        self.days_line = QLabel(objectName="attendanceDays", wordWrap=True)
        self.chart = ArrivalsChart()
        self.chart_summary = QLabel(objectName="arrivalsSummary")
        self.categories = ShareTable("byCategory", with_registered=True)
        self.countries = ShareTable("byCountry", with_registered=True)
        self.desks = ShareTable("byDesk", with_registered=False)
        self.message = QLabel(objectName="attendanceMessage", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.updated)
        top.addWidget(self.sync_line)
        top.addWidget(self.export_button)
        tiles = QHBoxLayout()
        for tile in (self.present, self.expected, self.registered, self.duplicates):
            tiles.addWidget(tile)
        self.chart_box = QGroupBox()
        chart_column = QVBoxLayout(self.chart_box)
        chart_column.addWidget(self.chart, 1)
        chart_column.addWidget(self.chart_summary)
        self.category_box, self.country_box, self.desk_box = QGroupBox(), QGroupBox(), QGroupBox()
        tables = QHBoxLayout()
        for box, table, stretch in (
            (self.category_box, self.categories, 4),
            (self.country_box, self.countries, 3),
            (self.desk_box, self.desks, 2),
        ):
            QVBoxLayout(box).addWidget(table)
            tables.addWidget(box, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(self.days_line)
        layout.addWidget(self.chart_box, 2)
        layout.addLayout(tables, 3)
        layout.addWidget(self.message)

        self._fill_days()
        self.day.currentIndexChanged.connect(self._day_changed)
        # F11: full screen for a projector or a second screen, and back
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.resize(1180, 820)
        self.retranslate()

    # -- what is shown ----------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def chosen_day(self) -> dt.date | None:
        value = self.day.currentData()
        return dt.date.fromisoformat(value) if value else None

    def _fill_days(self) -> None:
        desk, language = self.context.desk, self.context.language
        chosen = self.day.currentData() if self.day.count() else desk.serving_day().isoformat()
        self.day.blockSignals(True)
        self.day.clear()
        for day in desk.event.days:
            self.day.addItem(formatting.long_day(day, language), day.isoformat())
        self.day.addItem(self.tr("Whole event"), "")
        found = self.day.findData(chosen)
        self.day.setCurrentIndex(found if found >= 0 else self.day.count() - 1)
        self.day.blockSignals(False)

    def _day_changed(self) -> None:
        self._update_export_button()
        self.refresh(force=True)

    def _update_export_button(self) -> None:
        self.export_button.setEnabled(self.chosen_day() is not None and not self._exporting)

    def refresh(self, force: bool = False) -> None:
        """Recount on the background reader if the database changed (or ``force``)."""
        if self._busy:
            self._again = self._again or force
            return
        reader, event, day = self.context.reader, self.context.desk.event, self.chosen_day()
        seen = None if force else self._seen

        def count():
            version = reader.data_version()
            if seen == (version, day):
                return None  # nothing changed: the figures shown are still right
            return (version, day), attendance(reader, event, day)

        self._busy = True
        self.context.runner.run(count, self._counted, self._failed)

    def _counted(self, result) -> None:
        self._busy = False
        if self._again or (result is not None and result[0][1] != self.chosen_day()):
            self._again = False  # counted for a day no longer chosen: count again
            self.refresh(force=True)
            return
        self.updated_at = self.context.desk.clock()
        if result is not None:
            self._seen, self.figures = result
            self.show_figures()
        if self._count_problem:  # counting works again
            self._show_message("")
        self._show_updated()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self._show_message(texts.error_message(error), error=True)  # the last figures stay
        self._count_problem = True
        if self._again:
            self._again = False
            self.refresh(force=True)

    def show_figures(self) -> None:
        figures = self.figures
        if figures is None:
            return
        language, event = self.context.language, self.context.desk.event
        number = lambda n: formatting.number(n, language)  # noqa: E731
        whole = figures.day is None
        self.present.show_figure(
            number(figures.checked_in),
            self.tr("{percent} of those registered").format(
                percent=formatting.percent(figures.percent or 0, language)
            ),
        )
        self.expected.show_figure(
            number(figures.expected),
            self.tr("registered, not seen on any day")
            if whole
            else self.tr("registered for this day"),
        )
        when = self.tr("for the whole event") if whole else None
        self.registered.show_figure(
            number(figures.registered), when or formatting.short_day(figures.day, language)
        )
        self.duplicates.show_figure(
            number(figures.duplicates), self.tr("each person counts once")
        )
        self.days_line.setVisible(whole)
        self.days_line.setText(
            " · ".join(
                self.tr("{day}: {here} of {registered}").format(
                    day=formatting.short_day(dt.date.fromisoformat(s.key), language),
                    here=number(s.here),
                    registered=number(s.registered or 0),
                )
                for s in figures.days
            )
        )
        self.chart.show_quarters(local_quarters(figures, event), language, label_days=whole)
        self.chart_summary.setText(self.chart.summary())
        self.categories.show_rows(
            [
                (
                    formatting.category_label(event, s.key, language) or self.tr("(no category)"),
                    s,
                    QColor(formatting.category_colour(event, s.key)),
                )
                for s in figures.categories
            ],
            language,
        )
        countries = [
            (country_name(s.key, language) if s.key else self.tr("(not given)"), s, None)
            for s in figures.countries
        ]
        countries.sort(key=lambda row: (-row[1].here, -(row[1].registered or 0), fold(row[0])))
        self.countries.show_rows(countries, language)  # equal counts: by name, not by code
        own = self.context.desk.desk_id
        self.desks.show_rows(
            [(self._desk_label(s.key, figures, own), s, None) for s in figures.desks], language
        )

    def _desk_label(self, desk_id: str, figures: Attendance, own: str) -> str:
        name = figures.desk_names.get(desk_id) or desk_id
        return self.tr("{desk} (this desk)").format(desk=name) if desk_id == own else name

    def _show_updated(self) -> None:
        if self.sync_state is not None:
            text, details = self.sync_state()
            self.sync_line.setText(f"· {text}")
            self.sync_line.setToolTip(details)
        if self.updated_at is None:
            self.updated.setText("")
            return
        moment = formatting.local_time(
            self.updated_at, self.context.desk.event, self.context.language
        )
        self.updated.setText(self.tr("Updated at {time}").format(time=moment))

    # -- export -------------------------------------------------------------------------

    def ask_export_path(self, suggested: Path) -> Path | None:
        """The file to write, from a save dialog: a name typed without an ending gets
        the chosen type's, and replacing a file is confirmed."""
        dialog = QFileDialog(self, self.tr("Export the day's attendance"), str(suggested.parent))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")]
        )
        dialog.setDefaultSuffix("xlsx")
        dialog.filterSelected.connect(
            lambda chosen: dialog.setDefaultSuffix("csv" if "*.csv" in chosen else "xlsx")
        )
        dialog.selectFile(suggested.name)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def export_day(self) -> None:
        day = self.chosen_day()
        if day is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = self.ask_export_path(Path(folder or Path.home()) / f"attendance-{day}.xlsx")
        if path is None:
            return
        reader, event = self.context.reader, self.context.desk.event
        self._exporting = True
        self._update_export_button()
        self._show_message(self.tr("Exporting…"))
        self.context.runner.run(
            lambda: export_attendance(reader, event, day, path),
            lambda count: self._exported(count, day, path),
            self._export_failed,
        )

    def _exported(self, count: int, day: dt.date, path: Path) -> None:
        self._exporting = False
        self._update_export_button()
        text = self.tr("%Ln person(s) checked in on {day}: saved to {file}.", "", count)
        day_text = formatting.long_day(day, self.context.language)
        self._show_message(text.format(day=day_text, file=str(path)))

    def _export_failed(self, error: Exception) -> None:
        self._exporting = False
        self._update_export_button()
        self._show_message(file_error_message(error), error=True)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self._count_problem = False
        colour = "#b3261e" if error else "#1b4d2b"
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.message.setText(text)

    # -- Qt -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        event = self.context.desk.event
        self.setWindowTitle(
            self.tr("Attendance — {event}").format(event=event.name_in(self.context.language))
        )
        self._fill_days()
        self.export_button.setText(self.tr("Export this day…"))
        self.export_button.setToolTip(self.tr("Choose a day to export its attendance."))
        self._update_export_button()
        self.present.set_caption(self.tr("Checked in"))
        self.expected.set_caption(self.tr("Not arrived yet"))
        self.registered.set_caption(self.tr("Registered"))
        self.duplicates.set_caption(self.tr("Duplicate check-ins"))
        self.chart_box.setTitle(self.tr("First arrivals per quarter hour"))
        self.category_box.setTitle(self.tr("By category"))
        self.country_box.setTitle(self.tr("By country"))
        self.desk_box.setTitle(self.tr("By desk"))
        here, registered, share = self.tr("Here"), self.tr("Registered"), self.tr("Share")
        self.categories.set_titles([self.tr("Category"), here, registered, share])
        self.countries.set_titles([self.tr("Country"), here, registered, share])
        self.desks.set_titles([self.tr("Desk"), self.tr("First arrivals")])
        self.show_figures()
        self._show_updated()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif self.desk_keys is not None and (
            (event.text().isprintable() and event.text())
            or event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.desk_keys(event)
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.refresh(force=True)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
