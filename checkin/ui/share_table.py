"""A breakdown table of the attendance window: who is here, of how many registered.

One row per category, country or desk; the share column is drawn as a bar
behind its percentage, so the categories still missing half their people
stand out from across the room.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from checkin.service.attendance import Share
from checkin.ui import formatting

SHARE_ROLE = Qt.ItemDataRole.UserRole + 1
SHARE_BAR = QColor("#c8e6c9")


class ShareBarDelegate(QStyledItemDelegate):
    """Paints the row's share (0–100, in :data:`SHARE_ROLE`) as a bar under the text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        share = index.data(SHARE_ROLE)
        if share is not None:
            rect: QRect = option.rect.adjusted(2, 3, -2, -3)
            width = int(rect.width() * min(max(float(share), 0.0), 100.0) / 100)
            if option.direction == Qt.LayoutDirection.RightToLeft:
                rect.setLeft(rect.right() - width)
            else:
                rect.setWidth(width)
            painter.fillRect(rect, SHARE_BAR)
        super().paint(painter, option, index)


class ShareTable(QTableWidget):
    """Rows of (label, :class:`Share`, colour or None); a share column when registered
    counts are given."""

    def __init__(self, name: str, *, with_registered: bool, parent: QWidget | None = None) -> None:
        super().__init__(0, 4 if with_registered else 2, parent, objectName=name)
        self.with_registered = with_registered
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if with_registered:  # room for the bar to read as one
            self.setItemDelegateForColumn(3, ShareBarDelegate(self))
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(3, self.fontMetrics().horizontalAdvance("100 %") * 2 + 16)

    def set_titles(self, titles: list[str]) -> None:
        self.setHorizontalHeaderLabels(titles[: self.columnCount()])

    def show_rows(self, rows: list[tuple[str, Share, QColor | None]], language: str) -> None:
        self.setRowCount(len(rows))
        for row, (label, share, colour) in enumerate(rows):
            name = QTableWidgetItem(label)
            name.setToolTip(label)
            if colour is not None:
                name.setData(Qt.ItemDataRole.DecorationRole, colour)
            self.setItem(row, 0, name)
            self.setItem(row, 1, _number(formatting.number(share.here, language)))
            if self.with_registered:
                registered = share.registered or 0
                self.setItem(row, 2, _number(formatting.number(registered, language)))
                percent = share.percent
                item = _number(formatting.percent(percent, language) if percent is not None else "")
                item.setData(SHARE_ROLE, percent)
                self.setItem(row, 3, item)

    def row_texts(self) -> list[list[str]]:
        """What the table shows, cell by cell (for tests and screen readers)."""
        return [
            [self.item(r, c).text() if self.item(r, c) else "" for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]


def _number(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
