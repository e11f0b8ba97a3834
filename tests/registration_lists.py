"""Registration lists as real tools write them, built by the tests (invented people).

Each builder returns the bytes a registration team would hand over: Excel's
French CSV (Windows-1252, ``;``), its English CSV, "CSV UTF-8" with a BOM,
"Unicode text" (UTF-16, tabs), an Indico export, workbooks, and broken
files. Qt-free, so service and UI tests share it.
"""

from __future__ import annotations

import csv
import io
import struct
from collections.abc import Sequence
from dataclasses import dataclass

import openpyxl


@dataclass(frozen=True)
class Person:
    id: str
    first: str
    last: str
    organisation: str = ""
    country: str = ""
    category: str = ""
    email: str = ""
    days: str = ""


#: People whose names survive Windows-1252 (what Excel's plain "CSV" can hold).
WESTERN = (
    Person("A-001", "Françoise", "Lefèvre-Dubois", "Mairie de Genève", "Suisse",
           "Autorité locale", "f.lefevre@geneve.example", "26/10/2015"),
    Person("A-002", "José Ángel", "Núñez Peña", "Ayuntamiento de Sevilla; Área de Migración",
           "Espagne", "Gouvernement", "jan@sevilla.example", "26 et 27 octobre"),
    Person("A-003", "Seán", "O'Brien", 'Dublin "City" Council', "Irlande", "",
           "sean@dublin.example", ""),
    Person("A-004", "", "Zainab", "Migrant Voices", "NG", "Société civile",
           "zainab@voices.example", "mardi"),
    Person("A-005", "Robert'); DROP TABLE participants;--", "Tables", "=1+2 Consulting",
           "FR", "civil", "bobby@tables.example", ""),
    Person("A-006", "  Marie  ", " Dubois ", "Cités Unies France", "France", "",
           "not-an-email", "2015-10-27"),
)
#: Names in other scripts: only UTF-8, UTF-16 and workbooks can carry them.
WORLD = (
    Person("W-001", "Γεώργιος", "Παπαδόπουλος", "Υπουργείο Εσωτερικών", "Grèce", "government",
           "g.papa@ypes.example", ""),
    Person("W-002", "Олена", "Ковальчук", "Київська міська рада", "Ukraine", "Local authority",
           "olena@kyiv.example", "Day 2"),
    Person("W-003", "محمد", "العلي", "منظمة المدن العربية", "Koweït", "io",
           "m.alali@ato.example", ""),
    Person("W-004", "伟", "王", "清华大学", "Chine", "civil", "wang.wei@tsinghua.example", ""),
)
EVERYONE = WESTERN + WORLD

FRENCH_HEADERS = ("Identifiant", "Prénom", "Nom", "Organisation", "Pays", "Catégorie",
                  "Courriel", "Jours")
ENGLISH_HEADERS = ("Registration ID", "First name", "Last name", "Organisation", "Country",
                   "Category", "E-mail", "Days")
SPANISH_HEADERS = ("Identificador", "Nombre", "Apellidos", "Organización", "País",
                   "Categoría", "Correo electrónico", "Días")


def cells(person: Person) -> list[str]:
    return [person.id, person.first, person.last, person.organisation, person.country,
            person.category, person.email, person.days]


def delimited(headers: Sequence[str], rows: Sequence[Sequence[str]], *, delimiter: str = ",",
              encoding: str = "utf-8", line_end: str = "\r\n", preamble: str = "") -> bytes:
    buffer = io.StringIO(newline="")
    buffer.write(preamble)
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=line_end)
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def excel_french_csv(people: Sequence[Person] = WESTERN) -> bytes:
    """Excel (French Windows) "CSV (séparateur : point-virgule)": cp1252 and ``;``."""
    return delimited(FRENCH_HEADERS, [cells(p) for p in people], delimiter=";",
                     encoding="cp1252")


def excel_english_csv(people: Sequence[Person] = WESTERN) -> bytes:
    return delimited(ENGLISH_HEADERS, [cells(p) for p in people], encoding="cp1252")


def utf8_csv(people: Sequence[Person] = EVERYONE, *, bom: bool = False) -> bytes:
    return delimited(ENGLISH_HEADERS, [cells(p) for p in people],
                     encoding="utf-8-sig" if bom else "utf-8")


def unicode_text(people: Sequence[Person] = EVERYONE) -> bytes:
    """Excel's "Unicode text": UTF-16 little-endian with a BOM, tab-separated."""
    return delimited(SPANISH_HEADERS, [cells(p) for p in people], delimiter="\t",
                     encoding="utf-16")


INDICO_HEADERS = ("ID", "Name", "Title", "First Name", "Last Name", "Affiliation", "Position",
                  "Country", "Email", "Registration date", "Registration state", "Checked in")


def indico_rows(people: Sequence[Person] = EVERYONE) -> list[list[str]]:
    return [
        [p.id, f"{p.first} {p.last}".strip(), "Dr", p.first, p.last, p.organisation, "Adviser",
         p.country, p.email, "2015-09-01 10:00", "complete", "False"]
        for p in people
    ]


def indico_csv(people: Sequence[Person] = EVERYONE) -> bytes:
    return delimited(INDICO_HEADERS, indico_rows(people))


def workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def people_workbook(people: Sequence[Person] = EVERYONE) -> bytes:
    """Two sheets: a cover sheet first would be wrong; the list is first, speakers second."""
    return workbook({
        "Participants": [list(ENGLISH_HEADERS), *[cells(p) for p in people]],
        "Speakers": [list(FRENCH_HEADERS), *[cells(p) for p in people[:2]]],
    })


def password_protected_workbook() -> bytes:
    """What Excel writes for an .xlsx with a password: an OLE2 compound file holding
    ``EncryptionInfo`` and ``EncryptedPackage`` streams (here with a minimal
    directory; the importer only needs to recognise it)."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHH", header, 24, 0x3E, 3, 0xFFFE)
    struct.pack_into("<H", header, 30, 9)
    directory = bytearray(512)
    for index, name in enumerate(("Root Entry", "EncryptionInfo", "EncryptedPackage")):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        directory[index * 128 : index * 128 + len(encoded)] = encoded
        struct.pack_into("<H", directory, index * 128 + 64, len(encoded))
    return bytes(header) + bytes(directory) + bytes(1024)


def old_xls() -> bytes:
    """An Excel 97–2003 file: OLE2 with a ``Workbook`` stream."""
    data = bytearray(password_protected_workbook())
    start = data.find("EncryptionInfo".encode("utf-16-le"))
    data[start : start + 64] = bytes(64)
    start = data.find("EncryptedPackage".encode("utf-16-le"))
    data[start : start + 64] = "Workbook".encode("utf-16-le").ljust(64, b"\x00")
    return bytes(data)


def trilingual_event() -> dict:
    """The test event of ``conftest.py`` with its categories labelled in EN/FR/ES."""
    import copy

    from conftest import EVENT

    event = copy.deepcopy(EVENT)
    labels = {
        "government": {"en": "Government", "fr": "Gouvernement", "es": "Gobierno"},
        "local": {"en": "Local authority", "fr": "Autorité locale", "es": "Autoridad local"},
        "io": {"en": "International organisation", "fr": "Organisation internationale",
               "es": "Organización internacional"},
        "civil": {"en": "Civil society", "fr": "Société civile", "es": "Sociedad civil"},
    }
    for category in event["categories"]:
        category["label"] = labels[category["id"]]
    return event


def open_event_store(home, event: dict | None = None):
    """A desk database holding ``event`` (trilingual by default) and nobody yet."""
    import json
    from pathlib import Path

    from checkin.service.event_setup import load_event
    from checkin.store import Store

    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    config = home / "event.json"
    config.write_text(json.dumps(event or trilingual_event()), encoding="utf-8")
    empty = home / "nobody.csv"
    empty.write_text("id,first_name,last_name\n", encoding="utf-8")
    store = Store.in_home(home)
    load_event(store, config, empty)
    return store
