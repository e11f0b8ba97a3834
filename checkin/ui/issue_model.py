"""Validation issues as a table model: a 100,000-row list can have as many warnings,
so rows are formatted only when the view paints them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from checkin.importing.issues import Issue
from checkin.ui.import_texts import issue_message

ERROR_COLOUR = QColor("#b3261e")


class IssueModel(QAbstractTableModel):
    """Columns: row number (as in Excel), error or warning, the message."""

    def __init__(
        self, category_label: Callable[[str], str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.issues: list[Issue] = []
        self.category_label = category_label

    def set_issues(self, issues: list[Issue]) -> None:
        self.beginResetModel()
        self.issues = sorted(issues, key=lambda i: (not i.is_error, i.row))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Row"), self.tr("Kind"), self.tr("What to check"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        issue = self.issues[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return issue.row
            if index.column() == 1:
                return self.tr("Error") if issue.is_error else self.tr("Warning")
            return issue_message(issue, self.category_label)
        if role == Qt.ItemDataRole.ForegroundRole and issue.is_error:
            return QBrush(ERROR_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return issue_message(issue, self.category_label)
        return None
