"""This desk's latest check-ins, newest first; a wrong one can be undone from here
(right-click), also once the next delegate's verdict is on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu

from checkin.domain.model import EventConfig, Participant
from checkin.domain.rules import CheckIn
from checkin.ui import formatting

DAY_ROLE = Qt.ItemDataRole.UserRole + 1


class RecentList(QListWidget):
    undo_requested = Signal(str, str, str)  # participant id, ISO day, the row's text

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("recent")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def _menu(self, position: QPoint) -> None:
        item = self.itemAt(position)
        if item is None:
            return
        menu = QMenu(self)
        undo = menu.addAction(self.tr("Undo this check-in…"))
        undo.triggered.connect(lambda: self.request_undo(item))
        menu.popup(self.viewport().mapToGlobal(position))

    def request_undo(self, item: QListWidgetItem) -> None:
        self.undo_requested.emit(
            item.data(Qt.ItemDataRole.UserRole), item.data(DAY_ROLE), item.text()
        )

    LIMIT = 15

    def add_checkin(
        self, checkin: CheckIn, person: Participant | None, event: EventConfig, language: str
    ) -> None:
        """Put one new check-in on top (cheaper than re-reading the list after a scan)."""
        self.insertItem(0, self._item(checkin, person, event, language, None))  # the day served
        while self.count() > self.LIMIT:
            self.takeItem(self.count() - 1)

    def show_recent(
        self,
        rows: list[tuple[CheckIn, Participant | None]],
        event: EventConfig,
        language: str,
        day: dt.date | None = None,
    ) -> None:
        """The latest check-ins; those of another day than ``day`` (the one served)
        show their date, so that two rows of one person never look alike."""
        self.clear()
        for checkin, person in rows:
            self.addItem(self._item(checkin, person, event, language, day))

    @staticmethod
    def _item(
        checkin: CheckIn,
        person: Participant | None,
        event: EventConfig,
        language: str,
        day: dt.date | None,
    ) -> QListWidgetItem:
        name = formatting.own_direction(person.display_name if person else checkin.participant_id)
        organisation = person.organisation if person else ""
        organisation = f" — {formatting.own_direction(organisation)}" if organisation else ""
        if day in (None, checkin.day):
            when = formatting.local_time(checkin.at, event, language)
        else:  # the day it counts for, which the time's own date need not be
            when = formatting.day_and_time(checkin.day, checkin.at, event, language)
        time = formatting.isolated(when)
        item = QListWidgetItem(f"{time}   {name}{organisation}")
        item.setData(Qt.ItemDataRole.UserRole, checkin.participant_id)
        item.setData(DAY_ROLE, checkin.day.isoformat())
        return item
