"""A one-line label cut with "…" at a width, its whole text in the tooltip.

The status bar's labels (desk and operator, "Print the badge of …?") hold
names of any length; at their full width they pushed the bar's other parts
off a 1024-pixel screen. Cut, they keep their place; the tooltip says it all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class ElidedLabel(QLabel):
    def __init__(self, parent=None, *, name: str = "", width: int = 300) -> None:
        super().__init__(parent, objectName=name)
        self.limit = width

    def set_full_text(self, text: str) -> None:
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, self.limit)
        self.setText(shown)
        self.setToolTip(text if shown != text else "")
