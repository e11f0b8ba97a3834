"""The bundled IDM 2015 demo event: its config and its synthetic participant list."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import re
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVENT_DIR = ROOT / "data" / "idm2015"
GENERATOR = ROOT / "tools" / "generate_demo_participants.py"

DAYS = ["2015-10-26", "2015-10-27"]
COLUMNS = ["id", "first_name", "last_name", "name_latin", "title", "organisation", "country",
           "category", "email", "language", "days", "flags", "notes", "ticket_code"]
CATEGORY_SHARES = {"member_state": 0.30, "local_authority": 0.22, "international_org": 0.15,
                   "civil_society": 0.12, "private_sector": 0.05, "academia": 0.08,
                   "media": 0.04, "iom_staff": 0.04}  # in the order of event.json
FLAGS = ["vip", "protocol", "speaker", "see_supervisor"]
LANGUAGES = {"en", "fr", "es"}

GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
NON_LATIN = re.compile("|".join(p.pattern for p in (GREEK, CYRILLIC, ARABIC, HAN, KANA_HANGUL)))
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


@pytest.fixture(scope="module")
def event() -> dict:
    return json.loads((EVENT_DIR / "event.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def raw_csv() -> bytes:
    return (EVENT_DIR / "participants.csv").read_bytes()


@pytest.fixture(scope="module")
def rows(raw_csv: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(raw_csv.decode("utf-8"), newline="")))


def _labels_complete(labels: dict) -> bool:
    texts = labels.values()
    return set(labels) == LANGUAGES and all(isinstance(v, str) and v.strip() for v in texts)


def _contrast_with_white(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


# --- event.json --------------------------------------------------------------------------


def test_event_identity_days_and_timezone(event):
    assert event["id"] == "idm2015-migrants-and-cities"
    assert event["days"] == DAYS
    assert event["timezone"] == "Europe/Zurich"
    ZoneInfo(event["timezone"])
    for key in ("name", "short_name", "venue"):
        assert _labels_complete(event[key]), key
    assert event["name"]["fr"].endswith("Conférence sur les migrants et les villes")
    assert event["badge"] == {"label_language": "participant"}


def test_event_categories(event):
    categories = event["categories"]
    assert [c["id"] for c in categories] == list(CATEGORY_SHARES)
    assert event["default_category"] == "civil_society"
    colours = [c["colour"] for c in categories]
    assert len(set(colours)) == len(colours)
    for category in categories:
        assert re.fullmatch(r"#[0-9A-F]{6}", category["colour"]), category
        assert _contrast_with_white(category["colour"]) >= 4.5, category  # WCAG AA, white text
        assert _labels_complete(category["label"]), category


def test_event_flags(event):
    assert list(event["flags"]) == FLAGS
    assert all(_labels_complete(labels) for labels in event["flags"].values())
    assert event["flags"]["speaker"] == {"en": "Speaker", "fr": "Intervenant", "es": "Ponente"}


# --- participants.csv: format --------------------------------------------------------------


def test_csv_is_plain_utf8_with_unix_newlines(raw_csv):
    assert not raw_csv.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in raw_csv
    assert raw_csv.endswith(b"\n")
    assert raw_csv.decode("utf-8").split("\n", 1)[0] == ",".join(COLUMNS)


def test_about_800_unique_ids(rows):
    assert 750 <= len(rows) <= 850
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"IDM15-\d{5}", i) for i in ids)


def test_every_field_is_valid(rows):
    for row in rows:
        assert list(row) == COLUMNS
        assert None not in row.values(), row  # no short or long lines
        assert row["last_name"].strip(), row
        assert row["category"] in CATEGORY_SHARES, row
        assert re.fullmatch(r"[A-Z]{2}", row["country"]), row
        assert row["language"] in LANGUAGES, row
        assert row["days"] in ("", *DAYS, ";".join(DAYS)), row
        flags = row["flags"].split(";") if row["flags"] else []
        assert set(flags) <= set(FLAGS) and len(set(flags)) == len(flags), row
        assert row["title"].strip() and row["organisation"].strip(), row
        if row["email"]:
            assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.(example|test)", row["email"]), row
        if row["ticket_code"]:
            assert re.fullmatch(r"IDM-[A-Z0-9]{4}-[A-Z0-9]{4}", row["ticket_code"]), row


def test_emails_and_ticket_codes_are_unique(rows):
    for column in ("email", "ticket_code"):
        values = [r[column] for r in rows if r[column]]
        assert len(set(values)) == len(values), column


def test_realistic_proportions(rows):
    n = len(rows)
    categories = Counter(r["category"] for r in rows)
    for category, share in CATEGORY_SHARES.items():
        assert abs(categories[category] / n - share) <= 0.03, (category, categories[category])
    assert 0.70 <= sum(not r["days"] for r in rows) / n <= 0.90
    assert 0.01 <= sum(r["days"] == ";".join(DAYS) for r in rows) / n <= 0.06
    assert 0.02 <= sum(not r["email"] for r in rows) / n <= 0.10
    assert 0.20 <= sum(bool(r["ticket_code"]) for r in rows) / n <= 0.40
    flags = Counter(f for r in rows for f in r["flags"].split(";") if f)
    assert 0.02 <= flags["speaker"] / n <= 0.06
    assert all(0.005 <= flags[f] / n <= 0.04 for f in ("vip", "protocol", "see_supervisor"))
    assert sum(not r["flags"] for r in rows) / n >= 0.85
    assert len({r["country"] for r in rows}) >= 60
    assert sum(len(r["organisation"]) >= 80 for r in rows) >= 10


# --- participants.csv: names in many scripts ----------------------------------------------


def test_names_in_many_scripts(rows):
    names = [f"{r['first_name']} {r['last_name']}" for r in rows]
    for script in (GREEK, CYRILLIC, ARABIC, HAN):
        assert any(script.search(name) for name in names), script.pattern
    assert any(VIETNAMESE.search(name) and "Nguyễn" in name for name in names)
    assert any(not r["first_name"] and r["last_name"] for r in rows), "no mononym"
    last_names = {r["last_name"] for r in rows}
    assert {"O'Brien", "Ковальчук", "Παπαδόπουλος", "Nguyễn"} <= last_names
    assert any(r["first_name"] == "José" for r in rows)
    assert any(r["first_name"] == "Γιώργος" and r["last_name"] == "Παπαδόπουλος" for r in rows)


def test_name_latin_exactly_for_non_latin_names(rows):
    for row in rows:
        non_latin = NON_LATIN.search(row["first_name"] + row["last_name"])
        if non_latin:
            assert row["name_latin"] and not NON_LATIN.search(row["name_latin"]), row
        else:
            assert row["name_latin"] == "", row
    papadopoulos = next(r for r in rows if r["last_name"] == "Παπαδόπουλος")
    assert papadopoulos["name_latin"].endswith("Papadopoulos")


# --- the generator -----------------------------------------------------------------------


def _load_generator():
    spec = importlib.util.spec_from_file_location("generate_demo_participants", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_reproduces_the_committed_csv(tmp_path, raw_csv, capsys):
    generator = _load_generator()
    first, second = tmp_path / "a" / "participants.csv", tmp_path / "participants.csv"
    assert generator.main(["--output", str(first)]) == 0
    assert generator.main(["--output", str(second)]) == 0
    capsys.readouterr()
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == raw_csv, (
        "data/idm2015/participants.csv is out of date: "
        "run python tools/generate_demo_participants.py"
    )
