"""Arrivals per quarter hour as bars: when the queue came, and whether it has passed.

Painted by hand (a few dozen rectangles and labels) rather than with Qt Charts:
it follows the application's font and language, needs no extra Qt module in
the desk bundle, and tests can read what it shows from :meth:`bars`. Each
conference day is a group of bars from its first to its last arrival, quiet
quarters included (a gap in the queue is information too). Hovering a bar
tells its exact count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from checkin.ui import formatting

BAR = QColor("#1565c0")
BUSIEST = QColor("#0d3c78")
GRID = QColor("#d5dbe3")
TEXT = QColor("#37474f")
QUARTER = dt.timedelta(minutes=15)
# Space between two days' groups of bars, in bar widths.
DAY_GAP = 2


@dataclass(frozen=True, slots=True)
class Bar:
    start: dt.datetime  # local (naive) start of the quarter hour
    count: int


def bars_of(quarters: dict[str, int]) -> list[list[Bar]]:
    """Local quarters (``'2015-10-26T08:30'`` -> n) as one run of bars per day."""
    days: dict[dt.date, dict[dt.datetime, int]] = {}
    for key, count in quarters.items():
        start = dt.datetime.fromisoformat(key)
        days.setdefault(start.date(), {})[start] = count
    runs = []
    for _day, counts in sorted(days.items()):
        first, last = min(counts), max(counts)
        run, moment = [], first
        while moment <= last:
            run.append(Bar(moment, counts.get(moment, 0)))
            moment += QUARTER
        runs.append(run)
    return runs


class ArrivalsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="arrivalsChart")
        self.language = "en"
        self.label_days = False
        self.runs: list[list[Bar]] = []
        self._hit: list[tuple[QRectF, Bar]] = []
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def show_quarters(
        self, quarters: dict[str, int], language: str, *, label_days: bool = False
    ) -> None:
        """Show these arrivals; ``label_days``: name the day under each group of bars
        (always when there are several)."""
        self.language = language
        self.label_days = label_days
        self.runs = bars_of(quarters)
        self.setAccessibleDescription(self.summary())
        self.update()

    def bars(self) -> list[Bar]:
        return [bar for run in self.runs for bar in run]

    def busiest(self) -> Bar | None:
        bars = self.bars()
        return max(bars, key=lambda b: (b.count, b.start)) if bars else None

    def summary(self) -> str:
        """One sentence for the line under the chart (and screen readers)."""
        busiest = self.busiest()
        if busiest is None or not busiest.count:
            return self.tr("No one has arrived yet.")
        count = busiest.count
        text = self.tr("Busiest quarter hour: {start}–{end}, %Ln arrival(s).", "", count)
        start = self._clock(busiest.start)
        if self.label_days or len(self.runs) > 1:  # which day, when there are several
            start = f"{formatting.short_day(busiest.start.date(), self.language)}, {start}"
        return text.format(start=start, end=self._clock(busiest.start + QUARTER))

    def _clock(self, moment: dt.datetime) -> str:
        """A time kept left to right, even in a right-to-left line (``8:30 AM``)."""
        return formatting.isolated(formatting.clock(moment.hour, moment.minute, self.language))

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        self._hit = []
        bars = self.bars()
        top = scale_top(max((bar.count for bar in bars), default=0))
        if not top:
            painter.setPen(TEXT)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.summary())
            return
        scale_width = metrics.horizontalAdvance(formatting.number(top, self.language)) + 8
        area = QRectF(scale_width, line * 0.5, self.width() - scale_width - 4, 0)
        area.setBottom(self.height() - line * 2.4)  # two label lines: times, then days
        for value in (0, top // 2, top):  # top is even: the middle line is a whole count
            y = area.bottom() - area.height() * value / top
            painter.setPen(GRID)
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, y - line / 2, scale_width - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                formatting.number(value, self.language),
            )
        step = area.width() / (len(bars) + DAY_GAP * (len(self.runs) - 1))
        busiest = self.busiest()
        widest = metrics.horizontalAdvance(self._clock(dt.datetime(2015, 1, 1, 10, 45)))
        every = _label_every(step, widest)
        label_end = 0.0  # right edge of the last time written: labels never run together
        x = area.left()
        painter.setPen(TEXT)
        for run in self.runs:
            run_left = x
            for bar in run:
                height = area.height() * bar.count / top
                rect = QRectF(x + step * 0.12, area.bottom() - height, step * 0.76, height)
                painter.fillRect(rect, BUSIEST if bar is busiest else BAR)
                self._hit.append((QRectF(x, area.top(), step, area.height()), bar))
                if (bar.start.hour * 4 + bar.start.minute // 15) % every == 0:
                    text = self._clock(bar.start)
                    width = metrics.horizontalAdvance(text) + 8
                    # under the bar's middle, kept inside the widget
                    left = min(max(x + step / 2 - width / 2, 0.0), self.width() - width)
                    if left >= label_end:
                        painter.drawText(
                            QRectF(left, area.bottom() + 2, width, line),
                            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                            text,
                        )
                        label_end = left + width
                x += step
            if self.label_days or len(self.runs) > 1:  # which day each group is
                painter.drawText(
                    QRectF(run_left, area.bottom() + 2 + line, x - run_left, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    formatting.short_day(run[0].start.date(), self.language),
                )
            x += step * DAY_GAP

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(QPointF(event.pos()))
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(bar), self)
            return True
        return super().event(event)

    def bar_at(self, point) -> Bar | None:
        return next((bar for rect, bar in self._hit if rect.contains(point)), None)

    def describe(self, bar: Bar) -> str:
        text = self.tr("{start}–{end}: %Ln arrival(s)", "", bar.count)
        return text.format(start=self._clock(bar.start), end=self._clock(bar.start + QUARTER))



def scale_top(count: int) -> int:
    """The count at the top of the scale: the largest bar's, made even so the middle
    line is a whole number (one arrival: 0, 1, 2)."""
    return count + count % 2


def _label_every(step: float, label_width: int) -> int:
    """Every how many quarters a time is written under the bars: each quarter when
    there is room, else each half hour, hour, two hours…"""
    for every in (1, 2, 4, 8, 12, 24, 48):
        if step * every >= label_width + 12:
            return every
    return 96
