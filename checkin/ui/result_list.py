"""Search results under the scan field, driven by the field's arrow keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from checkin.domain.model import EventConfig, Participant
from checkin.domain.rules import CheckIn
from checkin.ui import formatting


class ResultList(QListWidget):
    chosen = Signal(str)  # participant id (double-click, or Enter in the scan field)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the scan field
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(
            lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.navigated = False  # True once the operator moved through the list

    def show_results(
        self,
        results: list[tuple[Participant, CheckIn | None]],
        event: EventConfig,
        language: str,
    ) -> None:
        self.clear()
        self.navigated = False
        for person, checkin in results:
            parts = [
                person.organisation,
                formatting.country(person, language),
                formatting.category_label(event, person.category, language),
            ]
            second = " · ".join(p for p in parts if p)
            if checkin is not None:
                time = formatting.local_time(checkin.at, event, language)
                second = "✔ " + self.tr("checked in {time}").format(time=time) + " · " + second
            name = person.display_name
            if person.name_latin:
                name += f"  ({person.name_latin})"
            item = QListWidgetItem(f"{name}\n{second}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setToolTip(person.id)
            self.addItem(item)

    def move(self, step: int) -> None:
        if not self.count():
            return
        row = self.currentRow()
        row = 0 if row < 0 else max(0, min(self.count() - 1, row + step))
        self.setCurrentRow(row)
        self.navigated = True

    def highlight_first(self) -> None:
        if self.count():
            self.setCurrentRow(0)
            self.navigated = True

    def chosen_id(self) -> str | None:
        item = self.currentItem()
        if item is None or not self.navigated:
            return None
        return item.data(Qt.ItemDataRole.UserRole)
