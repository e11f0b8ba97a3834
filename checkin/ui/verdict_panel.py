"""The large verdict panel: colour *and* icon *and* words, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from checkin.domain.model import EventConfig
from checkin.domain.rules import Status, Verdict
from checkin.service.desk import UNNAMED_OPERATOR
from checkin.ui import formatting, texts
from checkin.ui.text_fit import breakable, elided_lines

BACKGROUND = {"ok": "#1b6e34", "warning": "#a85a00", "error": "#b3261e", "idle": "#37474f"}
STYLE = "".join(
    f'#verdictPanel[severity="{name}"] {{ background: {colour}; border-radius: 12px; }}'
    for name, colour in BACKGROUND.items()
) + (
    # An earlier verdict while the operator types a new name: greyed, so that its colour
    # is not taken for the person being looked for (see set_stale).
    '#verdictPanel[stale="true"] { background: #607d8b; }'
    "#verdictPanel QLabel { color: white; }"
    "#verdictIcon { font-size: 64px; min-width: 90px; }"
    "#verdictTitle { font-size: 34px; font-weight: bold; }"
    "#verdictAdvice { font-size: 17px; }"
    "#verdictName { font-size: 40px; font-weight: bold; }"
    '#verdictName[compact="true"] { font-size: 30px; }'  # see VerdictPanel._fit
    "#verdictLatin { font-size: 22px; }"
    "#verdictOrganisation { font-size: 19px; }"
    "#verdictDetails { font-size: 16px; }"
    "#verdictBadge { font-size: 14px; }"
    "#verdictPanel QLabel#flagChip { background: #ffd600; color: #1a1a1a; font-size: 20px;"
    " font-weight: bold; border-radius: 6px; padding: 4px 12px; }"
    "#verdictPanel QPushButton { font-size: 15px; padding: 8px 16px; }"
)
MINIMUM_SIZE = QSize(420, 380)  # room for the words of any verdict at 1366×768
PREFERRED_SIZE = QSize(720, 560)
ICON = {"ok": "✔", "warning": "⚠", "error": "✖", "idle": "⌁"}


class VerdictPanel(QFrame):
    admit_anyway_requested = Signal(str)  # participant id
    undo_requested = Signal(str)  # participant id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.verdict: Verdict | None = None
        self._event: EventConfig | None = None
        self._language = "en"
        self._not_saved: Exception | None = None  # why the red "not saved" panel is shown
        self._not_saved_name = ""
        self._organisation = ""  # the organisation line in full (it may be shown elided)

        self.icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="verdictIcon")
        self.title = QLabel(objectName="verdictTitle", wordWrap=True)
        self.advice = QLabel(objectName="verdictAdvice", wordWrap=True)
        self.name = QLabel(objectName="verdictName", wordWrap=True)
        self.latin = QLabel(objectName="verdictLatin", wordWrap=True)
        self.organisation = QLabel(objectName="verdictOrganisation", wordWrap=True)
        self.details = QLabel(objectName="verdictDetails", wordWrap=True)
        self.badge_line = QLabel(objectName="verdictBadge", wordWrap=True)
        self.category = QLabel(objectName="verdictCategory")
        self.flags_row = QHBoxLayout()
        self.flags_row.setSpacing(8)
        self.admit_button = QPushButton(objectName="admitAnyway")
        self.undo_button = QPushButton(objectName="undoCheckin")
        self.admit_button.clicked.connect(self.request_admit_anyway)
        self.undo_button.clicked.connect(self.request_undo)
        for button in (self.admit_button, self.undo_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps focus

        header = QHBoxLayout()
        header.addWidget(self.icon)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.advice)
        header.addLayout(words, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.admit_button)
        actions.addWidget(self.undo_button)

        # The words live in ``body``, which the panel places itself (resizeEvent), with
        # no layout of its own: a new verdict's text re-lays out the body alone. In a
        # layout, every verdict re-laid out the whole window (the panel's new size
        # hint went up through the splitter to the window's minimum size), a few ms
        # of each scan (benchmarks/RESULTS.md).
        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(header)
        layout.addSpacing(12)
        layout.addLayout(self.flags_row)
        layout.addWidget(self.name)
        layout.addWidget(self.latin)
        layout.addWidget(self.organisation)
        layout.addWidget(self.category, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.badge_line)
        layout.addStretch(1)
        layout.addLayout(actions)
        self.setMinimumSize(MINIMUM_SIZE)
        self.setStyleSheet(STYLE)
        self._flags_shown: list[str] | None = None  # the chips in flags_row
        self.show_idle()

    def sizeHint(self) -> QSize:
        return PREFERRED_SIZE

    def _text_width(self) -> int:
        margins = self.body.layout().contentsMargins()
        return max(100, self.contentsRect().width() - margins.left() - margins.right())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.body.setGeometry(self.contentsRect())
        self._fit()

    def _fit(self) -> None:
        """Keep the whole name on a small screen (1024×700), where a long name and a
        long organisation need more height than the panel has and the layout used to
        squeeze the name's last line away. The title, the name, the chips, the
        category and the details keep their room; what gives way, in this order:
        the badge line, the organisation's lines beyond two, then beyond one, and
        last the name's size (which gives the organisation back what then fits).
        Most verdicts fit at once: one height computation, which the panel's own
        layout pass then reuses."""
        self._unfit()
        if self.verdict is None or self.verdict.participant is None:
            return
        layout, width, room = self.body.layout(), self.body.width(), self.body.height()
        if room <= 0 or layout.totalHeightForWidth(width) <= room:
            return
        font, text_width = self.organisation.font(), self._text_width()

        def organisation_in(lines: int) -> None:
            self.organisation.setText(elided_lines(self._organisation, font, text_width, lines))

        def fits() -> bool:
            return layout.totalHeightForWidth(width) <= room

        self.badge_line.hide()
        if fits():
            return
        for lines in (2, 1):
            organisation_in(lines)
            if fits():
                return
        self._set_compact(True)  # a smaller name: the organisation may have room again
        for lines in (3, 2):
            organisation_in(lines)
            if fits():
                return
        organisation_in(1)

    def _unfit(self) -> None:
        """Everything shown in full again, before fitting for a new size or verdict."""
        self._set_compact(False)
        if self.organisation.text() != self._organisation:
            self.organisation.setText(self._organisation)
        self.badge_line.setVisible(bool(self.badge_line.text()))

    def _set_compact(self, compact: bool) -> None:
        if bool(self.name.property("compact")) != compact:
            self.name.setProperty("compact", compact)
            self.name.style().unpolish(self.name)
            self.name.style().polish(self.name)

    # -- showing ------------------------------------------------------------------

    def show_idle(self) -> None:
        self._not_saved = None
        self._show_message("idle", self.tr("Ready"), self.tr("Scan a badge or type a name."))

    def show_not_saved(self, error: Exception, name: str = "") -> None:
        """Take back a green verdict whose check-in could not be committed; ``name``:
        whose it was (the operator must know whom to check in again)."""
        self._not_saved, self._not_saved_name = error, name
        self._show_message("error", self.tr("Check-in not saved"), texts.error_message(error))
        if name:
            self.name.setText(breakable(name, self.name.fontMetrics(), self._text_width()))
            self._set_details(self.tr("Once that is fixed, scan this badge again."))

    def _show_message(self, severity: str, title: str, advice: str) -> None:
        self.verdict = None
        self._paint(severity)
        self.icon.setText(ICON[severity])
        self.title.setText(title)
        self.advice.setText(advice)
        for label in (
            self.name,
            self.latin,
            self.organisation,
            self.details,
            self.category,
            self.badge_line,
        ):
            label.clear()
        self._organisation = ""
        self.category.hide()
        self._set_flags([])
        self.admit_button.hide()
        self.undo_button.hide()

    def show_verdict(self, verdict: Verdict, event: EventConfig, language: str) -> None:
        self.verdict, self._event, self._language = verdict, event, language
        self._not_saved = None
        self._paint(verdict.severity)
        self.icon.setText(ICON[verdict.severity])
        self.title.setText(texts.status_title(verdict.status))
        self.advice.setText(_advice(verdict, language))
        person = verdict.participant
        if person is None:
            for label in (self.name, self.latin, self.organisation, self.category):
                label.clear()
            self._organisation = ""
            self.category.hide()
            self._set_flags([])
        else:
            metrics, width = self.name.fontMetrics(), self._text_width()
            self.name.setText(breakable(person.display_name, metrics, width))
            latin = person.name_latin if person.name_latin != person.display_name else ""
            self.latin.setText(latin)
            self.latin.setVisible(bool(latin))
            parts = [person.title, person.organisation, formatting.country(person, language)]
            self._organisation = " — ".join(p for p in parts if p)
            self.organisation.setText(self._organisation)
            colour = formatting.category_colour(event, person.category)
            self.category.setText(formatting.category_label(event, person.category, language))
            if self.category.property("colour") != colour:  # a new style sheet costs ms
                self.category.setProperty("colour", colour)
                self.category.setStyleSheet(
                    f"background: {colour}; color: white; border: 2px solid white;"
                    "border-radius: 6px; padding: 4px 10px; font-weight: bold;"
                )
            self.category.show()
            self._set_flags(sorted(person.flags, key=_flag_order))
        self._set_details(self._details(verdict, event, language))
        self.admit_button.setVisible(verdict.status is Status.NOT_TODAY)
        self.undo_button.setVisible(verdict.status is Status.OK)
        # (Everything shown was just set in the current language; the buttons'
        # texts change only with it, in retranslate().)

    def _set_details(self, text: str) -> None:
        self.details.setText(text)
        self.details.setVisible(bool(text))  # no empty gap above the badge line

    def set_badge_summary(self, text: str) -> None:
        """The badge line, the last part of a verdict to be set: then the panel fits."""
        self.badge_line.setText(text)
        self._fit()

    def retranslate(self, language: str | None = None) -> None:
        """Everything shown, again in the current language: the buttons, and the
        verdict (title, advice, category, country, times, flags) or the message.
        Only on a language change: the scan path never comes here."""
        self.admit_button.setText(self.tr("Admit anyway (F2)"))
        self.undo_button.setText(self.tr("Undo check-in (Ctrl+Z)"))
        if language is not None:
            self._language = language
        if self.verdict is not None and self._event is not None:
            self.show_verdict(self.verdict, self._event, self._language)
            for index in range(self.flags_row.count()):
                chip = self.flags_row.itemAt(index).widget()
                if chip is not None and chip.property("flag"):
                    chip.setText(texts.flag_word(chip.property("flag")).upper())
                    chip.setAccessibleName(texts.flag_word(chip.property("flag")))
        elif self._not_saved is not None:
            self.show_not_saved(self._not_saved, self._not_saved_name)
        elif self.verdict is None:
            self.show_idle()
        self._fit()

    # -- parts ----------------------------------------------------------------------

    def _details(self, verdict: Verdict, event: EventConfig, language: str) -> str:
        lines = []
        if verdict.previous is not None:
            prev = verdict.previous
            time = formatting.local_time(prev.at, event, language)
            named = prev.desk_name not in ("", prev.desk)  # an unnamed desk records its id
            desk = prev.desk_name if named else self.tr("{id} (no name set)").format(id=prev.desk)
            if prev.operator in ("", UNNAMED_OPERATOR):
                line = self.tr("First checked in at {time} at desk {desk}.")
            else:
                line = self.tr("First checked in at {time} at desk {desk} by {operator}.")
            lines.append(line.format(time=time, desk=desk, operator=prev.operator))
        if verdict.read and verdict.status in (Status.UNKNOWN, Status.INVALID):
            read = verdict.read if len(verdict.read) <= 60 else verdict.read[:59] + "…"
            lines.append(self.tr("Read: {text}").format(text=read))
        if verdict.checkin is not None and verdict.checkin.admitted_not_registered:
            lines.append(self.tr("Admitted although not registered for this day."))
        if verdict.status is Status.SUPERSEDED and verdict.participant is not None:
            lines.append(
                self.tr("Badge {presented} presented; the current badge is {current}.").format(
                    presented=verdict.presented_version,
                    current=verdict.participant.badge_version,
                )
            )
        if verdict.repaired_from:
            lines.append(self.tr("Read through the scanner's keyboard-layout correction."))
        if verdict.participant is not None and verdict.participant.notes:
            lines.append(self.tr("Note: {note}").format(note=verdict.participant.notes))
        return "\n".join(lines)

    def _set_flags(self, flags: list[str]) -> None:
        if flags == self._flags_shown:
            return  # most scans: no chips before, none now (no layout work for nothing)
        self._flags_shown = list(flags)
        while self.flags_row.count():
            chip = self.flags_row.takeAt(0).widget()
            if chip is not None:
                chip.hide()  # at once: deleteLater waits for the event loop
                chip.deleteLater()
        for flag in flags:
            chip = QLabel(texts.flag_word(flag).upper(), objectName="flagChip")
            chip.setProperty("flag", flag)
            chip.setAccessibleName(texts.flag_word(flag))
            self.flags_row.addWidget(chip)
            chip.show()  # now, not when the layout's queued show comes: _fit counts it
        self.flags_row.addStretch(1)

    def set_stale(self, stale: bool) -> None:
        """Grey the verdict shown (a new search began) or give it its colour back."""
        if bool(self.property("stale")) == stale or self.property("severity") == "idle":
            return
        if stale and self._not_saved is not None:  # "not saved" stays red until dealt with
            return
        self.setProperty("stale", stale)
        self.style().unpolish(self)
        self.style().polish(self)
        # A greyed verdict is no longer the one F2 would act on: no button says so.
        self.admit_button.setVisible(
            not stale and self.verdict is not None and self.verdict.status is Status.NOT_TODAY
        )

    @property
    def stale(self) -> bool:
        """The verdict shown is greyed: a search began after it."""
        return bool(self.property("stale"))

    def _paint(self, severity: str) -> None:
        """Switch colours through the ``severity`` property: the style sheet is set once
        (in ``__init__``); re-polishing is far cheaper than a new style sheet per scan."""
        self.setProperty("severity", severity)
        self.setProperty("stale", False)
        self.style().unpolish(self)
        self.style().polish(self)

    def request_admit_anyway(self) -> None:
        """Admit the person of the verdict shown, unless it is greyed (see ``stale``)."""
        if self.verdict and self.verdict.participant and not self.stale:
            self.admit_anyway_requested.emit(self.verdict.participant.id)

    def request_undo(self) -> None:
        if self.verdict and self.verdict.participant:
            self.undo_requested.emit(self.verdict.participant.id)


def _flag_order(flag: str) -> int:
    order = ("see_supervisor", "vip", "protocol", "speaker")
    return order.index(flag) if flag in order else len(order)


def _advice(verdict: Verdict, language: str) -> str:
    """What to do: the status's advice, with the days a person not expected today is."""
    person = verdict.participant
    if verdict.needs_supervisor:
        return texts.supervisor_advice()
    if verdict.status is Status.NOT_TODAY and person is not None and person.days:
        days = ", ".join(formatting.long_day(day, language) for day in person.days)
        return texts.other_days_advice(days)
    return texts.status_advice(verdict.status)
