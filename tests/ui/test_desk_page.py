"""The desk page driven like a desk: a scanner typing codes, people typing names."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from checkin.domain import keyboard
from checkin.domain.log import Kind, LogEvent
from checkin.domain.rules import Status
from checkin.ui import verdict_panel
from checkin.ui.scan_field import BURST_MS
from tests.conftest import DAY2


def type_text(widget, text: str) -> None:
    """Type any text, one key event per character (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def type_like_a_person(qtbot, widget, text: str) -> None:
    """Keys further apart than a scanner's (ScanField.BURST_MS): each is a person's."""
    for ch in text:
        type_text(widget, ch)
        qtbot.wait(BURST_MS + 5)


def search(qtbot, page, text: str) -> None:
    """What a person does: type, then look at the list."""
    type_like_a_person(qtbot, page.scan_field, text)
    qtbot.waitUntil(lambda: not page.scan_field.search_pending, timeout=2000)


def scan(qtbot, page, text: str, *, enter: bool = True) -> None:
    """What a USB scanner does: characters, then Enter."""
    type_text(page.scan_field, text)
    if enter:
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)


def code(desk, participant_id: str) -> str:
    return desk.code_for(desk.store.participant(participant_id))


def shown(page):
    return page.verdict_panel.verdict


def test_scan_with_enter_checks_in_and_clears_the_field(qtbot, page, context):
    desk = context.desk
    assert page.scan_field.hasFocus()
    scan(qtbot, page, code(desk, "P005"))
    verdict = shown(page)
    assert verdict.status is Status.OK
    assert verdict.participant.id == "P005"
    assert page.scan_field.text() == ""
    assert page.scan_field.hasFocus()
    assert page.verdict_panel.property("severity") == "ok"
    assert "O'Brien" in page.verdict_panel.name.text()
    assert context.sounds.last_played == "ok"
    assert desk.store.active_checkins("P005", desk.serving_day())
    assert "O'Brien" in page.recent.item(0).text()
    qtbot.waitUntil(lambda: "1 of" in page.counts_label.text(), timeout=2000)


def test_two_fast_scans_never_run_together(qtbot, page, context):
    desk = context.desk
    scan(qtbot, page, code(desk, "P005"))
    scan(qtbot, page, code(desk, "P006"))
    assert shown(page).participant.id == "P006"
    assert shown(page).status is Status.OK
    day = desk.serving_day()
    assert desk.store.active_checkins("P005", day) and desk.store.active_checkins("P006", day)
    assert page.recent.count() == 2


def test_scanner_without_enter_is_recognised_after_a_pause(qtbot, page, context):
    scan(qtbot, page, code(context.desk, "P006"), enter=False)
    qtbot.waitUntil(lambda: shown(page) is not None, timeout=2000)
    assert shown(page).status is Status.OK
    assert page.scan_field.text() == ""


def test_a_half_typed_name_is_not_submitted_by_the_pause(qtbot, page):
    search(qtbot, page, "dial")
    qtbot.wait(400)
    assert shown(page) is None
    assert page.scan_field.text() == "dial"
    assert page.results.count() == 1


def test_scanner_on_a_french_keyboard_is_still_recognised(qtbot, page, context):
    garbled = keyboard.type_as("fr-FR", code(context.desk, "P009"))
    scan(qtbot, page, garbled)
    verdict = shown(page)
    assert verdict.status is Status.OK
    assert verdict.participant.id == "P009"
    assert verdict.repaired_from == garbled


def test_vip_and_speaker_flags_are_shown_with_the_verdict(qtbot, page, context):
    scan(qtbot, page, code(context.desk, "P009"))
    chips = [page.verdict_panel.flags_row.itemAt(i).widget()
             for i in range(page.verdict_panel.flags_row.count())]
    words = {chip.text() for chip in chips if chip is not None}
    assert {"VIP", "SPEAKER"} <= words
    assert "Opening panel" in page.verdict_panel.details.text()


def test_already_names_when_where_and_who(qtbot, page, context):
    desk = context.desk
    desk.scan(code(desk, "P006"), operator="Jorge")
    scan(qtbot, page, code(desk, "P006"))
    assert shown(page).status is Status.ALREADY
    assert page.verdict_panel.property("severity") == "warning"
    details = page.verdict_panel.details.text()
    assert "Jorge" in details and "8:30" in details
    assert context.sounds.last_played == "warning"


def test_an_earlier_check_in_without_an_operator_says_no_placeholder(qtbot, page, context):
    desk = context.desk
    desk.scan(code(desk, "P006"))  # a desk with no operator or name set
    scan(qtbot, page, code(desk, "P006"))
    details = page.verdict_panel.details.text()
    assert " by " not in details and "(no name set)" in details


def test_see_supervisor_is_amber_and_says_to_wait_with_the_badge(qtbot, page, context):
    desk = context.desk
    with desk.store.write() as conn:
        conn.execute("UPDATE participants SET flags = 'see_supervisor' WHERE id = 'P005'")
    scan(qtbot, page, code(desk, "P005"))
    verdict = shown(page)
    assert verdict.status is Status.OK and verdict.severity == "warning"
    assert page.verdict_panel.property("severity") == "warning"
    assert "supervisor before handing over" in page.verdict_panel.advice.text()
    assert context.sounds.last_played == "warning"


def test_a_new_search_greys_the_verdict_of_the_person_before(qtbot, page, context):
    scan(qtbot, page, code(context.desk, "P005"))
    assert page.verdict_panel.property("stale") is False
    search(qtbot, page, "garc")
    assert page.verdict_panel.property("stale") is True  # not the colour of García
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert shown(page).participant.id == "P006"
    assert page.verdict_panel.property("stale") is False


def test_enter_on_a_name_no_one_has_keeps_it_and_says_so(qtbot, page, context):
    search(qtbot, page, "Smithers")
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert shown(page) is None  # no red "unknown code" for a name
    assert page.scan_field.text() == "Smithers"
    assert context.sounds.last_played != "error"


def test_focus_that_lands_elsewhere_on_the_page_goes_back_to_the_scan_field(qtbot, page):
    days = page.day_banner.days
    assert days.focusPolicy() == Qt.FocusPolicy.NoFocus  # a click never takes the keys
    for widget in (days, page.verdict_panel.name, page.verdict_panel.undo_button):
        widget.setFocus()
        qtbot.waitUntil(page.scan_field.hasFocus, timeout=1000)
    flags = page.verdict_panel.name.textInteractionFlags()
    assert not flags & Qt.TextInteractionFlag.TextSelectableByMouse


def test_forged_code_is_invalid_and_red(qtbot, page, context):
    forged = code(context.desk, "P006")[:-4] + "AAAA"
    scan(qtbot, page, forged)
    assert shown(page).status is Status.INVALID
    assert f"Read: {forged}" in page.verdict_panel.details.text()  # what the scanner read
    assert page.verdict_panel.property("severity") == "error"
    assert page.verdict_panel.title.text() == "Invalid code"
    assert context.sounds.last_played == "error"


def test_forged_code_from_a_scanner_without_enter_is_red_and_the_next_scan_works(
    qtbot, page, context
):
    forged = code(context.desk, "P006")[:-4] + "AAAA"
    scan(qtbot, page, forged, enter=False)
    qtbot.waitUntil(lambda: shown(page) is not None, timeout=2000)
    assert shown(page).status is Status.INVALID
    assert page.scan_field.text() == ""
    qtbot.wait(BURST_MS + 5)
    scan(qtbot, page, code(context.desk, "P005"), enter=False)
    qtbot.waitUntil(lambda: shown(page).status is Status.OK, timeout=2000)
    assert shown(page).participant.id == "P005"


def test_a_badge_scanned_over_a_half_typed_name_checks_that_badge_in(qtbot, page, context):
    search(qtbot, page, "garc")
    assert page.results.count() >= 1
    scan(qtbot, page, code(context.desk, "P005"))
    assert shown(page).status is Status.OK
    assert shown(page).participant.id == "P005"
    assert page.scan_field.text() == "" and page.results.count() == 0


def test_a_garbled_scan_over_a_result_list_is_a_verdict_not_a_highlight(qtbot, page, context):
    search(qtbot, page, "garc")
    page.results.highlight_first()
    scan(qtbot, page, "CK" + "Q" * 36)
    assert shown(page).status in (Status.INVALID, Status.UNKNOWN)
    assert page.verdict_panel.property("severity") == "error"


def test_replaced_badge_is_superseded(qtbot, page, context):
    desk = context.desk
    old = code(desk, "P006")
    desk.store.append(desk.desk_id, [LogEvent(Kind.BADGE_REPLACED, "P006", "sup",
                                              desk.clock(), {"version": 2, "reason": "lost"})])
    scan(qtbot, page, old)
    assert shown(page).status is Status.SUPERSEDED
    scan(qtbot, page, code(desk, "P006"))
    assert shown(page).status is Status.OK


def test_not_today_then_admit_anyway_with_f2(qtbot, page, context):
    desk = context.desk
    search(qtbot, page, "larsen")  # the list says so before Enter does
    assert page.results.row_text(0).endswith("⚠ 27 Oct only")
    QTest.keyClick(page.scan_field, Qt.Key.Key_Escape)
    scan(qtbot, page, code(desk, "P008"))  # registered for day 2 only
    assert shown(page).status is Status.NOT_TODAY
    assert page.verdict_panel.admit_button.isVisibleTo(page)
    assert "Tuesday, October 27, 2015" in page.verdict_panel.advice.text()  # which day
    QTest.keyClick(page.scan_field, Qt.Key.Key_F2)
    verdict = shown(page)
    assert verdict.status is Status.OK
    assert verdict.checkin.admitted_not_registered
    assert "not registered" in page.verdict_panel.details.text()


def test_undo_with_ctrl_z(qtbot, page, context):
    desk = context.desk
    scan(qtbot, page, code(desk, "P005"))
    QTest.keyClick(page.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown(page) is None
    assert not desk.store.active_checkins("P005", desk.serving_day())
    assert [e.kind for e in desk.store.events_of("P005")] == [Kind.CHECK_IN, Kind.UNDO]


def _answer(button) -> None:
    """Press ``button`` on the question box the next action opens."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_an_earlier_check_in_is_undone_from_the_recent_list(qtbot, page, context):
    desk = context.desk
    scan(qtbot, page, code(desk, "P005"))
    scan(qtbot, page, code(desk, "P006"))  # the wrong P005 is no longer on screen
    page.recent._menu(page.recent.visualItemRect(page.recent.item(1)).center())
    menu = page.recent.findChild(QMenu)
    undo = next(a for a in menu.actions() if a.text().startswith("Undo this check-in"))
    _answer(QMessageBox.StandardButton.No)
    undo.trigger()
    assert desk.store.active_checkins("P005", desk.serving_day())  # "No" undoes nothing
    _answer(QMessageBox.StandardButton.Yes)
    page.recent.request_undo(page.recent.item(1))
    day = desk.serving_day()
    assert not desk.store.active_checkins("P005", day)
    assert desk.store.active_checkins("P006", day)
    assert shown(page).participant.id == "P006"  # the verdict on screen stays
    assert page.recent.count() == 1 and page.recent.item(0).data(Qt.ItemDataRole.UserRole) == "P006"
    assert page.scan_field.hasFocus() or page.window().focusWidget() is page.scan_field


def test_search_greek_in_latin_letters_then_arrows_and_enter(qtbot, page, context):
    search(qtbot, page, "papadop")
    assert page.results.count() == 1
    assert "Παπαδόπουλος" in page.results.row_text(0)
    QTest.keyClick(page.scan_field, Qt.Key.Key_Down)
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert shown(page).status is Status.OK
    assert shown(page).participant.id == "P001"
    assert page.results.count() == 0


def test_search_typed_in_greek_and_cyrillic(qtbot, page):
    search(qtbot, page, "Οικον")
    assert "Οικονόμου" in page.results.row_text(0)
    page.scan_field.clear()
    search(qtbot, page, "ковал")
    assert "Ковальчук" in page.results.row_text(0)


def test_enter_on_a_name_highlights_then_checks_in(qtbot, page, context):
    type_text(page.scan_field, "José")
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert shown(page) is None  # a name is not a scan: the first match is highlighted
    assert page.results.currentRow() == 0
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert shown(page).participant.id == "P006"


def test_a_row_clicked_is_the_one_enter_checks_in(qtbot, page, context):
    """A click highlights a row: Enter (and F2, Ctrl+P) act on it, not on the first."""
    search(qtbot, page, "a")
    results = page.results
    assert results.count() >= 3
    third = results._rows.rows[2].participant_id
    point = results.visualRect(results.model().index(2, 0)).center()
    QTest.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert results.chosen_id() == third
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert shown(page).participant.id == third


def test_a_double_click_on_a_result_checks_that_person_in(qtbot, page, context):
    search(qtbot, page, "papadop")
    results = page.results
    point = results.visualRect(results.model().index(0, 0)).center()
    # A real double-click: the first click's press, then the double-click itself.
    QTest.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(results.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown(page).status is Status.OK
    assert shown(page).participant.id == "P001"


def test_search_result_shows_earlier_checkin(qtbot, page, context):
    desk = context.desk
    desk.scan(code(desk, "P006"))
    search(qtbot, page, "garcia")
    assert "checked in" in page.results.row_text(0)


def test_garbage_and_empty_scans_never_break_the_desk(qtbot, page, context):
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert shown(page) is None
    scan(qtbot, page, "'; DROP TABLE participants; --")
    assert shown(page).status is Status.UNKNOWN
    scan(qtbot, page, "x" * 900)
    assert shown(page).status is Status.UNKNOWN
    assert context.desk.store.participant_count() == 11


def test_day_banner_says_when_the_day_served_is_not_today(qtbot, page, context, clock):
    assert "today" in page.day_banner.label.text().lower()
    assert "NOT" not in page.day_banner.label.text()
    clock.now = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
    page.refresh()
    assert "NOT today" in page.day_banner.label.text()
    page.day_banner.days.activated.emit(1)
    assert context.desk.serving_day() == DAY2
    scan(qtbot, page, code(context.desk, "P008"))
    assert shown(page).status is Status.OK
    assert shown(page).day == DAY2


def test_a_long_status_message_wraps_instead_of_being_cut(qtbot, window, context):
    """A printer's French message lost its end ("l'enregistrement est conservé") beside
    the status bar's labels; at 1024 px, with a long desk name and the print question,
    it had no width left and grew the window taller than the screen."""
    desk = context.desk
    desk.update_settings(dataclasses.replace(
        desk.settings, desk_name="Entrée principale – guichet 12", operator="María Fernanda"))
    window.retranslate()
    window.badge_actions.print_bar.ask(desk.store.participant("P006"))
    window.resize(1024, 700)
    label = window.status_message
    label.show_message("Impossible d’imprimer le badge : l’imprimante est arrêtée. " * 3, 0)
    one_line = label.fontMetrics().height()
    qtbot.waitUntil(lambda: label.height() > 1.5 * one_line)
    assert label.height() >= label.heightForWidth(label.width())
    assert label.width() > 0.9 * window.width()  # a row of its own, the window's width
    assert label.height() < 4 * one_line and window.height() <= 700
    assert window.identity.width() <= 330 and "María Fernanda" in window.identity.toolTip()
    label.clear()
    qtbot.waitUntil(lambda: label.height() == 0)


def test_database_problem_is_a_message_not_a_crash(qtbot, window, page, context):
    badge = code(context.desk, "P006")
    context.desk.store.close()  # as if the disk went away
    scan(qtbot, page, badge)
    assert "database" in window.status_message.text().lower()


def test_a_scanned_code_is_never_searched_as_a_name(qtbot, page, context, monkeypatch):
    """A scanner's burst of keys runs no search per character: Enter comes first."""
    desk = context.desk
    searched = []
    real = desk.search_with_status
    monkeypatch.setattr(desk, "search_with_status", lambda *a: searched.append(a) or real(*a))
    scan(qtbot, page, code(desk, "P005"))
    assert shown(page).status is Status.OK
    qtbot.wait(100)  # longer than the settle time of a burst
    assert len(searched) <= 1  # at most the very first key, before the burst was seen
    assert page.results.count() == 0


def test_a_name_typed_fast_then_enter_still_highlights_its_match(qtbot, page):
    type_text(page.scan_field, "José")
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)  # before the search settled
    assert page.results.count() == 1 and page.results.currentRow() == 0
    assert shown(page) is None


def test_the_result_list_stays_in_place_and_says_what_it_is_for(qtbot, page):
    assert page.results.isVisible() and page.results.count() == 0
    assert "appear here" in page.results._empty_text
    search(qtbot, page, "zzzqx")
    assert page.results.isVisible() and page.results.count() == 0
    assert "zzzqx" in page.results._empty_text
    QTest.keyClick(page.scan_field, Qt.Key.Key_Escape)
    assert "appear here" in page.results._empty_text


def test_latest_check_ins_of_another_day_show_their_date(qtbot, page, context):
    """Two rows of one person, Monday's and Tuesday's, must not look alike."""
    scan(qtbot, page, code(context.desk, "P005"))
    first = page.recent.item(0).text()
    day = context.desk.serving_day()
    other = next(d for d in context.desk.event.days if d != day)
    page.choose_day(other.isoformat())
    earlier = page.recent.item(0).text()
    assert earlier != first and earlier.endswith(first.split("   ", 1)[1])
    assert f" {day.day} " in earlier  # "Mon 26 Oct, 8:30 AM"


def test_a_dated_row_shows_the_day_it_counts_for_not_the_clock_s_date(qtbot, page, context):
    """A desk whose clock is not on the event's dates (the demo, a rehearsal): the row
    of Monday's check-in must say Monday, not the date the laptop showed."""
    from checkin.domain.rules import CheckIn

    desk = context.desk
    monday, tuesday = desk.event.days[:2]
    person = desk.store.participant("P005")
    later = dt.datetime(2026, 11, 28, 7, 10, tzinfo=dt.UTC)
    checkin = CheckIn("P005", monday, later, desk.desk_id, "ana", "u1")
    page.recent.show_recent([(checkin, person)], desk.event, "en", tuesday)
    row = page.recent.item(0).text()
    assert f"Mon {monday.day} Oct" in row and "Nov" not in row


def test_a_database_deleted_under_the_open_desk_gives_red_not_saved(qtbot, page, context):
    """Scans must not show green while every check-in goes into a deleted file."""
    for file in context.desk.store.path.parent.glob(context.desk.store.path.name + "*"):
        file.unlink()
    scan(qtbot, page, code(context.desk, "P005"))
    assert page.verdict_panel.property("severity") == "error"
    assert "not saved" in page.verdict_panel.title.text().lower()
    assert "deleted or moved" in page.verdict_panel.advice.text()


def test_green_is_painted_before_the_commit_and_taken_back_if_it_fails(
    qtbot, page, context, monkeypatch
):
    """The verdict paints while the check-in is committed; a failed commit turns it
    into a red "not saved", and nothing is recorded."""
    from checkin.store.database import StoreError

    store = context.desk.store
    real_append = store.append
    painted_before_commit = []

    def failing_commit(desk_id, events, *, before_commit=None):
        def then_fail():
            before_commit()
            painted_before_commit.append(page.verdict_panel.property("severity"))
            raise StoreError("read_only", "attempt to write a readonly database")

        return real_append(desk_id, events, before_commit=then_fail)

    monkeypatch.setattr(store, "append", failing_commit)
    scan(qtbot, page, code(context.desk, "P005"))
    assert painted_before_commit == ["ok"]
    assert page.verdict_panel.property("severity") == "error"
    assert page.verdict_panel.verdict is None
    assert "not saved" in page.verdict_panel.title.text().lower()
    assert "cannot be written" in page.verdict_panel.advice.text()
    person = context.desk.store.participant("P005")
    assert page.verdict_panel.name.text() == person.display_name  # whom to check in again
    assert context.sounds.last_played == "error"
    monkeypatch.setattr(store, "append", real_append)
    assert not store.active_checkins("P005", context.desk.serving_day())
    scan(qtbot, page, code(context.desk, "P005"))  # scanned again: checked in now
    assert shown(page).status is Status.OK


def test_a_very_long_one_word_name_wraps_inside_the_verdict_panel(qtbot, page, context):
    """A 60-letter name without spaces ran off the panel's edge."""
    desk = context.desk
    person = desk.store.participant("P005")
    long = dataclasses.replace(person, first_name="", last_name="W" * 60)
    desk.store.upsert_participants([long])
    scan(qtbot, page, code(desk, "P005"))
    name = page.verdict_panel.name
    assert name.text().replace("\u200b", "") == "W" * 60
    assert name.sizeHint().width() <= page.verdict_panel.body.width()
    normal = dataclasses.replace(person, last_name="Ruiz")
    assert "\u200b" not in verdict_panel.breakable(
        normal.display_name, name.fontMetrics(), page.verdict_panel._text_width())
