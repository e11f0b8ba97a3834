"""The headless interface, run as a real program: ``python -m checkin COMMAND``."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from checkin.domain import codes
from checkin.service.desk import Desk
from checkin.store import Store

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "data" / "idm2015"


def run(
    *args: str,
    home: Path | None = None,
    env: dict[str, str] | None = None,
    encoding: str = "utf-8",
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "CHECKIN_HOME"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPO), environment.get("PYTHONPATH")])
    )
    environment.update(env or {})
    command = [sys.executable, "-m", "checkin", *args]
    if home is not None:
        command += ["--home", str(home)]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding=encoding,
        env=environment,
        cwd=REPO,
        timeout=60,
    )


def ok_json(*args: str, home: Path | None = None, env: dict[str, str] | None = None):
    result = run(*args, "--json", home=home, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def assert_input_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 1, one clear line on stderr, no traceback, nothing on stdout."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert "unexpected error" not in result.stderr  # handled, not the crash catch-all
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("checkin: ")
    for word in words:
        assert word in lines[0], lines[0]
    assert result.stdout == ""


def assert_usage_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def loaded(store: Store) -> Path:
    """A home with the test event loaded (the conftest ``store``), as the CLI sees it."""
    return store.path.parent


def code_of(store: Store, participant_id: str) -> str:
    """The participant's badge code, computed in-process (saves a program start per test)."""
    person = store.participant(participant_id)
    assert person is not None
    return codes.sign(store.meta("secret"), person.id, person.badge_version)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


# -- demo ------------------------------------------------------------------------------


def test_demo_loads_the_bundled_event(tmp_path: Path) -> None:
    participants = DEMO / "participants.csv"
    if not (DEMO / "event.json").is_file() or not participants.is_file():
        pytest.skip("data/idm2015 (the demo event) has not been written yet")
    with participants.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    home = tmp_path / "fresh" / "home"

    loaded = ok_json("demo", home=home)
    assert loaded["participants"] == len(rows) > 100
    assert loaded["event"]
    stats = ok_json("stats", home=home)
    assert stats["registered"] == len(rows)
    assert stats["checked_in"] == 0
    assert list(stats["by_day"]) == ["2015-10-26", "2015-10-27"]

    first = rows[0]
    found = ok_json("search", f"{first['first_name']} {first['last_name']}", home=home)
    row = next(r for r in found if r["id"] == first["id"])
    assert ok_json("scan", row["code"], home=home)["status"] in ("ok", "not_today")

    again = ok_json("demo", home=home)  # loading it again keeps secret and check-ins
    assert again["participants"] == len(rows)
    assert ok_json("scan", row["code"], home=home)["status"] in ("already", "not_today")


# -- search and scan ------------------------------------------------------------------


def test_search_rows(loaded: Path, store: Store) -> None:
    rows = ok_json("search", "papadopoulos", home=loaded)
    assert rows == [
        {
            "id": "P001",
            "first_name": "Γεώργιος",
            "last_name": "Παπαδόπουλος",
            "organisation": "Ministry of Interior",
            "country": "GR",
            "category": "government",
            "code": code_of(store, "P001"),
        }
    ]
    assert ok_json("search", "nobody-at-all", home=loaded) == []
    assert len(ok_json("search", "a", "--limit", "3", home=loaded)) == 3


def test_search_text_output(loaded: Path) -> None:
    result = run("search", "kovalchuk", home=loaded)
    assert result.returncode == 0
    assert "P002" in result.stdout and "Ковальчук" in result.stdout
    assert run("search", "nobody-at-all", home=loaded).stdout.strip() == "No match."


def test_scan_the_code_from_search_then_again(loaded: Path) -> None:
    (row,) = ok_json("search", "jose garcia", home=loaded)
    first = ok_json("scan", row["code"], "--desk", "North", "--operator", "ana", home=loaded)
    assert first["status"] == "ok"
    assert first["participant"]["id"] == row["id"] == "P006"
    assert first["previous"] is None
    assert first["checkin"]["desk"] == "North"

    second = ok_json("scan", row["code"], "--desk", "South", home=loaded)
    assert second["status"] == "already"
    assert second["previous"]["desk"] == "North"
    assert second["previous"]["operator"] == "ana"
    assert second["previous"]["at"] == first["checkin"]["at"]
    assert second["previous"]["at"].endswith("Z")


def test_scan_text_output(loaded: Path, store: Store) -> None:
    code = code_of(store, "P009")
    result = run("scan", code, home=loaded)
    assert result.returncode == 0
    assert result.stdout.startswith("OK") and "Amina Diallo" in result.stdout
    result = run("scan", code, "--operator", "ben", home=loaded)
    assert result.stdout.startswith("ALREADY") and "first at" in result.stdout


@pytest.mark.parametrize(
    ("text", "status"),
    [("hello", "unknown"), ("CK" + "A" * 40, "invalid")],
)
def test_every_verdict_is_a_success(loaded: Path, text: str, status: str) -> None:
    assert ok_json("scan", text, home=loaded)["status"] == status


def test_scan_at_a_given_time(loaded: Path, store: Store) -> None:
    greek, ukrainian, irish, chinese = (code_of(store, p) for p in ("P001", "P002", "P005", "P004"))
    report = ok_json("scan", greek, "--at", "2015-10-27T09:00:00+01:00", home=loaded)
    assert report["status"] == "ok"
    assert report["day"] == "2015-10-27"
    assert report["checkin"]["at"] == "2015-10-27T08:00:00.000Z"
    # 23:30 UTC on the 26th is already the 27th in Geneva.
    assert ok_json("scan", ukrainian, "--at", "2015-10-26T23:30:00Z", home=loaded)["day"] == (
        "2015-10-27"
    )
    # Without an offset the time is the event's own (Geneva), not the laptop's or UTC.
    naive = ok_json("scan", irish, "--at", "2015-10-27T00:30", home=loaded)
    assert (naive["day"], naive["checkin"]["at"]) == ("2015-10-27", "2015-10-26T23:30:00.000Z")
    # An explicit --day wins over the day of --at.
    explicit = ok_json(
        "scan", chinese, "--at", "2015-10-26T09:00+01:00", "--day", "2015-10-27", home=loaded
    )
    assert explicit["day"] == "2015-10-27"


def test_not_today(loaded: Path, store: Store) -> None:
    code = code_of(store, "P008")  # registered for the 27th only
    assert ok_json("scan", code, "--day", "2015-10-26", home=loaded)["status"] == "not_today"
    assert ok_json("scan", code, "--day", "2015-10-27", home=loaded)["status"] == "ok"


# -- undo and stats -----------------------------------------------------------------------


def test_undo(loaded: Path, desk: Desk) -> None:
    code = code_of(desk.store, "P001")
    desk.scan(code, at=at("2015-10-26T09:00+01:00"))
    desk.scan(code, at=at("2015-10-27T09:00+01:00"))

    undone = ok_json("undo", "P001", "--day", "2015-10-27", home=loaded)
    assert undone == {"undone": 1, "id": "P001", "day": "2015-10-27"}
    assert desk.store.active_checkins("P001", dt.date(2015, 10, 27)) == []
    assert len(desk.store.active_checkins("P001", dt.date(2015, 10, 26))) == 1
    assert ok_json("scan", code, "--day", "2015-10-27", home=loaded)["status"] == "ok"

    result = run("undo", "P001", "--day", "2015-10-26", home=loaded)
    assert result.returncode == 0
    assert "P001" in result.stdout
    assert_input_error(run("undo", "P001", "--day", "2015-10-26", home=loaded), "P001")


def test_stats(loaded: Path, desk: Desk) -> None:
    for pid, moment in (
        ("P001", "2015-10-26T08:40+01:00"),
        ("P002", "2015-10-26T08:50+01:00"),
        ("P001", "2015-10-27T08:40+01:00"),
    ):
        assert desk.scan(code_of(desk.store, pid), at=at(moment)).status == "ok"

    whole = ok_json("stats", home=loaded)
    assert whole["registered"] == 11
    assert whole["checked_in"] == 2
    assert whole["by_day"] == {"2015-10-26": 2, "2015-10-27": 1}
    assert whole["by_category"] == {"government": 1, "local": 1}
    assert whole["arrivals"] == {
        "2015-10-26T08:30": 1,
        "2015-10-26T08:45": 1,
        "2015-10-27T08:30": 1,
    }
    for key in ("by_country", "by_desk", "duplicates"):
        assert key in whole

    day = ok_json("stats", "--day", "2015-10-26", home=loaded)
    assert (day["registered"], day["checked_in"]) == (10, 2)
    assert day["by_day"] == {"2015-10-26": 2}

    text = run("stats", home=loaded)
    assert text.returncode == 0
    assert "registered: 11" in text.stdout and "checked_in: 2" in text.stdout


# -- the home folder --------------------------------------------------------------------


def test_checkin_home_is_honoured_without_home(loaded: Path, tmp_path: Path) -> None:
    assert ok_json("stats", env={"CHECKIN_HOME": str(loaded)})["registered"] == 11
    # --home wins over the environment, in either position.
    elsewhere = {"CHECKIN_HOME": str(tmp_path / "elsewhere")}
    result = run("--home", str(loaded), "stats", "--json", env=elsewhere)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["registered"] == 11


def test_output_survives_a_console_that_cannot_show_the_names(loaded: Path) -> None:
    """A Windows pipe or console in cp1252: Greek names must not crash the command."""
    env = {"PYTHONIOENCODING": "cp1252"}
    result = run("search", "papadopoulos", "--json", home=loaded, env=env, encoding="cp1252")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["last_name"] == "Παπαδόπουλος"
    result = run("search", "papadopoulos", home=loaded, env=env, encoding="cp1252")
    assert result.returncode == 0, result.stderr
    assert "P001" in result.stdout
    assert "Traceback" not in result.stderr


# -- problems with the input: exit 1 ---------------------------------------------------------


@pytest.mark.parametrize("code", ["", " \r\n"])
def test_empty_code(loaded: Path, code: str) -> None:
    assert_input_error(run("scan", code, home=loaded), "empty")


def test_undo_of_someone_not_checked_in(loaded: Path) -> None:
    assert_input_error(run("undo", "P003", home=loaded), "P003", "not checked in")


def test_a_day_outside_the_event(loaded: Path, store: Store) -> None:
    code = code_of(store, "P001")
    assert_input_error(run("scan", code, "--day", "2015-10-28", home=loaded), "2015-10-28")
    assert store.event_count() == 0


@pytest.mark.parametrize("command", [["scan", "CKAAAA"], ["undo", "P001"]])
def test_a_home_without_an_event(tmp_path: Path, command: list[str]) -> None:
    assert_input_error(run(*command, home=tmp_path / "empty-home"), "No event")


@pytest.mark.parametrize("command", [["search", "x"], ["demo"]])
def test_a_corrupt_database_is_reported_and_kept(tmp_path: Path, command: list[str]) -> None:
    home = tmp_path / "home"
    home.mkdir()
    garbage = random.Random(2015).randbytes(16_384)
    (home / "desk.sqlite3").write_bytes(garbage)
    assert_input_error(run(*command, home=home), "desk.sqlite3")
    assert (home / "desk.sqlite3").read_bytes() == garbage  # nothing lost or overwritten
    assert sorted(p.name for p in home.iterdir()) == ["desk.sqlite3"]


def test_a_database_from_a_newer_version(loaded: Path) -> None:
    import sqlite3

    with sqlite3.connect(loaded / "desk.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 99")
    assert_input_error(run("stats", home=loaded), "newer version")


def test_a_home_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert_input_error(run("stats", home=blocker / "home"), "cannot be created")
    assert blocker.read_text() == "x"


# -- bad usage: exit 2 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["frobnicate"],
        ["stats", "--day", "26/10/2015"],
        ["scan"],
        ["scan", "X", "--at", "soon"],
        ["search", "x", "--limit", "0"],
    ],
)
def test_bad_usage(loaded: Path, command: list[str]) -> None:
    assert_usage_error(run(*command, home=loaded))


def test_help() -> None:
    usage = run("scan", "--help")
    assert usage.returncode == 0
    assert "--at" in usage.stdout and "--desk" in usage.stdout


def test_a_new_event_from_its_config_then_any_registration_list(tmp_path: Path) -> None:
    """How a real event starts: its config, then the registration team's export."""
    home = tmp_path / "new-event"
    data = DEMO
    loaded = ok_json("event", str(data / "event.json"), home=home)
    assert loaded["participants"] == 0
    report = ok_json("import", str(data / "participants.csv"), home=home)
    assert report["imported"] == 800
    row = ok_json("search", "papadopoulos", home=home)[0]
    assert ok_json("scan", row["code"], "--day", "2015-10-26", home=home)["status"] == "ok"
    assert_input_error(run("event", str(tmp_path / "missing.json"), home=home), "missing.json")
