"""``checkin erase-shared``: after the event, the shared folder or server gives the data up.

Real desks publish and sync into a real folder (and a real PostgreSQL server);
the command runs as a real program.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EVENT
from pg_server import pg_address, postgres_server
from test_cli import assert_input_error, ok_json, run
from test_supervisor_pin import PIN, PIN_HASH

__all__ = ["pg_address", "postgres_server"]  # fixtures, used by name


def synced_desks(tmp_path: Path, target: str, config: Path, participants: Path) -> Path:
    """An administrator's desk that published, and a second desk that checked someone in."""
    admin = tmp_path / "admin"
    ok_json("event", str(config), "--participants", str(participants), home=admin,
            env={"CHECKIN_PIN": PIN})
    ok_json("sync", target, "--publish", home=admin, env={"CHECKIN_PIN": PIN})
    second = tmp_path / "second"
    ok_json("sync", target, home=second)
    code = ok_json("search", "larsen", home=second)[0]["code"]
    ok_json("scan", code, "--day", "2015-10-27", home=second)
    assert ok_json("sync", target, home=second)["attendance"] == ["2015-10-27"]
    return second


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def plain_config(tmp_path: Path) -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps(EVENT), encoding="utf-8")
    return path


def test_the_folder_gives_up_the_list_journals_and_day_files_and_keeps_the_rest(
    tmp_path: Path, share: Path, plain_config: Path, event_files
):
    second = synced_desks(tmp_path, str(share), plain_config, event_files.participants)
    (share / "journals" / "notes from the desk team.txt").write_text("keep me", encoding="utf-8")
    journal = next((share / "journals").glob("*.jsonl"))
    copy = journal.with_name(journal.stem + " (conflicted copy).jsonl")
    copy.write_bytes(journal.read_bytes())
    wrong = run("erase-shared", str(share), "--event", "another-event", home=second)
    assert_input_error(wrong, "serves the event", "Nothing was erased")
    assert (share / "event" / "participants.csv").is_file()
    done = ok_json("erase-shared", str(share), "--event", EVENT["id"], home=second)
    assert "event/participants.csv" in done["removed"] and "event/secret.txt" in done["removed"]
    assert f"journals/{copy.name}" in done["removed"]
    assert "attendance/2015-10-27.csv" in done["removed"]
    assert done["kept"] == ["journals/notes from the desk team.txt"]
    assert sorted(p.name for p in share.iterdir()) == ["journals"]
    assert [p.name for p in (share / "journals").iterdir()] == ["notes from the desk team.txt"]
    after = run("sync", str(share), home=second)  # the desk keeps its own data, says why
    assert after.returncode == 1 and "no longer holds the event" in after.stderr
    assert ok_json("stats", "--day", "2015-10-27", home=second)["checked_in"] == 1


def test_the_day_files_can_be_kept_for_the_organisers(
    tmp_path: Path, share: Path, plain_config: Path, event_files
):
    second = synced_desks(tmp_path, str(share), plain_config, event_files.participants)
    done = ok_json("erase-shared", str(share), "--event", EVENT["id"], "--keep-attendance",
                   home=second)
    assert "attendance/2015-10-27.xlsx" in done["kept"]
    assert sorted(p.name for p in share.iterdir()) == ["attendance"]


def test_the_events_pin_is_needed_when_it_sets_one(tmp_path: Path, share: Path, event_files):
    config = tmp_path / "event-with-pin.json"
    config.write_text(json.dumps({**EVENT, "supervisor_pin_hash": PIN_HASH}), encoding="utf-8")
    second = synced_desks(tmp_path, str(share), config, event_files.participants)
    refused = run("erase-shared", str(share), "--event", EVENT["id"], home=second)
    assert_input_error(refused, "needs the supervisor PIN")
    assert (share / "event" / "secret.txt").is_file()
    wrong = run("erase-shared", str(share), "--event", EVENT["id"], home=second,
                env={"CHECKIN_PIN": "135799"})
    assert wrong.returncode == 1 and (share / "event" / "secret.txt").is_file()
    ok_json("erase-shared", str(share), "--event", EVENT["id"], home=second,
            env={"CHECKIN_PIN": PIN})
    assert not (share / "event").exists()


def test_a_folder_with_nothing_published_is_left_alone(tmp_path: Path, share: Path):
    (share / "budget.xlsx").write_bytes(b"not ours")
    result = run("erase-shared", str(share), "--event", EVENT["id"], home=tmp_path / "desk")
    assert_input_error(result, "No event is published")
    assert (share / "budget.xlsx").is_file()


def test_the_sync_server_drops_its_tables(
    tmp_path: Path, pg_address: str, plain_config: Path, event_files, postgres_server
):
    second = synced_desks(tmp_path, pg_address, plain_config, event_files.participants)
    done = ok_json("erase-shared", pg_address, "--event", EVENT["id"], home=second)
    assert "table checkin_package" in done["removed"]
    database = pg_address.split("/")[3].split("?")[0]
    with postgres_server.admin(database) as conn:
        left = conn.execute(
            "SELECT tablename FROM pg_tables WHERE tablename LIKE 'checkin%%'"
        ).fetchall()
    assert left == []
    after = run("sync", pg_address, home=second)
    assert after.returncode == 1 and "no longer holds the event" in after.stderr


def test_a_package_whose_list_is_damaged_is_still_erased_with_the_pin(
    tmp_path: Path, share: Path, event_files
):
    config = tmp_path / "event-with-pin.json"
    config.write_text(json.dumps({**EVENT, "supervisor_pin_hash": PIN_HASH}), encoding="utf-8")
    second = synced_desks(tmp_path, str(share), config, event_files.participants)
    listed = share / "event" / "participants.csv"
    listed.write_bytes(listed.read_bytes()[:100])  # truncated on the share
    refused = run("erase-shared", str(share), "--event", EVENT["id"], home=second)
    assert_input_error(refused, "needs the supervisor PIN")  # still asked, from event.json
    done = ok_json("erase-shared", str(share), "--event", EVENT["id"], home=second,
                   env={"CHECKIN_PIN": PIN})
    assert "event/participants.csv" in done["removed"]
    assert not (share / "event").exists()


def test_a_package_whose_config_is_damaged_is_not_erased(
    tmp_path: Path, share: Path, plain_config: Path, event_files
):
    second = synced_desks(tmp_path, str(share), plain_config, event_files.participants)
    (share / "event" / "event.json").write_text("{", encoding="utf-8")
    refused = run("erase-shared", str(share), "--event", EVENT["id"], home=second)
    assert_input_error(refused, "event.json", "Nothing was erased")
    assert (share / "event" / "secret.txt").is_file()
