"""The front-desk page: scan or type, see the verdict, check in.

The page holds no rule: it hands text to the desk service and shows the
verdict it returns. Everything works from the keyboard: the scan field keeps
the focus; arrows and Enter pick a search result; F2 admits anyway; Ctrl+Z
undoes the last check-in shown.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from checkin.domain.rules import Status, Verdict, Via
from checkin.service import badges as badge_ops
from checkin.service.desk import DeskCounts, counts
from checkin.store import StoreError
from checkin.ui import texts
from checkin.ui.badge_printing import badge_summary
from checkin.ui.context import AppContext
from checkin.ui.counts_label import CountsLabel
from checkin.ui.day_banner import DayBanner
from checkin.ui.focus_keeper import FocusKeeper
from checkin.ui.recent_list import RecentList
from checkin.ui.result_list import ResultList
from checkin.ui.scan_field import ScanField
from checkin.ui.undoing import Undoing
from checkin.ui.verdict_panel import VerdictPanel

log = logging.getLogger(__name__)


#: The lists' width: wrapped titles no longer set it (their text was cut in FR/ES).
LIST_WIDTH = 380


class DeskPage(QWidget):
    verdict_shown = Signal(object)  # Verdict
    message = Signal(str)  # for the status bar
    undone = Signal(str)  # participant id: a check-in of theirs was undone

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._early: Verdict | None = None  # a verdict painted before its commit
        desk = context.desk
        self.scan_field = ScanField(desk.is_complete_code)
        self.results = ResultList()
        self.recent = RecentList()
        self.verdict_panel = VerdictPanel()
        self.day_banner = DayBanner()
        self.counts_label = CountsLabel()
        self.results_title = QLabel(objectName="sectionTitle")
        self.recent_title = QLabel(objectName="sectionTitle")
        for title in (self.results_title, self.recent_title):
            title.setWordWrap(True)  # a longer language wraps instead of being cut
        self.last_counts: DeskCounts | None = None
        self.focus_keeper = FocusKeeper(self.scan_field)  # scans never land elsewhere

        left = QWidget()
        left.setMinimumWidth(LIST_WIDTH)  # a name, its Latin form and "checked in" fit
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results_title)
        left_layout.addWidget(self.results, 3)
        left_layout.addWidget(self.recent_title)
        left_layout.addWidget(self.recent, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.verdict_panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        bottom = QHBoxLayout()
        bottom.addWidget(self.counts_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.day_banner)
        layout.addWidget(self.scan_field)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.setStyleSheet(
            "#scanField { font-size: 26px; padding: 10px; }"
            "#results, #recent { font-size: 15px; }"
            "#sectionTitle { font-weight: bold; color: #37474f; }"
            "#counts { font-size: 17px; font-weight: bold; padding: 4px; }"
            "#dayLabel { font-size: 15px; }"
        )

        self.scan_field.submitted.connect(self.on_submitted)
        self.scan_field.scanned.connect(self.on_scanned)
        self.scan_field.typed.connect(self.on_typed)
        self.scan_field.navigate.connect(self.results.move)
        self.scan_field.cleared.connect(self.on_cleared)
        self.scan_field.undo_requested.connect(self.verdict_panel.request_undo)
        self.results.chosen.connect(self.check_in_by_id)
        self.verdict_panel.admit_anyway_requested.connect(self.admit_anyway)
        self.undoing = Undoing(self)
        self.verdict_panel.undo_requested.connect(self.undoing.undo_shown)
        self.recent.undo_requested.connect(self.undoing.undo_from_recent)
        self.day_banner.day_chosen.connect(self.choose_day)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.admit_anyway_chosen)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.verdict_panel.request_undo)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, self.focus_scan)

        self.retranslate()

    # -- what the operator does -------------------------------------------------

    @property
    def day(self) -> dt.date:
        return self.context.desk.serving_day()

    def on_submitted(self, text: str) -> None:
        chosen = self.results.chosen_id()
        if chosen is not None:
            self.check_in_by_id(chosen)
            return
        if not text.strip():
            return  # an empty Enter is not a scan
        # Typed, not scanned (a scanner's burst comes as ``scanned``): a complete code
        # typed by hand is a scan; anything else is looked up first.
        if self.context.desk.is_complete_code(text):
            self._scan(text)
            return
        if not self.results.count():
            self.on_typed(text)  # Enter came before the search: search now
        if self.results.count():
            # Matches: Enter highlights the first; Enter again checks in.
            self.scan_field.setText(text)
            self.results.highlight_first()
            self.message.emit(self.tr("Press Enter to check in the highlighted person."))
            return
        self._typed_without_match(text)

    def _typed_without_match(self, text: str) -> None:
        """Typed text no one matches — a name, an e-mail, an id with a typo — stays in the
        field to be corrected; only a damaged code of ours gets its red verdict."""
        try:
            verdict = self.context.desk.scan(text, day=self.day)  # records nothing: no code
        except Exception:  # the message below is still the right one
            verdict = None
        if verdict is not None and verdict.status is not Status.UNKNOWN:
            self.show_verdict(verdict)  # e.g. "Invalid code": a badge code typed wrongly
            return
        self.scan_field.setText(text)
        self.message.emit(
            self.tr(
                "No one matches “{text}”: check the spelling, or press Ctrl+N to register "
                "a walk-in."
            ).format(text=text.strip())
        )

    def on_scanned(self, text: str) -> None:
        """A scanner's burst: always a scan, whatever the list shows or was chosen."""
        self.on_cleared()
        self._scan(text)

    def scan_from_dialog(self, code: str) -> None:
        """A badge scanned into a desk dialog closed it (``dialog_scans``): a scan."""
        self.scan_field.clear()
        self.on_scanned(code)
        self.message.emit(
            self.tr(
                "A badge was scanned into the open dialog: the dialog was closed and the "
                "badge checked."
            )
        )

    def _scan(self, text: str) -> None:
        desk = self.context.desk
        self._run(lambda: desk.scan(text, day=self.day, shown=self._show_before_commit))

    def on_typed(self, text: str) -> None:
        desk = self.context.desk
        if not text.strip() or desk.is_complete_code(text):
            self.on_cleared()  # a verified badge code is never searched as a name
            return
        try:
            results = desk.search_with_status(text, self.day)
        except Exception as error:  # a broken database must not break typing
            self.message.emit(texts.error_message(error))
            return
        self.verdict_panel.set_stale(True)  # the colour shown is not this search's
        self.results.show_results(results, desk.event, self.context.language, self.day)
        if not results:
            self.results.set_empty_text(
                self.tr("No one matches “{text}”.").format(text=text.strip())
            )

    def on_cleared(self) -> None:
        """The result list stays where it is (a layout that never jumps, and no
        re-layout of the page on the first key); it says what it is for."""
        if self.results.count():  # an empty list is not repainted for nothing
            self.results.clear()
        self.results.navigated = False
        self.results.set_empty_text(self._hint)

    def check_in_by_id(self, participant_id: str, *, admit_anyway: bool = False) -> None:
        self.scan_field.clear()
        self.on_cleared()
        self._run(
            lambda: self.context.desk.admit(
                participant_id,
                via=Via.SEARCH,
                day=self.day,
                admit_anyway=admit_anyway,
                shown=self._show_before_commit,
            )
        )

    def admit_anyway_chosen(self) -> None:
        """F2: the person highlighted in the list, else the one of the live verdict. A
        greyed verdict belongs to the delegate before: F2 never admits them then."""
        chosen, panel = self.results.chosen_id(), self.verdict_panel
        if chosen is None:
            if panel.stale and panel.verdict and panel.verdict.status is Status.NOT_TODAY:
                self.message.emit(self.tr("F2: choose the person in the list, or scan again."))
            panel.request_admit_anyway()  # nothing if the verdict is greyed
            return
        person = self.context.desk.store.participant(chosen)
        if person is not None and not person.registered_for(self.day):
            self.check_in_by_id(chosen, admit_anyway=True)
        # Someone registered for the day is checked in with Enter, not admitted anyway.

    def admit_anyway(self, participant_id: str) -> None:
        """The verdict's *Admit anyway*: only for the live verdict of that person."""
        verdict, panel = self.verdict_panel.verdict, self.verdict_panel
        shown_id = verdict.participant.id if verdict and verdict.participant else None
        if shown_id != participant_id or panel.stale or verdict.status is not Status.NOT_TODAY:
            return
        self._run(
            lambda: self.context.desk.admit(
                participant_id,
                via=verdict.via or Via.SEARCH,
                day=self.day,
                admit_anyway=True,
                shown=self._show_before_commit,
            )
        )

    def choose_day(self, iso_day: str) -> None:
        """A day picked in the banner ("" = automatic); today's date is automatic too."""
        desk = self.context.desk
        try:
            desk.choose_day(dt.date.fromisoformat(iso_day) if iso_day else None)
        except StoreError as error:  # refresh() puts the banner back on the day served
            self.message.emit(texts.error_message(error))
        self.verdict_panel.show_idle()
        self.refresh()
        self.focus_scan()

    # -- showing --------------------------------------------------------------------

    def _run(self, operation) -> None:
        """Run a check-in operation and show its verdict; errors become messages."""
        self._early = None
        try:
            verdict: Verdict = operation()
        except Exception as error:
            log.warning("operation failed: %s", error)
            if self._early is not None or isinstance(error, StoreError):  # the database refused
                person = self._early.participant if self._early is not None else None
                self.verdict_panel.show_not_saved(error, person.display_name if person else "")
            self.context.sounds.play("error")
            self.message.emit(texts.error_message(error))
            self.focus_scan()
            return
        self.show_verdict(verdict)

    def _show_before_commit(self, verdict: Verdict) -> None:
        """Paint a check-in's green verdict while it is committed (``Desk.scan``'s
        ``shown``): the commit's fsync no longer delays the verdict. Never raises:
        that would undo the check-in."""
        try:
            self._early = verdict
            self._show_panel(verdict)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # lay out first
            self.verdict_panel.repaint()
        except Exception:  # painting early is a nicety; the check-in goes on
            log.exception("verdict not shown before the commit")

    def show_verdict(self, verdict: Verdict) -> None:
        desk = self.context.desk
        if self.verdict_panel.verdict is not verdict:  # not already painted before the commit
            self._show_panel(verdict)
        self.context.sounds.play(verdict.severity)
        self.on_cleared()
        self.verdict_shown.emit(verdict)
        if verdict.day is not None and verdict.day != self.day_banner.served:
            self.refresh()  # past midnight: a new day (a day chosen yesterday has lapsed)
        if verdict.status is Status.OK and verdict.checkin is not None:
            self.recent.add_checkin(
                verdict.checkin, verdict.participant, desk.event, self.context.language
            )
            QTimer.singleShot(0, self.refresh_counts)  # after the verdict is painted
        self.focus_scan()

    def _show_panel(self, verdict: Verdict) -> None:
        """The verdict and its badge line, painted together (one layout of the panel)."""
        self.verdict_panel.show_verdict(verdict, self.context.desk.event, self.context.language)
        self.show_badge_summary(verdict)

    def show_badge_summary(self, verdict: Verdict) -> None:
        """The badge version and how often it was replaced, for the badge desk."""
        if verdict.participant is None:
            self.verdict_panel.set_badge_summary("")
            return
        try:
            history = badge_ops.history(self.context.desk, verdict.participant.id)
        except Exception:  # the verdict matters more than this line
            self.verdict_panel.set_badge_summary("")
            return
        self.verdict_panel.set_badge_summary(badge_summary(history))

    def refresh(self) -> None:
        """Recent check-ins now; counts from a background reader."""
        context, desk, day = self.context, self.context.desk, self.day
        today = desk.event.day_of(desk.clock())
        self.day_banner.show_day(desk.event.days, day, today, context.language)
        try:
            self.recent.show_recent(desk.recent(), desk.event, context.language, day)
        except Exception as error:  # the desk keeps working; the status bar says why
            self.message.emit(texts.error_message(error))
            return
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Today's figures, computed on the background reader."""
        context = self.context
        desk = context.desk
        day = self.day
        context.runner.run(
            lambda: counts(context.reader, desk.desk_id, day),
            self.show_counts,
            lambda error: self.message.emit(texts.error_message(error)),
        )

    def show_counts(self, figures: DeskCounts) -> None:
        self.last_counts = figures
        self.counts_label.show_counts(figures, self.context.language)

    def focus_scan(self) -> None:
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- Qt -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.scan_field.setPlaceholderText(
            self.tr("Scan a badge, or type a name, organisation or country…")
        )
        self.scan_field.setAccessibleName(self.tr("Scan or search"))
        self.results_title.setText(self.tr("Search results — ↑ ↓ to choose, Enter to check in"))
        self._hint = self.tr("People matching what you type appear here.")
        if not self.results.count():
            self.results.set_empty_text(self._hint)
        self.recent_title.setText(self.tr("Latest check-ins at this desk"))
        self.verdict_panel.retranslate(self.context.language)
        verdict = self.verdict_panel.verdict
        if verdict is not None:
            self.show_badge_summary(verdict)
        self._search_again()
        self.day_banner.retranslate()
        self.refresh()  # dates, times and country names in the new language

    def _search_again(self) -> None:
        """The rows shown, again in the new language; the same row stays highlighted."""
        text = self.scan_field.text()
        if not self.results.count() or not text.strip():
            return
        row, navigated = self.results.currentRow(), self.results.navigated
        try:
            self.on_typed(text)
        except Exception as error:  # the rows stay as they were; the desk keeps working
            log.warning("search not redrawn: %s", error)
            return
        if 0 <= row < self.results.count():
            self.results.setCurrentRow(row)
        self.results.navigated = navigated

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.focus_scan()
