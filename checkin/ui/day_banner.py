"""Which conference day this desk serves, with a warning when it is not today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel

from checkin.ui import formatting


class DayBanner(QFrame):
    """The list holds the event's days and, last, *Automatic*: the way back to today's
    date after a day was chosen (a chosen day holds until midnight, ``DeskSettings``)."""

    day_chosen = Signal(str)  # ISO date, or "" for automatic

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dayBanner")
        self.label = QLabel(objectName="dayLabel", wordWrap=True)
        self.days = QComboBox(objectName="dayChoice")
        self.days.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scan must never pick a day
        self.days.activated.connect(lambda index: self.day_chosen.emit(self.days.itemData(index)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.days)
        self._state: tuple = ()

    def show_day(
        self, days: tuple[dt.date, ...], served: dt.date, today: dt.date, language: str
    ) -> None:
        self._state = (days, served, today, language)
        self.days.blockSignals(True)
        self.days.clear()
        for day in days:
            self.days.addItem(formatting.long_day(day, language), day.isoformat())
        self.days.addItem(self.tr("Automatic (today's date)"), "")
        self.days.setCurrentIndex(days.index(served))
        self.days.blockSignals(False)
        self.days.setAccessibleName(self.tr("Conference day served by this desk"))
        if served == today:
            self.label.setText(
                self.tr("Checking in for today, {day}.").format(
                    day=formatting.long_day(served, language)
                )
            )
            self.setStyleSheet("#dayBanner { background: #e3f2e6; } #dayLabel { color: #1b4d2b; }")
        else:
            self.label.setText(
                self.tr(
                    "⚠ Checking in for {day} — this is NOT today's date (today is {today})."
                ).format(
                    day=formatting.long_day(served, language),
                    today=formatting.long_day(today, language),
                )
            )
            self.setStyleSheet(
                "#dayBanner { background: #fff3cd; border: 2px solid #a85a00; }"
                "#dayLabel { color: #5c3300; font-weight: bold; }"
            )

    @property
    def served(self) -> dt.date | None:
        """The day the banner shows as served (None before the first ``show_day``)."""
        return self._state[1] if self._state else None

    def retranslate(self) -> None:
        if self._state:
            self.show_day(*self._state)
