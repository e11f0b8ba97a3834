"""The UI language switches at run time, without a restart, and is remembered."""

from __future__ import annotations

import copy
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.domain.rules import Status
from tests.conftest import EVENT, PEOPLE, EventFiles, Row, write_participants
from tests.ui.test_desk_page import search

#: The test event, with its categories labelled in French and Spanish too, and a
#: Swiss participant: what a live switch must redraw is in every language.
SWISS = Row("P012", "Urs", "Keller", organisation="Ville de Genève", country="CH",
            category="local", email="u.keller@geneve.example")


@pytest.fixture
def event_files(tmp_path) -> EventFiles:
    event = copy.deepcopy(EVENT)
    for category in event["categories"]:
        if category["id"] == "local":
            category["label"].update(fr="Autorité locale", es="Autoridad local")
    folder = tmp_path / "event"
    folder.mkdir()
    config = folder / "event.json"
    config.write_text(json.dumps(event, ensure_ascii=False), encoding="utf-8")
    return EventFiles(config, write_participants(folder / "participants.csv", [*PEOPLE, SWISS]))


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


def test_the_language_switches_even_when_the_choice_cannot_be_saved(
    qtbot, window, context, monkeypatch
):
    from checkin.store import StoreError

    def refuse(_settings):
        raise StoreError("read_only", "attempt to write a readonly database")

    monkeypatch.setattr(context.desk, "update_settings", refuse)
    messages = []
    window.desk_page.message.connect(messages.append)
    window.language_actions["fr"].trigger()
    assert window.desk_menu.title() == "&Guichet"
    assert [code for code, action in window.language_actions.items() if action.isChecked()] == [
        "fr"]
    assert messages and "base de données" in messages[-1]
    qtbot.wait(10)  # the language change's own events have run: the message stays
    assert "base de données" in window.status_message.text()


def test_a_day_that_cannot_be_saved_leaves_the_banner_on_the_day_served(
    qtbot, window, context, monkeypatch
):
    from checkin.store import StoreError

    page = window.desk_page
    served = context.desk.serving_day()
    other = next(day for day in context.desk.event.days if day != served)

    def refuse(_settings):
        raise StoreError("read_only", "attempt to write a readonly database")

    monkeypatch.setattr(context.desk, "update_settings", refuse)
    messages = []
    page.message.connect(messages.append)
    page.choose_day(other.isoformat())  # no traceback
    assert context.desk.serving_day() == served
    assert page.day_banner.days.currentData() == served.isoformat()
    assert messages and "cannot be written" in messages[-1]


def test_a_switch_redraws_the_verdict_the_results_and_the_recent_list(qtbot, window, context):
    """Nothing shown stays in the old language: country, category, times, the badge
    line, the search rows and the recent list are all drawn again."""
    page, desk = window.desk_page, context.desk
    scan_code(page, desk.code_for(desk.store.participant("P012")))
    scan_code(page, desk.code_for(desk.store.participant("P012")))  # already: with its time
    panel = page.verdict_panel
    assert panel.verdict.status is Status.ALREADY
    assert "Switzerland" in panel.organisation.text()
    assert panel.category.text() == "Local authority"
    assert "8:30\u202fAM" in panel.details.text()
    assert panel.badge_line.text() == "Badge version 1"
    search(qtbot, page, "Keller")
    assert "Switzerland · Local authority" in page.results.row_text(0)
    assert "checked in \u20668:30\u202fAM" in page.results.row_text(0)
    assert page.recent.item(0).text().startswith("\u20668:30\u202fAM\u2069")

    window.set_language("fr")
    assert "Suisse" in panel.organisation.text()
    assert panel.category.text() == "Autorité locale"
    assert "08:30" in panel.details.text() and "AM" not in panel.details.text()
    assert panel.title.text() == "Déjà enregistré"
    assert panel.badge_line.text() == "Badge\u00a0: version 1"
    row = page.results.row_text(0)
    assert "Suisse · Autorité locale" in row and "08:30" in row
    assert "08:30" in page.recent.item(0).text()

    window.set_language("es")
    assert "Suiza" in panel.organisation.text()
    assert panel.category.text() == "Autoridad local"
    assert "Suiza · Autoridad local" in page.results.row_text(0)
    assert panel.badge_line.text() == "Credencial: versión 1"


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


# -- the first start, right to left, Qt's own words ------------------------------


class _System:
    """Stands in for QLocale in ``i18n.system_language``: the computer's locale."""

    def __init__(self, name: str) -> None:
        self._name = name

    def system(self):
        return self

    def name(self) -> str:
        return self._name


@pytest.mark.parametrize(("system", "expected"), [
    ("de_DE", "en"), ("fr_CA", "fr"), ("es_MX", "es"), ("en_GB", "en"), ("C", "en"),
])
def test_the_first_start_follows_the_computer_else_english(monkeypatch, system, expected):
    from checkin.ui import i18n

    monkeypatch.delenv("CHECKIN_LANGUAGE", raising=False)
    monkeypatch.setattr(i18n, "QLocale", _System(system))
    assert i18n.system_language() == expected


def test_pseudo_rtl_mirrors_the_layout_and_english_puts_it_back(qtbot, window, context):
    from PySide6.QtWidgets import QApplication

    context.translations.apply("pseudo-rtl")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.desk_menu.title().startswith("[")
    context.translations.apply("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(("language", "cancel", "save"), [
    ("fr", "Annuler", "Enregistrer"), ("es", "Cancelar", "Guardar"),
])
def test_qt_standard_buttons_follow_the_language(qtbot, window, context, language, cancel, save):
    from PySide6.QtWidgets import QDialogButtonBox

    from checkin.ui.settings_dialog import SettingsDialog

    window.set_language(language)
    dialog = SettingsDialog(context.desk.settings, context.language, window)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == save


# -- messages from the layers below ----------------------------------------------


@pytest.mark.parametrize(("language", "protected", "offline", "no_printer"), [
    ("fr", "protégé par un mot de passe", "hors ligne", "Aucune imprimante"),
    ("es", "protegido con contraseña", "sin conexión", "impresora"),
])
def test_import_sync_and_print_messages_are_translated(
    qtbot, window, context, language, protected, offline, no_printer
):
    from checkin.domain.errors import InputError
    from checkin.ui.import_texts import error_message as import_message
    from checkin.ui.printing import PrintError, print_error_message
    from checkin.ui.sync_status import sync_problem

    window.set_language(language)
    message = import_message(InputError("password_protected", "English", file="liste.xlsx"))
    assert protected in message and "liste.xlsx" in message
    assert offline in sync_problem("folder_missing")
    assert no_printer in print_error_message(PrintError("no_printer"))
    assert "The sync" not in sync_problem("")  # the generic sentence is translated too


def test_an_unexpected_error_code_is_a_translated_sentence(qtbot, window, context):
    from checkin.domain.errors import InputError
    from checkin.ui.texts import error_message

    window.set_language("fr")
    message = error_message(InputError("no_such_code", "English detail for the log"))
    assert "English" not in message and "superviseur" in message
