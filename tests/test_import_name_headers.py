"""Common name headers that used to lose names: Name | Surname, "as in passport", Title."""

from __future__ import annotations

from registration_lists import trilingual_event

from checkin.domain.event_config import parse_event_config
from checkin.importing import plan as planning
from checkin.importing.headers import guess_mapping
from checkin.importing.plan import read_plan, tabulate
from checkin.importing.reading import read_bytes

CONFIG = parse_event_config(trilingual_event())


def plan_of(text: str):
    return read_plan(read_bytes(text.encode(), "list.csv"), CONFIG)


def names(plan) -> list[tuple[str, str, str, str]]:
    return [(p.participant.first_name, p.participant.last_name, p.participant.name_latin,
             p.participant.title) for p in plan.rows]


def test_name_beside_surname_is_the_first_name():
    plan = plan_of("ID,Name,Surname,Organisation\r\nS-1,John,Smith,DFID\r\nS-2,Priya,Patel,WHO\r\n")
    assert names(plan) == [("John", "Smith", "", ""), ("Priya", "Patel", "", "")]
    assert guess_mapping(["First name", "Name"]) == ("first_name", "last_name")
    assert guess_mapping(["Name"]) == ("full_name",)  # alone, it is the whole name
    assert guess_mapping(["Full name", "Surname"]) == ("full_name", "last_name")


def test_a_family_name_as_in_passport_is_the_family_name():
    plan = plan_of("ID,First name,Last name (as in passport),Organization\r\n"
                   "P-1,Maria,Gonzalez,UNICEF\r\n")
    assert names(plan) == [("Maria", "Gonzalez", "", "")]
    assert guess_mapping(["Given name (as in passport)", "Surname (as in passport)"]) == (
        "first_name", "last_name")
    assert guess_mapping(["Name as in passport"]) == ("name_latin",)
    assert guess_mapping(["Nom (caractères latins)", "Nom", "Prénom"]) == (
        "name_latin", "last_name", "first_name")


def test_a_title_column_of_honorifics_is_not_the_position():
    text = ("ID,Title,First name,Last name\r\n1,Mr,John,Smith\r\n2,H.E.,Amina,Diallo\r\n"
            "3,Ms.,Ana,Cruz\r\n4,Directora,Eva,Ruiz\r\n")
    plan = plan_of(text)
    assert [n[3] for n in names(plan)] == ["", "", "", ""]
    assert [(i.code, i.params) for i in plan.issues if i.code == "honorifics_column"] == [
        ("honorifics_column", {"column": "Title"})]
    assert not any(i.code == "unmapped_columns" for i in plan.issues)
    assert planning.guess_table_mapping(tabulate(read_bytes(text.encode(), "l.csv")))[1] is None
    # A "Title" column of positions is still the position.
    jobs = plan_of("ID,Title,First name,Last name\r\n1,Director,John,Smith\r\n2,Mr,Ann,Lee\r\n"
                   "3,Head of unit,Bo,Ek\r\n")
    assert [n[3] for n in names(jobs)] == ["Director", "Mr", "Head of unit"]
    assert not any(i.code == "honorifics_column" for i in jobs.issues)


def test_a_header_repeated_in_other_spellings_is_left_out():
    from registration_lists import workbook

    data = workbook({"Sheet1": [
        ["ID", "First name", "Last name", "Organisation", "Country"],
        ["A-1", "Ann", "Lee", "UNHCR", "Kenya"],
        ["ID", "First Name", "Last Name", "Organization", "Country"],  # a second list pasted
        ["B-1", "Cy", "Dee", "IOM", "France"],
        ["id", "PRÉNOM", "Nom", "Organisme", "Pays"],  # and a third, from the French team
        ["C-1", "Éa", "Fay", "OIM", "Suisse"],
        ["ID", "Name", "Surname", "Organisation", "Country"],  # British forms: the same
        ["ID", "Zed", "Moe", "WHO", "Chile"],  # someone whose id is "ID": a person
    ]})
    plan = read_plan(read_bytes(data, "pasted.xlsx"), CONFIG)
    assert [r.participant.id for r in plan.rows] == ["A-1", "B-1", "C-1", "ID"]
    assert [(i.code, i.params) for i in plan.issues if i.code == "repeated_header"] == [
        ("repeated_header", {"rows": "3, 5, 7"})]
