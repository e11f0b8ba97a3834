"""The desk's badge printing: on check-in, from the participant view, in batches.

Render and print run on the task runner (off the UI thread); recording
BADGE_PRINTED happens back on the UI thread, and only for badges the printer
accepted. A check-in is recorded before any of this starts, so a printer that
is missing, jammed or cancelled costs a message, never a check-in.

A single badge being printed can be cancelled (:meth:`BadgePrinting.cancel`)
until the printer has it; see :mod:`checkin.ui.printing` for how far that goes.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from checkin.domain.badges import BadgeHistory
from checkin.domain.errors import InputError
from checkin.domain.model import Participant
from checkin.domain.rules import Status, Verdict
from checkin.service import badges as badge_ops
from checkin.service.desk import Desk
from checkin.ui import texts
from checkin.ui.context import AppContext
from checkin.ui.printing import PrintError, PrintRequest, print_error_message, print_pdf

translate = QCoreApplication.translate


def badge_error_message(error: Exception) -> str:
    """A translated sentence for a badge or printing problem."""
    if isinstance(error, PrintError):
        return print_error_message(error)
    if isinstance(error, InputError):
        messages = {
            "unknown_participant": translate("Badges", "No participant has this id."),
            "bad_reason": translate("Badges", "Choose why the badge is replaced."),
            "reason_note": translate("Badges", "Say why the badge is replaced."),
            "long_note": translate("Badges", "The note is too long (500 characters at most)."),
            "bad_layout": translate("Badges", "This badge layout is not available."),
            "bad_badge_config": translate(
                "Badges", "The event's badge settings are not valid. Call a supervisor."
            ),
            "no_badges": translate("Badges", "There is no badge to print."),
        }
        if error.code in messages:
            return messages[error.code]
    return texts.error_message(error)


def badge_summary(history: BadgeHistory) -> str:
    """One line for the desk: the badge version and how often it was replaced."""
    if not history.replacement_count:
        return translate("Badges", "Badge version {version}").format(version=history.version)
    return _REPLACED.text(history)


class BadgeSummary(QObject):
    """Holds the plural sentence: lupdate reads a count (``%n``) only from ``self.tr``."""

    def text(self, history: BadgeHistory) -> str:
        return self.tr(
            "Badge version {version} · replaced %n time(s)", "", history.replacement_count
        ).format(version=history.version)


_REPLACED = BadgeSummary()


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    people: tuple[Participant, ...]
    layout: str
    pages: int


def print_job(
    desk: Desk,
    people: Sequence[Participant],
    *,
    layout: str | None = None,
    printer: str = "",
    page_size: str = "",
    output_file: str = "",
    cancel: threading.Event | None = None,
) -> PrintOutcome:
    """Render the badges and print them. Runs on a worker thread: no widgets here."""
    cancel = cancel or threading.Event()
    rendered = badge_ops.render(desk, people, layout=layout)
    if cancel.is_set():
        raise PrintError("cancelled")
    first = rendered.participants[0]
    name = f"badge-{first.id}" if len(people) == 1 else f"badges-{len(people)}"
    request = PrintRequest(rendered.pdf, printer, page_size, name, output_file, cancel)
    pages = print_pdf(request)
    return PrintOutcome(rendered.participants, rendered.layout, pages)


class BadgePrinting(QObject):
    """Prints for the desk page and the dialogs; reports in translated words."""

    printed = Signal(object)  # PrintOutcome, once recorded as printed
    failed = Signal(str)  # what went wrong, for the operator
    busy_changed = Signal(bool)  # a print job started (True) or none is left (False)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._jobs: list[threading.Event] = []

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def warm_up(self) -> None:
        """Parse the badge fonts on a worker now, so the first print is not the slow one."""
        from checkin import badges

        self.context.runner.run(badges.warm_up, lambda _result: None, lambda _error: None)

    def print_badges(
        self, people: Sequence[Participant], *, layout: str | None = None, output_file: str = ""
    ) -> None:
        """Print with this desk's printer, paper and layout (remembered in its settings)."""
        desk = self.context.desk
        settings = desk.settings
        chosen = tuple(people)
        cancel = threading.Event()
        self._jobs.append(cancel)
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self.context.runner.run(
            lambda: print_job(
                desk,
                chosen,
                layout=layout,
                printer=settings.printer,
                page_size=settings.page_size,
                output_file=output_file,
                cancel=cancel,
            ),
            lambda outcome: self._finished(cancel) or self._done(outcome),
            lambda error: self._finished(cancel) or self._failed(error),
        )

    def cancel(self) -> None:
        """Cancel the jobs still being prepared or sent (see the module's docstring)."""
        for job in self._jobs:
            job.set()

    def on_check_in(self, verdict: Verdict) -> str:
        """After a check-in: 'print' when the desk says *always* (printing has started),
        'ask' when it says *ask each time* (the caller asks), else ''."""
        person = verdict.participant
        if verdict.status is not Status.OK or person is None:
            return ""
        mode = self.context.desk.settings.print_on_checkin
        if mode == "ask":
            return "ask"
        if mode != "always":
            return ""
        self.print_badges([person])
        return "print"

    def _finished(self, cancel: threading.Event) -> None:
        if cancel in self._jobs:
            self._jobs.remove(cancel)
            if not self._jobs:
                self.busy_changed.emit(False)

    def _done(self, outcome: PrintOutcome) -> None:
        try:
            badge_ops.record_printed(self.context.desk, outcome.people, layout=outcome.layout)
        except Exception as error:  # printed, but the log could not say so
            self.failed.emit(badge_error_message(error))
            return
        self.printed.emit(outcome)

    def _failed(self, error: Exception) -> None:
        self.failed.emit(badge_error_message(error))

    def done_message(self, outcome: PrintOutcome) -> str:
        if len(outcome.people) == 1:
            return self.tr("Badge sent to the printer for {name}.").format(
                name=outcome.people[0].display_name
            )
        return self.tr("%Ln badge(s) sent to the printer.", "", len(outcome.people))


class BatchPrintJob(QObject):
    """Prints many badges as a series of small jobs, one at a time off the UI thread.

    Each chunk is its own print job, recorded as printed as soon as the
    printer accepts it: a failure or a cancel part-way leaves the rest "not
    yet printed", ready for the next batch with that filter.
    """

    progress = Signal(int, int)  # badges printed so far, total
    finished = Signal(int, str)  # badges printed, '' or a message saying why it stopped

    def __init__(
        self,
        context: AppContext,
        people: Sequence[Participant],
        *,
        layout: str,
        chunk: int = 12,  # three A4 sheets of four
        output_file: str = "",  # a template with {chunk}, to print into PDF files
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.people = tuple(people)
        self.layout = layout
        self.chunk = max(1, chunk)
        self.output_file = output_file
        self.done = 0
        self.cancelled = False
        self.running = False

    def start(self) -> None:
        self.running = True
        self._next()

    def cancel(self) -> None:
        self.cancelled = True

    def _next(self) -> None:
        if self.done >= len(self.people):
            self._finish("")
            return
        if self.cancelled:
            self._finish(print_error_message(PrintError("cancelled")))
            return
        part = self.people[self.done : self.done + self.chunk]
        settings = self.context.desk.settings
        number = self.done // self.chunk + 1
        target = self.output_file.format(chunk=number) if self.output_file else ""
        desk = self.context.desk
        self.context.runner.run(
            lambda: print_job(
                desk,
                part,
                layout=self.layout,
                printer=settings.printer,
                page_size=settings.page_size,
                output_file=target,
            ),
            self._chunk_done,
            lambda error: self._finish(badge_error_message(error)),
        )

    def _chunk_done(self, outcome: PrintOutcome) -> None:
        try:
            badge_ops.record_printed(self.context.desk, outcome.people, layout=outcome.layout)
        except Exception as error:
            self._finish(badge_error_message(error))
            return
        self.done += len(outcome.people)
        self.progress.emit(self.done, len(self.people))
        self._next()

    def _finish(self, message: str) -> None:
        self.running = False
        self.finished.emit(self.done, message)
