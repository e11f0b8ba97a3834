"""The headless interface, run as a real program: ``python -m checkin COMMAND``."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from permissions import read_only, unprivileged

from checkin.domain import codes
from checkin.domain.model import Participant
from checkin.service.desk import Desk
from checkin.store import Store

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "data" / "idm2015"


def run(
    *args: str,
    home: Path | None = None,
    env: dict[str, str] | None = None,
    encoding: str = "utf-8",
    prefix: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "CHECKIN_HOME"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPO), environment.get("PYTHONPATH")])
    )
    environment.update(env or {})
    command = [*(prefix or []), sys.executable, "-m", "checkin", *args]
    if home is not None:
        command += ["--home", str(home)]
    return subprocess.run(
        command,
        stdin=subprocess.DEVNULL,  # never a terminal: nothing may wait for a typed PIN
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

    again = ok_json("demo", home=home)  # loading it again changes nothing at all
    assert again["participants"] == len(rows) and again["already_loaded"]
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
    day = first["day"]
    stats = ok_json("stats", "--day", day, home=loaded)
    (desk_id,) = stats["by_desk"]
    assert stats["desk_names"] == {desk_id: "North"}  # the id, and the name people know
    assert f"by_desk: North ({desk_id}) 1" in run("stats", "--day", day, home=loaded).stdout


def test_scan_text_output(loaded: Path, store: Store) -> None:
    """Flags with the verdict; the earlier check-in in the event's time, not UTC."""
    code = code_of(store, "P009")  # flags: vip, speaker
    first = "2015-10-26T08:05:00Z"  # 09:05 in Geneva (CET)
    result = run("scan", code, "--at", first, "--desk", "North", "--operator", "ana", home=loaded)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "OK  Amina Diallo (P009)  [VIP, SPEAKER]\n"
    result = run("scan", code, "--at", "2015-10-26T10:00:00Z", "--operator", "ben", home=loaded)
    assert result.stdout == (
        "ALREADY  Amina Diallo (P009)  [VIP, SPEAKER]  — first checked in 2015-10-26 09:05 "
        "(Europe/Zurich time) at desk North by ana\n"
    )


@pytest.mark.parametrize(
    ("pid", "shown"),
    [("P004", "王伟"), ("P007", "Zainab"), ("P005", "Seán O'Brien")],
)
def test_text_output_shows_names_as_the_desk_does(
    loaded: Path, store: Store, pid: str, shown: str
) -> None:
    """Chinese family name first with no space; a mononym with no stray space."""
    assert run("scan", code_of(store, pid), home=loaded).stdout.startswith(f"OK  {shown} ({pid})")
    (line,) = run("search", pid, home=loaded).stdout.splitlines()
    assert line.split(None, 1) == [pid, line.split(None, 1)[1]]
    assert line.split(None, 1)[1].startswith(f"{shown} — ")
    undone = run("undo", pid, home=loaded)
    assert undone.stdout.startswith(f"Undid the check-in of {shown} ({pid}) on "), undone.stderr


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
    assert "None" not in text.stdout and "day:" not in text.stdout.replace("by_day:", "")
    assert "by_day: 2015-10-26 2, 2015-10-27 1" in text.stdout
    text = run("stats", "--day", "2015-10-26", home=loaded)
    assert text.stdout.startswith("day: 2015-10-26\nregistered: 10\nchecked_in: 2\n")


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


def test_undo_of_an_id_no_one_has(loaded: Path, store: Store) -> None:
    result = run("undo", "NOPE", home=loaded)
    assert_input_error(result, "No participant has the id 'NOPE'")
    assert "not checked in" not in result.stderr
    assert store.event_count() == 0


@pytest.mark.parametrize(
    "command",
    [["scan", "{code}"], ["stats"], ["stats", "--json"], ["undo", "P001"], ["export", "-o", "x"]],
)
@pytest.mark.parametrize("day", ["2015-10-28", "2016-01-01"])
def test_a_day_outside_the_event(
    loaded: Path, store: Store, tmp_path: Path, command: list[str], day: str
) -> None:
    """Every command that takes a day refuses one the event does not have, in the same words."""
    desk = Desk(store)
    desk.scan(code_of(store, "P001"), at=at("2015-10-26T09:00+01:00"))
    before = store.event_count()
    command = [c.format(code=code_of(store, "P001")) for c in command]
    command = [str(tmp_path / "out.csv") if c == "x" else c for c in command]
    if command[0] == "export":
        command.insert(1, day)
    else:
        command[1:1] = ["--day", day]
    result = run(*command, home=loaded)
    assert_input_error(result)
    assert result.stderr == (
        f"checkin: {day} is not a day of the event (2015-10-26, 2015-10-27).\n"
    )
    assert store.event_count() == before
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["scan", "CKAAAA"],
        ["undo", "P001"],
        ["search", "x"],
        ["stats"],
        ["export", "2015-10-26", "-o", "out.csv"],
        ["export-participants", "-o", "out.csv"],
    ],
)
@pytest.mark.parametrize("exists", [False, True])
def test_a_home_without_an_event(tmp_path: Path, command: list[str], exists: bool) -> None:
    """A mistyped --home is reported, and leaves no folder and no empty database behind."""
    home = tmp_path / "typo" / "home"
    if exists:
        home.mkdir(parents=True)
    command = [str(tmp_path / c) if c == "out.csv" else c for c in command]
    assert_input_error(run(*command, home=home), "No event is loaded", "checkin demo")
    if exists:
        assert list(home.iterdir()) == []
    else:
        assert not (tmp_path / "typo").exists()
    assert not (tmp_path / "out.csv").exists()


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
    with sqlite3.connect(loaded / "desk.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 99")
    assert_input_error(run("stats", home=loaded), "newer version")


def test_a_home_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert_input_error(run("demo", home=blocker / "home"), "cannot be created")
    assert_input_error(run("stats", home=blocker / "home"), "No event is loaded")
    assert blocker.read_text() == "x"


# -- a locked or read-only database (real permissions, also as root) ------------------------


def copy_home(loaded: Path, store: Store, destination: Path) -> Path:
    """A closed copy of the test desk, with one check-in, that no open connection holds."""
    Desk(store).scan(code_of(store, "P001"), at=at("2015-10-26T09:00+01:00"))
    destination.mkdir()
    copy = destination / "desk.sqlite3"
    with store.read() as conn:
        conn.execute(f"VACUUM INTO '{copy}'")
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")  # as a desk's own database always is
    return destination


def assert_nothing_lost(home: Path) -> None:
    copy = Store.in_home(home)
    try:
        assert copy.event_count() == 1 and copy.participant_count() == 11
        assert len(copy.active_checkins("P001", dt.date(2015, 10, 26))) == 1
    finally:
        copy.close()


def test_a_read_only_home_folder(loaded: Path, store: Store, tmp_path: Path) -> None:
    home = copy_home(loaded, store, tmp_path / "read-only-home")
    prefix = unprivileged()
    with read_only(home):
        result = run("scan", code_of(store, "P002"), home=home, prefix=prefix)
        assert_input_error(result, "cannot be written", f"folder {home} is writable")
        result = run("search", "papadopoulos", home=home, prefix=prefix)
        assert_input_error(result, "cannot be written")
    assert sorted(p.name for p in home.iterdir()) == ["desk.sqlite3"]
    assert_nothing_lost(home)


def test_a_read_only_database_file(loaded: Path, store: Store, tmp_path: Path) -> None:
    """The folder is writable, the file is not: reading works, a write says which is read-only."""
    home = copy_home(loaded, store, tmp_path / "home")
    database = home / "desk.sqlite3"
    prefix = unprivileged()
    with read_only(database):
        before = database.read_bytes()
        found = run("search", "papadopoulos", "--json", home=home, prefix=prefix)
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)[0]["id"] == "P001"
        stats = run("stats", "--json", home=home, prefix=prefix)
        assert json.loads(stats.stdout)["checked_in"] == 1, stats.stderr
        for command in (["scan", code_of(store, "P002")], ["undo", "P001"]):
            result = run(*command, home=home, prefix=prefix)
            assert_input_error(result, f"The database file {database} is read-only")
            assert "folder" not in result.stderr
        assert database.read_bytes() == before
    assert_nothing_lost(home)


LOCK_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_a_locked_database_gives_up_with_a_clear_message(loaded: Path, store: Store) -> None:
    """Another program holds the database: the desk says so and exits, it does not hang.

    ``run`` has a generous timeout only so that a hang fails the test; nothing is timed."""
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(loaded / "desk.sqlite3")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        result = run("scan", code_of(store, "P001"), home=loaded)
        assert_input_error(result, "in use by another program")
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(60) == 0
    finally:
        holder.kill()
        holder.wait()
    assert store.event_count() == 0
    assert ok_json("scan", code_of(store, "P001"), home=loaded)["status"] == "ok"


# -- output into a pipe that closes early (| head) ------------------------------------------


@pytest.mark.parametrize("as_json", [False, True])
def test_a_reader_that_stops_early_is_not_an_error(
    loaded: Path, store: Store, as_json: bool
) -> None:
    """``checkin search … | head -1``: quiet, exit 0, no "unexpected error", no errors.log."""
    store.upsert_participants(
        [Participant(id=f"Q{n:04}", first_name="Pipe", last_name=f"Reader{n}") for n in range(3000)]
    )
    environment = {k: v for k, v in os.environ.items() if k != "CHECKIN_HOME"}
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPO), environment.get("PYTHONPATH")])
    )
    command = [sys.executable, "-m", "checkin", "search", "pipe", "--limit", "3000"]
    command += ["--json"] * as_json + ["--home", str(loaded)]
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        cwd=REPO,
    )
    assert child.stdout is not None and child.stderr is not None
    assert os.read(child.stdout.fileno(), 64)  # more than the pipe holds is still to come
    child.stdout.close()
    try:
        stderr = child.stderr.read().decode()
        assert child.wait(60) == 0, stderr
    finally:
        child.kill()
        child.wait()
    assert stderr == ""
    assert not (loaded / "errors.log").exists()


# -- bad usage: exit 2 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["frobnicate"],
        ["stats", "--day", "26/10/2015"],
        ["scan"],
        ["scan", "X", "--at", "soon"],
        ["search", "x", "--limit", "0"],
        ["--selftest"],  # a mistyped option is an error, not the desktop app opening
        ["badge", "P001", "-o", "badge.png"],  # a badge is a PDF: not a PDF named .png
        ["badge", "P001", "-o", "b.pdf", "--replace", "--reason", "name_correction"],
    ],
)
def test_bad_usage(loaded: Path, command: list[str]) -> None:
    assert_usage_error(run(*command, home=loaded))
    assert not (REPO / "badge.png").exists()


def test_the_self_test_takes_no_other_arguments_and_survives_a_closed_pipe() -> None:
    result = run("--self-test", "--home", "/tmp")
    assert result.returncode == 2 and "--self-test takes no other arguments" in result.stderr
    piped = subprocess.run(
        f"{sys.executable} -m checkin --self-test | head -1",
        shell=True, capture_output=True, text=True, cwd=REPO, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert piped.stdout.startswith("Check-in") and len(piped.stdout.splitlines()) == 1
    assert "Traceback" not in piped.stderr and "BrokenPipe" not in piped.stderr


def test_help() -> None:
    usage = run("scan", "--help")
    assert usage.returncode == 0
    assert "--at" in usage.stdout and "--desk" in usage.stdout
    text = " ".join(usage.stdout.split())
    assert "the day this desk serves" in text
    assert "or today)" not in text


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


def test_reset_sets_the_event_aside_so_that_another_can_be_loaded(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    ok_json("demo", home=home)
    row = ok_json("search", "papadopoulos", home=home)[0]
    ok_json("scan", row["code"], "--day", "2015-10-26", home=home)
    other = json.loads((DEMO / "event.json").read_text(encoding="utf-8"))
    other["id"] = "my-conference-2016"
    config = tmp_path / "my-event.json"
    config.write_text(json.dumps(other), encoding="utf-8")
    assert_input_error(run("event", str(config), home=home), "checkin reset")

    aside = ok_json("reset", home=home)
    assert (aside["event"], aside["participants"], aside["checked_in"]) == (
        "idm2015-migrants-and-cities", 800, 1)
    copy = Path(aside["set_aside"])
    assert copy.parent == home / "set-aside" and not (home / "desk.sqlite3").exists()
    assert ok_json("event", str(config), home=home)["event"] == "my-conference-2016"

    kept = tmp_path / "kept"  # the copy is a whole desk database: it opens again
    kept.mkdir()
    copy.rename(kept / "desk.sqlite3")
    assert ok_json("stats", "--day", "2015-10-26", home=kept)["checked_in"] == 1
    assert ok_json("reset", home=tmp_path / "empty")["set_aside"] is None
