"""The badge desk's actions in the main window: print, replace, batch print,
and printing on check-in. Kept out of ``main_window.py`` so the window only
assembles."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from checkin.domain.model import Participant
from checkin.domain.rules import Verdict
from checkin.service.badges import Replacement
from checkin.ui.badge_dialog import BadgeDialog, replacing_needs_pin
from checkin.ui.badge_printing import BadgePrinting
from checkin.ui.batch_print_dialog import BatchPrintDialog
from checkin.ui.context import AppContext
from checkin.ui.desk_page import DeskPage
from checkin.ui.pin_dialog import supervisor_allows
from checkin.ui.print_bar import PrintBar


class BadgeActions(QObject):
    def __init__(self, context: AppContext, window: QMainWindow, page: DeskPage) -> None:
        super().__init__(window)
        self.context, self.window, self.page = context, window, page
        self.printing = BadgePrinting(context, self)
        self.printing.failed.connect(self._failed)
        self.printing.printed.connect(
            lambda outcome: self._status(self.printing.done_message(outcome), 5000)
        )
        self.print_bar = PrintBar(window)
        window.statusBar().addPermanentWidget(self.print_bar)
        self.print_bar.print_wanted.connect(lambda person: self.printing.print_badges([person]))
        self.print_bar.cancel_wanted.connect(self.printing.cancel)
        self.printing.busy_changed.connect(self.print_bar.set_printing)
        self.print_action = QAction(self, shortcut=QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(self.print_badge)
        self.replace_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+R"))
        self.replace_action.triggered.connect(self.replace_badge)
        self.batch_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+P"))
        self.batch_action.triggered.connect(self.batch_print)
        page.verdict_shown.connect(self.after_verdict)
        page.undone.connect(self.after_undo)
        self.retranslate()

    @property
    def actions(self) -> list[QAction]:
        return [self.print_action, self.replace_action, self.batch_action]

    def retranslate(self) -> None:
        self.print_action.setText(self.tr("&Print badge…"))
        self.replace_action.setText(self.tr("&Replace badge…"))
        self.batch_action.setText(self.tr("&Batch print badges…"))
        self.print_bar.retranslate()

    # -- what the operator does -----------------------------------------------------

    def after_verdict(self, verdict: Verdict) -> None:
        """Print on check-in when the desk is set to (never loses the check-in).

        Any new verdict dismisses an unanswered *print?* question: the next scan
        wins, and that badge can still be printed with Ctrl+P."""
        self.print_bar.dismiss()
        if self.printing.on_check_in(verdict) == "ask" and verdict.participant is not None:
            self.print_bar.ask(verdict.participant)
        self.page.focus_scan()

    def after_undo(self, participant_id: str) -> None:
        """An undone check-in takes back the *print?* question about that person: F9
        must not print a badge for someone no longer checked in."""
        if self.print_bar.person is not None and self.print_bar.person.id == participant_id:
            self.print_bar.dismiss()

    def print_badge(self) -> None:
        person = self._chosen()
        if person is not None:
            self._open(person, replace=False)

    def replace_badge(self) -> None:
        person = self._chosen()
        if person is not None:
            self._open(person, replace=True)

    def batch_print(self) -> None:
        dialog = BatchPrintDialog(self.context, self.window)
        dialog.exec()
        if dialog.scan_guard.scanned:
            self.page.scan_from_dialog(dialog.scan_guard.scanned)
        self.page.focus_scan()

    # -- helpers ------------------------------------------------------------------------

    def current_participant_id(self) -> str | None:
        """Who the badge actions apply to: the highlighted result, else the verdict shown
        — unless it is greyed: then it is the delegate before, not the one looked for."""
        page = self.page
        chosen = page.results.chosen_id()
        if chosen:
            return chosen
        verdict = page.verdict_panel.verdict
        if verdict is None or verdict.participant is None or page.verdict_panel.stale:
            return None
        return verdict.participant.id

    def refresh_verdict(self, participant_id: str) -> None:
        """After ``participant_id``'s badge was replaced: their verdict, if it is the one
        shown, again with the new badge — greyed still if it was (a replacement made from
        a highlighted row is not this verdict's colour). Anyone else's is left alone."""
        page = self.page
        panel = page.verdict_panel
        verdict = panel.verdict
        if verdict is not None and verdict.participant and verdict.participant.id == participant_id:
            person = self.context.desk.store.participant(participant_id)
            if person is not None:
                stale = panel.stale
                updated = dataclasses.replace(verdict, participant=person)
                panel.show_verdict(updated, self.context.desk.event, self.context.language)
                page.show_badge_summary(updated)
                panel.set_stale(stale)
        page.refresh()

    def _chosen(self) -> Participant | None:
        participant_id = self.current_participant_id()
        person = self.context.desk.store.participant(participant_id) if participant_id else None
        if person is None:
            # The page's own instruction: it goes with the next verdict.
            self.page.message.emit(self.tr("Scan or find a participant first."))
            self.page.focus_scan()
        return person

    def _open(self, person: Participant, *, replace: bool) -> None:
        if replace and not supervisor_allows(
            self.context.desk, replacing_needs_pin(), self.window, self.page.scan_from_dialog
        ):
            self.page.focus_scan()
            return
        dialog = BadgeDialog(self.context, person, self.window)
        dialog.replaced.connect(self._replaced)
        if replace:
            dialog.replace_badge(pin_given=True)
        if not dialog.scan_guard.scanned:  # a badge scanned into the replacement: not opened
            dialog.exec()
        if dialog.scan_guard.scanned:
            self.page.scan_from_dialog(dialog.scan_guard.scanned)
        self.page.focus_scan()

    def _replaced(self, replacement: Replacement) -> None:
        """A new badge was made: the *print?* question about the old one is void."""
        self.print_bar.dismiss()
        self.refresh_verdict(replacement.participant.id)

    def _failed(self, message: str) -> None:
        self.context.sounds.play("warning")
        self._status(message, 10000)

    def _status(self, text: str, timeout: int) -> None:
        self.window.status_message.show_message(text, timeout)
