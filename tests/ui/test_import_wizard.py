"""The import wizard, driven like a supervisor would: file, columns, report, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PEOPLE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard
from registration_lists import delimited, password_protected_workbook, people_workbook

from checkin.store import bulk
from checkin.ui.import_job import ApplyPage
from checkin.ui.import_wizard import ImportWizard

FRENCH = ["Identifiant", "Prénom", "Nom", "Organisation", "Pays", "Catégorie", "Courriel",
          "Date d'inscription"]


def corrected_list(store, folder: Path) -> Path:
    """The registration team's corrected list: Excel's French "CSV UTF-8", one change, one
    new person, one row without an id."""
    rows = []
    for row in PEOPLE:
        person = store.participant(row.id)
        rows.append([person.id, person.first_name, person.last_name, person.organisation,
                     person.country, person.category, person.email, "2015-09-01"])
    rows[9][3] = "Cités Unies France (CUF)"  # P010: a printed field changes
    rows.append(["P100", "Renée", "Lefèvre", "Mairie de Lyon", "France", "local",
                 "r.lefevre@lyon.example", "2015-09-02"])
    rows.append(["", "Sans", "Identifiant", "", "", "", "", ""])
    path = folder / "Inscriptions (corrigé).csv"
    path.write_bytes(delimited(FRENCH, rows, delimiter=";", encoding="utf-8-sig"))
    return path


@pytest.fixture
def wizard(qtbot, context, tmp_path):
    def open_wizard(path: Path | None = None) -> ImportWizard:
        dialog = ImportWizard(context, path=path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_wizard


def next_button(dialog: QWizard):
    return dialog.button(QWizard.WizardButton.NextButton)


def test_import_a_corrected_list_from_file_to_summary(qtbot, wizard, context, tmp_path):
    store = context.desk.store
    dialog = wizard(corrected_list(store, tmp_path))
    status = dialog.file_page.status.text()
    assert "semicolon" in status and "UTF-8 with BOM" in status
    assert next_button(dialog).isEnabled()

    qtbot.mouseClick(next_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.currentPage() is dialog.mapping_page
    assert dialog.mapping[:7] == ("id", "first_name", "last_name", "organisation", "country",
                                  "category", "email")
    preview = dialog.mapping_page.preview
    assert preview.item(0, 1).text() == "P001"
    assert preview.item(0, 5).text() == "GR"  # countries shown as they will be stored

    qtbot.mouseClick(next_button(dialog), Qt.MouseButton.LeftButton)
    page = dialog.report_page
    assert page.figures["imported"].text() == "1"
    assert page.figures["updated"].text() == "1"
    assert page.figures["reprint"].text() == "1"
    assert page.figures["skipped"].text() == "1"
    assert page.issues.rowCount() >= 2
    first = page.issues.index(0, 2)
    assert "No id" in page.issues.data(first)  # errors first, in the operator's words
    assert page.issues.data(page.issues.index(0, 0)) == 14  # the row Excel shows
    assert store.participant("P100") is None  # nothing written before Import
    commit = dialog.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Import"

    with qtbot.waitSignal(dialog.imported, timeout=5000) as signal:
        qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.currentPage() is dialog.summary_page)
    assert signal.args[0].imported == 1
    assert store.participant("P100").last_name == "Lefèvre"
    assert store.participant("P010").organisation == "Cités Unies France (CUF)"
    assert store.pending_reprints() == {"P010": ["organisation"]}
    assert dialog.summary_page.title() == "Import complete"


def test_a_file_with_unidentified_rows_cannot_remove_anyone(qtbot, wizard, context, tmp_path):
    """Two people left the list, and a row has no id: it may be one of them, so the
    report says no one can be removed with this file and the box stays off."""
    store = context.desk.store
    path = corrected_list(store, tmp_path)
    lines = path.read_bytes().decode("utf-8-sig").splitlines()
    path.write_bytes(("\n".join(lines[:1] + lines[3:]) + "\n").encode("utf-8-sig"))
    dialog = wizard(path)
    qtbot.mouseClick(next_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(next_button(dialog), Qt.MouseButton.LeftButton)
    page = dialog.report_page
    assert page.figures["vanished"].text() == "2"
    assert not page.remove_vanished.isEnabled() and page.removal_note.isVisibleTo(page)
    assert "No one can be removed" in page.removal_note.text()


def test_the_mapping_can_be_corrected(qtbot, wizard, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(delimited(["Code", "Who", "Where"],
                               [["X1", "Ana Ruiz", "Chile"], ["X2", "Bo Li", "China"]]))
    dialog = wizard(path)
    qtbot.mouseClick(next_button(dialog), Qt.MouseButton.LeftButton)
    page = dialog.mapping_page
    assert not page.isComplete() and not next_button(dialog).isEnabled()
    assert page.problem.isVisible()
    combos: list[QComboBox] = page.combos
    combos[0].setCurrentIndex(combos[0].findData("id"))
    combos[1].setCurrentIndex(combos[1].findData("full_name"))
    combos[2].setCurrentIndex(combos[2].findData("country"))
    assert page.isComplete() and next_button(dialog).isEnabled()
    assert not page.problem.isVisible()
    assert page.preview.item(0, 3).text() == "Ana Ruiz"
    assert page.preview.item(0, 5).text() == "CL"
    # A field fills one column: choosing it elsewhere clears the first choice.
    combos[0].setCurrentIndex(combos[0].findData("country"))
    assert combos[2].currentData() is None
    assert dialog.mapping == ("country", "full_name", None)


def test_a_one_column_list_with_a_pasted_windows_line_says_how_it_was_read(
    qtbot, wizard, tmp_path
):
    path = tmp_path / "names.csv"
    path.write_bytes("Name\r\nDUPONT, Jean\r\nZoë Ødegård\r\n".encode()
                     + "Hélène BÉART\r\n".encode("cp1252"))
    dialog = wizard(path)
    status = dialog.file_page.status.text()
    assert "UTF-8 with some Windows-1252 lines" in status and "one column" in status
    assert next_button(dialog).isEnabled()


def test_a_protected_workbook_is_explained_and_blocks_the_wizard(qtbot, wizard, tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(password_protected_workbook())
    dialog = wizard(path)
    assert "password" in dialog.file_page.status.text()
    assert not next_button(dialog).isEnabled()


def test_choosing_a_sheet(qtbot, wizard, tmp_path):
    path = tmp_path / "book.xlsx"
    path.write_bytes(people_workbook())
    dialog = wizard(path)
    sheet = dialog.file_page.sheet
    assert sheet.isVisible() and sheet.currentText() == "Participants"
    sheet.setCurrentIndex(1)
    sheet.activated.emit(1)
    assert dialog.records.source.sheet == "Speakers"
    assert "Speakers" in dialog.file_page.status.text()


def test_cancelling_the_import_changes_nothing(qtbot, wizard, context, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 1)
    store = context.desk.store
    before = store.all_participants()
    dialog = wizard(corrected_list(store, tmp_path))
    dialog.next()
    dialog.next()
    shown = ApplyPage.show_progress

    def press_cancel_midway(page, done, total):
        shown(page, done, total)
        if done == 1:
            qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(ApplyPage, "show_progress", press_cancel_midway)
    dialog.next()
    qtbot.waitUntil(lambda: dialog.currentPage() is dialog.summary_page)
    assert dialog.summary_page.title() == "Import cancelled"
    assert store.all_participants() == before
    assert store.pending_reprints() == {}


def test_on_real_threads_the_window_stays_responsive(qtbot, wizard, context, tmp_path):
    from checkin.ui.tasks import TaskRunner

    context.runner = TaskRunner()
    store = context.desk.store
    dialog = wizard(corrected_list(store, tmp_path))
    qtbot.waitUntil(lambda: dialog.records is not None, timeout=10000)
    dialog.next()
    dialog.next()
    qtbot.waitUntil(lambda: dialog.report_page.isComplete(), timeout=10000)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.next()
    qtbot.waitUntil(lambda: dialog.currentPage() is dialog.summary_page, timeout=10000)
    assert store.participant("P100") is not None
    context.runner.wait()


def test_a_list_whose_ids_are_row_numbers_is_refused_before_import(qtbot, wizard, context,
                                                                    tmp_path):
    store = context.desk.store
    people = [["Ann", "Lee"], ["Bob", "Ray"], ["Cy", "Dee"], ["Di", "Eve"]]
    headers = ["ID", "Title", "Name", "Surname"]
    first = tmp_path / "v1.csv"
    first.write_bytes(delimited(headers, [[f"N{n}", "Mr", *p] for n, p in enumerate(people)]))
    from checkin.service.importing import import_file

    import_file(store, first)
    assert store.participant("N0").first_name == "Ann"  # "Name" beside "Surname"
    assert store.participant("N0").title == ""  # "Mr" is no position
    resorted = tmp_path / "v2.csv"
    resorted.write_bytes(delimited(headers, [[f"N{n}", "Ms", *p]
                                             for n, p in enumerate(reversed(people))]))
    dialog = wizard(resorted)
    assert dialog.mapping == ("id", None, "first_name", "last_name")
    qtbot.mouseClick(next_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(next_button(dialog), Qt.MouseButton.LeftButton)
    page = dialog.report_page
    qtbot.waitUntil(lambda: "row numbers" in page.status.text())
    assert "id N0 was Ann Lee, is now Di Eve" in page.status.text()
    assert not dialog.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert store.participant("N0").first_name == "Ann"
