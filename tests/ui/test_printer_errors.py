"""A printer that refuses jobs or is paused, and cancelling a badge: a clear message,
nothing recorded as printed, the check-in kept. Real CUPS queues, created and
removed by the fixture (cups-pdf, as .ci/run sets up)."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from dataclasses import replace

import pytest

from checkin.domain.rules import Status
from checkin.service import badges as badge_ops
from checkin.ui import badge_printing, cups_queue, printing
from checkin.ui.badge_dialog import BadgeDialog
from checkin.ui.badge_printing import BadgePrinting
from checkin.ui.printing import PrintError
from checkin.ui.tasks import TaskRunner
from tests.ui.test_printing import printed_events, use_printer


def cups_ready() -> bool:
    if not (shutil.which("lpadmin") and shutil.which("lpstat")):
        return False
    status = subprocess.run(["lpstat", "-r"], capture_output=True, text=True,
                            env=os.environ | {"LC_ALL": "C"}).stdout
    return "is running" in status and "not running" not in status


@pytest.fixture
def queues():
    """Two cups-pdf queues: one refusing jobs (cupsreject), one paused (cupsdisable)."""
    if not cups_ready():
        pytest.skip("no CUPS scheduler (.ci/run starts cupsd)")
    suffix = os.getpid()
    made = {"refusing": f"TEST-REJECT-{suffix}", "paused": f"TEST-PAUSED-{suffix}"}
    try:
        for name in made.values():
            subprocess.run(["lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-m",
                            "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd", "-o", "printer-is-shared=false"],
                           check=True, capture_output=True)
        subprocess.run(["cupsreject", made["refusing"]], check=True, capture_output=True)
        subprocess.run(["cupsdisable", made["paused"]], check=True, capture_output=True)
    except (subprocess.CalledProcessError, OSError) as error:
        for name in made.values():
            subprocess.run(["lpadmin", "-x", name], capture_output=True)
        pytest.skip(f"cannot add a CUPS queue here: {error}")
    try:
        yield made
    finally:
        for name in made.values():
            subprocess.run(["cancel", "-a", name], capture_output=True)
            subprocess.run(["lpadmin", "-x", name], capture_output=True)


def jobs_on(queue: str) -> str:
    return subprocess.run(["lpstat", "-o", queue], capture_output=True, text=True).stdout.strip()


def checked_in(desk, participant_id: str):
    verdict = desk.scan(desk.code_for(desk.store.participant(participant_id)))
    assert verdict.status is Status.OK
    return verdict


@pytest.mark.parametrize(("kind", "words"), [("refusing", "refusing jobs"),
                                             ("paused", "stopped or paused")])
def test_a_printer_that_cannot_print_is_refused_before_sending(qtbot, context, queues, kind,
                                                               words):
    desk = context.desk
    verdict = checked_in(desk, "P005")
    use_printer(desk, queues[kind])
    desk.update_settings(replace(desk.settings, print_on_checkin="always"))
    badge_printer = BadgePrinting(context)
    with qtbot.waitSignal(badge_printer.failed, timeout=30_000) as failure:
        assert badge_printer.on_check_in(verdict) == "print"
    assert words in failure.args[0] and queues[kind] in failure.args[0]
    assert "check-in is recorded" in failure.args[0]
    assert printed_events(desk, "P005") == []
    assert desk.store.active_checkins("P005", verdict.day)
    assert jobs_on(queues[kind]) == ""


@pytest.mark.parametrize(("kind", "code"), [("refusing", "printer_refusing"),
                                            ("paused", "printer_stopped")])
def test_a_queue_that_stops_as_the_job_is_sent_is_noticed_after_sending(
    qtbot, context, queues, monkeypatch, kind, code
):
    """The queue looked fine when checked, then refused or held the job: CUPS's own job
    list says so; a held job is withdrawn, so it cannot print unrecorded later."""
    real = cups_queue.queue_state
    checks = []

    def fine_at_first(name):
        checks.append(name)
        return None if len(checks) == 1 else real(name)

    monkeypatch.setattr(cups_queue, "queue_state", fine_at_first)
    idle = printing.QPrinter.PrinterState.Idle
    monkeypatch.setattr(printing.QPrinterInfo, "state", lambda _self: idle)
    desk = context.desk
    use_printer(desk, queues[kind])
    badge_printer = BadgePrinting(context)
    with qtbot.waitSignal(badge_printer.failed, timeout=30_000) as failure:
        badge_printer.print_badges([desk.store.participant("P006")])
    assert failure.args[0] == printing.print_error_message(PrintError(code, queues[kind]))
    assert printed_events(desk, "P006") == []
    assert jobs_on(queues[kind]) == ""  # nothing left to print unrecorded


def test_a_job_cancelled_in_the_os_queue_is_reported(monkeypatch):
    cancelled = cups_queue.Job(7, cups_queue.CANCELED)
    monkeypatch.setattr(cups_queue, "find_job", lambda _p, _t: cancelled)
    monkeypatch.setattr(cups_queue, "queue_state", lambda _p: cups_queue.QueueState(False, True))
    with pytest.raises(PrintError) as raised:
        printing._confirm("Any", "badge-P001-abc", threading.Event())
    assert raised.value.code == "cancelled_in_queue"
    assert "not counted as printed" in printing.print_error_message(raised.value)


def test_a_single_badge_can_be_cancelled_while_it_is_prepared(qtbot, context, monkeypatch):
    release = threading.Event()
    real_render = badge_ops.render

    def slow_render(*args, **kwargs):
        release.wait(10)
        return real_render(*args, **kwargs)

    monkeypatch.setattr(badge_ops, "render", slow_render)
    sent = []
    monkeypatch.setattr(badge_printing, "print_pdf", lambda request: sent.append(request) or 1)
    runner = TaskRunner()
    context.runner = runner
    dialog = BadgeDialog(context, context.desk.store.participant("P004"))
    qtbot.addWidget(dialog)
    release.set()
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=10_000)
    release.clear()
    dialog.print_button.setEnabled(True)
    dialog.print_badge()
    assert dialog.cancel_button.isVisibleTo(dialog) and dialog.printing.busy
    with qtbot.waitSignal(dialog.printing.failed, timeout=10_000) as failure:
        dialog.cancel_button.click()
        release.set()
    runner.wait()
    assert "cancelled" in failure.args[0]
    assert sent == []  # never reached the printer
    assert printed_events(context.desk, "P004") == []
    assert "cancelled" in dialog.message.text() and not dialog.cancel_button.isVisibleTo(dialog)
    assert dialog.print_button.isEnabled() == dialog.choice.has_printer()


def test_the_badge_dialog_says_the_desk_s_printer_is_missing_and_never_switches(
    qtbot, context, monkeypatch
):
    """The desk's printer is gone: the dialog says so, Print waits for a choice, and the
    desk's printer is not silently replaced by the first one listed (reviewer's s07)."""
    from checkin.ui import printer_choice

    desk = context.desk
    monkeypatch.setattr(printer_choice, "printer_names", lambda: ["Office", "PDF"])
    use_printer(desk, "Zebra-Hall-B")
    dialog = BadgeDialog(context, desk.store.participant("P005"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice.printer() == ""
    assert not dialog.print_button.isEnabled()
    assert "Zebra-Hall-B" in dialog.choice.warning.text()
    assert dialog.choice.warning.isVisibleTo(dialog)
    dialog.print_badge()  # even if asked: nothing is remembered in its place
    assert desk.settings.printer == "Zebra-Hall-B"
    dialog.choice.printers.setCurrentIndex(dialog.choice.printers.findData("PDF"))
    assert dialog.print_button.isEnabled()
    assert not dialog.choice.warning.isVisibleTo(dialog)
