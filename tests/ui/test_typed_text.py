"""Text a person types (not a scanner's burst) and the status bar's instructions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.domain.rules import Status
from tests.ui.test_desk_page import code, scan, search, shown, type_like_a_person


def enter(page) -> None:
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["anna.k2@example.org", "idm15 00042", "Room 12"])
def test_typed_text_with_digits_that_no_one_matches_is_kept_to_correct(
    qtbot, window, page, context, typed
):
    """Not a red "Unknown code" that wipes it (reviewer's s17): a person typed it."""
    search(qtbot, page, typed)
    enter(page)
    assert shown(page) is None
    assert page.scan_field.text() == typed
    assert context.sounds.last_played != "error"
    assert "No one matches" in window.status_message.text()


def test_a_typed_e_mail_with_digits_that_matches_is_highlighted(qtbot, page, context):
    search(qtbot, page, "o.k@kyivcity")
    enter(page)
    assert page.results.chosen_id() == "P002"
    enter(page)
    assert shown(page).participant.id == "P002" and shown(page).status is Status.OK


def test_a_badge_code_typed_by_hand_still_checks_in_and_a_damaged_one_is_red(
    qtbot, page, context
):
    desk = context.desk
    type_like_a_person(qtbot, page.scan_field, code(desk, "P006"))
    enter(page)
    assert shown(page).status is Status.OK and shown(page).participant.id == "P006"
    type_like_a_person(qtbot, page.scan_field, code(desk, "P005")[:-4] + "AAAA")
    enter(page)
    assert shown(page).status is Status.INVALID


def test_an_instruction_goes_with_the_next_verdict(qtbot, window, page, context):
    """ "Press Enter to check in…" and "No one matches…" are done with once the next
    verdict is shown, not 8 s later over it (reviewer's s04, s08)."""
    search(qtbot, page, "garcia")
    enter(page)
    assert "Press Enter" in window.status_message.text()
    enter(page)  # checks José in
    assert shown(page).participant.id == "P006"
    assert window.status_message.text() == ""
    search(qtbot, page, "Smithers")
    enter(page)
    assert "No one matches" in window.status_message.text()
    QTest.keyClick(page.scan_field, Qt.Key.Key_Escape)
    scan(qtbot, page, code(context.desk, "P005"))
    assert shown(page).participant.id == "P005"
    assert window.status_message.text() == ""


def test_a_message_of_another_part_of_the_window_stays(qtbot, window, page, context):
    window.status_message.show_message("The participant list was updated.", 10000)
    scan(qtbot, page, code(context.desk, "P005"))
    assert window.status_message.text() == "The participant list was updated."


def test_passport_spelling_and_a_hyphen_for_a_space_find_the_person(qtbot, page, context):
    """Reviewer's s19: "boehm" found no Böhm, "ruiz-ibanez" no "Ruiz Ibáñez"."""
    from checkin.domain.model import Participant

    context.desk.store.upsert_participants(
        [
            Participant(id="W1", first_name="Claudia", last_name="Böhm"),
            Participant(id="W3", first_name="María José", last_name="Ruiz Ibáñez"),
        ]
    )
    for typed, name in (("boehm", "Claudia Böhm"), ("ruiz-ibanez", "María José Ruiz Ibáñez")):
        QTest.keyClick(page.scan_field, Qt.Key.Key_Escape)
        search(qtbot, page, typed)
        assert page.results.count() == 1 and name in page.results.row_text(0)


def test_esc_takes_the_page_instruction_away_with_the_search(qtbot, window, page):
    search(qtbot, page, "garcia")
    enter(page)
    assert "Press Enter" in window.status_message.text()
    QTest.keyClick(page.scan_field, Qt.Key.Key_Escape)  # the list is empty now
    assert "Press Enter" not in window.status_message.text()
