"""``checkin sync`` as a real program, and desks syncing from concurrent processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import DAY2, PEOPLE
from sync_helpers import projection
from test_cli import REPO, assert_input_error, ok_json, run

from checkin.service.event_setup import load_event
from checkin.service.settings import load_settings
from checkin.store import Store


@pytest.fixture
def admin_home(tmp_path: Path, event_files) -> Path:
    home = tmp_path / "admin"
    store = Store.in_home(home)
    load_event(store, event_files.config, event_files.participants)
    store.close()
    return home


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def test_a_desk_that_opened_on_the_demo_joins_after_a_reset_and_keeps_the_folder(
    admin_home: Path, share: Path, tmp_path: Path
):
    ok_json("sync", str(share), home=admin_home)
    desk = tmp_path / "desk"
    ok_json("demo", home=desk)  # what the app does on its first start
    assert_input_error(run("sync", str(share), home=desk), "checkin reset")
    ok_json("reset", home=desk)
    joined = ok_json("sync", str(share), home=desk)
    assert joined["joined"] and joined["sync_folder_set"]
    store = Store.existing_in_home(desk)
    try:
        assert load_settings(store).sync_folder == str(share.resolve())  # the app syncs there
    finally:
        store.close()
    again = ok_json("sync", str(share), home=desk)
    assert not again["sync_folder_set"]
    text = run("sync", str(share), home=admin_home).stdout
    assert "(1 other desk)" in text


def test_publish_join_scan_and_sync_from_the_command_line(
    admin_home: Path, share: Path, tmp_path: Path
):
    published = ok_json("sync", str(share), home=admin_home)
    assert published["published"] and published["ok"] and not published["joined"]
    joined = ok_json("sync", str(share), home=tmp_path / "north")
    assert joined["joined"] and joined["journals"] == 1
    code = ok_json("search", "larsen", home=tmp_path / "north")[0]["code"]
    assert ok_json("scan", code, "--day", "2015-10-27", home=tmp_path / "north")["status"] == "ok"
    pushed = ok_json("sync", str(share), home=tmp_path / "north")
    assert pushed["pushed"] == 1 and pushed["attendance"] == ["2015-10-27"]
    pulled = ok_json("sync", str(share), home=admin_home)
    assert (pulled["pulled"], pulled["merged"]) == (1, 1)
    assert ok_json("stats", "--day", "2015-10-27", home=admin_home)["checked_in"] == 1
    text = run("sync", str(share), home=admin_home)
    assert text.returncode == 0 and "pushed 0, pulled 0, merged 0" in text.stdout


def test_an_unreachable_share_exits_1_with_one_clear_line(admin_home: Path, tmp_path: Path):
    missing = tmp_path / "unplugged"
    result = run("sync", str(missing), home=admin_home)
    assert_input_error(result)
    assert "cannot be found" in result.stderr and str(missing) in result.stderr
    as_json = run("sync", str(missing), "--json", home=admin_home)
    assert as_json.returncode == 1
    document = json.loads(as_json.stdout)
    assert document["ok"] is False and document["errors"][0]["code"] == "folder_missing"
    assert not missing.exists()


def test_publish_creates_the_folder_when_asked(admin_home: Path, tmp_path: Path):
    folder = tmp_path / "new-share"
    assert ok_json("sync", str(folder), "--publish", home=admin_home)["published"]
    assert (folder / "event" / "package.json").is_file()


def test_joining_a_folder_with_nothing_published(share: Path, tmp_path: Path):
    result = run("sync", str(share), home=tmp_path / "new")
    assert_input_error(result)
    assert "No event is published" in result.stderr


def test_sync_needs_a_folder(admin_home: Path):
    assert run("sync", home=admin_home).returncode == 2


WORKER = textwrap.dedent(
    """
    import datetime as dt, json, sys
    from pathlib import Path
    from checkin.service.desk import Desk
    from checkin.service.sync import sync
    from checkin.store import Store
    from checkin.sync.targets import transport_for

    home, share, ids = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    store = Store.in_home(home)
    results = []
    for pid in ids:
        Desk(store).admit(pid, day=dt.date(2015, 10, 27))
        results.append(sync(store, transport_for(share)).as_dict())
    print(json.dumps(results))
    """
)


def _start(*args: str) -> subprocess.Popen[str]:
    environment = {"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=REPO,
        env={**os.environ, **environment},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=240)
    assert process.returncode == 0, err[-2000:]
    assert "Traceback" not in err
    return out


def desks_check_in_and_sync_at_the_same_time(homes: list[Path], target: str, tmp_path: Path):
    """Desks (joined to ``target``, a folder or a server) admit people and sync from
    concurrent processes while rival CLI syncs compete; then every desk has every
    check-in and the same state."""
    joining = [_start("-m", "checkin", "sync", target, "--home", str(h)) for h in homes[1:]]
    for process in joining:  # two desks join at the same moment
        _finish(process)
    ids = [row.id for row in PEOPLE]
    parts = [ids[0:5], ids[3:8], ids[7:11]]  # P004, P005 and P008 are admitted twice
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    workers = [
        _start(str(script), str(home), target, *part)
        for home, part in zip(homes, parts, strict=True)
    ]
    # while they work, a CLI sync of each desk competes for the same home and target
    rivals = [_start("-m", "checkin", "sync", target, "--home", str(h)) for h in homes]
    reports = [json.loads(_finish(w)) for w in workers]
    for rival in rivals:
        _finish(rival)
    for report in reports:
        for result in report:
            assert result["ok"], result["errors"]
            assert result["skipped_corrupt"] == 0
    for _ in range(2):
        for home in homes:
            assert ok_json("sync", target, home=home)["ok"]
    states = []
    for home in homes:
        store = Store.in_home(home)
        try:
            assert store.checked_in(DAY2) == len(PEOPLE)
            # P004, P005 and P008 count as duplicates unless their second desk had
            # already pulled the first check-in (then it said "already" and wrote nothing)
            assert store.duplicates(DAY2) <= 3
            states.append(projection(store))
        finally:
            store.close()
    assert states[0] == states[1] == states[2]


def test_desks_in_concurrent_processes_check_in_and_sync_at_the_same_time(
    admin_home: Path, share: Path, tmp_path: Path
):
    ok_json("sync", str(share), home=admin_home)
    homes = [admin_home, tmp_path / "north", tmp_path / "south"]
    desks_check_in_and_sync_at_the_same_time(homes, str(share), tmp_path)
    day_file = (share / "attendance" / "2015-10-27.csv").read_text("utf-8-sig").splitlines()
    assert len(day_file) == 1 + len(PEOPLE)


def test_publishing_from_a_desk_without_an_event_says_what_to_do(tmp_path: Path):
    result = run("sync", str(tmp_path / "new-share"), "--publish", home=tmp_path / "empty")
    assert_input_error(result, "no event to publish", "checkin event")
    assert not (tmp_path / "new-share").exists()
