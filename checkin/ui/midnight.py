"""The desk page looks again at midnight: a desk left open overnight serves the new day.

The day a desk serves follows its clock (``Desk.serving_day``); what the page shows
— the banner, the counts, the recent check-ins — was laid out for the day it was
drawn on. Without a new verdict or a sync to redraw it, a desk left open overnight
showed yesterday while its searches already served today. This timer fires just
after midnight in the event's time zone (when a day chosen in the banner lapses
too), then again every midnight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from checkin.service.desk import Desk

#: A little after midnight, so the clock has surely passed it.
MARGIN_MS = 2_000


def until_midnight_ms(desk: Desk) -> int:
    """Milliseconds from the desk's clock to the next midnight in the event's time zone."""
    now = desk.clock()
    zone = desk.event.zone
    next_day = desk.event.day_of(now) + dt.timedelta(days=1)
    midnight = dt.datetime.combine(next_day, dt.time(0), tzinfo=zone)
    return max(0, int((midnight - now).total_seconds() * 1000)) + MARGIN_MS


class MidnightRefresh(QObject):
    """Calls ``refresh`` just after each midnight (the event's time zone)."""

    def __init__(self, desk: Desk, refresh: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.desk, self.refresh = desk, refresh
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.passed)
        self.arm()

    def arm(self) -> None:
        self.timer.start(until_midnight_ms(self.desk))

    def passed(self) -> None:
        try:
            self.refresh()
        finally:
            self.arm()
