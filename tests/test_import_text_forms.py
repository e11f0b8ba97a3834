"""Text as other systems write it: decomposed Hangul, code pages, BOMs before web pages."""

from __future__ import annotations

import time
import unicodedata

import pytest
from registration_lists import trilingual_event

from checkin.domain.errors import InputError
from checkin.domain.event_config import parse_event_config
from checkin.importing.plan import read_plan
from checkin.importing.reading import read_bytes

CONFIG = parse_event_config(trilingual_event())


def people_of(data: bytes, name: str = "list.csv") -> list:
    return [row.participant for row in read_plan(read_bytes(data, name), CONFIG).rows]


def test_korean_names_decomposed_on_a_mac_are_stored_composed():
    nfd = unicodedata.normalize("NFD", "ID,First name,Last name\r\nK-1,민준,김\r\nK-2,서연,이\r\n")
    assert nfd != unicodedata.normalize("NFC", nfd)  # conjoining jamo, combining class 0
    people = people_of(nfd.encode("utf-8"))
    assert [(p.first_name, p.last_name) for p in people] == [("민준", "김"), ("서연", "이")]


def test_compatibility_ideographs_are_kept_beside_composed_text():
    name = "\uf900\U0002f800"  # CJK compatibility ideographs: NFC would replace them
    text = f"ID,First name,Last name\r\n1,{unicodedata.normalize('NFD', 'José')},{name}\r\n"
    person = people_of(text.encode("utf-8"))[0]
    assert (person.first_name, person.last_name) == ("José", name)
    mixed = f"ID,Name\r\n2,{name}{unicodedata.normalize('NFD', '민준')}\r\n"
    assert people_of(mixed.encode("utf-8"))[0].display_name == f"{name}민준"


FRENCH = ("ID;Prénom;Nom;Organisme;Pays\r\nD-1;Hélène;Lefèvre;Ministère de l'Intérieur;France\r\n"
          "D-2;François;Dubé;Ville de Genève;Suisse\r\nD-3;Éric;Çelik;Fondation;Côte d'Ivoire\r\n")
SPANISH = ("ID,Nombre,Apellidos,Organización\r\n1,Íñigo,Núñez Peña,Ayuntamiento de Málaga\r\n"
           "2,José,García,Institución\r\n")
ENGLISH = "ID,First name,Last name\r\n1,Sean,O’Neill\r\n2,Ana,Women’s Forum – Geneva\r\n"


@pytest.mark.parametrize("encoding", ["cp1252", "mac_roman", "cp850"])
@pytest.mark.parametrize("text", [FRENCH, SPANISH, ENGLISH], ids=["fr", "es", "en"])
def test_excel_ms_dos_csv_is_told_from_windows_and_mac_roman(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip("not in this code page")
    records = read_bytes(data, "list.csv")
    assert records.source.encoding == encoding
    assert [cells for _, cells in records.rows] == [
        line.split(records.source.delimiter) for line in text.split("\r\n")[:-1]
    ]


def test_a_long_eight_bit_list_is_told_quickly_from_a_sample():
    rows = "".join(f"{n};Jane;Smith;UNHCR;Kenya\r\n" for n in range(100_000))
    data = (FRENCH + rows + "X-1;Noémie;Brûlé;Genève;Suisse\r\n").encode("cp850")
    started = time.perf_counter()
    records = read_bytes(data, "long.csv")
    assert records.source.encoding == "cp850"
    assert records.rows[-1][1][1:3] == ["Noémie", "Brûlé"]
    assert time.perf_counter() - started < 5  # was 6 s and more, most of it in vain


WEB_PAGE = ('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table>\n'
            "<tr><td>ID</td><td>First name</td><td>Last name</td></tr>\n"
            "<tr><td>H-1</td><td>Ann</td><td>Lee</td></tr>\n</table></body></html>\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32"])
@pytest.mark.parametrize("start", ["", "\r\n  ", '<?xml version="1.0"?>\n'])
def test_a_web_page_is_refused_whatever_its_encoding_and_byte_order_mark(encoding, start):
    with pytest.raises(InputError) as raised:
        read_bytes((start + WEB_PAGE).encode(encoding), "export.xls")
    assert raised.value.code == "web_page"
    with pytest.raises(InputError) as raised:
        read_bytes("\ufeff%PDF-1.7\n".encode(encoding), "list.csv")
    assert raised.value.code == "not_a_table"
