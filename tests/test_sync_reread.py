"""A line of another desk's journal that did not verify is read again until it does.

A share may show another desk's write partly (a zero-filled hole for a moment);
a reader whose clock is fast takes the file for settled. Neither the reader's
clock nor where the line is (last or in the middle) may make it skip the line
for good: once the bytes are right, its events are merged.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from conftest import DAY1
from sync_helpers import DeskHome, empty_desk, event_desk

PEOPLE_IDS = ("P001", "P002", "P003", "P004", "P005", "P006")


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def writer(tmp_path: Path, event_files, share: Path) -> DeskHome:
    desk = event_desk(tmp_path, "writer", event_files)
    assert desk.sync(share).published
    return desk


@pytest.fixture
def reader(tmp_path: Path, writer: DeskHome, share: Path) -> DeskHome:
    desk = empty_desk(tmp_path, "reader")
    assert desk.sync(share).joined
    return desk


def _age(path: Path, seconds: float) -> None:
    """The file's time as a reader whose clock is ``seconds`` fast sees it."""
    then = time.time() - seconds
    os.utime(path, (then, then))


def _line_starts(data: bytes) -> list[int]:
    return [0, *[i + 1 for i, byte in enumerate(data) if byte == 0x0A][:-1]]


def test_a_partly_arrived_write_is_read_once_complete_even_by_a_fast_clock(
    writer: DeskHome, reader: DeskHome, share: Path
):
    writer.admit("P001")
    writer.sync(share)
    reader.sync(share)
    journal = writer.journal(share)
    before = journal.stat().st_size
    writer.admit("P002")
    writer.admit("P003")
    writer.sync(share)
    whole = journal.read_bytes()
    hole = bytearray(whole)
    first_end = whole.index(b"\n", before)
    hole[before : first_end + 1] = bytes(first_end + 1 - before)  # zeros, newline included
    journal.write_bytes(bytes(hole))
    _age(journal, 20 * 60)  # the reader's clock is 20 minutes fast: the file looks settled
    during = reader.sync(share)
    assert reader.store.checked_in(DAY1) == 1 and during.merged == 0
    journal.write_bytes(whole)  # the data arrives: same size
    _age(journal, 20 * 60 - 5)
    after = reader.sync(share)
    assert after.merged == 2, after
    assert reader.store.checked_in(DAY1) == 3
    quiet = reader.sync(share)
    assert (quiet.pulled, quiet.merged, quiet.skipped_corrupt) == (0, 0, 0)


def test_a_bad_line_in_the_middle_is_read_again_once_it_verifies(
    writer: DeskHome, reader: DeskHome, share: Path
):
    for pid in ("P001", "P002", "P003"):
        writer.admit(pid)
    writer.sync(share)
    journal = writer.journal(share)
    whole = journal.read_bytes()
    starts = _line_starts(whole)
    damaged = bytearray(whole)
    damaged[starts[2] + 20] ^= 0x01  # the second check-in's line, same length
    journal.write_bytes(bytes(damaged))
    first = reader.sync(share)
    assert (first.merged, first.skipped_corrupt) == (2, 1)
    again = reader.sync(share)
    assert (again.merged, again.skipped_corrupt) == (0, 0)  # named once, still awaited
    journal.write_bytes(whole)  # its bytes are right again, no new line after it
    healed = reader.sync(share)
    assert healed.merged == 1, healed
    assert reader.store.checked_in(DAY1) == 3


def test_many_bad_lines_are_all_read_again(writer: DeskHome, reader: DeskHome, share: Path):
    for _ in range(4):  # 48 lines, more than a cursor keeps waiting (MAX_RETRY)
        for pid in PEOPLE_IDS:
            writer.admit(pid)
            writer.desk.undo(pid)
    writer.sync(share)
    journal = writer.journal(share)
    whole = journal.read_bytes()
    damaged = bytearray(whole)
    starts = _line_starts(whole)[1:]  # every line but the header
    for start in starts:
        damaged[start + 12] ^= 0x01
    journal.write_bytes(bytes(damaged))
    first = reader.sync(share)
    # the last one may be a write still arriving (the file is fresh): awaited, not named
    assert (first.merged, first.skipped_corrupt, first.torn) == (0, len(starts) - 1, 1)
    journal.write_bytes(whole)
    healed = reader.sync(share)
    assert healed.merged == len(starts), healed
    assert reader.store.event_count() == writer.store.event_count()
