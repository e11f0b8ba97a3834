"""Registering a walk-in from the desk window, as an operator does (Ctrl+N)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from checkin.domain.rules import Status
from checkin.ui.walk_in_dialog import WalkInDialog
from tests.ui.test_desk_page import scan, shown, type_text


def _with_dialog(qtbot, window, fill) -> list[str]:
    """Open the walk-in dialog through its action and let ``fill`` drive it.

    ``fill(dialog)`` returns True when it pressed OK and expects the dialog to close;
    what the dialog said (its error line) is returned."""
    said: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, WalkInDialog)
            fill(dialog)
            said.append(dialog.error.text() if dialog.error.isVisible() else "")
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # also when a step failed: the test must not wait forever

    QTimer.singleShot(0, drive)
    window.walk_in_action.trigger()
    return said


def _press_ok(dialog: WalkInDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_ctrl_n_registers_a_walk_in_who_is_checked_in_at_once(qtbot, window, page, context):
    assert window.walk_in_action.shortcut() == QKeySequence("Ctrl+N")
    before = context.desk.store.participant_count()

    def fill(dialog: WalkInDialog) -> None:
        type_text(dialog.first_name, "Łucja")
        type_text(dialog.last_name, "Nowak-Ødegård")
        type_text(dialog.organisation, "Ville de Genève")
        dialog.country.setEditText("Suisse")
        _press_ok(dialog)

    said = _with_dialog(qtbot, window, fill)
    assert said == [""]
    verdict = shown(page)
    assert verdict.status is Status.OK
    person = verdict.participant
    assert (person.first_name, person.last_name) == ("Łucja", "Nowak-Ødegård")
    assert person.country == "CH" and person.id.startswith("W-")
    assert context.desk.store.participant_count() == before + 1
    assert "Łucja Nowak-Ødegård" in page.recent.item(0).text()
    qtbot.waitUntil(lambda: "1 of" in page.counts_label.text(), timeout=2000)
    assert window.focusWidget() is page.scan_field  # the next badge goes in the field
    scan(qtbot, page, context.desk.code_for(person))  # their new badge's code
    assert shown(page).status is Status.ALREADY


def test_a_walk_in_needs_a_name_and_the_dialog_says_so(qtbot, window, page, context):
    before = context.desk.store.participant_count()

    def fill(dialog: WalkInDialog) -> None:
        type_text(dialog.organisation, "UN-Habitat")
        _press_ok(dialog)

    said = _with_dialog(qtbot, window, fill)
    assert said == ["Enter at least a first name or a family name."]
    assert context.desk.store.participant_count() == before
    assert shown(page) is None


def test_a_country_that_is_no_country_is_refused_and_nothing_is_written(
    qtbot, window, page, context
):
    before = context.desk.store.participant_count()

    def fill(dialog: WalkInDialog) -> None:
        type_text(dialog.first_name, "Ana")
        dialog.country.setEditText("Atlantis")
        _press_ok(dialog)

    said = _with_dialog(qtbot, window, fill)
    assert "country is not known" in said[0]
    assert context.desk.store.participant_count() == before


def test_a_country_typed_by_name_or_code_in_any_language(qtbot, context):
    cases = (("Allemagne", "DE"), ("Alemania", "DE"), ("de", "DE"), ("Viet Nam", "VN"), ("", ""))
    for name, (typed, expected) in zip(("Ana", "Bo", "Cy", "Di", "Ed"), cases, strict=True):
        dialog = WalkInDialog(context.desk, "en")
        qtbot.addWidget(dialog)
        type_text(dialog.first_name, name)  # five people (one name twice is asked about)
        dialog.country.setEditText(typed)
        dialog.accept()
        assert dialog.verdict is not None, typed
        assert dialog.verdict.participant.country == expected


def test_a_pasted_wall_of_text_is_cut_to_a_name_s_length(qtbot, context):
    dialog = WalkInDialog(context.desk, "en")
    qtbot.addWidget(dialog)
    dialog.last_name.insert("A" * 300)  # a paste, not typing
    dialog.email.insert("x" * 300)
    assert len(dialog.last_name.text()) == 200 and len(dialog.email.text()) == 254


def test_a_badge_scanned_into_the_form_is_a_scan_not_a_person(qtbot, window, page, context):
    desk = context.desk
    before = desk.store.participant_count()
    badge = desk.code_for(desk.store.participant("P005"))

    def fill(dialog: WalkInDialog) -> None:
        type_text(dialog.first_name, badge)  # the scanner's reflex, then its Enter
        _press_ok(dialog)

    _with_dialog(qtbot, window, fill)
    assert desk.store.participant_count() == before  # no one named after a code
    verdict = shown(page)
    assert verdict.status is Status.OK and verdict.participant.id == "P005"
    assert "walk-in form" in window.status_message.text()


def test_a_foreign_code_in_a_name_field_is_refused(qtbot, context):
    dialog = WalkInDialog(context.desk, "en")
    qtbot.addWidget(dialog)
    dialog.last_name.setText("https://example.org/q/8F3K2M9Q1Z7X")
    dialog.accept()
    assert dialog.last_name.text() == "" and "scanned code" in dialog.error.text()
    assert dialog.verdict is None


def test_someone_already_on_the_list_is_pointed_out_before_a_second_registration(
    qtbot, window, page, context
):
    desk = context.desk
    before = desk.store.participant_count()
    search_text = "Ingrid Larsen"  # typed, not found by the operator (say), then Ctrl+N
    page.scan_field.setText(search_text)
    said = []

    def fill(dialog: WalkInDialog) -> None:
        assert (dialog.first_name.text(), dialog.last_name.text()) == ("Ingrid", "Larsen")
        _press_ok(dialog)
        said.append(dialog.error.text())
        assert dialog.isVisible()  # not registered yet: the operator looks first
        _press_ok(dialog)  # it is someone else: the second press registers

    _with_dialog(qtbot, window, fill)
    assert "Already on the list" in said[0] and "Ingrid Larsen" in said[0]
    assert "Oslo Kommune — Norway" in said[0]  # the country by its name
    assert desk.store.participant_count() == before + 1
    assert page.scan_field.text() == ""


def test_an_e_mail_with_digits_is_an_e_mail(qtbot, context):
    dialog = WalkInDialog(context.desk, "en")
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Maria")
    dialog.last_name.setText("Lopezzz")
    dialog.email.setText("maria.lopez1985@gmail.com")  # long, no space, digits: no code
    dialog.accept()
    assert dialog.verdict is not None
    assert dialog.verdict.participant.email == "maria.lopez1985@gmail.com"


def test_someone_listed_under_a_whole_name_is_found_too(qtbot, context):
    from checkin.domain.model import Participant
    from checkin.service.desk import WalkIn
    from checkin.service.walk_ins import already_registered

    desk = context.desk
    desk.store.upsert_participants([Participant(id="X1", first_name="", last_name="Jean Dupont")])
    found = already_registered(desk, WalkIn(first_name="Jean", last_name="Dupont"))
    assert [p.id for p in found] == ["X1"]
