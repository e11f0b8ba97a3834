"""``checkin erase --event ID``: after the event, its data leaves the desk, and only it.

Real homes, real databases and the real program; the overwrite is checked
through a second link to the same file, which keeps its bytes readable after
the name is removed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from checkin.store.erasing import _shred
from checkin.store.file_lock import hold_app_lock
from tests.conftest import EVENT
from tests.test_cli import assert_input_error, ok_json, run
from tests.test_supervisor_pin import PIN, PIN_HASH

EVENT_ID = EVENT["id"]


@pytest.fixture
def used_home(tmp_path: Path, event_files) -> Path:
    """A desk that served the test event (a check-in), set it aside, then took the demo."""
    home = tmp_path / "desk"
    ok_json("event", str(event_files.config), "--participants", str(event_files.participants),
            home=home)
    code = ok_json("search", "Diallo", home=home)[0]["code"]
    assert ok_json("scan", code, "--at", "2015-10-26T09:00:00+01:00", home=home)["status"] == "ok"
    ok_json("reset", home=home)
    ok_json("demo", home=home)
    (home / "errors.log").write_text("a traceback naming Amina Diallo\n", encoding="utf-8")
    return home


def _databases(home: Path) -> list[Path]:
    return sorted(p.relative_to(home) for p in home.rglob("*.sqlite3"))


def test_it_erases_that_events_databases_and_keeps_the_others(used_home: Path):
    before = _databases(used_home)
    report = ok_json("erase", "--event", EVENT_ID, home=used_home)
    (erased,) = report["erased"]  # the copy set aside
    assert "set-aside" in erased["path"]
    assert (erased["event"], erased["checked_in"]) == (EVENT_ID, 1)
    assert report["other_files"] == [str(used_home / "errors.log")]
    (kept,) = report["kept"]  # the demo the desk holds now
    assert kept["path"] == str(used_home / "desk.sqlite3")
    assert _databases(used_home) == [p for p in before if "set-aside" not in str(p)]
    assert not (used_home / "errors.log").exists()
    assert not (used_home / "set-aside").exists()  # nothing else was in it
    assert ok_json("stats", home=used_home)["registered"] > 0  # the demo desk still works


def test_the_desks_own_event_is_erased_with_its_write_ahead_log(tmp_path: Path, event_files):
    home = tmp_path / "desk"
    ok_json("event", str(event_files.config), "--participants", str(event_files.participants),
            home=home)
    result = run("erase", "--event", EVENT_ID, home=home)
    assert result.returncode == 0, result.stderr
    assert f"Erased the event {EVENT_ID}" in result.stdout
    assert list(home.rglob("*.sqlite3*")) == []  # its -wal and -shm too
    assert run("stats", home=home).returncode == 1  # an empty desk, as after a reset


def test_another_event_id_erases_nothing(used_home: Path):
    before = _databases(used_home)
    result = run("erase", "--event", "some-other-event", home=used_home)
    assert_input_error(result, "holds no data of the event", EVENT_ID)
    assert_input_error(run("erase", "--event", " ", home=used_home), "Give the id")
    assert _databases(used_home) == before
    assert (used_home / "errors.log").exists()


def test_nothing_is_erased_while_the_app_is_open(used_home: Path):
    before = _databases(used_home)
    lock = hold_app_lock(used_home)
    try:
        result = run("erase", "--event", EVENT_ID, home=used_home)
    finally:
        if lock is not None:
            lock.close()
    assert_input_error(result, "Close the app")
    assert _databases(used_home) == before


def test_an_event_with_a_pin_needs_it(tmp_path: Path, event_files):
    config = tmp_path / "event-with-pin.json"
    config.write_text(json.dumps({**EVENT, "supervisor_pin_hash": PIN_HASH}), encoding="utf-8")
    home = tmp_path / "desk"
    ok_json("event", str(config), "--participants", str(event_files.participants), home=home)
    refused = run("erase", "--event", EVENT_ID, home=home)
    assert_input_error(refused, "needs the supervisor PIN")
    assert (home / "desk.sqlite3").exists()
    assert ok_json("erase", "--event", EVENT_ID, home=home, env={"CHECKIN_PIN": PIN})["erased"]
    assert _databases(home) == []


def test_a_file_is_overwritten_before_it_is_removed(tmp_path: Path):
    secret = tmp_path / "desk.sqlite3"
    secret.write_bytes(b"Amina Diallo, a.diallo@dakar.example" * 100_000)  # > one chunk
    witness = tmp_path / "same-bytes"
    os.link(secret, witness)  # the same file under a second name
    _shred(secret)
    assert not secret.exists()
    data = witness.read_bytes()
    assert len(data) == 3_600_000 and data.count(0) == len(data)


def test_every_copy_of_the_event_with_a_pin_needs_it(tmp_path: Path, event_files):
    """A rehearsal copy without a PIN, then the real event with one: both are the event."""
    plain, guarded = tmp_path / "plain.json", tmp_path / "guarded.json"
    plain.write_text(json.dumps(EVENT), encoding="utf-8")
    guarded.write_text(json.dumps({**EVENT, "supervisor_pin_hash": PIN_HASH}), encoding="utf-8")
    home = tmp_path / "desk"
    ok_json("event", str(plain), "--participants", str(event_files.participants), home=home)
    ok_json("reset", home=home)
    ok_json("event", str(guarded), "--participants", str(event_files.participants), home=home)
    before = _databases(home)
    assert_input_error(run("erase", "--event", EVENT_ID, home=home), "needs the supervisor PIN")
    assert _databases(home) == before
    assert len(ok_json("erase", "--event", EVENT_ID, home=home, env={"CHECKIN_PIN": PIN})[
        "erased"]) == 2


def test_a_home_whose_path_looks_like_a_uri_is_erased(tmp_path: Path, event_files):
    home = tmp_path / "desk #2?x=1"
    ok_json("event", str(event_files.config), "--participants", str(event_files.participants),
            home=home)
    assert ok_json("erase", "--event", EVENT_ID, home=home)["erased"]
    assert list(home.rglob("*.sqlite3*")) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk #2?x=1", "event"]
