"""Reading registration lists in every format a registration team hands over."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import openpyxl
import pytest
from registration_lists import (
    EVERYONE,
    INDICO_HEADERS,
    WESTERN,
    cells,
    delimited,
    excel_english_csv,
    excel_french_csv,
    indico_csv,
    old_xls,
    password_protected_workbook,
    people_workbook,
    trilingual_event,
    unicode_text,
    utf8_csv,
    workbook,
)

from checkin.domain.errors import InputError
from checkin.domain.event_config import parse_event_config
from checkin.importing.plan import read_plan
from checkin.importing.reading import read_bytes, read_file
from checkin.importing.table import Records


def names(records: Records) -> list[tuple[str, str]]:
    """(first, last) of each data row, as read."""
    return [(row[1], row[2]) for _, row in records.rows[1:]]


def expected(people) -> list[tuple[str, str]]:
    return [(p.first, p.last) for p in people]


@pytest.mark.parametrize(
    ("data", "encoding", "delimiter", "people"),
    [
        (excel_french_csv(), "cp1252", ";", WESTERN),
        (excel_english_csv(), "cp1252", ",", WESTERN),
        (utf8_csv(), "utf-8", ",", EVERYONE),
        (utf8_csv(bom=True), "utf-8-sig", ",", EVERYONE),
        (unicode_text(), "utf-16", "\t", EVERYONE),
    ],
    ids=["excel-fr-cp1252", "excel-en-cp1252", "utf8", "utf8-bom", "utf16-tab"],
)
def test_encoding_and_delimiter_are_detected(data, encoding, delimiter, people):
    records = read_bytes(data, "list.csv")
    assert records.source.format == "csv"
    assert records.source.encoding == encoding
    assert records.source.delimiter == delimiter
    assert names(records) == expected(people)  # every accent and script intact


def test_quoted_cells_keep_delimiters_quotes_and_line_breaks():
    rows = [["1", "Ana", "Ruiz", 'Org "A"; Dept, Unit', "ES", "", "a@x.example",
             "line one\nline two"],
            ["2", "Bo", "Li", "Plain", "CN", "", "b@x.example", ""]]
    for delimiter in (",", ";", "\t"):
        records = read_bytes(delimited(["id", "first", "last", "org", "country", "category",
                                        "email", "notes"], rows, delimiter=delimiter), "q.csv")
        assert records.rows[1][1][3] == 'Org "A"; Dept, Unit'
        assert records.rows[1][1][7] == "line one\nline two"
        # Row numbers are Excel's: the line break inside the cell does not shift them.
        assert [number for number, _ in records.rows] == [1, 2, 3]


def test_mac_roman_and_old_mac_line_endings():
    data = delimited(["id", "Prénom", "Nom"], [["1", "Hélène", "Françoise"], ["2", "Zoë", "Ñu"]],
                     encoding="mac_roman", line_end="\r")
    records = read_bytes(data, "mac.csv")
    assert records.source.encoding == "mac_roman"
    assert names(records) == [("Hélène", "Françoise"), ("Zoë", "Ñu")]


def test_utf16_without_bom_and_big_endian():
    text = "id\tfirst\tlast\r\n1\tΓεώργιος\tΠαπαδόπουλος\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        records = read_bytes(text.encode(encoding), "u.txt")
        assert names(records) == [("Γεώργιος", "Παπαδόπουλος")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_in_arabic_or_chinese(encoding):
    """No zero bytes in the letters: the tabs and line breaks tell."""
    data = "المعرف\tالاسم\tالعائلة\r\n1\tمحمد\tالعلي\r\n2\t伟\t王\r\n".encode(encoding)
    records = read_bytes(data, "u.txt")
    assert records.source.encoding == "utf-16" and records.source.delimiter == "\t"
    assert [r for _, r in records.rows[1:]] == [["1", "محمد", "العلي"], ["2", "伟", "王"]]


def test_excel_sep_line_title_rows_and_blank_rows():
    data = ("sep=;\r\nParticipant list — exported 2015-10-01\r\n\r\n"
            "ID;First name;Last name\r\n1;Ana;Ruiz\r\n;;\r\n2;Bo;Li\r\n").encode("cp1252")
    records = read_bytes(data, "s.csv")
    assert records.source.delimiter == ";"
    assert [number for number, _ in records.rows] == [1, 3, 4, 6]


def test_xlsx_first_sheet_or_a_chosen_one():
    data = people_workbook()
    first = read_bytes(data, "list.xlsx")
    assert first.source.format == "xlsx"
    assert first.source.sheet == "Participants"
    assert first.source.sheets == ("Participants", "Speakers")
    assert names(first) == expected(EVERYONE)
    chosen = read_bytes(data, "list.xlsx", sheet="speakers")  # case does not matter
    assert chosen.source.sheet == "Speakers"
    assert len(chosen.rows) == 3


def test_xlsx_cells_read_as_people_see_them():
    data = workbook({"S": [["id", "first", "last", "days", "ticket"],
                           [1234, "Ana", "Ruiz", dt.datetime(2015, 10, 26), 7.0],
                           [None, None, None],
                           [12.5, "Bo", "Li", dt.date(2015, 10, 27), True]]})
    records = read_bytes(data, "c.xlsx")
    assert records.rows[1] == (2, ["1234", "Ana", "Ruiz", "2015-10-26", "7"])
    assert records.rows[2][0] == 4  # the empty row 3 is skipped, row numbers kept
    assert records.rows[2][1][0] == "12.5"


def test_xlsx_ids_keep_the_zeros_excel_shows_and_error_values_are_empty():
    """An id 124 formatted 00000 is "00124" in Excel and in the same list saved as CSV;
    ``#N/A`` is a broken formula, not an id."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "first", "last", "email"])
    sheet.append([124, "Ana", "Ruiz", "#N/A"])
    sheet.append(["#REF!", "Bo", "Li", "bo@example.org"])
    sheet.append([7.0, "Cy", "Ng", ""])
    for row in (2, 4):
        sheet.cell(row, 1).number_format = "00000"
    buffer = io.BytesIO()
    book.save(buffer)
    records = read_bytes(buffer.getvalue(), "z.xlsx")
    assert [r for _, r in records.rows[1:]] == [
        ["00124", "Ana", "Ruiz", ""],
        ["", "Bo", "Li", "bo@example.org"],
        ["00007", "Cy", "Ng", ""],
    ]


def test_a_workbook_named_csv_and_a_csv_named_xlsx_are_both_read(tmp_path):
    (tmp_path / "really-a-workbook.csv").write_bytes(people_workbook())
    (tmp_path / "really-a-csv.xlsx").write_bytes(utf8_csv())
    assert read_file(tmp_path / "really-a-workbook.csv").source.format == "xlsx"
    assert read_file(tmp_path / "really-a-csv.xlsx").source.format == "csv"


def test_indico_export_maps_without_help():
    config = parse_event_config(trilingual_event())
    plan = read_plan(read_bytes(indico_csv(), "indico.csv"), config)
    mapping = dict(zip(INDICO_HEADERS, plan.mapping, strict=True))
    assert mapping["First Name"] == "first_name" and mapping["Last Name"] == "last_name"
    assert mapping["Affiliation"] == "organisation" and mapping["Position"] == "title"
    assert mapping["Title"] is None  # Indico's title is Mr/Dr; Position is the job
    assert mapping["Checked in"] is None  # check-ins are never imported
    assert len(plan.rows) == len(EVERYONE)
    assert plan.rows[0].participant.title == "Adviser"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"   \r\n\r\n", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (password_protected_workbook(), "password_protected"),
        (old_xls(), "old_excel"),
        (bytes(range(256)) * 40, "not_a_table"),
        (b"\x89PNG\r\n\x1a\n" + bytes(2000), "not_a_table"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not_a_table"),
        (b"<html><body><table><tr><td>x</td></tr></table></body></html>", "web_page"),
        (b"PK\x03\x04" + bytes(100), "unreadable"),
        (b"id,name\n1," + b"x" * 200_000 + b"\n", "csv_unreadable"),
    ],
    ids=["empty", "blank-lines", "bom-only", "password", "xls", "binary", "png", "pdf", "html",
         "broken-zip", "huge-cell"],
)
def test_unreadable_files_give_one_clear_message(data, code):
    with pytest.raises(InputError) as caught:
        read_bytes(data, "list.xlsx")
    assert caught.value.code == code
    assert "list.xlsx" in str(caught.value)


def test_wrong_sheet_names_the_sheets_there_are():
    with pytest.raises(InputError) as caught:
        read_bytes(people_workbook(), "list.xlsx", sheet="Attendees")
    assert caught.value.code == "no_such_sheet"
    assert "Participants, Speakers" in str(caught.value)


def test_sheet_of_a_csv_and_empty_sheet_and_opendocument():
    with pytest.raises(InputError, match="no sheets"):
        read_bytes(utf8_csv(), "list.csv", sheet="Participants")
    with pytest.raises(InputError) as caught:
        read_bytes(workbook({"Empty": []}), "e.xlsx")
    assert caught.value.code == "empty_sheet"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(InputError) as caught:
        read_bytes(buffer.getvalue(), "list.ods")
    assert caught.value.code == "ods"


def test_a_strict_open_xml_workbook_is_named_as_such_without_a_warning(capfd):
    """Excel's "Strict Open XML Spreadsheet" reads as a workbook with no sheet, and
    openpyxl printed a warning on the terminal: one clear message instead."""
    source = io.BytesIO(workbook({"List": [["ID", "First name", "Last name"],
                                           ["S-1", "Ann", "Lee"]]}))
    strict = io.BytesIO()
    swaps = [(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
              b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              b"http://purl.oclc.org/ooxml/officeDocument/relationships")]
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(strict, "w") as out:
        for name in original.namelist():
            data = original.read(name)
            if not name.endswith(".rels") and name != "[Content_Types].xml":
                for old, new in swaps:
                    data = data.replace(old, new)
            out.writestr(name, data)
    with pytest.raises(InputError) as caught:
        read_bytes(strict.getvalue(), "strict.xlsx")
    assert caught.value.code == "strict_xlsx" and "Excel Workbook (.xlsx)" in str(caught.value)
    assert capfd.readouterr().err == ""


def test_a_sheet_emptied_in_excel_and_saved_as_csv_is_empty():
    with pytest.raises(InputError) as caught:
        read_bytes(b";;;\r\n;;;\r\n\r\n", "vide.csv")
    assert caught.value.code == "empty"


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError) as caught:
        read_file(tmp_path / "nope.csv")
    assert caught.value.code == "not_found"
    with pytest.raises(InputError):
        read_file(tmp_path)


def test_mangled_accents_are_noticed():
    mangled = delimited(["id", "first", "last"], [["1", "FranÃ§oise", "LefÃ¨vre"]])
    assert read_bytes(mangled, "m.csv").source.notes[0][1] == "mangled_accents"


@pytest.mark.parametrize("closed_at_end", [False, True])
def test_a_quote_never_closed_refuses_the_file_instead_of_hiding_rows_in_a_cell(closed_at_end):
    """Ann's organisation must not become "ACME, 2,Bob,Foo, 3,Cy,Bar…" on her badge."""
    text = 'id,name,organisation\n1,Ann,"ACME\n2,Bob,Foo\n3,Cy,Bar\n4,Di,Baz\n'
    if closed_at_end:  # a later quote closes it: the rows in between are still swallowed
        text += '5,Ed,"Qux"\n'
    with pytest.raises(InputError) as caught:
        read_bytes(text.encode(), "u.csv")
    assert caught.value.code == "unclosed_quote" and caught.value.params["row"] == 2
    assert "row 2" in str(caught.value)
    one = 'id,name,organisation\n1,Ann,"ACME\n2,Bob,Foo\n'  # one row, to the end of the file
    with pytest.raises(InputError, match="never closed"):
        read_bytes(one.encode(), "u.csv")


def test_a_last_cell_closed_at_the_end_of_the_file_is_a_cell():
    text = 'id,first_name,last_name,organisation,notes\r\nP0,,X,,"\n,,,,"\r\n'
    records = read_bytes(text.encode(), "n.csv")
    assert records.rows[-1][1] == ["P0", "", "X", "", "\n,,,,"]


def test_line_breaks_inside_a_quoted_cell_are_not_taken_for_swallowed_rows():
    text = (
        'id,name,address\n1,Ann,"Palais des Nations\nAvenue de la Paix 8-14, 1211 Genève, CH"\n'
        '2,Bo,"Line one\nline two, with a comma"\n3,Cy,Rome\n'
    )
    records = read_bytes(text.encode(), "a.csv")
    assert [r[1] for _, r in records.rows] == ["name", "Ann", "Bo", "Cy"]
    assert records.rows[1][1][2].endswith("Genève, CH")


def test_a_well_quoted_cell_of_lines_cut_like_rows_is_text():
    """An itinerary in the notes, each line with as many commas as a row: written by a
    CSV writer, so its quotes pair up; it was refused as a quote never closed."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows([
        ["ID", "First name", "Last name", "Organisation", "Notes"],
        ["N-1", "Ann", "Lee", "UN", "Travel:\nArrives Mon, 26 Oct, 09:00, gate 1, with 2 aides"
                                    "\nLeaves Tue, 27 Oct, 18:00, gate 6, by car"],
        ["N-2", "Bob", "Ray", "UN", ""],
        ["N-3", "Cy", "Dee", "UN", ""],
    ])
    records = read_bytes(buffer.getvalue().encode(), "itinerary.csv")
    assert [r[2] for _, r in records.rows] == ["Last name", "Lee", "Ray", "Dee"]
    assert records.rows[1][1][4].endswith("gate 6, by car")


def test_a_windows_1252_file_with_a_utf8_line_keeps_every_accent_and_says_where():
    """One registration pasted in from elsewhere, in UTF-8, into a list Excel saved in
    Windows-1252: it read as "JosÃ© NÃºÃ±ez"; now as written, and the row is named."""
    rows = "".join(f"{n};Hélène;Lefèvre-Müller\r\n" for n in range(1, 30))
    data = ("id;first;last\r\n" + rows).encode("cp1252") + "30;José;Núñez\r\n".encode()
    records = read_bytes(data, "m.csv")
    assert records.source.encoding == "cp1252+utf-8"
    assert names(records)[0] == ("Hélène", "Lefèvre-Müller")
    assert names(records)[-1] == ("José", "Núñez")
    assert records.source.notes == ((31, "utf8_lines", "30;José;Núñez"),)


def test_a_utf8_file_with_a_windows_1252_line_keeps_every_accent_and_says_where():
    data = "id,first,last\r\n1,Zoë,Ødegård\r\n2,François,Müller\r\n".encode()
    data += "3,Hélène,Béart\r\n".encode("cp1252") + "4,Nguyễn,Văn An\r\n".encode()
    records = read_bytes(data, "m.csv")
    assert records.source.encoding == "utf-8+cp1252"
    assert names(records) == [("Zoë", "Ødegård"), ("François", "Müller"), ("Hélène", "Béart"),
                              ("Nguyễn", "Văn An")]
    assert records.source.notes == ((4, "mixed_encoding", "3,Hélène,Béart"),)


@pytest.mark.parametrize(
    "text",
    [
        "Sean,O’Neill,Children’s Fund\r\n2,Ana,D’Souza,Women’s Forum – Geneva",
        "Awa,Côte,d’Ivoire",
        "Juan,México,x",
        "Íñigo,Núñez,x",
        "Ana,Women’s Forum – Geneva,x",
    ],
)
def test_windows_1252_is_not_taken_for_mac_roman(text):
    """Curly apostrophes and dashes read as Mac Roman are letters: "OíNeill"."""
    data = ("id,first,last,org\r\n1," + text + "\r\n").encode("cp1252")
    records = read_bytes(data, "w.csv")
    assert records.source.encoding == "cp1252"
    assert records.rows[1][1][1:] == text.split("\r\n")[0].split(",")


def test_a_one_column_list_of_family_comma_given_names_is_not_cut_at_the_comma():
    data = b"Name\r\nDUPONT, Jean\r\nSMITH, Anne\r\nMadonna\r\n"
    records = read_bytes(data, "names.csv")
    assert [r for _, r in records.rows] == [["Name"], ["DUPONT, Jean"], ["SMITH, Anne"],
                                            ["Madonna"]]
    assert records.source.delimiter == ""  # shown as "one column", not a separator
    titled = b"Liste des participants\r\nid,first,last\r\n1,Ana,Ruiz\r\n"
    assert read_bytes(titled, "t.csv").source.delimiter == ","  # a title row is no header
    for title in (b"Participant name list", b"Event name: IDM 2015\r\n", b"Nom et pays"):
        data = title + b"\r\nID;Pr\xe9nom;Nom;Organisation;Pays\r\nA1;Ana;Silva;OIM;Br\xe9sil\r\n"
        plan = read_plan(read_bytes(data, "t.csv"), parse_event_config(trilingual_event()))
        assert plan.source.delimiter == ";", title
        assert [r.participant.last_name for r in plan.rows] == ["Silva"], title


def test_stray_nul_bytes_are_dropped_not_taken_for_binary():
    data = "id,first,last\r\n1,Zoë,Ødegård\x00\r\n".encode() + b"2,Bo,Li\r\n" * 200
    records = read_bytes(data, "n.csv")
    assert records.rows[1][1] == ["1", "Zoë", "Ødegård"]


def test_cells_keep_sql_and_spaces_as_text():
    records = read_bytes(utf8_csv(WESTERN), "w.csv")
    row = records.rows[5][1]
    assert row[1] == "Robert'); DROP TABLE participants;--"
    assert records.rows[6][1][1] == "  Marie  "  # trimming happens when planning
    assert cells(WESTERN[0]) == records.rows[1][1]


def test_a_two_line_header_under_merged_cells_is_read_as_one():
    data = workbook({"List": [
        ["ID", "Name", None, "Organisation", "Contact"],  # "Name" merged over two columns
        [None, "First", "Last", None, "E-mail"],
        ["A1", "Ana", "Silva", "OIM", "ana@example.org"],
    ]})
    plan = read_plan(read_bytes(data, "two.xlsx"), parse_event_config(trilingual_event()))
    assert plan.mapping == ("id", "first_name", "last_name", "organisation", "email")
    person = plan.rows[0].participant
    assert (person.first_name, person.last_name, person.email) == ("Ana", "Silva",
                                                                   "ana@example.org")
    assert plan.skipped == 0 and plan.data_rows == 1


def test_group_labels_over_the_header_with_fields_merged_down_beside_them():
    """ID and Pays merged down over both header lines, Participant and Contact over
    their columns: the ID and the country were lost (the second line was the header)."""
    data = workbook({"Inscriptions": [
        ["ID", "Participant", None, "Contact", None, "Pays"],
        [None, "Prénom", "Nom", "Courriel", "Téléphone", None],
        ["M-001", "Ann", "Lee", "ann@x.org", "+41", "Kenya"],
        ["M-002", "Bob", "Ray", "bob@x.org", "+56", "Chili"],
    ]})
    plan = read_plan(read_bytes(data, "groups.xlsx"), parse_event_config(trilingual_event()))
    assert plan.mapping == ("id", "first_name", "last_name", "email", None, "country")
    assert [(r.participant.id, r.participant.country) for r in plan.rows] == [
        ("M-001", "KE"), ("M-002", "CL")]
    assert plan.header_row == 1 and "above_header" not in {i.code for i in plan.issues}
    titled = workbook({"List": [["IDM 2015 — registrations"], ["ID", "First name", "Last name"],
                                ["A1", "Ana", "Silva"]]})
    plan = read_plan(read_bytes(titled, "t.xlsx"), parse_event_config(trilingual_event()))
    assert plan.mapping == ("id", "first_name", "last_name")  # a title is no header line


def test_a_column_with_values_and_no_header_past_the_last_one_can_be_mapped():
    """Most rows have a fourth value under no header: a column to name (the wizard lists
    it); a value in one row only is a shifted cell, said on its row."""
    data = b"ID,First name,Last name\r\nT-1,Ann,Lee,Kenya\r\nT-2,Bob,Ray,Chile\r\n"
    table = read_plan(read_bytes(data, "t.csv"), parse_event_config(trilingual_event()))
    assert table.headers == ("ID", "First name", "Last name", "")
    assert {i.code: i.params for i in table.warnings}["unnamed_column"] == {"column": "D"}
    mapped = read_plan(read_bytes(data, "t.csv"), parse_event_config(trilingual_event()),
                       ("id", "first_name", "last_name", "country"))
    assert [r.participant.country for r in mapped.rows] == ["KE", "CL"]
    shifted = b"ID,First name,Last name\r\nT-1,Ann,Lee\r\nT-2,Bob,Ray,Chile\r\nT-3,Cy,Dee\r\n"
    plan = read_plan(read_bytes(shifted, "s.csv"), parse_event_config(trilingual_event()))
    assert plan.headers == ("ID", "First name", "Last name")
    assert [(i.row, i.code) for i in plan.warnings if i.code == "extra_cells"] == [
        (3, "extra_cells")]


def test_a_first_row_of_labels_is_data_not_a_second_header_line():
    data = (b"ID,Name,Organisation,Category,Flags\r\n"
            b"1,Jean DUPONT,IOM,International organization,VIP\r\n2,Marie CURIE,WHO,Media,\r\n")
    plan = read_plan(read_bytes(data, "t.csv"), parse_event_config(trilingual_event()))
    assert [r.participant.last_name for r in plan.rows] == ["DUPONT", "CURIE"]


def test_a_column_without_header_is_pointed_out_and_a_repeated_header_left_out():
    data = (b"id,first_name,,last_name\r\n1,Ana,x,Silva\r\nid,first_name,,last_name\r\n"
            b"2,Bo,,Li\r\n")
    plan = read_plan(read_bytes(data, "h.csv"), parse_event_config(trilingual_event()))
    assert [r.participant.last_name for r in plan.rows] == ["Silva", "Li"]
    codes = {i.code: i.params for i in plan.warnings}
    assert codes["unnamed_column"] == {"column": "C"}
    assert codes["repeated_header"] == {"rows": "3"}


def test_ids_formatted_with_text_around_their_number_read_as_excel_shows_them():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ID", "First name", "Last name"])
    for number, fmt in ((124, '"IDM15-"00000'), (7, "\\R\\-0000"), (42, "00000")):
        sheet.append([number, "Ana", f"N{number}"])
        sheet.cell(sheet.max_row, 1).number_format = fmt
    buffer = io.BytesIO()
    book.save(buffer)
    records = read_bytes(buffer.getvalue(), "ids.xlsx")
    assert [cells[0] for _, cells in records.rows[1:]] == ["IDM15-00124", "R-0007", "00042"]


def test_an_empty_cover_sheet_is_passed_over_and_an_empty_chosen_one_names_the_others():
    data = workbook({"Cover": [], "Participants": [["id", "first", "last"], ["1", "Ana", "Ruiz"]]})
    records = read_bytes(data, "list.xlsx")
    assert records.source.sheet == "Participants" and len(records.rows) == 2
    with pytest.raises(InputError) as refused:
        read_bytes(data, "list.xlsx", sheet="Cover")
    assert refused.value.code == "empty_sheet" and "--sheet" in str(refused.value)
    assert "Participants" in str(refused.value)


def test_formulas_saved_without_their_results_are_explained():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "first", "last"])
    sheet.append(['="IDM-"&ROW()', "Ana", "Ruiz"])  # openpyxl saves no result: Excel would
    buffer = io.BytesIO()
    book.save(buffer)
    config = parse_event_config(trilingual_event())
    plan = read_plan(read_bytes(buffer.getvalue(), "f.xlsx"), config)
    assert [e.code for e in plan.errors] == ["no_id"]
    assert "formulas_without_values" in [w.code for w in plan.warnings]
    plain = read_bytes(workbook({"L": [["id", "first", "last"], ["1", "Ana", "Ruiz"]]}), "p.xlsx")
    assert plain.source.notes == ()
