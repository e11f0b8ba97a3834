"""Screenshots of the desk page in each language, for looking at what we build.

Run: QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out screenshots]
     [--lang en fr es pseudo-long pseudo-rtl]
Each state of the desk page (idle, ok with a VIP, already, invalid, superseded,
not_today, a Greek name found from Latin letters, no match, not saved), every
dialog (walk-in, settings, badge, replace, batch print, the import wizard's
file, mapping, report, progress and summary pages, About, the print question)
is saved as PNG per language. Uses a temporary desk home with the demo event.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import random
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.domain.log import Kind, LogEvent
from checkin.domain.pin import hash_pin
from checkin.paths import demo_event_dir
from checkin.service import badges as badge_ops
from checkin.service.supervisor import SupervisorGate
from checkin.store.database import StoreError
from checkin.ui import texts
from checkin.ui.app import load_fonts, open_context
from checkin.ui.badge_dialog import BadgeDialog
from checkin.ui.batch_print_dialog import BatchPrintDialog
from checkin.ui.import_wizard import ImportWizard
from checkin.ui.list_conflict import conflict_box
from checkin.ui.main_window import MainWindow
from checkin.ui.pin_dialog import PinDialog
from checkin.ui.replace_dialog import ReplaceDialog
from checkin.ui.scan_field import BURST_MS
from checkin.ui.settings_dialog import SettingsDialog
from checkin.ui.tasks import ImmediateRunner
from checkin.ui.walk_in_dialog import WalkInDialog

MORNING = dt.datetime(2015, 10, 26, 7, 42, tzinfo=dt.UTC)


def type_text(widget, text: str) -> None:
    """Type as a person does: keys further apart than a scanner's burst (a burst
    left in the field is taken as a scan once the keys pause)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
        QTest.qWait(BURST_MS + 5)


def qtbot_wait(widget, seconds: float = 1.5) -> None:
    """Let background work (badge preview, file reading) deliver to the UI thread."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def shoot(window, path: Path) -> None:
    for _ in range(3):  # layouts that depend on a laid-out width settle in a second pass
        QApplication.processEvents()
    window.grab().save(str(path))
    print(path)


def problem_list() -> Path:
    """The demo list with a repeated row, a row without an id and a country "NA"
    (Namibia, or not available?): a report with errors and warnings to look at."""
    rows = (demo_event_dir() / "participants.csv").read_text(encoding="utf-8").splitlines()
    no_id = ",".join(["", *rows[5].split(",")[1:]])
    namibia = rows[9].split(",")
    namibia[0], namibia[6] = "IDM15-99999", "NA"
    path = Path(tempfile.mkdtemp(prefix="checkin-shots-")) / "liste.csv"
    lines = [*rows[:40], rows[2], no_id, ",".join(namibia), *rows[40:]]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def shoot_import_pages(context, window, out: Path, language: str) -> None:
    """The validation report, the import under way and its summary."""
    wizard = ImportWizard(context, window, path=problem_list())
    wizard.show()
    qtbot_wait(wizard, 1.0)
    wizard.next()
    qtbot_wait(wizard, 1.0)
    wizard.next()
    qtbot_wait(wizard, 1.0)
    shoot(wizard, out / f"import-report-{language}.png")
    wizard.next()  # the import runs at once (inline runner): show it part-way, then done
    page = wizard.apply_page
    page.cancel_button.setEnabled(True)
    page.show_progress(1250, 3000)
    wizard.grab().save(str(out / f"import-progress-{language}.png"))  # before the summary
    print(out / f"import-progress-{language}.png")
    qtbot_wait(wizard, 1.0)
    shoot(wizard, out / f"import-summary-{language}.png")
    wizard.close()


def shoot_modal(open_it, path: Path) -> None:
    """A message box that runs its own loop (About, a question): grab it, close it."""

    def grab() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.grab().save(str(path))
            print(path)
            modal.reject()

    QTimer.singleShot(400, grab)
    open_it()


def day1_person(desk, vip):
    """Someone not yet checked in on the first morning, for the print question."""
    people = desk.store.search(["o"], 2000)
    return next(p for p in people if p.registered_for(MORNING.date()) and p.id != vip.id
                and not desk.store.active_checkins(p.id, MORNING.date()))


def other_desks_arrivals(desk, seed: int = 7) -> None:
    """Two thirds of the first day's people arriving at three other desks, most of them
    in the half hour before the opening session (as the attendance window shows them)."""
    chance = random.Random(seed)
    day = MORNING.date()
    opening = dt.datetime(2015, 10, 26, 6, 40, tzinfo=dt.UTC)  # 07:40 in Geneva
    desks = {"desk-b1": "Entrance B-1", "desk-b2": "Entrance B-2", "desk-c": "Pregny gate"}
    numbers = dict.fromkeys(desks, 0)
    log = []
    for person in desk.store.all_participants():
        if not person.registered_for(day) or chance.random() < 0.35:
            continue
        minutes = chance.gauss(35, 14) if chance.random() < 0.85 else chance.uniform(0, 60)
        at = opening + dt.timedelta(minutes=min(max(minutes, 0), 61))
        for other in ([0, 3] if chance.random() < 0.01 else [0]):  # a few admitted twice
            where = chance.choice(list(desks))
            numbers[where] += 1
            payload = {"day": day.isoformat(), "via": "badge", "desk_name": desks[where]}
            log.append(LogEvent(Kind.CHECK_IN, person.id, "Jorge", at + dt.timedelta(minutes=other),
                                payload, uuid.UUID(int=chance.getrandbits(128)).hex, where,
                                numbers[where]))
    desk.store.merge(log)


def shoot_attendance(context, window, out: Path, language: str) -> None:
    other_desks_arrivals(context.desk)
    window.show_attendance()
    attendance = window.attendance_window
    qtbot_wait(attendance, 0.3)
    shoot(attendance, out / f"attendance-{language}.png")
    attendance.day.setCurrentIndex(attendance.day.count() - 1)  # the whole event
    qtbot_wait(attendance, 0.3)
    shoot(attendance, out / f"attendance-event-{language}.png")
    attendance.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--lang", nargs="+", default=["en", "fr", "es"])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    load_fonts()
    for language in args.lang:
        home = Path(tempfile.mkdtemp(prefix="checkin-shots-"))
        context = open_context(home, runner=ImmediateRunner())
        desk = context.desk
        desk.clock = lambda: MORNING
        context.translations.apply(language)
        desk.update_settings(
            dataclasses.replace(
                desk.settings, desk_name="Entrance A-2", operator="Amélie", language=language
            )
        )
        window = MainWindow(context)
        window.resize(1280, 800)
        window.show()
        page = window.desk_page
        people = desk.store.search(["a"], 2000) + desk.store.search(["e"], 2000)
        vip = next(p for p in people if "vip" in p.flags and p.registered_for(MORNING.date()))
        other = next(
            p for p in people if not p.flags and p.registered_for(MORNING.date()) and p.id != vip.id
        )
        day2 = next((p for p in people if p.days and MORNING.date() not in p.days), None)
        replaced = next(
            p for p in people if p.id not in (vip.id, other.id) and p.registered_for(MORNING.date())
        )
        shoot(window, args.out / f"desk-idle-{language}.png")

        page.scan_field.setText(desk.code_for(vip))
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
        shoot(window, args.out / f"desk-ok-vip-{language}.png")

        desk.scan(desk.code_for(other), operator="Jorge")  # Jorge, earlier, at this desk
        page.refresh()  # as the page shows it: in the recent list and the counts
        desk.clock = lambda: MORNING + dt.timedelta(minutes=23)
        page.scan_field.setText(desk.code_for(other))
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
        shoot(window, args.out / f"desk-already-{language}.png")

        forged = desk.code_for(other)[:-3] + "AAA"
        page.scan_field.setText(forged)
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
        shoot(window, args.out / f"desk-invalid-{language}.png")

        old_code = desk.code_for(replaced)
        desk.store.append(
            desk.desk_id,
            [
                LogEvent(
                    Kind.BADGE_REPLACED,
                    replaced.id,
                    "Amélie",
                    MORNING,
                    {"version": 2, "reason": "lost"},
                )
            ],
        )
        page.scan_field.setText(old_code)
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
        shoot(window, args.out / f"desk-superseded-{language}.png")

        if day2 is not None:
            page.scan_field.setText(desk.code_for(day2))
            QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
            shoot(window, args.out / f"desk-not-today-{language}.png")
            type_text(page.scan_field, day2.last_name)  # the list says "… only" first
            page.scan_field.flush_typed()
            qtbot_wait(window, 0.3)
            shoot(window, args.out / f"desk-search-other-day-{language}.png")
            page.scan_field.clear()
            page.on_cleared()

        supervised = next(
            (p for p in people if "see_supervisor" in p.flags and p.registered_for(MORNING.date())
             and not desk.store.active_checkins(p.id, MORNING.date())),
            None,
        )
        if supervised is not None:  # checked in, amber: the badge waits for the supervisor
            page.scan_field.setText(desk.code_for(supervised))
            QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
            shoot(window, args.out / f"desk-see-supervisor-{language}.png")

        type_text(page.scan_field, "papadop")
        page.scan_field.flush_typed()  # typed at a scanner's speed: search now
        qtbot_wait(window, 0.3)  # the field's clear button fades in
        shoot(window, args.out / f"desk-search-greek-{language}.png")
        page.scan_field.clear()
        type_text(page.scan_field, "Smithers")
        page.scan_field.flush_typed()
        qtbot_wait(window, 0.3)
        shoot(window, args.out / f"desk-no-match-{language}.png")
        page.scan_field.clear()
        page.on_cleared()

        # A check-in shown green whose commit then failed (DeskPage._show_before_commit).
        page.verdict_panel.show_not_saved(StoreError("read_only", ""), vip.display_name)
        page.message.emit(texts.error_message(StoreError("read_only", "")))  # the status bar
        shoot(window, args.out / f"desk-not-saved-{language}.png")
        window.status_message.clear()

        dialog = WalkInDialog(desk, context.language, window)
        dialog.show()
        shoot(dialog, args.out / f"walk-in-{language}.png")
        dialog.close()
        known = other.display_name  # typed, not found, Ctrl+N: the form asks first
        dialog = WalkInDialog(desk, context.language, window, typed=known)
        dialog.show()
        dialog.accept()
        shoot(dialog, args.out / f"walk-in-already-listed-{language}.png")
        dialog.close()
        conflict = conflict_box(window)  # Desk › Settle the participant list conflict…
        conflict.show()
        shoot(conflict, args.out / f"list-conflict-{language}.png")
        conflict.close()

        settings = SettingsDialog(desk.settings, context.language, window)
        settings.show()
        shoot(settings, args.out / f"settings-{language}.png")
        settings.close()

        badge = BadgeDialog(context, desk.store.participant(vip.id), window)
        badge.show()
        qtbot_wait(badge)
        shoot(badge, args.out / f"badge-dialog-{language}.png")
        badge.close()

        gate = SupervisorGate(lambda: hash_pin("246813", iterations=10_000))
        pin = PinDialog(gate, window.tr("Importing a participant list needs the supervisor PIN."),
                        window)
        pin.show()
        pin.pin.setText("2468")
        shoot(pin, args.out / f"pin-{language}.png")
        pin.pin.setText("111111")
        pin.try_pin()
        shoot(pin, args.out / f"pin-wrong-{language}.png")
        pin.close()

        replace = ReplaceDialog(desk, desk.store.participant(vip.id),
                                badge_ops.history(desk, vip.id), window)
        replace.show()
        shoot(replace, args.out / f"replace-dialog-{language}.png")
        replace.choose("name_correction")  # the correction fields: names, position, organisation
        replace.adjustSize()
        shoot(replace, args.out / f"replace-correction-{language}.png")
        replace.close()

        batch = BatchPrintDialog(context, window)
        batch.show()
        qtbot_wait(batch, 0.5)
        shoot(batch, args.out / f"batch-print-{language}.png")
        batch.close()

        wizard = ImportWizard(context, window, path=demo_event_dir() / "participants.csv")
        wizard.show()
        shoot(wizard, args.out / f"import-wizard-{language}.png")
        wizard.next()
        qtbot_wait(wizard)
        shoot(wizard, args.out / f"import-mapping-{language}.png")
        wizard.close()
        shoot_import_pages(context, window, args.out, language)
        shoot_modal(window.about, args.out / f"about-{language}.png")
        desk.update_settings(dataclasses.replace(desk.settings, print_on_checkin="ask"))
        # "Ask each time": the question waits in the status bar (no modal box: the
        # next scan answers nothing and simply wins).
        page.scan_field.setText(desk.code_for(day1_person(desk, vip)))
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
        qtbot_wait(window, 0.3)
        shoot(window, args.out / f"print-confirm-{language}.png")
        shoot_attendance(context, window, args.out, language)
        window.close()
    del app


if __name__ == "__main__":
    main()
