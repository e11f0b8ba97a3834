"""The organisers' attendance window, opened from the desk through its shortcut.

Real store, real check-ins through the desk page, the window's background
reader, real export files; the task runner runs inline.
"""

from __future__ import annotations

import csv
import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.store.database import StoreError
from checkin.ui import attendance_window as module
from checkin.ui.attendance_window import AttendanceWindow

DAY1 = dt.date(2015, 10, 26)


@pytest.fixture
def attendance(qtbot, window, page) -> AttendanceWindow:
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    window.activateWindow()  # a shortcut reaches the active window only
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(page.scan_field, Qt.Key.Key_D, modifiers)
    opened = window.attendance_window
    assert opened is not None and opened.isVisible()
    yield opened
    if shiboken6.isValid(opened):  # else the desk window closed (and deleted) it first
        opened.close()


def check_in(page, context, pid: str) -> None:
    desk = context.desk
    page.scan_field.setText(desk.code_for(desk.store.participant(pid)))
    page.on_submitted(page.scan_field.text())


def test_it_opens_on_the_serving_day_with_nobody_here_yet(attendance, context):
    assert attendance.chosen_day() == DAY1
    assert attendance.present.value.text() == "0"
    registered = context.desk.store.registered(DAY1)
    assert attendance.registered.value.text() == str(registered)
    assert attendance.expected.value.text() == str(registered)
    assert attendance.chart.bars() == []
    assert attendance.chart_summary.text() == "No one has arrived yet."
    assert "Updated at" in attendance.updated.text()


def test_f11_puts_it_full_screen_and_back(attendance, qtbot):
    QTest.keyClick(attendance, Qt.Key.Key_F11)
    qtbot.waitUntil(attendance.isFullScreen)
    QTest.keyClick(attendance, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not attendance.isFullScreen())


def test_a_check_in_at_the_desk_shows_in_every_figure(attendance, page, context):
    check_in(page, context, "P009")  # Amina Diallo, local authority, Senegal
    attendance.refresh()
    assert attendance.present.value.text() == "1"
    categories = {row[0]: row for row in attendance.categories.row_texts()}
    assert categories["Local authority"][1] == "1"
    countries = attendance.countries.row_texts()
    assert countries[0][:2] == ["Senegal", "1"]  # the most present first
    desk_name = context.desk.settings.desk_name or context.desk.desk_id
    assert attendance.desks.row_texts() == [[f"{desk_name} (this desk)", "1"]]
    (bar,) = attendance.chart.bars()
    assert (bar.start, bar.count) == (dt.datetime(2015, 10, 26, 8, 30), 1)  # Geneva time
    words = attendance.chart.describe(bar).replace("\u2066", "").replace("\u2069", "")
    assert words == "8:30\u202fAM–8:45\u202fAM: 1 arrival"  # CLDR's narrow spaces
    assert not attendance.chart.grab().isNull()


def test_it_recounts_only_when_the_database_changed(attendance, page, context, monkeypatch):
    counted = []
    real = module.attendance
    monkeypatch.setattr(module, "attendance", lambda *a: counted.append(a) or real(*a))
    attendance.refresh()  # the timer's tick: nothing changed since the window opened
    assert counted == []
    check_in(page, context, "P009")
    attendance.refresh()
    assert len(counted) == 1
    attendance.day.setCurrentIndex(1)  # another day is always counted
    assert len(counted) == 2


def test_the_whole_event_counts_each_day_and_exports_none(attendance, page, context):
    check_in(page, context, "P009")
    attendance.day.setCurrentIndex(attendance.day.count() - 1)
    assert attendance.chosen_day() is None
    assert not attendance.export_button.isEnabled()
    assert attendance.days_line.isVisible()
    assert attendance.days_line.text().startswith("Mon 26 Oct: 1 of ")
    assert attendance.registered.value.text() == str(context.desk.store.registered())


def test_the_days_attendance_exports_to_a_file(attendance, page, context, tmp_path):
    check_in(page, context, "P009")
    attendance.refresh()
    target = tmp_path / "out" / "attendance.csv"
    attendance.ask_export_path = lambda suggested: target
    attendance.export_day()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 2 and "P009" in rows[1]
    assert str(target) in attendance.message.text()
    assert attendance.export_button.isEnabled()


def test_a_file_that_cannot_be_written_is_said_and_nothing_breaks(attendance, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    attendance.ask_export_path = lambda suggested: blocker / "attendance.xlsx"
    attendance.export_day()
    assert "cannot be written" in attendance.message.text()
    assert attendance.export_button.isEnabled()


def test_a_database_that_cannot_be_read_keeps_the_last_figures(attendance, context, monkeypatch):
    def unreadable():
        raise StoreError("locked", "database is locked")

    monkeypatch.setattr(context.reader, "data_version", unreadable)
    attendance.refresh(force=True)
    assert "in use by another program" in attendance.message.text()
    assert attendance.present.value.text() == "0"  # still shown


def test_it_speaks_the_desks_language(attendance, context, qtbot):
    context.translations.apply("fr")
    qtbot.waitUntil(lambda: attendance.present.caption.text() == "Enregistrés")
    assert attendance.windowTitle().startswith("Présences — ")
    assert attendance.day.currentText() == "lundi 26 octobre 2015"


def test_an_organisers_laptop_shows_every_desks_check_ins_after_a_sync(
    attendance, window, context, tmp_path
):
    """Two desks, each a real `checkin` program with its own home, check people in and
    sync through a real folder; the organiser's desk pulls and its window counts them."""
    from dataclasses import replace

    from checkin.service.sync import sync
    from checkin.sync.folder import FolderTransport
    from tests.test_cli import ok_json

    share = tmp_path / "share"
    share.mkdir()
    desk = context.desk
    assert sync(desk.store, FolderTransport(share), publish=True).ok
    for name, pid in (("north", "P001"), ("south", "P009")):
        home = tmp_path / name
        ok_json("sync", str(share), home=home)  # joins the published event
        code = desk.code_for(desk.store.participant(pid))
        at = "2015-10-26T08:10:00+01:00" if name == "north" else "2015-10-26T08:40:00+01:00"
        verdict = ok_json("scan", code, "--desk", f"Gate {name}", "--at", at, home=home)
        assert verdict["status"] == "ok"
        ok_json("sync", str(share), home=home)
    assert attendance.sync_line.text() == "· Sync: this desk alone"
    desk.update_settings(replace(desk.settings, sync_folder=str(share)))
    window.sync.sync_now()  # the desk's own background sync, inline in tests
    result = window.sync.last
    assert result.merged == 2
    assert attendance.present.value.text() == "2"
    assert sorted(attendance.desks.row_texts()) == [["Gate north", "1"], ["Gate south", "1"]]
    quarters = [(bar.start.strftime("%H:%M"), bar.count) for bar in attendance.chart.bars()]
    assert quarters[0] == ("08:00", 1) and quarters[-1] == ("08:30", 1)
    assert attendance.sync_line.text().startswith("· Synced at ")
    assert "2 other desks" in attendance.sync_line.text()


class HeldRunner:
    """Runs background jobs only when told: a count or an export still running."""

    def __init__(self) -> None:
        self.jobs: list = []

    def run(self, function, on_result, on_error=None) -> None:
        self.jobs.append((function, on_result, on_error))

    def release(self) -> None:
        function, on_result, on_error = self.jobs.pop(0)
        try:
            result = function()
        except Exception as error:
            on_error(error)
        else:
            on_result(result)


def test_hovering_a_bar_tells_its_count(attendance, page, context):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    check_in(page, context, "P009")
    attendance.refresh()
    chart = attendance.chart
    chart.grab()  # painted: the bars know where they are
    (bar,) = chart.bars()
    middle = next(rect for rect, b in chart._hit if b is bar).center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, middle, chart.mapToGlobal(middle))
    assert QApplication.sendEvent(chart, event)
    assert QToolTip.text() == chart.describe(bar)
    outside = QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1), chart.mapToGlobal(QPoint(1, 1)))
    assert QApplication.sendEvent(chart, outside)


def test_badges_scanned_while_the_window_is_in_front_are_checked_in(
    attendance, window, page, context, qtbot
):
    desk = context.desk
    codes = [desk.code_for(desk.store.participant(pid)) for pid in ("P001", "P009")]
    for code in codes:
        QTest.keyClicks(attendance, code)
        QTest.keyClick(attendance, Qt.Key.Key_Return)
    assert desk.store.checked_in(DAY1) == 2
    assert page.verdict_panel.isVisible()
    QTest.keyClick(attendance, Qt.Key.Key_A)  # a letter typed there goes to the desk too
    page.scan_field.flush_typed()
    assert page.scan_field.text() == "a"


def test_a_count_for_a_day_no_longer_chosen_is_dropped(attendance, page, context):
    check_in(page, context, "P009")  # on the 26th
    held = context.runner = HeldRunner()
    attendance.refresh()
    attendance.day.setCurrentIndex(1)  # the 27th, while the 26th is being counted
    held.release()  # the 26th's figures (P009 here): not shown under the 27th
    assert attendance.present.value.text() == "0"  # still those of the window's opening
    assert len(held.jobs) == 1  # the 27th, counted again
    held.release()
    assert attendance.chosen_day() == dt.date(2015, 10, 27)
    assert attendance.figures.day == dt.date(2015, 10, 27)
    assert attendance.present.value.text() == "0"


def test_the_export_button_stays_off_until_the_export_ends(attendance, context, tmp_path):
    held = context.runner = HeldRunner()
    attendance.ask_export_path = lambda suggested: tmp_path / "day.csv"
    attendance.export_day()
    assert not attendance.export_button.isEnabled()
    attendance.day.setCurrentIndex(1)
    attendance.day.setCurrentIndex(0)
    context.translations.apply("fr")
    assert not attendance.export_button.isEnabled()
    while held.jobs:
        held.release()
    assert attendance.export_button.isEnabled()
    assert (tmp_path / "day.csv").exists()


def test_an_export_message_outlives_the_next_count(attendance, page, context, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    attendance.ask_export_path = lambda suggested: blocker / "attendance.xlsx"
    attendance.export_day()
    said = attendance.message.text()
    check_in(page, context, "P009")
    attendance.refresh()
    assert attendance.present.value.text() == "1"
    assert attendance.message.text() == said


def test_the_save_dialog_gives_a_bare_name_the_chosen_types_ending(attendance, tmp_path, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.selectNameFilter("CSV file (*.csv)")
        dialog.filterSelected.emit("CSV file (*.csv)")
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText("report")  # typed without an ending
        dialog.accept()

    QTimer.singleShot(200, answer)
    chosen = attendance.ask_export_path(tmp_path / "attendance-2015-10-26.xlsx")
    assert chosen == tmp_path / "report.csv"


def test_it_closes_with_the_desk_window(attendance, window):
    assert attendance.parent() is None  # never kept above the desk by its owner
    window.close()
    assert not attendance.isVisible()


def test_countries_with_equal_counts_are_in_alphabetical_order(attendance, page, context):
    from checkin.domain.text import fold

    context.translations.apply("fr")
    for pid in ("P009", "P010", "P011"):  # Sénégal, France, Grèce: one each
        check_in(page, context, pid)
    attendance.refresh()
    rows = attendance.countries.row_texts()  # name, here, registered, share
    keys = [(-int(here), -int(registered), fold(name)) for name, here, registered, _ in rows]
    assert keys == sorted(keys)  # most here, then most registered, then by name
    assert len({k[:2] for k in keys}) < len(keys)  # some counts are equal: names decide


def test_an_organisers_laptop_opens_on_the_attendance_window(qtbot, context):
    from dataclasses import replace

    from checkin.ui.main_window import MainWindow
    from checkin.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context.desk.settings, context.language)
    qtbot.addWidget(dialog)
    dialog.open_attendance.setChecked(True)
    chosen = dialog.settings()
    assert chosen.open_attendance
    context.desk.update_settings(replace(chosen))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.attendance_window is not None)
    assert window.attendance_window.isVisible()
    window.close()
    assert not window.attendance_window.isVisible()
