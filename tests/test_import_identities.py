"""An id that now names someone else: reported, kept back when in use, refused when ids shift."""

from __future__ import annotations

from pathlib import Path

import pytest
from registration_lists import delimited

from checkin.domain.errors import InputError
from checkin.service.badges import record_printed, replace_badge
from checkin.service.importing import import_file

HEADERS = ["ID", "First name", "Last name", "Organisation", "Country"]
# Invented people; their ids are row numbers, as some registration exports make them.
PEOPLE = [
    ["Ann", "Lee", "UNHCR", "Kenya"],
    ["Bob", "Ray", "WHO", "Chile"],
    ["Cy", "Dee", "IOM", "France"],
    ["Di", "Eve", "UNDP", "Peru"],
    ["Ed", "Fox", "ILO", "Ghana"],
    ["Flo", "Gil", "UNEP", "Nepal"],
]


def numbered(path: Path, people) -> Path:
    path.write_bytes(delimited(HEADERS, [[f"R{n}", *p] for n, p in enumerate(people, 1)]))
    return path


@pytest.fixture
def listed(desk, tmp_path):
    import_file(desk.store, numbered(tmp_path / "v1.csv", PEOPLE))
    return desk


def test_a_re_sorted_list_of_row_numbers_is_refused_whole(listed, tmp_path):
    desk = listed
    desk.admit("R1")
    before = [desk.store.participant(f"R{n}") for n in range(1, 7)]
    resorted = sorted(PEOPLE, key=lambda p: p[2])  # by organisation: every id moves
    with pytest.raises(InputError) as raised:
        import_file(desk.store, numbered(tmp_path / "v2.csv", resorted))
    assert raised.value.code == "ids_shifted"
    assert "'R1' was Ann Lee, is now Ed Fox" in str(raised.value)
    assert [desk.store.participant(f"R{n}") for n in range(1, 7)] == before


def test_an_id_given_to_someone_else_is_reported_and_kept_back_if_in_use(listed, tmp_path):
    desk = listed
    desk.admit("R1")  # Ann Lee checked in
    record_printed(desk, [desk.store.participant("R2")], layout="a6")  # Bob Ray's badge
    rows = [list(p) for p in PEOPLE]
    rows[0][:2] = ["Zoe", "Kim"]  # R1 now names someone else: kept back (checked in)
    rows[1][:2] = ["Yan", "Orr"]  # R2 too: kept back (badge printed)
    rows[2][:2] = ["Xia", "Pau"]  # R3 too: applied, with a warning
    rows[3][2] = "UNICEF"  # R4: an ordinary change
    rows[4][:2] = ["ED", "FOX-Smith"]  # R5: the same person (a word is left)
    rows[5][:2] = ["Gil", "Flo"]  # R6: first and family name swapped: the same person
    report = import_file(desk.store, numbered(tmp_path / "v2.csv", rows))
    assert [(e.row, e.code) for e in report.errors] == [
        (2, "identity_changed_in_use"),
        (3, "identity_changed_in_use"),
    ]
    assert "'R1' was Ann Lee" in report.errors[0].message
    assert [(w.row, w.code) for w in report.warnings if "identity" in w.code] == [
        (4, "identity_changed")
    ]
    assert report.warnings[-1].message == (
        "id 'R3' was Cy Dee, is now Xia Pau: check that the list's ids are stable"
    )
    assert report.skipped == 2
    assert desk.store.participant("R1").display_name == "Ann Lee"
    assert desk.store.participant("R2").display_name == "Bob Ray"
    assert desk.store.participant("R3").display_name == "Xia Pau"
    assert desk.store.participant("R5").display_name == "ED FOX-Smith"
    assert desk.store.participant("R6").display_name == "Gil Flo"


def test_a_name_corrected_at_a_desk_counts_as_the_stored_name(listed, tmp_path):
    desk = listed
    desk.admit("R1")
    replace_badge(desk, "R1", reason="name_correction", first_name="Anne", last_name="Leigh")
    report = import_file(desk.store, numbered(tmp_path / "v2.csv", PEOPLE))  # the old spelling
    assert not report.errors and report.corrected == ["R1"]
    assert desk.store.participant("R1").display_name == "Anne Leigh"


def test_ids_mangled_by_excel_are_refused_or_pointed_out(desk, tmp_path):
    first = tmp_path / "v1.csv"
    first.write_bytes(delimited(HEADERS, [["123456789012", "Ann", "Lee", "UNHCR", "Kenya"],
                                          ["00123", "Cy", "Dee", "IOM", "France"]]))
    import_file(desk.store, first)
    resaved = tmp_path / "v2.csv"  # opened and saved again in Excel: ids read as numbers
    resaved.write_bytes(delimited(HEADERS, [["1.23457E+11", "Ann", "Lee", "UNHCR", "Kenya"],
                                            ["1,23457E+11", "Bob", "Ray", "WHO", "Chile"],
                                            ["123", "Cy", "Dee", "IOM", "France"]]))
    report = import_file(desk.store, resaved)
    assert [(e.row, e.code) for e in report.errors] == [(2, "id_scientific"), (3, "id_scientific")]
    assert "scientific notation" in report.errors[0].message
    zeros = [w for w in report.warnings if w.code == "id_lost_zeros"]
    assert [(w.row, w.params) for w in zeros] == [(4, {"id": "123", "stored": "00123"})]
    assert report.imported == 1 and report.skipped == 2
    assert desk.store.participant("1.23457E+11") is None


def test_names_given_again_in_their_own_script_are_the_same_people(desk, tmp_path):
    """A corrected list writes the names in Cyrillic, Arabic, Chinese, Greek with their
    Latin (passport) spelling beside: the same people under the same ids, not a shift."""
    first = tmp_path / "v1.csv"
    first.write_bytes(delimited(["ID", "First name", "Last name"], [
        ["U1", "Olena", "Kovalchuk"], ["U2", "Mohamed", "Al-Ali"], ["U3", "Wei", "Wang"],
        ["U4", "Georgios", "Papadopoulos"]]))
    import_file(desk.store, first)
    desk.admit("U1")
    again = tmp_path / "v2.csv"
    again.write_bytes(delimited(["ID", "First name", "Last name", "Latin name"], [
        ["U1", "Олена", "Ковальчук", "Olena Kovalchuk"],
        ["U2", "محمد", "العلي", "Mohamed Al-Ali"],
        ["U3", "伟", "王", ""],  # no Latin spelling: the transliteration is enough
        ["U4", "Γεώργιος", "Παπαδόπουλος", "Georgios Papadopoulos"]]))
    report = import_file(desk.store, again)
    assert report.updated == 4 and not report.errors
    assert not [w for w in report.warnings if w.code.startswith("identity")]
    assert desk.store.participant("U1").first_name == "Олена"
