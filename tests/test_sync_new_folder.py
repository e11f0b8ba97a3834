"""The share is really gone: the event is published into a new folder (or an empty
server database) and the desks move there. Every check-in must reach the new place,
those of desks that no longer exist included (README, "If the share vanishes")."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import DAY1
from pg_server import pg_address, postgres_server
from sync_helpers import DeskHome, empty_desk, event_desk, event_uuids, projection

from checkin.service.desk import WalkIn
from checkin.service.sync import sync
from checkin.sync.targets import transport_for

__all__ = ["pg_address", "postgres_server"]  # fixtures, used by name


def _world(tmp_path: Path, event_files, old: Path) -> tuple[DeskHome, DeskHome, DeskHome]:
    """An administrator and two desks on ``old``; ``gone`` checks people in (a walk-in
    and an undo too) and every desk syncs until each holds everything."""
    admin = event_desk(tmp_path, "admin", event_files)
    assert admin.sync(old).published
    second, gone = empty_desk(tmp_path, "second"), empty_desk(tmp_path, "gone")
    for desk in (second, gone):
        assert desk.sync(old).joined
    for pid in ("P001", "P002", "P003"):
        gone.admit(pid)
    gone.desk.undo("P003")
    gone.desk.register_walk_in(WalkIn("Lucía", "Fernández", "Sevilla", category="local"))
    second.admit("P004")
    for desk in (gone, second, admin, second):
        assert desk.sync(old).ok
    assert admin.store.checked_in(DAY1) == 4
    return admin, second, gone


def _move(admin: DeskHome, second: DeskHome, new, tmp_path: Path) -> tuple[DeskHome, bool]:
    """The administrator publishes into ``new``, ``second`` moves, a new desk joins."""
    published = sync(admin.store, transport_for(new, create=True), publish=True, clock=admin.clock)
    assert published.ok and published.published, published
    assert second.sync(new).ok
    newcomer = empty_desk(tmp_path, "newcomer")
    joined = newcomer.sync(new)
    assert joined.ok and joined.joined, joined
    return newcomer, published.rewritten


def test_a_new_folder_gets_the_check_ins_of_a_desk_that_no_longer_exists(
    tmp_path: Path, event_files
):
    old, new = tmp_path / "share", tmp_path / "share-new"
    old.mkdir()
    admin, second, gone = _world(tmp_path, event_files, old)
    gone_id = gone.desk_id
    gone.store.close()
    shutil.rmtree(gone.home)  # its laptop died
    shutil.rmtree(old)  # and the share is really gone
    newcomer, rewritten = _move(admin, second, new, tmp_path)
    assert (new / "journals" / f"{gone_id}.jsonl").is_file()
    for desk in (admin, second, newcomer):
        assert desk.store.checked_in(DAY1) == 4
    assert event_uuids(newcomer.store) == event_uuids(admin.store)
    assert projection(newcomer.store)[:4] == projection(admin.store)[:4]
    rows = (new / "attendance" / f"{DAY1}.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 + 4
    assert not rewritten  # the publisher's journal, new in a new folder, was not "repaired"


def test_a_desk_that_comes_back_takes_its_carried_journal_as_its_own(
    tmp_path: Path, event_files
):
    old, new = tmp_path / "share", tmp_path / "share-new"
    old.mkdir()
    admin, second, back = _world(tmp_path, event_files, old)
    before = (old / "journals" / f"{back.desk_id}.jsonl").read_bytes()
    shutil.rmtree(old)
    _move(admin, second, new, tmp_path)
    carried = back.journal(new).read_bytes()
    # Byte-compatible: the same lines the desk wrote, only the generation is new.
    assert carried.split(b"\n", 1)[1] == before.split(b"\n", 1)[1]
    back.admit("P005")  # made while it was away
    result = back.sync(new)
    assert result.ok and (result.pushed, result.recovered) == (1, 0), result
    again = back.sync(new)
    assert again.ok and not again.rewritten and again.pushed == 0
    assert admin.sync(new).ok
    assert admin.store.checked_in(DAY1) == 5
    assert event_uuids(admin.store) == event_uuids(back.store)


def test_a_journal_already_in_the_new_folder_is_never_touched(tmp_path: Path, event_files):
    old, new = tmp_path / "share", tmp_path / "share-new"
    old.mkdir()
    admin, second, gone = _world(tmp_path, event_files, old)
    (new / "journals").mkdir(parents=True)
    journal = new / "journals" / f"{second.desk_id}.jsonl"
    shutil.copyfile(old / "journals" / f"{second.desk_id}.jsonl", journal)
    kept = journal.read_bytes()
    published = sync(admin.store, transport_for(new, create=True), publish=True, clock=admin.clock)
    assert published.ok and published.carried == [gone.desk_id]
    assert journal.read_bytes() == kept


def test_a_new_server_database_gets_the_check_ins_of_a_desk_that_no_longer_exists(
    tmp_path: Path, event_files, pg_address: str
):
    old = tmp_path / "share"
    old.mkdir()
    admin, second, gone = _world(tmp_path, event_files, old)
    gone.store.close()
    shutil.rmtree(gone.home)
    newcomer, _ = _move(admin, second, pg_address, tmp_path)
    for desk in (admin, second, newcomer):
        assert desk.store.checked_in(DAY1) == 4
    assert event_uuids(newcomer.store) == event_uuids(admin.store)


def test_a_desk_that_comes_back_to_the_server_takes_its_carried_rows_as_its_own(
    tmp_path: Path, event_files, pg_address: str
):
    old = tmp_path / "share"
    old.mkdir()
    admin, second, back = _world(tmp_path, event_files, old)
    _move(admin, second, pg_address, tmp_path)
    back.admit("P005")
    result = back.sync(pg_address)
    assert result.ok and (result.pushed, result.recovered) == (1, 0), result
    assert back.sync(pg_address).ok
    assert admin.sync(pg_address).ok
    assert event_uuids(admin.store) == event_uuids(back.store)
    assert admin.store.checked_in(DAY1) == 5
