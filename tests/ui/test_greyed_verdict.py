"""A greyed verdict (a search began after it) belongs to the delegate before: F2,
Ctrl+P and Ctrl+Shift+R act on the highlighted row or on a live verdict only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.domain.rules import Status
from checkin.ui import badge_dialog
from tests.ui.test_desk_badges import opened  # noqa: F401 (fixture)
from tests.ui.test_desk_page import code, scan, search, shown

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def press(page, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(page.scan_field, key, modifiers)


def test_f2_never_admits_the_greyed_verdict_of_the_delegate_before(qtbot, page, context):
    desk = context.desk
    scan(qtbot, page, code(desk, "P008"))  # registered for day 2 only: amber
    assert shown(page).status is Status.NOT_TODAY
    search(qtbot, page, "garcia")  # the next delegate, registered today
    press(page, Qt.Key.Key_Down)
    assert page.verdict_panel.stale
    assert not page.verdict_panel.admit_button.isVisibleTo(page)  # no button on grey
    press(page, Qt.Key.Key_F2)
    assert not desk.store.active_checkins("P008", desk.serving_day())
    assert not desk.store.active_checkins("P006", desk.serving_day())  # Enter does that
    assert shown(page).participant.id == "P008" and page.verdict_panel.stale


def test_f2_admits_the_highlighted_person_registered_for_another_day(qtbot, page, context):
    desk = context.desk
    scan(qtbot, page, code(desk, "P005"))
    search(qtbot, page, "larsen")
    press(page, Qt.Key.Key_Down)
    press(page, Qt.Key.Key_F2)
    verdict = shown(page)
    assert verdict.status is Status.OK and verdict.participant.id == "P008"
    assert verdict.checkin.admitted_not_registered
    assert desk.store.active_checkins("P005", desk.serving_day())  # still in
    assert page.scan_field.text() == ""


def test_f2_with_nothing_highlighted_does_nothing_while_the_verdict_is_grey(
    qtbot, page, context
):
    desk = context.desk
    scan(qtbot, page, code(desk, "P008"))
    search(qtbot, page, "garcia")  # typed, not highlighted
    press(page, Qt.Key.Key_F2)
    assert not desk.store.active_checkins("P008", desk.serving_day())


def test_badge_actions_skip_a_greyed_verdict(qtbot, window, page, context, opened):  # noqa: F811
    scan(qtbot, page, code(context.desk, "P005"))
    search(qtbot, page, "garcia")
    press(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == []  # not O'Brien's badge: he is greyed
    assert "first" in window.status_message.text()
    press(page, Qt.Key.Key_Down)
    press(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [d.participant.id for d in opened] == ["P006"]


def _replace_for_lost(monkeypatch) -> None:
    def replace_for_lost(dialog):
        dialog.choose("lost")
        dialog.print_now.setChecked(False)
        dialog.accept()
        return 1

    monkeypatch.setattr(badge_dialog.ReplaceDialog, "exec", replace_for_lost)


def test_a_replacement_from_a_highlighted_row_leaves_the_greyed_verdict_alone(
    qtbot, page, context, opened, monkeypatch  # noqa: F811
):
    desk = context.desk
    scan(qtbot, page, code(desk, "P005"))  # green for Seán O'Brien
    search(qtbot, page, "garcia")
    press(page, Qt.Key.Key_Down)
    _replace_for_lost(monkeypatch)
    press(page, Qt.Key.Key_R, CTRL | SHIFT)
    assert desk.store.participant("P006").badge_version == 2  # José's badge replaced
    assert shown(page).participant.id == "P005"
    assert page.verdict_panel.stale  # not bright green again
    assert page.verdict_panel.badge_line.text() == "Badge version 1"  # his, unchanged


def test_replacing_the_greyed_person_s_badge_updates_it_and_keeps_it_grey(
    qtbot, page, context, opened, monkeypatch  # noqa: F811
):
    desk = context.desk
    scan(qtbot, page, code(desk, "P005"))
    search(qtbot, page, "brien")
    press(page, Qt.Key.Key_Down)
    _replace_for_lost(monkeypatch)
    press(page, Qt.Key.Key_R, CTRL | SHIFT)
    assert page.verdict_panel.badge_line.text() == "Badge version 2 · replaced 1 time"
    assert page.verdict_panel.stale


def test_f2_on_a_greyed_verdict_says_what_to_do(qtbot, window, page, context):
    """F2 did nothing, silently, on a greyed "not registered today": it says so."""
    desk = context.desk
    scan(qtbot, page, code(desk, "P008"))
    search(qtbot, page, "zzzz")  # a search began: the verdict is greyed, no row chosen
    assert page.verdict_panel.stale
    press(page, Qt.Key.Key_F2)
    assert not desk.store.active_checkins("P008", desk.serving_day())
    assert "choose the person in the list" in window.status_message.text()
