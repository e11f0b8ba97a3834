"""Shared, Qt-free fixtures: a desk home, a small multilingual event, its store and desk.

Qt fixtures live apart (``tests/ui/conftest.py``), so this file must never
import PySide6: the non-GUI tests run without a display or Qt at all.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from checkin.importing.canonical import COLUMNS
from checkin.service.event_setup import load_event
from checkin.store import Store

ZURICH = ZoneInfo("Europe/Zurich")
DAY1 = dt.date(2015, 10, 26)
DAY2 = dt.date(2015, 10, 27)
#: The desk fixture's clock: the first morning of the conference, Geneva time.
MORNING = dt.datetime(2015, 10, 26, 8, 30, tzinfo=ZURICH)

EVENT = {
    "id": "test-idm-2015",
    "name": {
        "en": "International Dialogue on Migration 2015: Conference on Migrants and Cities",
        "fr": "Dialogue international sur la migration 2015 : Conférence sur les migrants "
        "et les villes",
        "es": "Diálogo Internacional sobre la Migración 2015",
    },
    "short_name": {"en": "IDM 2015", "fr": "IDM 2015", "es": "IDM 2015"},
    "days": ["2015-10-26", "2015-10-27"],
    "timezone": "Europe/Zurich",
    "venue": {"en": "Palais des Nations, Geneva", "fr": "Palais des Nations, Genève"},
    "categories": [
        {"id": "government", "colour": "#1f4e79", "label": {"en": "Government"}},
        {"id": "local", "colour": "#2e7d32", "label": {"en": "Local authority"}},
        {"id": "io", "colour": "#6a1b9a", "label": {"en": "International organisation"}},
        {"id": "civil", "colour": "#ef6c00", "label": {"en": "Civil society"}},
    ],
    "default_category": "civil",
    "flags": {"vip": {"en": "VIP"}, "speaker": {"en": "Speaker"}},
}


@dataclass(frozen=True)
class Row:
    """One participant of the test event, as written to the canonical CSV."""

    id: str
    first_name: str = ""
    last_name: str = ""
    name_latin: str = ""
    title: str = ""
    organisation: str = ""
    country: str = ""
    category: str = "civil"
    email: str = ""
    language: str = "en"
    days: str = ""
    flags: str = ""
    notes: str = ""
    ticket_code: str = ""


PEOPLE = (
    Row(
        "P001",
        "Γεώργιος",
        "Παπαδόπουλος",
        name_latin="Georgios Papadopoulos",
        title="Deputy Minister",
        organisation="Ministry of Interior",
        country="GR",
        category="government",
        email="g.papadopoulos@ypes.gr",
        language="en",
    ),
    Row(
        "P002",
        "Олена",
        "Ковальчук",
        title="Adviser",
        organisation="Kyiv City Council",
        country="UA",
        category="local",
        email="o.k@kyivcity.gov.ua",
    ),
    Row(
        "P003",
        "محمد",
        "العلي",
        name_latin="Mohamed Al-Ali",
        title="Director",
        organisation="Arab Towns Organization",
        country="KW",
        category="io",
        email="m.alali@ato.example",
        language="fr",
    ),
    Row(
        "P004",
        "伟",
        "王",
        name_latin="Wang Wei",
        title="Researcher",
        organisation="Tsinghua University",
        country="CN",
        category="civil",
        email="wang.wei@tsinghua.example",
    ),
    Row(
        "P005",
        "Seán",
        "O'Brien",
        title="Lord Mayor",
        organisation="Dublin City Council",
        country="IE",
        category="local",
        email="sean.obrien@dublincity.example",
    ),
    Row(
        "P006",
        "José",
        "García",
        title="Concejal",
        organisation="Ayuntamiento de Madrid",
        country="ES",
        category="local",
        email="jgarcia@madrid.example",
        language="es",
    ),
    Row(
        "P007",
        "",
        "Zainab",
        organisation="Migrant Voices",
        country="NG",
        category="civil",
        email="zainab@voices.example",
    ),
    Row(
        "P008",
        "Ingrid",
        "Larsen",
        organisation="Oslo Kommune",
        country="NO",
        category="local",
        email="ingrid.larsen@oslo.example",
        days="2015-10-27",
    ),
    Row(
        "P009",
        "Amina",
        "Diallo",
        title="Mayor",
        organisation="Ville de Dakar",
        country="SN",
        category="local",
        email="a.diallo@dakar.example",
        language="fr",
        flags="vip;speaker",
        notes="Opening panel",
    ),
    Row(
        "P010",
        "Marie",
        "Dubois",
        organisation="Cités Unies France",
        country="FR",
        category="civil",
        email="m.dubois@cites-unies.example",
        language="fr",
        ticket_code="TKT-2015-0042",
    ),
    Row(
        "P011",
        "Δημήτρης",
        "Οικονόμου",
        organisation="City of Athens",
        country="GR",
        category="local",
        email="d.oikonomou@athens.example",
    ),
)


def write_participants(path: Path, rows: tuple[Row, ...] | list[Row]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row.__dict__)
    return path


@dataclass(frozen=True)
class EventFiles:
    config: Path
    participants: Path


class Clock:
    """A desk clock that stands still until a test moves it."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty folder for one desk's home (its database, settings, files)."""
    folder = tmp_path / "desk-home"
    folder.mkdir()
    return folder


@pytest.fixture
def event_files(tmp_path: Path) -> EventFiles:
    folder = tmp_path / "event"
    folder.mkdir()
    config = folder / "event.json"
    config.write_text(json.dumps(EVENT, ensure_ascii=False, indent=2), encoding="utf-8")
    return EventFiles(config, write_participants(folder / "participants.csv", PEOPLE))


@pytest.fixture
def store(home: Path, event_files: EventFiles) -> Iterator[Store]:
    opened = Store.in_home(home)
    load_event(opened, event_files.config, event_files.participants)
    yield opened
    opened.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(MORNING)


@pytest.fixture
def desk(store: Store, clock: Clock):
    from checkin.service.desk import Desk

    return Desk(store, clock=clock)
