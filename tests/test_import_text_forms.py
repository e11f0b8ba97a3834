"""Text as other systems write it: decomposed Hangul, code pages, BOMs before web pages."""

from __future__ import annotations

import unicodedata

from registration_lists import trilingual_event

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
