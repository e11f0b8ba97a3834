"""Desks syncing through a real folder, in process: join, publish, push, pull, repair."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from conftest import DAY1, DAY2, EVENT, PEOPLE
from permissions import unprivileged
from sync_helpers import (
    DeskHome,
    check_in_then_restore,
    empty_desk,
    event_desk,
    event_uuids,
    projection,
)

from checkin.domain import codes
from checkin.domain.rules import Status
from checkin.service.desk import WalkIn
from checkin.service.sync import last_sync, publish_event, sync
from checkin.store import Store
from checkin.sync.files import exclusive
from checkin.sync.folder import FolderTransport
from checkin.sync.journal import encode


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def admin(tmp_path: Path, event_files, share: Path) -> DeskHome:
    desk = event_desk(tmp_path, "admin", event_files)
    result = desk.sync(share)
    assert result.published and result.ok, result
    return desk


@pytest.fixture
def second(tmp_path: Path, admin: DeskHome, share: Path) -> DeskHome:
    desk = empty_desk(tmp_path, "second")
    result = desk.sync(share)
    assert result.joined and result.ok, result
    return desk


def test_publishing_writes_the_event_package_and_a_journal(admin: DeskHome, share: Path):
    names = sorted(p.name for p in (share / "event").iterdir())
    assert names == ["event.json", "package.json", "participants.csv", "secret.txt"]
    manifest = json.loads((share / "event" / "package.json").read_text())
    assert manifest["event_id"] == EVENT["id"]
    assert manifest["participants"] == len(PEOPLE)
    assert manifest["published_by"] == admin.desk_id
    assert admin.store.meta("secret") not in (share / "event" / "package.json").read_text()
    assert admin.journal(share).is_file()


def test_a_journal_written_the_first_time_is_not_called_repaired(
    tmp_path: Path, event_files, share: Path
):
    desk = event_desk(tmp_path, "first", event_files)
    first = desk.sync(share)
    assert first.published and not first.rewritten
    assert "damaged" not in first.summary()
    desk.journal(share).unlink()  # someone deleted it on the share: that is a repair
    again = desk.sync(share)
    assert again.rewritten and desk.journal(share).is_file()


def test_a_new_desk_joins_with_the_list_and_the_secret(admin: DeskHome, second: DeskHome):
    assert second.store.meta("secret") == admin.store.meta("secret")
    assert second.store.meta("event_id") == EVENT["id"]
    assert second.store.participant_count() == len(PEOPLE)
    assert second.desk_id != admin.desk_id
    # a badge printed at the administrator's desk is valid at the new one
    code = admin.desk.code_for(admin.store.participant("P009"))
    assert second.desk.scan(code).status is Status.OK


def test_check_ins_travel_and_a_person_admitted_twice_apart_counts_once(
    admin: DeskHome, second: DeskHome, share: Path
):
    admin.admit("P001")
    second.admit("P001")  # apart: neither knows of the other's check-in
    second.admit("P002")
    first = admin.sync(share)
    assert (first.pushed, first.merged) == (1, 0)
    both = second.sync(share)
    assert (both.pushed, both.pulled, both.merged, both.duplicates) == (2, 1, 1, 1)
    last = admin.sync(share)
    assert (last.merged, last.duplicates) == (2, 1)
    for desk in (admin, second):
        assert desk.store.checked_in(DAY1) == 2
        assert desk.store.duplicates(DAY1) == 1
        assert len(desk.store.active_checkins("P001", DAY1)) == 2
    assert projection(admin.store) == projection(second.store)


def test_syncing_again_changes_nothing_and_rereading_everything_merges_nothing(
    admin: DeskHome, second: DeskHome, share: Path
):
    for pid in ("P001", "P002", "P003"):
        admin.admit(pid)
    admin.sync(share)
    second.sync(share)
    state, count = projection(second.store), second.store.event_count()
    again = second.sync(share)
    assert (again.pushed, again.pulled, again.merged) == (0, 0, 0)
    second.store.set_meta("sync_pull", "{}")  # forget every offset: read it all again
    reread = second.sync(share)
    assert (reread.pulled, reread.merged) == (3, 0)
    assert projection(second.store) == state and second.store.event_count() == count


def test_undo_travels(admin: DeskHome, second: DeskHome, share: Path):
    admin.admit("P004")
    admin.sync(share)
    second.sync(share)
    assert second.store.checked_in(DAY1) == 1
    admin.desk.undo("P004", day=DAY1)
    admin.sync(share)
    second.sync(share)
    assert second.store.checked_in(DAY1) == 0


def test_walk_ins_travel_with_their_names_but_not_their_email(
    admin: DeskHome, second: DeskHome, share: Path
):
    walk_in = WalkIn(
        "Lucía",
        "Fernández",
        "Ayuntamiento de Sevilla",
        country="es",
        email="lucia@sevilla.example",
        category="local",
    )
    verdict = admin.desk.register_walk_in(walk_in)
    pid = verdict.participant.id
    admin.sync(share)
    assert b"sevilla.example" not in admin.journal(share).read_bytes()
    second.sync(share)
    arrived = second.store.participant(pid)
    assert (arrived.first_name, arrived.last_name, arrived.country) == ("Lucía", "Fernández", "ES")
    assert arrived.email == ""  # stays on the desk that typed it
    assert second.store.checked_in(DAY1) == 1
    assert second.desk.search("fernandez")[0].id == pid
    code = second.desk.code_for(arrived)  # the same secret: the badge works everywhere
    assert admin.desk.scan(code).status is Status.ALREADY


def test_check_in_lines_carry_no_names_or_emails(admin: DeskHome, share: Path):
    for row in PEOPLE[:8]:
        admin.admit(row.id, day=DAY2)
    admin.sync(share)
    text = admin.journal(share).read_text(encoding="utf-8")
    assert text.count("\tcheck_in\t") == 8
    for row in PEOPLE:
        for personal in (row.first_name, row.last_name, row.email, row.organisation):
            if len(personal) > 2:
                assert personal not in text, personal


def test_a_torn_last_line_is_read_once_its_writer_completes_it(
    admin: DeskHome, second: DeskHome, share: Path
):
    for pid in ("P001", "P002", "P003"):
        admin.admit(pid)
    admin.sync(share)
    journal = admin.journal(share)
    whole = journal.read_bytes()
    journal.write_bytes(whole[:-25])  # the last append has not arrived completely yet
    early = second.sync(share)
    assert (early.merged, early.torn, early.skipped_corrupt) == (2, 1, 0)
    assert early.ok
    journal.write_bytes(whole)  # the rest of the line arrives
    later = second.sync(share)
    assert (later.merged, later.torn) == (1, 0)
    assert second.store.checked_in(DAY1) == 3


def test_a_corrupt_line_in_the_middle_is_named_and_skipped_then_repaired_by_its_desk(
    admin: DeskHome, second: DeskHome, share: Path
):
    for pid in ("P001", "P002", "P003"):
        admin.admit(pid)
    admin.sync(share)
    journal = admin.journal(share)
    lines = journal.read_bytes().split(b"\n")
    damaged = bytearray(lines[2])
    damaged[30] ^= 0x01
    lines[2] = bytes(damaged)
    journal.write_bytes(b"\n".join(lines))
    result = second.sync(share)
    assert (result.merged, result.skipped_corrupt) == (2, 1)
    assert result.corrupt[0].startswith(f"journals/{admin.desk_id}.jsonl at byte ")
    assert "checksum" in result.corrupt[0]
    repaired = admin.sync(share, verify=True)
    assert repaired.rewritten and repaired.pushed == 1
    healed = second.sync(share)
    assert healed.merged == 1 and healed.skipped_corrupt == 0
    assert second.store.checked_in(DAY1) == 3


def test_conflict_copies_and_foreign_files_are_ignored(
    admin: DeskHome, second: DeskHome, share: Path
):
    admin.admit("P001")
    admin.sync(share)
    journal = admin.journal(share)
    stem = journal.stem
    for name in (
        f"{stem} (conflicted copy).jsonl",
        f"{stem}.sync-conflict-20151026-083000-ABCDEF.jsonl",
        f"{stem} (1).jsonl",
        "readme.txt",
    ):
        (journal.parent / name).write_bytes(journal.read_bytes())
    # a copy that also holds an event the real journal never had
    extra = admin.store.events_after(admin.desk_id, 0)[0]
    forged = replace(extra, uuid="f" * 32, seq=99, participant_id="P005")
    (journal.parent / f"{stem} (2).jsonl").write_bytes(journal.read_bytes() + encode(forged))
    result = second.sync(share)
    assert result.journals == 1 and result.merged == 1
    assert len(result.ignored) == 5
    assert any("conflict copy" in line for line in result.ignored)
    assert second.store.active_checkins("P005", DAY1) == []
    again = second.sync(share)
    assert (again.pulled, again.merged) == (0, 0)


def test_a_journal_restored_from_an_older_backup_is_completed_by_its_desk(
    admin: DeskHome, second: DeskHome, share: Path
):
    admin.admit("P001")
    admin.sync(share)
    backup = admin.journal(share).read_bytes()
    for pid in ("P002", "P003"):
        admin.admit(pid)
    admin.sync(share)
    second.sync(share)
    admin.journal(share).write_bytes(backup)  # the share is restored from last night's copy
    admin.admit("P004")
    result = admin.sync(share)
    assert result.rewritten and result.pushed == 3 and result.ok
    late = second.sync(share)
    assert late.merged == 1
    assert second.store.checked_in(DAY1) == 4
    assert event_uuids(second.store) >= event_uuids(admin.store)


def test_events_on_the_share_missing_from_a_restored_database_are_recovered(
    admin: DeskHome, share: Path
):
    check_in_then_restore(admin, share, ("P001", "P002"))  # restored from before them
    assert admin.store.checked_in(DAY1) == 0
    result = admin.sync(share)
    assert result.recovered == 2 and result.ok
    assert admin.store.checked_in(DAY1) == 2
    assert admin.store.last_seq(admin.desk_id) == 2  # new check-ins will not reuse 1 and 2


def test_a_journal_with_other_events_under_this_desks_numbers_is_left_alone(
    admin: DeskHome, share: Path
):
    admin.admit("P001")
    admin.sync(share)
    journal = admin.journal(share)
    before = journal.read_bytes()
    admin.store.set_meta("sync_push", "")
    ours = admin.store.events_after(admin.desk_id, 0)[0]
    journal.write_bytes(before + encode(replace(ours, uuid="e" * 32, participant_id="P002")))
    result = admin.sync(share)
    assert [issue.code for issue in result.errors] == ["journal_conflict"]
    assert journal.read_bytes().startswith(before)


def test_a_vanished_share_is_reported_and_nothing_is_lost(
    admin: DeskHome, second: DeskHome, share: Path, tmp_path: Path
):
    admin.admit("P001")
    admin.sync(share)
    second.sync(share)
    backup = tmp_path / "backup"
    shutil.copytree(share, backup)
    shutil.rmtree(share)  # the share is unplugged
    admin.admit("P002")  # the desk keeps working
    offline = admin.sync(share)
    assert not offline.ok and offline.unreachable
    assert offline.errors[0].code == "folder_missing"
    assert "cannot be found" in offline.errors[0].message
    assert not share.exists()  # a vanished share is never re-created as an empty local folder
    admin.admit("P003")
    shutil.copytree(backup, share)  # the share is back, as it was last night
    back = admin.sync(share)
    assert back.ok and back.pushed == 2
    second.sync(share)
    assert second.store.checked_in(DAY1) == 3


class _VanishingFolder(FolderTransport):
    """The share disappears while the desk is reading it."""

    def pull(self, desk_id, cursors):
        pulled = super().pull(desk_id, cursors)
        original = pulled.batches

        def batches():
            for number, batch in enumerate(original):
                yield batch
                if number == 0:
                    shutil.rmtree(self.root)

        pulled.batches = batches()
        return pulled


def test_a_share_that_vanishes_in_the_middle_of_a_sync_loses_nothing(
    admin: DeskHome, share: Path, tmp_path: Path
):
    others = [empty_desk(tmp_path, name) for name in ("north", "south")]
    for desk, pid in zip(others, ("P002", "P003"), strict=True):
        desk.sync(share)
        desk.admit(pid)
        desk.sync(share)
    backup = tmp_path / "backup"
    shutil.copytree(share, backup)
    result = sync(admin.store, _VanishingFolder(share), clock=admin.clock)
    assert result.merged == 1 and result.unreachable
    shutil.copytree(backup, share)
    result = admin.sync(share)
    assert result.ok and result.merged == 1
    assert admin.store.checked_in(DAY1) == 2


def sync_obeying_permissions(desk: DeskHome, share: Path) -> dict:
    """``checkin sync`` in a real process that obeys permissions (also in CI, which runs
    as root: see tests/permissions.py); its JSON result."""
    done = subprocess.run(
        [*unprivileged(), sys.executable, "-m", "checkin", "sync", str(share),
         "--home", str(desk.home), "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


def test_a_share_without_permission_is_reported(admin: DeskHome, share: Path):
    """A desk syncs with a folder it may not read."""
    (share / "journals").chmod(0)
    try:
        result = sync_obeying_permissions(admin, share)
    finally:
        (share / "journals").chmod(0o755)
    assert result["ok"] is False
    assert result["errors"][0]["code"] == "folder_denied"


def test_a_share_this_desk_may_read_but_not_write_still_brings_the_others_check_ins(
    admin: DeskHome, second: DeskHome, share: Path
):
    """An organiser's laptop often gets read-only access: it must still see the counts."""
    second.admit("P003")
    assert second.sync(share).ok
    admin.admit("P001")  # cannot be shared: stays in the desk's own database
    journals = list((share / "journals").iterdir())
    for path in journals:
        path.chmod(0o444)
    for folder in (share / "journals", share / "attendance"):
        folder.chmod(0o555)
    try:
        result = sync_obeying_permissions(admin, share)
    finally:
        for folder in (share / "journals", share / "attendance"):
            folder.chmod(0o755)
        for path in journals:
            path.chmod(0o644)
    assert [error["code"] for error in result["errors"]] == ["folder_denied"]
    assert result["merged"] >= 1
    assert admin.store.checked_in(DAY1) == 2  # its own P001 and the other desk's P003


def test_a_sync_stopped_after_merging_still_writes_the_day_files_next_time(
    admin: DeskHome, second: DeskHome, share: Path, monkeypatch
):
    """The days to rewrite are kept with the journal position, not only at the end."""
    from checkin.service import sync as sync_module

    second.admit("P003")
    assert second.sync(share).ok

    def crash(*_args, **_kwargs):
        raise KeyboardInterrupt  # the process stopped between the merge and the files

    monkeypatch.setattr(sync_module, "write_attendance", crash)
    with pytest.raises(KeyboardInterrupt):
        admin.sync(share)
    monkeypatch.undo()
    assert admin.store.active_checkins("P003", DAY1)  # merged before the stop
    result = admin.sync(share)
    assert result.attendance == [DAY1.isoformat()]
    day_file = (share / "attendance" / f"{DAY1.isoformat()}.csv").read_text("utf-8-sig")
    assert "P003" in day_file


def test_a_damaged_last_line_is_awaited_while_fresh_and_reported_once_settled(
    admin: DeskHome, second: DeskHome, share: Path
):
    import os
    import time

    second.admit("P003")
    second.admit("P004")
    assert second.sync(share).ok
    path = next(p for p in (share / "journals").iterdir() if second.desk_id in p.name)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x20  # the last line's bytes are wrong, its newline is there
    path.write_bytes(bytes(data))
    fresh = admin.sync(share)
    assert fresh.torn == 1 and fresh.skipped_corrupt == 0  # maybe a write still arriving
    old = time.time() - 3600
    os.utime(path, (old, old))
    settled = admin.sync(share)
    assert settled.torn == 0 and settled.skipped_corrupt == 1  # named, not awaited for ever
    assert admin.store.active_checkins("P003", DAY1)


def test_attendance_files_hold_a_header_and_one_row_per_person(
    admin: DeskHome, second: DeskHome, share: Path
):
    admin.admit("P001")
    second.admit("P001")
    second.admit("P003")
    admin.sync(share)
    result = second.sync(share)
    assert result.attendance == [DAY1.isoformat()]
    csv_lines = (share / "attendance" / "2015-10-26.csv").read_text("utf-8-sig").splitlines()
    assert csv_lines[0].startswith("id,first_name,last_name")
    assert sorted(line.split(",")[0] for line in csv_lines[1:]) == ["P001", "P003"]
    sheet = openpyxl.load_workbook(share / "attendance" / "2015-10-26.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "id" and sorted(r[0] for r in rows[1:]) == ["P001", "P003"]
    assert sorted(p.name for p in (share / "attendance").iterdir()) == [
        "2015-10-26.csv",
        "2015-10-26.xlsx",
    ]


def test_a_day_file_that_cannot_be_replaced_is_written_at_a_later_sync(
    admin: DeskHome, share: Path
):
    blocker = share / "attendance" / "2015-10-26.csv"
    blocker.mkdir(parents=True)  # like a file held open by a spreadsheet on Windows
    admin.admit("P001")
    result = admin.sync(share)
    assert [issue.code for issue in result.errors] == ["attendance_locked"]
    assert result.attendance_pending == ["2015-10-26"]
    assert admin.store.checked_in(DAY1) == 1 and result.pushed == 1
    blocker.rmdir()
    later = admin.sync(share)
    assert later.ok and later.attendance == ["2015-10-26"] and later.pushed == 0
    assert blocker.is_file()


def test_a_desk_of_another_event_is_refused(admin: DeskHome, share: Path, tmp_path: Path):
    other = empty_desk(tmp_path, "other")
    other.store.load_event(
        {
            "event_id": "another",
            "event_config": json.dumps({**EVENT, "id": "another"}),
            "secret": codes.new_secret(),
        },
        [],
    )
    result = other.sync(share)
    assert [issue.code for issue in result.errors] == ["other_event"]
    assert not other.journal(share).exists()
    with pytest.raises(Exception, match="another"):
        publish_event(other.store, FolderTransport(share))


def test_joining_an_empty_folder_says_nothing_is_published(tmp_path: Path, share: Path):
    result = empty_desk(tmp_path, "new").sync(share)
    assert [issue.code for issue in result.errors] == ["no_package"]


def test_a_damaged_package_is_refused_with_a_clear_message(
    admin: DeskHome, share: Path, tmp_path: Path
):
    with (share / "event" / "participants.csv").open("a", encoding="utf-8") as handle:
        handle.write("P999,Still,Copying\n")
    result = empty_desk(tmp_path, "new").sync(share)
    assert [issue.code for issue in result.errors] == ["bad_package"]
    assert "participants.csv" in result.errors[0].message


def test_one_sync_at_a_time_per_desk(admin: DeskHome, share: Path):
    with exclusive(admin.home / "sync.lock", 1):
        result = admin.sync(share, lock_timeout=0.1)
    assert [issue.code for issue in result.errors] == ["busy"]


def test_three_desks_converge(admin: DeskHome, second: DeskHome, share: Path, tmp_path: Path):
    third = empty_desk(tmp_path, "third")
    third.sync(share)
    for desk, pids in (
        (admin, ["P001", "P002"]),
        (second, ["P002", "P003"]),
        (third, ["P004", "P001"]),
    ):
        for pid in pids:
            desk.admit(pid)
    for _ in range(2):
        for desk in (admin, second, third):
            assert desk.sync(share).ok
    states = [projection(d.store) for d in (admin, second, third)]
    assert states[0] == states[1] == states[2]
    assert admin.store.checked_in(DAY1) == 4 and admin.store.duplicates(DAY1) == 2


def test_an_emptied_folder_is_not_silently_published_again(admin: DeskHome, share: Path):
    """An unmounted share often looks like an empty local folder (the mount point)."""
    shutil.rmtree(share)
    share.mkdir()
    admin.admit("P001")
    result = admin.sync(share)
    assert [issue.code for issue in result.errors] == ["package_missing"]
    assert result.unreachable and list(share.iterdir()) == []
    again = admin.sync(share, publish=True)  # the administrator means it
    assert again.ok and again.published and again.pushed == 1


def test_publishing_never_replaces_the_secret_the_other_desks_use(
    admin: DeskHome, share: Path, tmp_path: Path, event_files
):
    rival = event_desk(tmp_path, "rival", event_files)  # the same event, loaded apart
    assert rival.store.meta("secret") != admin.store.meta("secret")
    result = rival.sync(share, publish=True)
    assert [issue.code for issue in result.errors] == ["other_secret"]
    assert json.loads((share / "event" / "package.json").read_text())["published_by"] == (
        admin.desk_id
    )


def test_a_desk_with_another_secret_exchanges_nothing(
    admin: DeskHome, share: Path, tmp_path: Path, event_files
):
    """The same event loaded apart (its own demo): its check-ins must not reach the others."""
    rival = event_desk(tmp_path, "rival", event_files)
    rival.admit("P001")
    journals = sorted(p.name for p in (share / "journals").iterdir())
    attendance = {p.name: p.read_bytes() for p in (share / "attendance").iterdir()}
    result = rival.sync(share)
    assert [issue.code for issue in result.errors] == ["other_secret"]
    assert result.pushed == 0 and result.pulled == 0
    assert sorted(p.name for p in (share / "journals").iterdir()) == journals
    assert {p.name: p.read_bytes() for p in (share / "attendance").iterdir()} == attendance


def test_a_journal_copied_in_from_another_load_of_the_event_is_refused_and_named(
    admin: DeskHome, share: Path, tmp_path: Path, event_files
):
    """A rehearsal folder's journal copied into the real one: its check-ins must not count."""
    rehearsal = event_desk(tmp_path, "rehearsal", event_files)
    elsewhere = tmp_path / "rehearsal-share"
    elsewhere.mkdir()
    assert rehearsal.sync(elsewhere).published
    rehearsal.admit("P001")
    rehearsal.admit("P002")
    assert rehearsal.sync(elsewhere).ok
    for journal in (elsewhere / "journals").iterdir():
        shutil.copy(journal, share / "journals" / journal.name)
    result = admin.sync(share)
    assert [issue.code for issue in result.errors] == ["bad_journal"]
    assert "another event" in result.errors[0].message
    assert admin.store.checked_in(DAY1) == 0


def test_a_copied_desk_folder_blocks_only_its_clashing_lines_not_the_whole_journal(
    admin: DeskHome, second: DeskHome, share: Path, tmp_path: Path
):
    """Two databases under one desk id, both writing the same journal: the other desks
    still get every line that does not clash, and are told about the rest."""
    second.store.close()
    shutil.copytree(second.home, tmp_path / "clone")
    second.store = Store.in_home(second.home)
    clone = DeskHome(tmp_path / "clone", Store.in_home(tmp_path / "clone"))
    assert clone.desk_id == second.desk_id
    second.admit("P003")
    clone.admit("P004")  # the same sequence number as P003's check-in
    assert second.sync(share).ok
    path = share / "journals" / next(p.name for p in (share / "journals").iterdir()
                                     if second.desk_id in p.name)
    last = clone.store.last_seq(clone.desk_id)
    with path.open("ab") as handle:  # both laptops appending to one journal
        handle.write(b"".join(encode(e) for e in clone.store.events_after(
            clone.desk_id, last - 1)))
    second.admit("P005")
    assert second.sync(share).errors  # its own journal now holds another database's line
    result = admin.sync(share)
    assert [issue.code for issue in result.errors] == ["journal_conflict"]
    assert "not merged; the rest was" in result.errors[0].message
    assert admin.store.active_checkins("P003", DAY1)
    assert not admin.store.active_checkins("P004", DAY1)


def test_the_last_sync_is_remembered_for_the_status_bar(admin: DeskHome, share: Path):
    first = last_sync(admin.store)
    assert first is not None and first.ok and first.errors == ()
    shutil.rmtree(share)
    admin.clock.advance(minutes=5)
    admin.sync(share)
    failed = last_sync(admin.store)
    assert not failed.ok and failed.errors == ("folder_missing",)
    assert failed.at == admin.clock.now


def test_a_share_gone_mid_write_leaves_no_half_file_and_no_stray_error(
    admin: DeskHome, share: Path, monkeypatch
):
    """The share goes away while a day file is written: one clear problem, not the
    advice about a file open in Excel, nothing on stderr from openpyxl's unfinished
    row writer, no half day file; the temporary file the cut-off write left behind is
    cleared by a later sync once it is old (another desk's fresh one is left alone)."""
    import gc
    import os

    from checkin.importing import writing

    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    real_open, away = os.open, share.with_name("share-gone")

    def open_then_lose_the_share(path, *args, **kwargs):
        handle = real_open(path, *args, **kwargs)
        if str(path).endswith(".xlsx"):
            share.rename(away)  # the network drops while the workbook is written
        return handle

    monkeypatch.setattr(writing.os, "open", open_then_lose_the_share)
    admin.admit("P001")
    result = admin.sync(share)
    assert result.pushed == 1 and result.attendance_pending == ["2015-10-26"]
    (problem,) = result.errors
    assert problem.code == "folder_missing" and "another program" not in problem.message
    gc.collect()
    assert unraisable == []
    monkeypatch.setattr(writing.os, "open", real_open)
    away.rename(share)
    left = sorted(p.name for p in (share / "attendance").iterdir())
    assert all(name.startswith(".2015-10-26-") for name in left if "xlsx" in name)
    assert "2015-10-26.xlsx" not in left

    fresh = share / "attendance" / ".2015-10-26-12345678.csv"  # another desk, writing now
    fresh.write_bytes(b"id")
    for name in left:
        if name.startswith("."):
            os.utime(share / "attendance" / name, (time.time() - 3600, time.time() - 3600))
    later = admin.sync(share)
    assert later.attendance == ["2015-10-26"]
    assert sorted(p.name for p in (share / "attendance").iterdir()) == [
        ".2015-10-26-12345678.csv", "2015-10-26.csv", "2015-10-26.xlsx"]
