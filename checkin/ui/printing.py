"""Printing badge PDFs through Qt's print system, to any printer the OS knows.

reportlab makes the PDF; Qt prints it: :class:`QPdfDocument` renders each page
to an image at the printer's resolution (300 dpi, plenty for badges and cheap
in memory) and a :class:`QPainter` on a :class:`QPrinter` draws it. That works
for every printer driver, where handing a PDF to the spooler works only on
some. QPainter on a QPrinter is allowed off the UI thread, so jobs run on the
:class:`~checkin.ui.tasks.TaskRunner` and the desk never freezes on a slow or
unplugged printer.

Before sending, a printer in an error state (on CUPS: a paused queue, or one
refusing jobs) is refused with a message. After sending, on CUPS, the job is
looked up in the scheduler (:mod:`checkin.ui.cups_queue`) and watched for up
to :data:`WATCH_SECONDS`: a job the queue refused, a queue that stopped, or a
job cancelled or aborted in the OS queue is an error, so the badge is not
recorded as printed. Without CUPS (Windows) only Qt's printer state is known.

A job can be cancelled (``PrintRequest.cancel``) until it has left: while it is
rendered or drawn it is abandoned before the spooler gets it; while it is
watched, it is cancelled in the CUPS queue. Later, only the OS queue can.

Everything that can go wrong ends as a :class:`PrintError` with a code that
:func:`print_error_message` turns into a translated sentence.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRect,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from checkin.ui import cups_queue

translate = QCoreApplication.translate

#: Dots per inch of the page images sent to the printer.
RESOLUTION = 300
#: How long a job sent to CUPS is watched for a refusal, a stop or a cancel (seconds).
WATCH_SECONDS = 2.0

#: Paper a desk may choose (key stored in DeskSettings.page_size); '' = the badge's own size.
PAGE_SIZES: dict[str, QPageSize] = {
    "A4": QPageSize(QPageSize.PageSizeId.A4),
    "A6": QPageSize(QPageSize.PageSizeId.A6),
    "Letter": QPageSize(QPageSize.PageSizeId.Letter),
    "CR80": QPageSize(
        QSizeF(53.98, 85.6), QPageSize.Unit.Millimeter, "CR80", QPageSize.SizeMatchPolicy.ExactMatch
    ),
}


class PrintError(Exception):
    """Printing failed; ``code``: no_printer, unknown_printer, printer_error,
    printer_stopped, printer_refusing, cancelled, cancelled_in_queue or
    bad_document. Nothing was recorded as printed."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def print_error_message(error: PrintError) -> str:
    """What the operator reads: what happened, what to do, and that nothing was lost."""
    messages = {
        "no_printer": translate(
            "Printing",
            "No printer is installed on this computer. Install one, or save the badge as a "
            "PDF. The check-in is recorded.",
        ),
        "unknown_printer": translate(
            "Printing",
            "The printer “{printer}” is not available. Choose another printer. "
            "The check-in is recorded.",
        ).format(printer=error.detail),
        "printer_error": translate(
            "Printing",
            "The printer reported an error and the badge was not printed. Check that it is "
            "on, has cards or paper, and try again. The check-in is recorded.",
        ),
        "printer_stopped": translate(
            "Printing",
            "The printer “{printer}” is stopped or paused, so the badge was not printed (its job "
            "was withdrawn). Check the printer (power, cable, cards or ribbon, paper), resume it "
            "in the system's printer settings, then print again. The check-in is recorded.",
        ).format(printer=error.detail),
        "printer_refusing": translate(
            "Printing",
            "The printer “{printer}” is refusing jobs, so the badge was not printed. Choose "
            "another printer, or ask a supervisor to make it accept jobs again. The check-in "
            "is recorded.",
        ).format(printer=error.detail),
        "cancelled": translate("Printing", "Printing was cancelled. Nothing else changed."),
        "cancelled_in_queue": translate(
            "Printing",
            "The print job was cancelled in the printer's queue; the badge is not counted as "
            "printed. Print it again when needed. The check-in is recorded.",
        ),
        "bad_document": translate(
            "Printing", "The badge could not be prepared for printing. Call a supervisor."
        ),
    }
    return messages.get(error.code, messages["printer_error"])


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


#: CUPS names a job "Untitled" when its title is longer than 255 bytes; a badge's title
#: holds the participant's id (up to 400 bytes), so it is cut well below that.
TITLE_BYTES = 160


def job_title(document_name: str) -> str:
    """``document_name`` with a token of its own (to find the job in the CUPS queue),
    cut to :data:`TITLE_BYTES` at a character boundary."""
    token = f"-{secrets.token_hex(3)}"
    room = TITLE_BYTES - len(token)
    name = document_name.encode("utf-8")[:room].decode("utf-8", "ignore")
    return name + token


def default_printer_name() -> str:
    return QPrinterInfo.defaultPrinterName()


@dataclass(frozen=True, slots=True)
class PrintRequest:
    pdf: bytes
    printer: str = ""  # '' = the system's default printer
    page_size: str = ""  # a PAGE_SIZES key; '' = the PDF page's own size
    document_name: str = "Badge"
    output_file: str = ""  # print into this PDF file instead of a printer
    #: set from another thread to cancel: see the module's docstring for how far
    cancel: threading.Event = field(default_factory=threading.Event, compare=False)


def open_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A loaded document (keep the buffer alive as long as the document)."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintError("bad_document", str(document.error()))
    return document, buffer


def render_page(pdf: bytes, page: int = 0, width: int = 600) -> QImage:
    """One page as an image ``width`` pixels wide, for a preview."""
    document, _buffer = open_pdf(pdf)
    points = document.pagePointSize(page)
    height = round(width * points.height() / points.width())
    rendered = document.render(page, QSize(width, height))
    document.close()
    # PDF pages are transparent where nothing is drawn; paper is white.
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def _printer(request: PrintRequest) -> tuple[QPrinter, str]:
    """The printer to print on, and its name ('' for a PDF file); refuses a printer
    that says it cannot print now."""
    if request.output_file:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(request.output_file)
        return printer, ""
    names = printer_names()
    if not names:
        raise PrintError("no_printer")
    name = request.printer or default_printer_name() or names[0]
    if name not in names:
        raise PrintError("unknown_printer", name)
    info = QPrinterInfo.printerInfo(name)
    queue = cups_queue.queue_state(name)
    if queue is not None and not queue.accepting:
        raise PrintError("printer_refusing", name)
    if queue is not None and queue.stopped:
        raise PrintError("printer_stopped", name)
    if info.state() == QPrinter.PrinterState.Error:
        raise PrintError("printer_error", name)
    return QPrinter(info, QPrinter.PrinterMode.HighResolution), name


def print_pdf(request: PrintRequest) -> int:
    """Print every page of ``request.pdf``; returns the number of pages sent.

    Safe to call from a worker thread. The page goes on the paper at 100 %,
    centred across and from the top; only a page larger than the paper is
    scaled down to fit.
    """
    document, _buffer = open_pdf(request.pdf)
    printer, name = _printer(request)
    # A title of its own, to find this job in the CUPS queue afterwards.
    title = job_title(request.document_name) if name else request.document_name
    printer.setDocName(title)
    printer.setResolution(RESOLUTION)
    printer.setFullPage(True)
    first = document.pagePointSize(0)
    size = PAGE_SIZES.get(request.page_size) or QPageSize(
        first, QPageSize.Unit.Point, "Badge", QPageSize.SizeMatchPolicy.ExactMatch
    )
    orientation = QPageLayout.Orientation.Portrait
    if not printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))):
        printer.setPageSize(size)  # the driver refused zero margins: keep its own
    pages = document.pageCount()
    _check_cancel(request)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("printer_error", "the printer could not be opened")
    try:
        for index in range(pages):
            if index and not printer.newPage():
                raise PrintError("printer_error", "the printer refused a new page")
            _draw_page(painter, printer, document, index)
        _check_cancel(request)
    except BaseException:
        printer.abort()  # nothing reaches the spooler
        painter.end()
        raise
    if not painter.end():
        raise PrintError("printer_error", "the job was not accepted")
    state = printer.printerState()
    if state == QPrinter.PrinterState.Aborted:
        raise PrintError("cancelled")
    if state == QPrinter.PrinterState.Error:
        raise PrintError("printer_error", "the printer is in an error state")
    document.close()
    if name and cups_queue.available():
        _confirm(name, title, request.cancel)
    return pages


def _check_cancel(request: PrintRequest) -> None:
    if request.cancel.is_set():
        raise PrintError("cancelled")


def _confirm(printer: str, title: str, cancel: threading.Event) -> None:
    """Watch the job just sent in the CUPS queue: accepted, or a PrintError."""
    deadline = time.monotonic() + WATCH_SECONDS
    while True:
        job = cups_queue.find_job(printer, title)
        queue = cups_queue.queue_state(printer)
        if job is None:  # CUPS creates the job as it receives it: none means refused
            if queue is not None and not queue.accepting:
                raise PrintError("printer_refusing", printer)
            raise PrintError("printer_error", f"no job {title!r} on {printer}")
        if job.state == cups_queue.COMPLETED:
            return
        if job.state == cups_queue.CANCELED:
            raise PrintError("cancelled_in_queue", printer)
        if job.state == cups_queue.ABORTED:
            raise PrintError("printer_error", f"job {job.id} aborted")
        stopped = job.state in (cups_queue.HELD, cups_queue.STOPPED)
        if stopped or (queue is not None and queue.stopped):
            cups_queue.cancel(printer, job)  # would print unrecorded once resumed
            raise PrintError("printer_stopped", printer)
        if cancel.is_set():
            cups_queue.cancel(printer, job)
            raise PrintError("cancelled")
        if time.monotonic() >= deadline:
            return  # pending or printing on a queue that runs: accepted
        time.sleep(0.1)


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int) -> None:
    paper = printer.pageLayout().fullRectPixels(printer.resolution())
    points = document.pagePointSize(index)
    scale = printer.resolution() / 72.0
    width, height = points.width() * scale, points.height() * scale
    fit = min(1.0, paper.width() / width, paper.height() / height)
    width, height = round(width * fit), round(height * fit)
    image = document.render(index, QSize(width, height))
    if image.isNull():
        raise PrintError("bad_document", f"page {index + 1} did not render")
    left = paper.x() + (paper.width() - width) // 2
    painter.drawImage(QRect(left, paper.y(), width, height), image)
