"""The desk page's bottom line: how many are in for the day, and at this desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from checkin.service.desk import DeskCounts
from checkin.ui import formatting


class CountsLabel(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="counts")

    def show_counts(self, figures: DeskCounts, language: str) -> None:
        self.setText(
            QCoreApplication.translate(
                "DeskPage",
                "Checked in for this day: {checked} of {registered} · at this desk: {desk}",
            ).format(
                checked=formatting.number(figures.checked_in, language),
                registered=formatting.number(figures.registered, language),
                desk=formatting.number(figures.this_desk, language),
            )
        )
