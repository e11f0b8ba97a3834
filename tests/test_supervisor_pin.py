"""The supervisor PIN (DESIGN.md): kept as a hash, asked only for supervisor actions,
read by the CLI from $CHECKIN_PIN, and never guessable by trying at a desk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkin.domain.event_config import ConfigError, check_pin_hash, parse_event_config
from checkin.domain.pin import MIN_LENGTH, hash_pin, is_pin_hash, pin_matches, pin_problem
from checkin.service.supervisor import LOCK_SECONDS, MAX_TRIES, SupervisorGate, event_pin_hash
from checkin.store import Store
from tests.conftest import EVENT
from tests.test_cli import ok_json, run

PIN = "246813"
PIN_HASH = hash_pin(PIN, iterations=10_000)  # few iterations: the tests stay quick


def test_a_hash_matches_its_pin_only_and_never_holds_it():
    made = hash_pin(PIN)
    assert is_pin_hash(made) and PIN not in made
    assert pin_matches(PIN, made)
    assert pin_matches(f" {PIN} ", made)  # a typed or pasted space is not part of it
    assert not pin_matches("246814", made)
    assert not pin_matches("", made)
    assert hash_pin(PIN) != made  # a new salt every time


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "246813",
        "pbkdf2-sha256$0$00$00",
        "sha1$1$ab$cd",
        f"pbkdf2-sha256$200000${'a' * 33}${'b' * 64}",  # an odd number of hex digits
        hash_pin(PIN, iterations=10_000).replace("$10000$", "$1000$"),  # too few: cheap to guess
        hash_pin(PIN, iterations=10_000).replace("$10000$", "$9000000$"),  # would freeze the desk
    ],
)
def test_anything_but_a_hash_matches_nothing(stored):
    assert not is_pin_hash(stored)
    assert not pin_matches("246813", stored)


def test_accents_typed_either_way_and_bytes_that_are_not_utf8_match():
    made = hash_pin("café246", iterations=10_000)
    assert pin_matches("cafe\u0301246", made)  # e + combining accent: the same PIN
    raw = "caf\udce9246"  # $CHECKIN_PIN holding the Latin-1 byte é (surrogateescape)
    assert pin_matches(raw, hash_pin(raw, iterations=10_000))
    assert not pin_matches(raw, made)


def test_short_pins_are_refused():
    assert pin_problem("1" * (MIN_LENGTH - 1)) == "too_short"
    assert pin_problem("  12345  ") == "too_short"
    assert pin_problem("1" * MIN_LENGTH) is None


def test_an_event_config_with_the_pin_itself_is_refused_with_the_way_out():
    with pytest.raises(ConfigError, match="checkin pin-hash"):
        check_pin_hash(parse_event_config({**EVENT, "supervisor_pin_hash": "246813"}))
    check_pin_hash(parse_event_config({**EVENT, "supervisor_pin_hash": PIN_HASH}))


def test_a_desk_loaded_while_the_key_was_reserved_keeps_working_without_a_pin(store):
    """A placeholder stored before PINs existed: the desk opens, nothing asks for a PIN."""
    config = json.loads(store.meta("event_config"))
    store.set_meta("event_config", json.dumps({**config, "supervisor_pin_hash": "changeme"}))
    assert store.event_config().supervisor_pin_hash == "changeme"
    assert event_pin_hash(store) == ""


def test_loading_a_config_with_the_pin_itself_says_what_to_do(tmp_path: Path, event_files):
    config = tmp_path / "event.json"
    config.write_text(json.dumps({**EVENT, "supervisor_pin_hash": "246813"}), encoding="utf-8")
    refused = run("event", str(config), home=tmp_path / "desk")
    assert refused.returncode == 1 and "make one with 'checkin pin-hash'" in refused.stderr


class Ticking:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_gate_locks_after_too_many_wrong_pins_then_opens_again():
    clock = Ticking()
    gate = SupervisorGate(lambda: PIN_HASH, clock=clock)
    assert gate.required
    tries = [gate.check("000000") for _ in range(MAX_TRIES - 1)]
    assert [t.tries_left for t in tries] == list(range(MAX_TRIES - 1, 0, -1))
    locked = gate.check("000000")
    assert not locked.ok and locked.locked_for == LOCK_SECONDS
    refused = gate.check(PIN)  # even the right PIN waits
    assert not refused.ok and refused.locked_for == LOCK_SECONDS
    clock.now += LOCK_SECONDS
    assert gate.locked_for() == 0
    assert gate.check(PIN).ok
    assert gate.check("000000").tries_left == MAX_TRIES - 1  # a right PIN starts the count again


def test_an_empty_pin_is_no_try():
    gate = SupervisorGate(lambda: PIN_HASH, clock=Ticking())
    for _ in range(MAX_TRIES + 2):
        assert not gate.check("  ").ok
    assert gate.locked_for() == 0 and gate.check("000000").tries_left == MAX_TRIES - 1


def test_without_a_pin_nothing_is_asked():
    gate = SupervisorGate(lambda: "")
    assert not gate.required and gate.check("").ok


# -- the command line ------------------------------------------------------------


@pytest.fixture
def pin_home(tmp_path: Path, event_files) -> Path:
    config = tmp_path / "event-with-pin.json"
    config.write_text(json.dumps({**EVENT, "supervisor_pin_hash": PIN_HASH}), encoding="utf-8")
    home = tmp_path / "desk"
    ok_json("event", str(config), "--participants", str(event_files.participants), home=home)
    return home


def test_pin_hash_prints_the_line_for_event_json():
    made = ok_json("pin-hash", env={"CHECKIN_PIN": PIN})["supervisor_pin_hash"]
    assert pin_matches(PIN, made)
    short = run("pin-hash", env={"CHECKIN_PIN": "12345"})
    assert short.returncode == 1 and "at least 6" in short.stderr
    no_terminal = run("pin-hash")  # no $CHECKIN_PIN and no terminal to type it in
    assert no_terminal.returncode == 1 and "in a terminal" in no_terminal.stderr


def test_import_needs_the_pin_a_dry_run_does_not(pin_home: Path, event_files):
    listing = str(event_files.participants)
    missing = run("import", listing, home=pin_home)
    assert missing.returncode == 1
    assert "needs the supervisor PIN: set CHECKIN_PIN" in missing.stderr
    assert "Traceback" not in missing.stderr
    wrong = run("import", listing, home=pin_home, env={"CHECKIN_PIN": "135799"})
    assert wrong.returncode == 1 and "PIN is wrong. Nothing was changed." in wrong.stderr
    assert ok_json("import", listing, "--dry-run", home=pin_home)["dry_run"]
    report = ok_json("import", listing, home=pin_home, env={"CHECKIN_PIN": PIN})
    assert report["unchanged"] == 11  # the list the desk was loaded with


def test_replacing_a_badge_and_setting_the_desk_aside_need_the_pin(pin_home: Path, tmp_path):
    pdf = str(tmp_path / "badge.pdf")
    args = ("badge", "P001", "-o", pdf, "--replace", "--reason", "lost")
    refused = run(*args, home=pin_home)
    assert refused.returncode == 1
    assert "Replacing a badge needs the supervisor PIN" in refused.stderr
    store = Store.in_home(pin_home)
    try:
        assert store.participant("P001").badge_version == 1  # nothing was recorded
    finally:
        store.close()
    ok_json("badge", "P001", "-o", pdf, home=pin_home)  # a first badge: no PIN
    assert ok_json(*args, home=pin_home, env={"CHECKIN_PIN": PIN})
    assert run("reset", home=pin_home).returncode == 1
    assert (pin_home / "desk.sqlite3").exists()
    assert ok_json("reset", home=pin_home, env={"CHECKIN_PIN": PIN})["set_aside"]


def test_loading_the_event_again_needs_the_pin(pin_home: Path, tmp_path, event_files):
    """Loading again replaces the config, PIN included, and may change the list."""
    plain = tmp_path / "event-without-pin.json"
    plain.write_text(json.dumps(EVENT), encoding="utf-8")
    refused = run("event", str(plain), "--participants", str(event_files.participants),
                  home=pin_home)
    assert refused.returncode == 1 and "needs the supervisor PIN" in refused.stderr
    assert run("import", str(event_files.participants), home=pin_home).returncode == 1
    assert run("demo", home=pin_home).returncode == 1
    assert ok_json("event", str(plain), home=pin_home, env={"CHECKIN_PIN": PIN})


def test_publishing_again_needs_the_pin(pin_home: Path, tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()  # an empty shared folder
    ok_json("sync", str(folder), home=pin_home)  # the first publication sets the event up
    refused = run("sync", str(folder), "--publish", home=pin_home)
    assert refused.returncode == 1 and "Publishing the event needs" in refused.stderr
    assert ok_json("sync", str(folder), "--publish", home=pin_home, env={"CHECKIN_PIN": PIN})


def test_exporting_the_whole_list_needs_the_pin_a_days_attendance_does_not(
    pin_home: Path, tmp_path
):
    listing = tmp_path / "everyone.csv"
    refused = run("export-participants", "-o", str(listing), home=pin_home)
    assert refused.returncode == 1
    assert "Exporting the participant list (with e-mails) needs the supervisor PIN" in (
        refused.stderr
    )
    assert not listing.exists()
    exported = ok_json("export-participants", "-o", str(listing), home=pin_home,
                       env={"CHECKIN_PIN": PIN})
    assert exported["participants"] == 11 and listing.is_file()
    day = tmp_path / "day.csv"
    assert ok_json("export", "2015-10-26", "-o", str(day), home=pin_home)["checked_in"] == 0
