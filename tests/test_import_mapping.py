"""Header mapping (EN/FR/ES), value normalisation and row validation."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from registration_lists import (
    ENGLISH_HEADERS,
    FRENCH_HEADERS,
    SPANISH_HEADERS,
    WESTERN,
    delimited,
    excel_french_csv,
    trilingual_event,
    unicode_text,
    workbook,
)

from checkin.domain.errors import InputError
from checkin.domain.event_config import parse_event_config
from checkin.importing.country_names import country_code
from checkin.importing.days import parse_days
from checkin.importing.headers import guess_mapping
from checkin.importing.plan import read_plan
from checkin.importing.reading import read_bytes
from checkin.importing.values import Categories, language_code, parse_flags, yes_no

DEMO_EVENT = Path(__file__).parents[1] / "data" / "idm2015" / "event.json"
CONFIG = parse_event_config(trilingual_event())
DAYS = CONFIG.days
STANDARD = ("id", "first_name", "last_name", "organisation", "country", "category", "email",
            "days")


@pytest.mark.parametrize("headers", [ENGLISH_HEADERS, FRENCH_HEADERS, SPANISH_HEADERS])
def test_headers_in_three_languages(headers):
    assert guess_mapping(headers) == STANDARD


def test_headers_in_any_order_case_accents_and_extra_columns():
    headers = ["Remarques", "PAYS", "nom", "Courriel ", "Prenom", "Date d'inscription",
               "Correo electronico", "Apellidos"]
    mapping = dict(zip(headers, guess_mapping(headers), strict=True))
    assert mapping["PAYS"] == "country"
    assert mapping["Prenom"] == "first_name"
    assert mapping["nom"] == "last_name"
    assert mapping["Courriel "] == "email"
    assert mapping["Remarques"] == "notes"
    assert mapping["Date d'inscription"] is None
    # A second column for a field is left out (the first one wins), never merged.
    assert mapping["Correo electronico"] is None and mapping["Apellidos"] is None


def test_header_variants():
    cases = {
        ("Primer apellido", "Segundo apellido", "Nombre"):
            ("last_name", "second_last_name", "first_name"),
        ("Full name", "Organisation country"): ("full_name", "organisation"),
        ("Country of residence", "VIP", "Orateur", "Ticket number"):
            ("country", "vip", "speaker", "ticket_code"),
        ("Entidad", "Cargo", "Idioma"): ("organisation", "title", "language"),
        ("Nombre", "Apellido paterno", "Apellido materno", "Nombre en alfabeto latino"):
            ("first_name", "last_name", "second_last_name", "name_latin"),
        ("Org.", "Date(s) de présence", "Nom (caractères latins)"):
            ("organisation", "days", "name_latin"),
    }
    for headers, fields in cases.items():
        assert guess_mapping(headers) == fields, headers


@pytest.mark.parametrize("header", [
    "Last Name, First Name", "Name (Last, First)", "Surname, Given name", "Prénom NOM",
    "Apellidos, Nombre", "Apellidos y nombres", "Family name, given name", "First and last name",
])
def test_a_header_naming_both_names_heads_whole_names(header):
    assert guess_mapping([header]) == ("full_name",)


@pytest.mark.parametrize("header", [
    "Nº de inscripción", "No. de inscripción", "Número de registro", "ID de registro",
    "Numéro de participant", "N° d'inscription", "Registration #", "Badge ID", "Attendee ID",
])
def test_registration_numbers_head_the_id_column(header):
    assert guess_mapping([header]) == ("id",)
    assert guess_mapping(["Registration date"]) == (None,)


@pytest.mark.parametrize(
    ("text", "code"),
    [("Suisse", "CH"), ("Switzerland", "CH"), ("Suiza", "CH"), ("ch", "CH"), ("CHE", "CH"),
     ("USA", "US"), ("États-Unis", "US"), ("Estados Unidos", "US"), ("UK", "GB"),
     ("Royaume-Uni", "GB"), ("Reino Unido", "GB"), ("Côte d'Ivoire", "CI"),
     ("Cote d’Ivoire", "CI"), ("Iran (Islamic Republic of)", "IR"),
     ("Korea, Republic of", "KR"), ("Korea, Dem. People's Rep.", "KP"),
     ("Congo (Democratic Republic of the)", "CD"), ("Congo", "CG"), ("Viet Nam", "VN"),
     ("Grèce", "GR"), ("Alemania", "DE"), ("Sénégal", "SN"), ("Pays-Bas", "NL"),
     ("Niger", "NE"), ("Nigeria", "NG"), ("Suisse / Switzerland", "CH"),
     ("Costa de Marfil", "CI"), ("Palestina", "PS"), ("Birmanie", "MM"), ("Kirghizistan", "KG"),
     ("Republic of Ireland", "IE"), ("Central African Rep.", "CF"), ("Burkina", "BF"),
     ("Rep. of Korea", "KR"), ("Russian Fed.", "RU"), ("Korea, Dem. Rep.", "KP")],
)
def test_countries_in_three_languages_and_codes(text, code):
    assert country_code(text) == code


def test_no_country_and_namibia_or_not_available(tmp_path):
    rows = [["1", "Ana", "Ruiz", "N/A"], ["2", "Bo", "Li", "NA"], ["3", "Cy", "Ray", "Namibia"]]
    data = delimited(["id", "first_name", "last_name", "country"], rows)
    plan = read_plan(read_bytes(data, "c.csv"), CONFIG)
    assert [r.participant.country for r in plan.rows] == ["", "NA", "NA"]
    assert [(w.row, w.code) for w in plan.warnings if "country" in w.code] == [(3, "country_na")]


def test_unknown_country():
    assert country_code("Atlantis") is None
    assert country_code("") is None


def test_categories_from_event_labels_in_any_language():
    categories = Categories(CONFIG)
    for text in ("Gobierno", "government", "GOUVERNEMENT", "Autorité locale", "local authority",
                 "Sociedad civil", "Organisation internationale", "civil society"):
        assert categories.resolve(text) is not None, text
    assert categories.resolve("Autoridad local") == "local"
    assert categories.resolve("Civil") == "civil"  # a word of one label only
    assert categories.resolve("Press") is None


@pytest.mark.parametrize(
    ("text", "days"),
    [("2015-10-26", (0,)), ("26/10/2015", (0,)), ("10/27/2015", (1,)), ("26.10", (0,)),
     ("26 Oct", (0,)), ("Oct 27, 2015", (1,)), ("26 et 27 octobre", (0, 1)),
     ("27 de octubre", (1,)), ("Monday", (0,)), ("mardi", (1,)), ("lunes y martes", (0, 1)),
     ("Day 2", (1,)), ("J1", (0,)), ("1;2", (0, 1)), ("26-27 October", (0, 1)),
     ("both", ()), ("tous", ()), ("todos", ()), ("", ()), ("2 days", ()), ("2 jours", ()),
     ("26-Oct-15", (0,)), ("27-oct-2015", (1,)), ("42303", (0,)), ("42303;42304", (0, 1))],
)
def test_registered_days_in_common_spellings(text, days):
    reading = parse_days(text, DAYS)
    assert reading.understood
    assert reading.days == tuple(DAYS[i] for i in days)


THREE_DAYS = tuple(dt.date(2015, 10, day) for day in (26, 27, 28))


@pytest.mark.parametrize(
    ("text", "days"),
    [("26-28 Oct", (0, 1, 2)), ("Mon-Wed", (0, 1, 2)), ("Monday to Wednesday", (0, 1, 2)),
     ("du 26 au 28 octobre", (0, 1, 2)), ("del 26 al 28 de octubre", (0, 1, 2)),
     ("lunes a miércoles", (0, 1, 2)), ("J1-J3", (0, 1, 2)), ("Day 1 to Day 3", (0, 1, 2)),
     ("2015-10-26 to 2015-10-28", (0, 1, 2)), ("26/10/2015 - 28/10/2015", (0, 1, 2)),
     ("26 – 28 octobre", (0, 1, 2)), ("Oct 26 through 28", (0, 1, 2)),
     ("26-Oct-15 to 28-Oct-15", (0, 1, 2)), ("Days 2-3", (1, 2)), ("1-2", (0, 1)),
     ("jusqu'au 27 octobre", (0, 1)), ("until Tuesday", (0, 1)),
     ("26 et 28 octobre", (0, 2)), ("1;3", (0, 2)), ("lundi-mardi", (0, 1))],
)
def test_a_range_of_days_stands_for_every_day_between_its_ends(text, days):
    reading = parse_days(text, THREE_DAYS)
    assert reading.understood, text
    assert reading.days == tuple(THREE_DAYS[i] for i in days), text


def test_the_united_nations_abbreviated_is_not_the_article_un():
    demo = parse_event_config(json.loads(DEMO_EVENT.read_text(encoding="utf-8")))
    categories = Categories(demo)
    for text in ("UN", "U.N.", "ONU", "UN agency", "Nations Unies"):
        assert categories.resolve(text) == "international_org", text
    assert categories.resolve("un") is None  # the article alone names nothing
    assert categories.resolve("NGO") == categories.resolve("ONG") == "civil_society"
    assert categories.resolve("Etat membre") == "member_state"
    assert categories.resolve("DÉLÉGATION D'UN ÉTAT MEMBRE") == "member_state"  # "UN" here
    assert categories.resolve("DELEGACIÓN DE UN ESTADO MIEMBRO") == "member_state"


EARLY = tuple(dt.date(2016, 3, day) for day in (2, 3, 4))  # day and month both ≤ 12
TWO_WEEKS = tuple(dt.date(2015, 10, 19) + dt.timedelta(days=n) for n in range(12))


@pytest.mark.parametrize(
    ("text", "event", "days"),
    [("2-3 Mar", EARLY, (2, 3)), ("3-4 mars", EARLY, (3, 4)), ("Mar 2-3", EARLY, (2, 3)),
     ("Days 2-3", EARLY, (3, 4)), ("1-2", EARLY, (2, 3)), ("2/3/2016", EARLY, (2,)),
     ("2 Mar-3 Mar", EARLY, (2, 3)), ("02/03-04/03", EARLY, (2, 3, 4)),
     ("2 mar 3 mar", EARLY, (2, 3)),
     ("Mon-Wed", TWO_WEEKS, (19, 20, 21, 26, 27, 28)), ("Thu-Fri", TWO_WEEKS, (22, 23, 29, 30)),
     ("Mon-Fri", THREE_DAYS, (26, 27, 28)), ("lundi au vendredi", THREE_DAYS, (26, 27, 28)),
     ("mar-mer", THREE_DAYS, (27, 28)), ("26 Oct-27 Oct", THREE_DAYS, (26, 27)),
     ("26/10-28/10", THREE_DAYS, (26, 27, 28))],
)
def test_ranges_early_in_a_month_and_of_weekdays(text, event, days):
    reading = parse_days(text, event)
    assert reading.understood and not reading.not_event_days, text
    assert [d.day for d in reading.days] == list(days), text


def test_days_outside_the_event_or_unreadable():
    outside = parse_days("2015-11-01", DAYS)
    assert outside.days == () and outside.not_event_days == ("2015-11-01",)
    assert not parse_days("whenever", DAYS).understood
    assert not parse_days("1 day", DAYS).understood  # how many, not which: every day, warned


@pytest.mark.parametrize(
    ("cell", "answer"),
    [("Yes", True), ("oui", True), ("Sí", True), ("x", True), ("X", True), ("1", True),
     ("TRUE", True), ("✓", True), ("VIP", True), ("Yes - confirmed", True), ("", False),
     ("No", False), ("non", False), ("0", False), ("N/A", False), ("NA", False),
     ("n/a", False), ("No (declined)", False), ("Non applicable", False), ("-", False),
     ("TBC", None), ("maybe", None), ("Orateur", None), ("✗", None), ("S/O", False),
     ("s.o.", False), ("Si besoin", None)],
)
def test_only_an_explicit_yes_sets_a_flag(cell, answer):
    assert yes_no(cell, "vip") is answer


def test_languages_and_flags():
    assert [language_code(t) for t in ("English", "français", "Español", "fr-CH", "ES", "")] == [
        "en", "fr", "es", "fr", "es", ""]
    assert language_code("Klingon") is None
    flags, unknown = parse_flags("VIP; orateur, Protocolo / dragon")
    assert flags == {"vip", "speaker", "protocol"} and unknown == ("dragon",)


def plan_of(data: bytes, name: str = "list.csv"):
    return read_plan(read_bytes(data, name), CONFIG)


def test_a_second_column_for_a_field_is_said_once_and_unknown_columns_are_listed():
    data = "ID,Name,Email,Correo electrónico,Date d'inscription\r\n1,Ann,a@x.org,b@x.org,x\r\n"
    issues = [(i.code, i.params) for i in plan_of(data.encode()).issues]
    assert ("duplicate_column", {"column": "Correo electrónico", "other": "Email",
                                 "field": "email"}) in issues
    assert ("unmapped_columns", {"columns": "Date d'inscription"}) in issues
    duplicate = next(i for i in plan_of(data.encode()).issues if i.code == "duplicate_column")
    assert "_" not in duplicate.message  # no internal field names in the CLI's report


def test_french_excel_list_becomes_participants():
    plan = plan_of(excel_french_csv())
    people = {r.participant.id: r.participant for r in plan.rows}
    assert len(people) == len(WESTERN)
    francoise = people["A-001"]
    assert (francoise.first_name, francoise.last_name) == ("Françoise", "Lefèvre-Dubois")
    assert francoise.country == "CH" and francoise.category == "local"
    assert francoise.days == (DAYS[0],)
    assert people["A-002"].organisation == "Ayuntamiento de Sevilla; Área de Migración"
    assert people["A-002"].days == DAYS
    assert people["A-003"].organisation == 'Dublin "City" Council'
    assert people["A-004"].first_name == "" and people["A-004"].last_name == "Zainab"
    assert people["A-005"].first_name == "Robert'); DROP TABLE participants;--"
    assert people["A-005"].organisation == "=1+2 Consulting"
    assert (people["A-006"].first_name, people["A-006"].last_name) == ("Marie", "Dubois")


def test_warnings_carry_excel_row_numbers():
    plan = plan_of(excel_french_csv())
    by_code = {(i.code, i.row) for i in plan.issues}
    assert ("missing_optional", 4) in by_code  # Seán O'Brien (row 4) has no category
    assert ("bad_email", 7) in by_code  # Marie Dubois, row 7
    assert not plan.errors


def test_errors_duplicates_and_shifted_rows():
    rows = [
        ["1", "Ana", "Ruiz", "ES"],
        ["", "No", "Id", "FR"],  # row 3: error, no id
        ["3", "", "", "FR"],  # row 4: error, no name
        ["1", "Ana", "Ruiz", "ES"],  # row 5: duplicate id, skipped
        ["5", "Ana", "Ruiz", "ES", "extra"],  # row 6: same person, and a shifted column
        ["6", "Bo", "Li", "Narnia"],  # row 7: unknown country kept as written
    ]
    plan = plan_of(delimited(["id", "first name", "last name", "country"], rows))
    assert [(i.row, i.code) for i in plan.errors] == [(3, "no_id"), (4, "no_name")]
    codes = {(i.row, i.code) for i in plan.warnings}
    assert {(5, "duplicate_id"), (6, "same_person_in_file"), (6, "extra_cells"),
            (7, "unknown_country")} <= codes
    assert [r.participant.id for r in plan.rows] == ["1", "5", "6"]
    assert plan.rows[-1].participant.country == "Narnia"
    assert plan.skipped == 3


def test_unknown_category_gets_the_default_with_a_warning():
    plan = plan_of(delimited(["id", "nom", "catégorie"], [["1", "Ruiz", "Presse"]]))
    assert plan.rows[0].participant.category == CONFIG.default_category
    assert plan.warnings[-1].code == "unknown_category"


def test_lists_without_ids_get_stable_ids_and_full_names_are_not_guessed():
    data = delimited(["Name", "Email"], [["DUPONT, Jean", "j@x.example"],
                                         ["José García López", ""],
                                         ["Jean-Pierre MARTIN", ""], ["WANG Wei", ""],
                                         ["Ana de la CRUZ", ""], ["ANA SILVA", ""],
                                         ["A.K. Sharma", ""], ["MD Rahman", ""],
                                         ["John SMITH III", ""]])
    first, second = plan_of(data), plan_of(data)
    assert [r.participant.id for r in first.rows] == [r.participant.id for r in second.rows]
    people = [(r.participant.first_name, r.participant.last_name) for r in first.rows]
    assert people == [("Jean", "DUPONT"), ("", "José García López"),
                      ("Jean-Pierre", "MARTIN"), ("Wei", "WANG"), ("Ana", "de la CRUZ"),
                      ("", "ANA SILVA"), ("", "A.K. Sharma"), ("", "MD Rahman"),
                      ("", "John SMITH III")]  # a comma or the family name in capitals
    assert first.issues[0].code == "no_id_column"


def test_a_cover_sheet_without_names_names_the_workbooks_other_sheets():
    data = workbook({"Instructions": [["Conference on Migrants and Cities"], ["Exported 1 Sept."]],
                     "Participants": [["ID", "First name", "Last name"], ["A1", "Ana", "Ruiz"]]})
    with pytest.raises(InputError) as caught:
        read_plan(read_bytes(data, "book.xlsx"), CONFIG)
    assert caught.value.code == "no_name_column"
    assert "'Instructions'" in str(caught.value) and "Participants" in str(caught.value)
    plan = read_plan(read_bytes(data, "book.xlsx", "Participants"), CONFIG)
    assert plan.rows[0].participant.last_name == "Ruiz"


def test_a_file_without_names_cannot_be_planned_but_a_mapping_fixes_it():
    data = delimited(["Col A", "Col B"], [["1", "Ana Ruiz"]])
    with pytest.raises(InputError) as caught:
        plan_of(data)
    assert caught.value.code == "no_name_column"
    plan = read_plan(read_bytes(data, "x.csv"), CONFIG, mapping=("id", "full_name"))
    assert plan.rows[0].participant.last_name == "Ana Ruiz"


def test_utf16_spanish_list_keeps_every_script():
    plan = plan_of(unicode_text(), "lista.txt")
    people = {r.participant.id: r.participant for r in plan.rows}
    assert people["W-001"].last_name == "Παπαδόπουλος" and people["W-001"].country == "GR"
    assert people["W-003"].first_name == "محمد" and people["W-003"].country == "KW"
    assert people["W-002"].days == (dt.date(2015, 10, 27),)


def test_a_delegation_sharing_one_address_is_not_one_person_twice():
    rows = [["1", "Ana", "Ruiz", "mission@gov.example"],
            ["2", "Bo", "Li", "mission@gov.example"],  # the mission's address: no warning
            ["3", "Ana M.", "RUIZ", "Mission@gov.example"]]  # same address, same family name
    data = delimited(["id", "first_name", "last_name", "email"], rows)
    plan = read_plan(read_bytes(data, "d.csv"), CONFIG)
    same = [(w.row, w.params["other_row"]) for w in plan.warnings
            if w.code == "same_person_in_file"]
    assert same == [(4, 2)]
