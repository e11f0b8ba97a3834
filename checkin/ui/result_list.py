"""Search results under the scan field, driven by the field's arrow keys.

A keystroke replaces the whole page of results, so the list is a view over
a plain Python list of rows (:class:`_Rows`), reset in one go: rebuilding
twenty ``QListWidgetItem``\\ s with four roles each, and the view inserting
them one by one, was a sixth of a keystroke at 100k people (the GUI figure
of benchmarks/RESULTS.md). The delegate reads its row straight from that
list, with no per-role round trip through Qt.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from babel.dates import format_date
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStaticText
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from checkin.domain.model import EventConfig, Participant
from checkin.domain.rules import CheckIn
from checkin.ui import formatting

_ELIDE = Qt.TextElideMode.ElideRight
_SELECTED = QStyle.StateFlag.State_Selected
_CHECKED_IN, _DETAILS, _WHITE = QColor("#1b6e34"), QColor("#546e7a"), QColor("#ffffff")
_OTHER_DAY = QColor("#a85a00")  # the amber of "not registered for this day"
# How the status of someone registered for other days only begins.
OTHER_DAY = "⚠ "
#: Rows painted again (the same people stay listed as a name is typed) reuse their
#: laid-out text: a row cost ~0.45 ms to paint at 100k, a third of a keystroke.
_TEXT_CACHE_SIZE = 512


class Row(NamedTuple):
    """One result as the list shows it."""

    participant_id: str
    name: str  # with the name in Latin script in brackets, when there is one
    details: str  # country · category · organisation
    status: str  # "✔ checked in 8:42 AM", or ""

    @property
    def text(self) -> str:
        """Everything the row shows, for tests and screen readers."""
        return " ".join(filter(None, (self.name, self.details, self.status)))


class _Rows(QAbstractListModel):
    """The rows of the current search, replaced as a whole."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def replace(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.participant_id
        return None


class _TwoLineDelegate(QStyledItemDelegate):
    """Name in bold on the first line; country · category · organisation below;
    a green "checked in" note on the right for people already in."""

    def __init__(self, rows: _Rows, parent=None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._bold: dict[str, QFont] = {}
        self._texts: dict[tuple, QStaticText] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(option.rect.width(), int(height * 2.6) + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        number = index.row()
        row = self._rows.rows[number]
        painter.save()
        selected = bool(option.state & _SELECTED)
        palette, font = option.palette, option.font
        if selected:
            painter.fillRect(option.rect, palette.highlight())
        elif number % 2:
            painter.fillRect(option.rect, palette.alternateBase())
        rect = option.rect.adjusted(8, 4, -8, -4)
        text_colour = (palette.highlightedText() if selected else palette.text()).color()
        status_width = 0
        half = rect.height() // 2
        if row.status:  # laid out once per text, like the rest
            static = self._static(row.status, None, font)
            width = static.size().width()
            status_width = int(width) + 12
            painter.setFont(font)
            other_day = row.status.startswith(OTHER_DAY)
            painter.setPen(_WHITE if selected else _OTHER_DAY if other_day else _CHECKED_IN)
            painter.drawStaticText(rect.right() + 1 - width, rect.top(), static)
        painter.setPen(text_colour if selected else _DETAILS)
        self._draw(painter, font, row.details, rect.left(), rect.top() + half, rect.width(), half)
        bold = self._bold_of(font)
        painter.setPen(text_colour)
        width = rect.width() - status_width
        self._draw(painter, bold, row.name, rect.left(), rect.top(), width, half)
        painter.restore()

    def _draw(self, painter: QPainter, font: QFont, text: str, x, y, width, height) -> None:
        """``text`` elided to ``width``, centred vertically in the line at ``y``."""
        painter.setFont(font)
        static = self._static(text, width, font)
        painter.drawStaticText(x, y + (height - static.size().height()) / 2, static)

    def _static(self, text: str, width: int | None, font: QFont) -> QStaticText:
        """``text`` laid out in ``font``, elided to ``width`` (None: whole), remembered."""
        key = (text, width, font.key())
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) >= _TEXT_CACHE_SIZE:
                self._texts.clear()
            if width is not None:
                text = QFontMetrics(font).elidedText(text, _ELIDE, width)
            static = self._texts[key] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
        return static

    def _bold_of(self, font: QFont) -> QFont:
        key = font.key()
        bold = self._bold.get(key)
        if bold is None:
            bold = self._bold[key] = bold_of(font)
        return bold


def bold_of(font: QFont) -> QFont:
    """The name's font: the row's, bold and 10 % larger.

    The style sheet gives the list a *pixel* size, so ``pointSizeF()`` is -1
    there; scaling it printed a Qt warning per row painted and left the size
    unchanged."""
    bold = QFont(font)
    bold.setBold(True)
    if font.pixelSize() > 0:
        bold.setPixelSize(round(font.pixelSize() * 1.1))
    elif font.pointSizeF() > 0:
        bold.setPointSizeF(font.pointSizeF() * 1.1)
    return bold


class ResultList(QListView):
    chosen = Signal(str)  # participant id (double-click, or Enter in the scan field)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the scan field
        self._rows = _Rows(self)
        self.setModel(self._rows)
        self.setItemDelegate(_TwoLineDelegate(self._rows, self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a scroll bar that comes and goes with the number of matches
        # re-lays out and repaints the list twice on the keystroke that crosses it.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setUniformItemSizes(True)  # every row is two lines: no per-row size pass
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.activated.connect(
            lambda index: self.chosen.emit(self._rows.rows[index.row()].participant_id)
        )
        self.navigated = False  # True once the operator moved through the list
        self._empty_text = ""

    def count(self) -> int:
        return len(self._rows.rows)

    def clear(self) -> None:
        self._rows.replace([])

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentIndex(self._rows.index(row))

    def set_empty_text(self, text: str) -> None:
        """What the list says while it has no rows (a hint, or "no one matches")."""
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._rows.rows or not self._empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(
            self.viewport().rect().adjusted(12, 12, -12, -12),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self._empty_text,
        )
        painter.end()

    def show_results(
        self,
        results: list[tuple[Participant, CheckIn | None]],
        event: EventConfig,
        language: str,
        day: dt.date | None = None,
    ) -> None:
        """``day``: the day served; people registered for other days only say which."""
        self.navigated = False
        self._rows.replace(
            [self._row(person, checkin, event, language, day) for person, checkin in results]
        )
        # Lay the rows out now rather than on the view's zero-time timer, so that the
        # list is painted in the same paint pass as the keystroke in the scan field.
        self.executeDelayedItemsLayout()

    def _row(
        self,
        person: Participant,
        checkin: CheckIn | None,
        event: EventConfig,
        language: str,
        day: dt.date | None = None,
    ) -> Row:
        parts = [  # the short ones first: a long organisation is cut, not they
            formatting.country(person, language),
            formatting.category_label(event, person.category, language),
            formatting.own_direction(person.organisation),
        ]
        name = formatting.own_direction(person.display_name)
        if person.name_latin:
            name += f"  ({person.name_latin})"
        status = ""
        if checkin is not None:
            time = formatting.isolated(formatting.local_time(checkin.at, event, language))
            status = "✔ " + self.tr("checked in {time}").format(time=time)
        elif day is not None and not person.registered_for(day):  # Enter would be amber
            days = ", ".join(format_date(d, "d MMM", locale=language) for d in person.days)
            status = OTHER_DAY + self.tr("{days} only").format(days=days)
        return Row(person.id, name, " · ".join(p for p in parts if p), status)

    def row_text(self, row: int) -> str:
        """Everything a row shows, for tests and accessibility."""
        return self._rows.rows[row].text

    def move(self, step: int) -> None:
        if not self.count():
            return
        row = self.currentRow()
        row = 0 if row < 0 else max(0, min(self.count() - 1, row + step))
        self.setCurrentRow(row)
        self.navigated = True

    def mousePressEvent(self, event) -> None:
        """A row clicked is the one chosen, as one reached with the arrow keys: Enter,
        F2, Ctrl+P act on it (it looked highlighted, and Enter took the first row)."""
        super().mousePressEvent(event)
        if self.indexAt(event.position().toPoint()).isValid():
            self.navigated = True

    def highlight_first(self) -> None:
        if self.count():
            self.setCurrentRow(0)
            self.navigated = True

    def chosen_id(self) -> str | None:
        row = self.currentRow()
        if row < 0 or not self.navigated:
            return None
        return self._rows.rows[row].participant_id
