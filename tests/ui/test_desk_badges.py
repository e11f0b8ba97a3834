"""The desk's badge wiring, driven from the desk page: Ctrl+P, Ctrl+Shift+R, print on
check-in after a scan (always: a real printed PDF through CUPS; ask: a question the
next scan dismisses), the "replaced N times" line, and a printer remembered by the desk."""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.domain.rules import Status
from checkin.service.desk import Desk
from checkin.store import Store
from checkin.ui import badge_actions, badge_dialog, badge_printing, printing
from checkin.ui.badge_dialog import BadgeDialog
from checkin.ui.context import AppContext
from checkin.ui.tasks import TaskRunner
from tests.ui.test_desk_page import code, scan, shown
from tests.ui.test_printing import codes_in, printed_events, use_printer


@pytest.fixture
def opened(monkeypatch):
    """BadgeDialogs opened from the desk, without running their modal loop."""
    dialogs = []
    monkeypatch.setattr(badge_actions.BadgeDialog, "exec", lambda self: dialogs.append(self) or 0)
    return dialogs


@pytest.fixture
def fake_printer(monkeypatch, tmp_path):
    """print_pdf writing each job to a file instead of a printer."""
    jobs = []

    def print_pdf(request):
        path = tmp_path / f"job-{len(jobs) + 1}.pdf"
        path.write_bytes(request.pdf)
        jobs.append(path)
        return 1

    monkeypatch.setattr(badge_printing, "print_pdf", print_pdf)
    return jobs


def test_ctrl_p_on_the_desk_opens_the_badge_of_the_person_shown(qtbot, page, context, opened):
    scan(qtbot, page, code(context.desk, "P005"))
    QTest.keyClick(page.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [d.participant.id for d in opened] == ["P005"]
    assert page.scan_field.hasFocus()


def test_ctrl_p_with_no_one_shown_says_so(qtbot, window, page, context, opened):
    QTest.keyClick(page.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == []
    assert "first" in window.status_message.text()
    scan(qtbot, page, code(context.desk, "P005"))  # the next verdict: the instruction goes
    assert "first" not in window.status_message.text()


def test_ctrl_shift_r_replaces_and_the_desk_shows_replaced_once(
    qtbot, page, context, opened, monkeypatch, fake_printer
):
    desk = context.desk
    old_code = code(desk, "P007")
    scan(qtbot, page, old_code)
    assert "replaced" not in page.verdict_panel.badge_line.text()

    def replace_for_lost(dialog):
        dialog.choose("lost")
        dialog.accept()
        return 1

    monkeypatch.setattr(badge_dialog.ReplaceDialog, "exec", replace_for_lost)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(page.scan_field, Qt.Key.Key_R, modifiers)
    assert [d.participant.id for d in opened] == ["P007"]
    assert page.verdict_panel.badge_line.text() == "Badge version 2 · replaced 1 time"
    assert "Replaced (lost) on " in opened[0].details.text()  # with the date: two days
    scan(qtbot, page, old_code)
    assert shown(page).status is Status.SUPERSEDED


def test_a_replacement_voids_the_question_about_the_old_badge(
    qtbot, window, page, context, opened, monkeypatch, fake_printer
):
    """Asked *Print the badge?*, the operator replaces it first (Ctrl+Shift+R): the
    question about the old badge goes, and F9 prints nothing every desk would refuse."""
    desk = context.desk
    desk.update_settings(replace(desk.settings, print_on_checkin="ask"))
    scan(qtbot, page, code(desk, "P005"))
    bar = window.badge_actions.print_bar
    assert bar.asking

    def replace_for_lost(dialog):
        dialog.choose("lost")
        dialog.accept()
        return 1

    monkeypatch.setattr(badge_dialog.ReplaceDialog, "exec", replace_for_lost)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(page.scan_field, Qt.Key.Key_R, modifiers)
    assert desk.store.participant("P005").badge_version == 2
    assert not bar.asking
    context.runner.wait()
    printed = list(fake_printer)  # the replacement's own badge, if the dialog printed it
    assert all(codes_in(job) == [code(desk, "P005")] for job in printed)
    QTest.keyClick(page.scan_field, Qt.Key.Key_F9)
    context.runner.wait()
    assert fake_printer == printed


def test_always_prints_a_real_badge_through_cups_after_a_scan(qtbot, page, context):
    if "PDF" not in printing.printer_names():
        pytest.skip("no CUPS printer named 'PDF' (.ci/run adds a cups-pdf queue)")
    desk = context.desk
    use_printer(desk, "PDF")
    desk.update_settings(replace(desk.settings, print_on_checkin="always"))
    context.runner = TaskRunner()  # the desk's worker threads, as in production
    folder = Path(os.environ.get("HOME") or Path.home()) / "PDF"
    before = set(folder.glob("*.pdf")) if folder.exists() else set()
    printer = page.window().badge_actions.printing
    with qtbot.waitSignal(printer.printed, timeout=30_000):
        scan(qtbot, page, code(desk, "P003"))
        assert shown(page).status is Status.OK  # checked in before anything prints
    context.runner.wait()
    assert [e.payload["version"] for e in printed_events(desk, "P003")] == [1]
    deadline, new = time.monotonic() + 30, []
    while time.monotonic() < deadline:
        queue = subprocess.run(["lpstat", "-o", "PDF"], capture_output=True, text=True).stdout
        new = sorted(set(folder.glob("*.pdf")) - before)
        if new and not queue.strip():
            break
        time.sleep(0.2)
    time.sleep(0.3)  # cups-pdf renames the file into place
    printed = next(p for p in new if "P003" in p.name)
    assert codes_in(printed) == [code(desk, "P003")]


def test_ask_shows_a_question_and_print_prints(qtbot, window, page, context, fake_printer):
    desk = context.desk
    desk.update_settings(replace(desk.settings, print_on_checkin="ask"))
    scan(qtbot, page, code(desk, "P005"))
    bar = window.badge_actions.print_bar
    assert bar.isVisible() and bar.asking and "O'Brien" in bar.label.text()
    assert page.scan_field.hasFocus()  # the scanner's next Enter cannot answer it
    assert bar.yes.focusPolicy() == Qt.FocusPolicy.NoFocus
    QTest.keyClick(page.scan_field, Qt.Key.Key_F9)  # the keyboard's answer: Print
    assert len(fake_printer) == 1 and [e.payload for e in printed_events(desk, "P005")]
    assert not bar.asking
    QTest.keyClick(page.scan_field, Qt.Key.Key_F9)  # nothing asked: nothing printed
    assert len(fake_printer) == 1


def test_the_next_scan_dismisses_the_question_and_is_checked_in(qtbot, window, page, context,
                                                                fake_printer):
    desk = context.desk
    desk.update_settings(replace(desk.settings, print_on_checkin="ask"))
    scan(qtbot, page, code(desk, "P005"))
    bar = window.badge_actions.print_bar
    assert bar.asking
    scan(qtbot, page, code(desk, "P006"))  # characters then Enter, as a scanner does
    assert shown(page).status is Status.OK and shown(page).participant.id == "P006"
    assert desk.store.active_checkins("P006", desk.serving_day())
    assert bar.asking and bar.person.id == "P006"  # the question is now about them
    assert fake_printer == [] and printed_events(desk, "P005") == []


def test_the_desk_remembers_its_printer_and_paper_after_reopening(qtbot, context, home,
                                                                  fake_printer):
    if "PDF" not in printing.printer_names():
        pytest.skip("no CUPS printer named 'PDF'")
    dialog = BadgeDialog(context, context.desk.store.participant("P004"))
    qtbot.addWidget(dialog)
    dialog.choice.printers.setCurrentIndex(dialog.choice.printers.findData("PDF"))
    dialog.choice.papers.setCurrentIndex(dialog.choice.papers.findData("CR80"))
    dialog.choice.layouts.setCurrentIndex(dialog.choice.layouts.findData("cr80"))
    dialog.print_badge()
    assert len(fake_printer) == 1
    store = Store.in_home(home)
    try:
        reopened = AppContext(desk=Desk(store), reader=context.reader, runner=context.runner,
                              translations=context.translations, sounds=context.sounds)
        again = BadgeDialog(reopened, store.participant("P004"))
        qtbot.addWidget(again)
        assert (again.choice.printer(), again.choice.page_size(), again.choice.badge_layout()) == (
            "PDF", "CR80", "cr80")
    finally:
        store.close()


def test_undo_takes_back_the_print_question(qtbot, window, page, context, fake_printer):
    """Ctrl+Z on a check-in whose badge the desk asks to print: the question goes, and
    F9 prints no badge for someone no longer checked in (reviewer's s13)."""
    desk = context.desk
    desk.update_settings(replace(desk.settings, print_on_checkin="ask"))
    scan(qtbot, page, code(desk, "P005"))
    bar = window.badge_actions.print_bar
    assert bar.asking
    QTest.keyClick(page.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not desk.store.active_checkins("P005", desk.serving_day())
    assert not bar.asking and not bar.isVisibleTo(window)
    QTest.keyClick(page.scan_field, Qt.Key.Key_F9)
    context.runner.wait()
    assert fake_printer == []
