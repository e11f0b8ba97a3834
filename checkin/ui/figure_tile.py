"""One large figure with its caption and a line under it (the attendance window's tiles)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class FigureTile(QFrame):
    def __init__(self, name: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#{name} {{ border: 1px solid #cfd8dc; border-top: 4px solid {colour};"
            " border-radius: 4px; background: #fafbfc; }"
        )
        self.caption = QLabel(objectName=f"{name}Caption")
        self.caption.setStyleSheet("font-size: 14px; color: #37474f;")
        self.value = QLabel(objectName=f"{name}Value")
        self.value.setStyleSheet(f"font-size: 34px; font-weight: bold; color: {colour};")
        self.detail = QLabel(objectName=f"{name}Detail", wordWrap=True)
        self.detail.setStyleSheet("color: #546e7a;")
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 8, 14, 10)
        column.setSpacing(2)
        column.addWidget(self.caption)
        column.addWidget(self.value)
        column.addWidget(self.detail)
        column.addStretch(1)  # tiles side by side keep their figures on one line

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)

    def show_figure(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
