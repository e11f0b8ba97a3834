"""The main window: assembles the desk page, menus and the status bar."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from checkin import APP_NAME, __version__
from checkin.domain.model import LANGUAGES
from checkin.ui import texts
from checkin.ui.attendance_window import AttendanceWindow
from checkin.ui.badge_actions import BadgeActions
from checkin.ui.context import AppContext
from checkin.ui.desk_page import DeskPage
from checkin.ui.dialog_scans import ScanGuard
from checkin.ui.elided_label import ElidedLabel
from checkin.ui.font_warmup import fonts_of, warm_fonts
from checkin.ui.i18n import LANGUAGE_NAMES
from checkin.ui.idle_collector import IdleCollector
from checkin.ui.import_wizard import ImportWizard
from checkin.ui.list_conflict import PUBLISH, TAKE, choose_list
from checkin.ui.midnight import MidnightRefresh
from checkin.ui.pin_dialog import supervisor_allows
from checkin.ui.result_list import bold_of as result_rows_bold
from checkin.ui.settings_dialog import SettingsDialog
from checkin.ui.status_message import StatusMessage
from checkin.ui.sync_status import SyncController, problem_of
from checkin.ui.walk_in_dialog import WalkInDialog

log = logging.getLogger(__name__)

#: The most the desk and operator take of the status bar (pixels; the tooltip has it all).
IDENTITY_WIDTH = 320


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.desk_page = DeskPage(context)
        self.status_message = StatusMessage()
        # The passing message gets a row of the window's whole width under the page: in
        # the status bar, beside the desk, the print question and sync, it had no room
        # left at 1024 px in French and grew the window taller than the screen.
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.desk_page, 1)
        column.addWidget(self.status_message)
        self.setCentralWidget(central)
        self.identity = ElidedLabel(name="identity", width=IDENTITY_WIDTH)
        self.statusBar().addPermanentWidget(self.identity)
        page = self.desk_page  # its messages (instructions) go with the next verdict
        page.message.connect(lambda text: self.status_message.show_message(text, 8000, page))
        page.verdict_shown.connect(lambda _verdict: self.status_message.clear_from(page))
        page.scan_field.cleared.connect(lambda: self.status_message.clear_from(page))  # Esc
        self.badge_actions = BadgeActions(context, self, self.desk_page)
        self.midnight = MidnightRefresh(context.desk, self.desk_page.refresh, self)
        self.sync = SyncController(context, self)
        self.statusBar().addPermanentWidget(self.sync.label)
        self.sync.synced.connect(self.after_sync)

        self.walk_in_action = QAction(self, shortcut=QKeySequence("Ctrl+N"))
        self.walk_in_action.triggered.connect(self.register_walk_in)
        self.settings_action = QAction(self, shortcut=QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.edit_settings)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.attendance_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+D"))
        self.attendance_action.triggered.connect(self.show_attendance)
        self.attendance_window: AttendanceWindow | None = None
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_list)
        # Shown only while a sync reports two participant lists (list_conflict.py).
        self.conflict_action = QAction(self, visible=False)
        self.conflict_action.triggered.connect(self.settle_list_conflict)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.language_actions = {}
        languages = QActionGroup(self)  # exactly one ticked
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], languages, checkable=True)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_actions[code] = action

        self.desk_menu = self.menuBar().addMenu("")
        self.desk_menu.addActions(
            [self.walk_in_action, self.import_action, self.conflict_action, self.settings_action]
        )
        self.desk_menu.addSeparator()
        self.desk_menu.addAction(self.attendance_action)
        self.badge_menu = self.menuBar().addMenu("")
        self.badge_menu.addActions(self.badge_actions.actions)
        self.desk_menu.addSeparator()
        self.desk_menu.addAction(self.quit_action)
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        self.resize(1280, 800)
        # The desk's writer leaves WAL checkpoints to this timer, off the scan path.
        self.checkpoint_timer = QTimer(self, interval=10_000)
        self.checkpoint_timer.timeout.connect(
            lambda: context.runner.run(context.reader.checkpoint, lambda _r: None, lambda _e: None)
        )
        self.checkpoint_timer.start()
        self.collector = IdleCollector(lambda: self.desk_page.scan_field.last_key_time, self)
        # Once the window is up: fallback fonts for every script (font_warmup.py), and
        # start-up objects frozen out of the collector's sight (idle_collector.py).
        self.settle_timer = QTimer(self, singleShot=True, interval=300)
        self.settle_timer.timeout.connect(self.warm_fonts)
        self.settle_timer.timeout.connect(self.warm_search)
        self.settle_timer.timeout.connect(self.collector.freeze_start_up)
        self.settle_timer.start()
        self._sync_problems: tuple[str, ...] = ()
        self.sync.start()
        self.retranslate()
        if context.desk.settings.open_attendance:  # an organiser's laptop
            QTimer.singleShot(0, self.show_attendance)  # once the desk window is up

    # -- actions --------------------------------------------------------------------

    def register_walk_in(self) -> None:
        page = self.desk_page
        typed = page.scan_field.text()
        dialog = WalkInDialog(self.context.desk, self.context.language, self, typed=typed)
        if dialog.exec() and dialog.verdict is not None:
            page.scan_field.clear()  # the name searched for is registered now
            page.show_verdict(dialog.verdict)
        elif dialog.scanned:
            page.scan_field.clear()
            page.on_scanned(dialog.scanned)
            self.status_message.show_message(
                self.tr(
                    "A badge was scanned into the walk-in form: the form was closed and "
                    "the badge checked."
                ),
                10000,
            )
        page.focus_scan()

    def after_sync(self, result) -> None:
        """New check-ins from other desks refresh the page; a new problem is said once."""
        taken = result.list_taken_in
        if taken:  # the event was published again: a corrected list
            if taken["config_changed"]:
                self.context.desk.event = self.context.desk.store.event_config()
                self.retranslate()
            self.desk_page.refresh()
            self.status_message.show_message(
                self.tr(
                    "The participant list was updated from the other desks: {new} new, "
                    "{changed} changed, {removed} removed."
                ).format(new=taken["imported"], changed=taken["updated"], removed=taken["removed"]),
                15000,
            )
        elif result.published:
            self.status_message.show_message(
                self.tr("The participant list was published for the other desks."), 10000
            )
        if result.merged:
            self.desk_page.refresh()
            if self.attendance_window is not None and self.attendance_window.isVisible():
                self.attendance_window.refresh()
        problems = tuple(issue.code for issue in result.errors)
        self.conflict_action.setVisible("list_conflict" in problems)
        if problems and problems != self._sync_problems:
            self.status_message.show_message(
                problem_of(result.errors[0], on_server=self.sync.on_server), 15000
            )
        self._sync_problems = problems

    def show_attendance(self) -> None:
        """The organisers' counts, in a window of their own (a second screen, a projector)."""
        if self.attendance_window is None:
            # No parent: a window with one stays above it (Windows, some Linux window
            # managers), and a scan must be able to bring the desk back in front of it.
            self.attendance_window = AttendanceWindow(self.context)
            self.attendance_window.desk_keys = self.take_scan_key
            self.attendance_window.sync_state = self.sync_state
        self.attendance_window.show()
        self.attendance_window.raise_()
        self.attendance_window.activateWindow()

    def sync_state(self) -> tuple[str, str]:
        """What the status bar says of sync, and its details (for the attendance window)."""
        return self.sync.label.text(), self.sync.label.toolTip()

    def take_scan_key(self, event: QKeyEvent) -> None:
        """A key typed or scanned into another window of the app (the attendance window
        in front of the desk): the desk comes back to the front and its scan field gets
        the key, so a badge scanned meanwhile is checked in, not lost."""
        self.raise_()
        self.activateWindow()
        field = self.desk_page.scan_field
        field.setFocus()
        copy = QKeyEvent(
            event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat()
        )
        QApplication.sendEvent(field, copy)

    def import_list(self) -> None:
        action = self.tr("Importing a participant list needs the supervisor PIN.")
        if not supervisor_allows(self.context.desk, action, self, self.desk_page.scan_from_dialog):
            self.desk_page.focus_scan()
            return
        wizard = ImportWizard(self.context, self)
        wizard.imported.connect(self._after_import)
        wizard.exec()
        self.desk_page.focus_scan()

    def settle_list_conflict(self) -> None:
        """A supervisor chooses the list every desk keeps; the sync carries it out."""
        choice = choose_list(self.context.desk, self)
        if choice is not None and not self.sync.sync_now(
            publish=choice == PUBLISH, take_published=choice == TAKE
        ):
            self.status_message.show_message(
                self.tr("A sync is running: choose again in a moment."), 8000
            )
        self.desk_page.focus_scan()

    def _after_import(self, _report) -> None:
        self.desk_page.refresh()
        self.sync.sync_now()  # a desk that syncs publishes the new list for the others now

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.context.desk.settings, self.context.language, self)
        guard = ScanGuard(dialog, self.context.desk.is_complete_code)  # never saved as a name
        if dialog.exec() and not guard.check_fields():
            self.apply_settings(dialog.settings())
        if guard.scanned:
            self.desk_page.scan_from_dialog(guard.scanned)
        self.desk_page.focus_scan()

    def apply_settings(self, settings) -> None:
        try:
            self.context.desk.update_settings(settings)
        except Exception as error:
            QMessageBox.warning(self, APP_NAME, texts.error_message(error))
            return
        self.context.sounds.muted = settings.muted
        self.sync.start()
        if settings.language and settings.language != self.context.translations.ui_language:
            self.context.translations.apply(settings.language)
        self.retranslate()

    def set_language(self, language: str) -> None:
        """The screen switches at once; saving the choice for the next start comes second
        (a desk whose database refuses writes still gets the language it asked for)."""
        if language != self.context.translations.ui_language:
            self.context.translations.apply(language)
        self.retranslate()
        try:
            settings = dataclasses.replace(self.context.desk.settings, language=language)
            self.context.desk.update_settings(settings)
        except Exception as error:
            self.desk_page.message.emit(texts.error_message(error))

    def about(self) -> None:
        QMessageBox.about(
            self,
            APP_NAME,
            self.tr("{app} {version}\nRegistration desk for {event}.").format(
                app=APP_NAME,
                version=__version__,
                event=self.context.desk.event.name_in(self.context.language),
            ),
        )

    # -- Qt -------------------------------------------------------------------------

    def retranslate(self) -> None:
        desk = self.context.desk
        language = self.context.language
        event_name = desk.event.short_name.get(language) or desk.event.name_in(language)
        self.setWindowTitle(f"{APP_NAME} — {event_name}")
        self.walk_in_action.setText(self.tr("Register a &walk-in…"))
        self.settings_action.setText(self.tr("Desk &settings…"))
        self.import_action.setText(self.tr("&Import participant list…"))
        self.conflict_action.setText(self.tr("Settle the participant list conflict…"))
        self.attendance_action.setText(self.tr("&Attendance…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About Check-in"))
        self.desk_menu.setTitle(self.tr("&Desk"))
        self.badge_menu.setTitle(self.tr("&Badges"))
        self.badge_actions.retranslate()
        self.sync.retranslate()
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        for code, action in self.language_actions.items():
            action.setChecked(code == self.context.translations.ui_language)
        operator = desk.settings.operator or self.tr("no operator set (Ctrl+,)")
        name = desk.settings.desk_name or self.tr("no name set (Ctrl+,)")
        self.identity.set_full_text(
            self.tr("Desk: {desk} · Operator: {operator}").format(desk=name, operator=operator)
        )

    def warm_fonts(self) -> None:
        """The fonts names are shown in: the verdict's labels, result rows, recent list."""
        page = self.desk_page
        shown = [*page.verdict_panel.findChildren(QLabel), page.results, page.recent]
        warm_fonts([*fonts_of(shown), result_rows_bold(page.results.font())])

    def warm_search(self) -> None:
        """One search, never shown: SQLite's pages, babel's country names and the
        result rows' painting are ready before the first name of the day is typed
        (its first key took ~100 ms; with the rows drawn once here, ~20 ms)."""
        desk, language = self.context.desk, self.context.language
        results = self.desk_page.results
        try:
            rows = desk.search_with_status("a", desk.serving_day())
            if rows and not results.count() and not self.desk_page.scan_field.text():
                try:
                    results.show_results(rows, desk.event, language)
                    results.grab()  # painted into a pixmap, never on screen
                finally:
                    results.clear()  # never left on screen for someone to choose
        except Exception as error:  # only a warm-up: real searches report problems
            log.warning("search warm-up failed: %s", error)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.collector.stop()
        if self.attendance_window is not None:  # not a child: closed with the desk
            self.attendance_window.close()
            self.attendance_window.sync_state = None  # this window's labels go with it
            self.attendance_window.desk_keys = None
            self.attendance_window.deleteLater()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.status_message.clear()  # a passing message in the old language
            self.retranslate()
        super().changeEvent(event)
