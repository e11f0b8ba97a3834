"""Undoing a check-in from the desk page: the one shown green, or one from the latest list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from checkin.domain.rules import Status
from checkin.ui import texts
from checkin.ui.dialog_scans import ScanGuard

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class Undoing:
    """The desk page's undo actions (``page``: a :class:`checkin.ui.desk_page.DeskPage`)."""

    def __init__(self, page) -> None:
        self.page = page

    def undo_shown(self, participant_id: str) -> None:
        """Undo the check-in shown green (its button, or Ctrl+Z)."""
        verdict = self.page.verdict_panel.verdict
        if verdict is None or verdict.status is not Status.OK:
            return
        name = verdict.participant.display_name if verdict.participant else participant_id
        self._undo(participant_id, verdict.day or self.page.day, name)

    def undo_from_recent(self, participant_id: str, iso_day: str, row: str) -> None:
        """Undo an earlier check-in of this desk, once the operator has confirmed it."""
        page = self.page
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("DeskPage", "Undo check-in"),
            translate("DeskPage", "Undo this check-in?\n\n{row}").format(row=row),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            page,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)  # a stray Enter undoes nothing
        # A badge scanned into the box: a scan, never a "Yes" from its letters.
        guard = ScanGuard(box, page.context.desk.is_complete_code, swallow_letters=True)
        answer = box.exec()
        if guard.scanned:
            page.scan_from_dialog(guard.scanned)
        elif answer == QMessageBox.StandardButton.Yes:
            person = page.context.desk.store.participant(participant_id)
            name = person.display_name if person else participant_id
            self._undo(participant_id, dt.date.fromisoformat(iso_day), name)
        page.focus_scan()

    def _undo(self, participant_id: str, day: dt.date, name: str) -> None:
        page = self.page
        try:
            page.context.desk.undo(participant_id, day=day)
        except Exception as error:
            page.message.emit(texts.error_message(error))
            return
        shown = page.verdict_panel.verdict
        if shown is not None and shown.participant and shown.participant.id == participant_id:
            page.verdict_panel.show_idle()  # no green left on screen for an undone check-in
        page.undone.emit(participant_id)  # e.g. no "print their badge?" question left
        page.message.emit(translate("DeskPage", "Check-in undone for {name}.").format(name=name))
        page.refresh()
        page.focus_scan()
