"""This desk's latest check-ins, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from checkin.domain.model import EventConfig, Participant
from checkin.domain.rules import CheckIn
from checkin.ui import formatting


class RecentList(QListWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("recent")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    LIMIT = 15

    def add_checkin(
        self, checkin: CheckIn, person: Participant | None, event: EventConfig, language: str
    ) -> None:
        """Put one new check-in on top (cheaper than re-reading the list after a scan)."""
        self.insertItem(0, self._item(checkin, person, event, language))
        while self.count() > self.LIMIT:
            self.takeItem(self.count() - 1)

    def show_recent(
        self, rows: list[tuple[CheckIn, Participant | None]], event: EventConfig, language: str
    ) -> None:
        self.clear()
        for checkin, person in rows:
            self.addItem(self._item(checkin, person, event, language))

    @staticmethod
    def _item(
        checkin: CheckIn, person: Participant | None, event: EventConfig, language: str
    ) -> QListWidgetItem:
        name = person.display_name if person else checkin.participant_id
        organisation = f" — {person.organisation}" if person and person.organisation else ""
        time = formatting.isolated(formatting.local_time(checkin.at, event, language))
        item = QListWidgetItem(f"{time}   {name}{organisation}")
        item.setData(Qt.ItemDataRole.UserRole, checkin.participant_id)
        return item
