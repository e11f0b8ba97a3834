"""One participant's badge: preview, print, save as PDF, replace.

The preview is the very PDF that will be printed, rendered by QPdfDocument,
so what the operator sees is what comes out of the printer. The dialog also
shows the badge's version, how many times it was replaced (and why) and when
it was last printed, which is what a badge desk is asked about.
"""

from __future__ import annotations

import errno
import logging
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.domain.badges import BadgeHistory
from checkin.domain.model import Participant
from checkin.service import badges as badge_ops
from checkin.ui import formatting
from checkin.ui.badge_printing import (
    BadgePrinting,
    PrintOutcome,
    badge_error_message,
    badge_summary,
)
from checkin.ui.context import AppContext
from checkin.ui.dialog_scans import ScanGuard
from checkin.ui.pin_dialog import supervisor_allows
from checkin.ui.printer_choice import PrinterChoice
from checkin.ui.printing import render_page
from checkin.ui.replace_dialog import ReplaceDialog

log = logging.getLogger(__name__)
PREVIEW_WIDTH = 340


def scripts_of(characters: str) -> str:
    """The scripts of ``characters`` by their Unicode names ("Tibetan, Mongolian"): the
    characters themselves would show as boxes, the screen having no font for them either."""
    names = {unicodedata.name(ch, "").split(" ", 1)[0] for ch in characters if ch.isalpha()}
    return ", ".join(sorted(name.title() for name in names if name)) or "?"


class BadgeDialog(QDialog):
    """Emits ``printed`` after the printer accepted the badge, ``replaced`` after a replacement."""

    printed = Signal(object)  # PrintOutcome
    replaced = Signal(object)  # service.badges.Replacement

    def __init__(
        self, context: AppContext, participant: Participant, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.participant = participant
        self.history: BadgeHistory | None = None
        self.pdf = b""
        self.closed = False  # results of background work arriving later are dropped
        self.scan_guard = ScanGuard(self, context.desk.is_complete_code)  # prints nothing
        self.printing = BadgePrinting(context, self)
        self.printing.printed.connect(self._printed)
        self.printing.failed.connect(self._print_failed)

        self.preview = QLabel(objectName="badgePreview", alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * 1.42))
        self.preview.setStyleSheet("background: #e0e0e0; border: 1px solid #9e9e9e;")
        self.name = QLabel(objectName="badgeName", wordWrap=True)
        self.name.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.status = QLabel(objectName="badgeStatus", wordWrap=True)
        self.details = QLabel(objectName="badgeHistory", wordWrap=True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.choice = PrinterChoice(context.desk)
        self.choice.layout_changed.connect(lambda _layout: self.render_preview())
        self.message = QLabel(objectName="badgeMessage", wordWrap=True)
        self.print_button = QPushButton(self.tr("Print"), objectName="printBadge")
        self.print_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel printing"), objectName="cancelPrint")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.printing.cancel)
        self.printing.busy_changed.connect(self.cancel_button.setVisible)
        self.save_button = QPushButton(self.tr("Save as PDF…"), objectName="saveBadge")
        self.replace_button = QPushButton(self.tr("Replace badge…"), objectName="replaceBadge")
        close_button = QPushButton(self.tr("Close"), objectName="closeBadge")
        self.print_button.clicked.connect(self.print_badge)
        self.save_button.clicked.connect(self.save_pdf)
        self.replace_button.clicked.connect(self.replace_badge)
        close_button.clicked.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(self.name)
        side.addWidget(self.status)
        side.addWidget(self.details)
        side.addSpacing(8)
        side.addWidget(self.choice)
        side.addWidget(self.message)
        side.addStretch(1)
        buttons = (
            self.print_button,
            self.cancel_button,
            self.save_button,
            self.replace_button,
            close_button,
        )
        for button in buttons:
            side.addWidget(button)
        layout = QHBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addLayout(side, 1)
        self.setWindowTitle(self.tr("Badge — {name}").format(name=participant.display_name))
        self.choice.printer_changed.connect(
            lambda printer: self.print_button.setEnabled(bool(printer) and not self.printing.busy)
        )
        if not self.choice.has_printer():
            self.print_button.setEnabled(False)
        if not self.choice.has_printer() and not self.choice.missing:
            self._show_error(
                self.tr(
                    "No printer is installed on this computer. You can save the badge as a PDF."
                )
            )
        self.resize(760, 560)
        self.refresh()
        # Focus on a button, not on the layout list: a badge scanned by reflex must
        # not pick the layout by its letters ("C…" is CR80 plastic cards).
        (self.print_button if self.print_button.isEnabled() else self.save_button).setFocus()

    # -- showing --------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the participant and their badge history, then the preview."""
        desk = self.context.desk
        try:
            self.participant = badge_ops.participant(desk, self.participant.id)
            self.history = badge_ops.history(desk, self.participant.id)
        except Exception as error:
            self._show_error(badge_error_message(error))
            return
        self.name.setText(self.participant.display_name)
        self._show_history()
        self.render_preview()

    def _show_history(self) -> None:
        history = self.history
        if history is None:
            return
        event, language = self.context.desk.event, self.context.language
        self.status.setText(badge_summary(history))
        lines = []
        for record in history.replacements:
            lines.append(
                self.tr("Replaced ({reason}) on {time} by {operator}{note}").format(
                    reason=self.reason_word(record.reason),
                    time=formatting.local_date_time(record.at, event, language),
                    operator=record.operator,
                    note=f" — {record.note}" if record.note else "",
                )
            )
        printed = [p for p in history.prints if p.version == history.version]
        if printed:
            last = printed[-1]
            lines.append(
                self.tr("This badge was printed on {time} ({layout}).").format(
                    time=formatting.local_date_time(last.at, event, language), layout=last.layout
                )
            )
        else:
            lines.append(self.tr("This badge has not been printed yet."))
        self.details.setText("\n".join(lines))

    def reason_word(self, reason: str) -> str:
        return {
            "lost": self.tr("lost"),
            "damaged": self.tr("damaged"),
            "name_correction": self.tr("details corrected"),
            "other": self.tr("other"),
        }.get(reason, reason)

    def render_preview(self) -> None:
        desk, person, layout = self.context.desk, self.participant, self.choice.badge_layout()
        self.context.runner.run(
            lambda: badge_ops.render(desk, [person], layout=layout),
            self._show_preview,
            lambda error: self._show_error(badge_error_message(error)),
        )

    def _show_preview(self, rendered: badge_ops.RenderedBadges) -> None:
        if self.closed:
            return
        pdf = self.pdf = rendered.pdf
        blank = rendered.unprintable.get(self.participant.id)
        if blank:  # a script no bundled font has, and no Latin spelling to print instead
            self._show_error(
                self.tr(
                    "No font on this desk has the {scripts} letters of this badge: they print "
                    "blank. Correct the name or the organisation with Replace badge › details "
                    "corrected (a name can be given its Latin spelling there)."
                ).format(scripts=scripts_of(blank))
            )
        try:
            image = render_page(pdf, 0, round(PREVIEW_WIDTH * self.devicePixelRatio()))
        except Exception as error:
            self._show_error(badge_error_message(error))
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatio())
        self.preview.setPixmap(pixmap)

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)

    def _show_error(self, text: str) -> None:
        if self.closed:
            return
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.message.setText(text)

    def _show_info(self, text: str) -> None:
        self.message.setStyleSheet("color: #1b4d2b; font-weight: bold;")
        self.message.setText(text)

    # -- acting ---------------------------------------------------------------------

    def print_badge(self) -> None:
        if not self.choice.has_printer():  # none installed, or the desk's is missing
            return
        try:
            self.choice.remember()
        except Exception as error:  # settings not saved: still print with the choice
            self._show_error(badge_error_message(error))
        self.print_button.setEnabled(False)
        self._show_info(self.tr("Printing…"))
        self.printing.print_badges([self.participant], layout=self.choice.badge_layout())

    def _printed(self, outcome: PrintOutcome) -> None:
        if self.closed:
            return
        self.print_button.setEnabled(self.choice.has_printer())
        self.refresh()
        self._show_info(self.printing.done_message(outcome))
        self.printed.emit(outcome)

    def _print_failed(self, text: str) -> None:
        if self.closed:
            return
        self.print_button.setEnabled(self.choice.has_printer())
        self._show_error(text)

    def save_pdf(self) -> None:
        if not self.pdf:
            return
        suggested = f"badge-{self.participant.id}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save badge as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> bool:
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            log.warning("badge PDF not saved to %s: %s", path, error)
            self._show_error(self.tr("The file could not be saved: {reason}").format(
                reason=self.os_reason(error)
            ))
            return False
        self._show_info(self.tr("Saved to {path}.").format(path=path))
        return True

    def os_reason(self, error: OSError) -> str:
        """The operating system's reason in the operator's words (its own are English)."""
        if isinstance(error, PermissionError):
            return self.tr("this folder may not be written to.")
        if isinstance(error, (FileNotFoundError, NotADirectoryError)):
            return self.tr("the folder does not exist.")
        if isinstance(error, IsADirectoryError):
            return self.tr("a folder has this name.")
        if error.errno == errno.ENOSPC:
            return self.tr("the disk is full.")
        return self.tr("the disk or the folder refused it.")

    def replace_badge(self, *, pin_given: bool = False) -> None:
        """``pin_given``: the supervisor PIN was asked for just before (Ctrl+Shift+R)."""
        if not pin_given and not supervisor_allows(
            self.context.desk, replacing_needs_pin(), self, self.scan_guard.take
        ):
            return
        dialog = ReplaceDialog(self.context.desk, self.participant, self.history, self)
        if not dialog.exec() or dialog.replacement is None:
            if dialog.scan_guard.scanned:  # the next delegate's badge: this dialog closes too
                self.scan_guard.take(dialog.scan_guard.scanned)
            return
        self.replaced.emit(dialog.replacement)
        self.refresh()
        self._show_info(
            self.tr("Badge replaced: version {version}. The old badge no longer admits.").format(
                version=dialog.replacement.version
            )
        )
        if dialog.print_now.isChecked() and self.choice.has_printer():
            self.print_badge()


def replacing_needs_pin() -> str:
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
    return translate("BadgeDialog", "Replacing a badge needs the supervisor PIN.")
