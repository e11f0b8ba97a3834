"""Files under a journal's name that are no desk's journal, and journals that do not say
which event they were written for (s6c, s6d of the sync review)."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest
from conftest import DAY1
from sync_helpers import DeskHome, empty_desk, event_desk


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def admin(tmp_path: Path, event_files, share: Path) -> DeskHome:
    desk = event_desk(tmp_path, "admin", event_files)
    assert desk.sync(share).published
    return desk


@pytest.fixture
def second(tmp_path: Path, admin: DeskHome, share: Path) -> DeskHome:
    desk = empty_desk(tmp_path, "second")
    assert desk.sync(share).joined
    return desk


def _without_event_check(journal: bytes) -> bytes:
    """The journal as an older Check-in wrote it: a header without the event check."""
    header, rest = journal.split(b"\n", 1)
    body = b"\t".join(header[9:].split(b"\t")[:4])
    return b"%08x\t%s\n" % (zlib.crc32(body), body) + rest


def test_foreign_and_empty_files_named_like_journals_are_ignored(
    admin: DeskHome, second: DeskHome, share: Path
):
    (share / "journals" / "README.jsonl").write_text('{"x": 1}\n', encoding="utf-8")
    (share / "journals" / "DEMPTY.jsonl").write_bytes(b"")
    (share / "journals" / "Dnotes.jsonl").write_bytes(b"hello")  # no newline
    second.admit("P001")
    for _ in range(2):  # the second time from the cursors: still ignored, still fine
        assert second.sync(share).ok
        result = admin.sync(share)
        assert result.ok and result.torn == 0, result
        assert result.journals == 1  # one other desk, not four
        assert {
            "journals/README.jsonl (not a Check-in journal)",
            "journals/DEMPTY.jsonl (empty)",
            "journals/Dnotes.jsonl (not a Check-in journal)",
        } <= set(result.ignored)
    assert admin.store.checked_in(DAY1) == 1
    joining = empty_desk(share.parent, "joining")
    joined = joining.sync(share)
    assert joined.ok and joined.joined and joining.store.checked_in(DAY1) == 1


def test_a_journal_without_an_event_check_is_refused_like_another_events(
    tmp_path: Path, event_files, admin: DeskHome, share: Path
):
    rehearsal_share = tmp_path / "rehearsal"
    rehearsal_share.mkdir()
    rehearsal = event_desk(tmp_path, "rehearsal", event_files)  # another load: another secret
    rehearsal.sync(rehearsal_share)
    rehearsal.admit("P001")
    rehearsal.sync(rehearsal_share)
    journal = rehearsal.journal(rehearsal_share).read_bytes()
    rehearsal.journal(share).write_bytes(_without_event_check(journal))
    result = admin.sync(share)
    assert [e.code for e in result.errors] == ["bad_journal"]
    assert "does not say which event" in result.errors[0].message
    assert admin.store.checked_in(DAY1) == 0


def test_a_desks_own_journal_without_an_event_check_is_rewritten_by_it(
    admin: DeskHome, second: DeskHome, share: Path
):
    second.admit("P001")
    assert second.sync(share).ok
    journal = second.journal(share)
    journal.write_bytes(_without_event_check(journal.read_bytes()))  # an older Check-in's
    refused = admin.sync(share)
    assert [e.code for e in refused.errors] == ["bad_journal"]
    second.admit("P002")
    assert second.sync(share).ok
    taken = admin.sync(share)
    assert taken.ok, taken
    assert admin.store.checked_in(DAY1) == 2


def test_a_journal_that_reads_as_zeros_for_a_moment_is_read_once_it_arrives(
    admin: DeskHome, second: DeskHome, share: Path
):
    """A share may show a file's space before its bytes (zeros): that journal is one
    still being written, read again at the next sync, never set aside as a foreign file
    (whose unchanged size and time would keep it unread for good)."""
    second.admit("P001")
    assert second.sync(share).ok
    journal = next(p for p in (share / "journals").iterdir() if p.name != "DADMIN.jsonl"
                   and not p.name.startswith(admin.store.meta("desk_id")))
    written, stat = journal.read_bytes(), journal.stat()
    journal.write_bytes(b"\x00" * len(written))
    os.utime(journal, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    seen = admin.sync(share)
    assert seen.torn == 1 and not seen.ignored and admin.store.checked_in(DAY1) == 0
    journal.write_bytes(written)  # the bytes arrive, size and time as they were
    os.utime(journal, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert admin.sync(share).ok and admin.store.checked_in(DAY1) == 1
