"""The UI language switches at run time, without a restart, and is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.domain.rules import Status


def scan_code(page, code: str) -> None:
    QTest.keyClicks(page.scan_field, code)
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)


def test_switch_to_french_and_spanish_live(qtbot, window, context):
    page = window.desk_page
    desk = context.desk
    scan_code(page, desk.code_for(desk.store.participant("P009")))
    assert page.verdict_panel.title.text() == "Checked in"

    window.set_language("fr")
    assert window.desk_menu.title() == "&Guichet"
    assert page.verdict_panel.title.text() == "Enregistré"
    assert "lundi 26 octobre 2015" in page.day_banner.label.text()
    assert page.counts_label.text().startswith("Enregistrés ce jour")
    assert desk.settings.language == "fr"

    window.set_language("es")
    assert page.verdict_panel.title.text() == "Registrado"
    assert "lunes, 26 de octubre de 2015" in page.day_banner.label.text()
    assert page.verdict_panel.undo_button.text() == "Anular el registro (Ctrl+Z)"

    window.set_language("en")
    assert page.verdict_panel.title.text() == "Checked in"
    assert page.verdict_panel.property("severity") == "ok"


def test_error_messages_are_translated(qtbot, window, context):
    page = window.desk_page
    window.set_language("fr")
    scan_code(page, "CK" + "A" * 30)
    assert page.verdict_panel.verdict.status is Status.INVALID
    assert page.verdict_panel.title.text() == "Code non valide"
    assert "falsifié" in page.verdict_panel.advice.text()


def test_pseudo_locale_lengthens_every_label(qtbot, window, context):
    context.translations.apply("pseudo-long")
    assert window.desk_page.verdict_panel.title.text().startswith("[")
    assert window.desk_menu.title().startswith("[")
    context.translations.apply("en")
    assert window.desk_menu.title() == "&Desk"
