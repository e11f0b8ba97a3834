"""Store.merge applies events in bulk, in chunks: the same database as one at a time.

Real SQLite files. A merge writes a batch per chunk (one ``executemany`` per
table, projections driven by the uuids that were new), each chunk its own
transaction; these tests hold it to the semantics of applying events one
by one, and check what a cancelled or killed merge leaves behind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import signal
import sqlite3
import tempfile
from pathlib import Path

import pytest
from conftest import PEOPLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_helpers import T0, mixed_log, snapshot
from test_store import spawn

from checkin.domain.log import Kind, LogEvent
from checkin.service.event_setup import load_event
from checkin.store import Store, StoreError, checkpoints, eventlog, merging, turns

IDS = [row.id for row in PEOPLE]


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 3 to 7 events, so that a few dozen events take many transactions."""
    monkeypatch.setattr(merging, "FIRST_CHUNK", 5)
    monkeypatch.setattr(merging, "MIN_CHUNK", 3)
    monkeypatch.setattr(merging, "MAX_CHUNK", 7)


def _desk(root: Path, name: str, event_files) -> Store:
    store = Store.in_home(root / name)
    load_event(store, event_files.config, event_files.participants)
    return store


def _one_by_one(store: Store, events: list[LogEvent]) -> list[LogEvent]:
    """The path of a desk's own scan: one event per transaction."""
    applied = []
    for event in events:
        with store.write() as conn:
            applied += eventlog.apply(conn, [event])
    return applied


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(0, 2**32), count=st.integers(1, 60))
def test_bulk_and_one_by_one_give_the_same_database(event_files, small_chunks, seed, count):
    log = mixed_log(seed, count, IDS)
    random.Random(seed).shuffle(log)
    with tempfile.TemporaryDirectory() as scratch:
        bulk = _desk(Path(scratch), "bulk", event_files)
        single = _desk(Path(scratch), "single", event_files)
        whole = _desk(Path(scratch), "whole", event_files)
        try:
            merged = bulk.merge(log)
            one_by_one = _one_by_one(single, log)
            with whole.write() as conn:  # the whole list as one batch, one transaction
                in_one_batch = eventlog.apply(conn, log)
            assert snapshot(bulk) == snapshot(single) == snapshot(whole)
            unique = {e.uuid for e in log}
            assert sorted(e.uuid for e in merged) == sorted(unique)
            assert [e.uuid for e in one_by_one] == [e.uuid for e in in_one_batch]
            assert bulk.merge(log) == []  # idempotent
            assert snapshot(bulk) == snapshot(single)
        finally:
            for store in (bulk, single, whole):
                store.close()


def _check_in(pid: str, desk: str, seq: int, *, minutes: int = 0, **payload) -> LogEvent:
    at = T0 + dt.timedelta(minutes=minutes)
    return LogEvent(
        Kind.CHECK_IN, pid, "op", at, {"day": "2015-10-26", **payload}, desk=desk, seq=seq
    )


def test_copies_of_an_event_in_one_batch_apply_once(store: Store) -> None:
    a, b = _check_in("P001", "D9", 1), _check_in("P002", "D9", 2, minutes=1)
    assert [e.uuid for e in store.merge([a, a, b, a])] == sorted([a.uuid, b.uuid])
    assert store.event_count() == 2
    assert len(store.active_checkins("P001", dt.date(2015, 10, 26))) == 1
    with store.write() as conn:  # the desk's own path, a batch with a copy in it
        assert eventlog.apply(conn, [b, a, b]) == []
    c = _check_in("P003", "D9", 3)
    with store.write() as conn:
        assert eventlog.apply(conn, [c, a, c]) == [c]
    assert store.event_count() == 3


def test_a_clash_inside_a_batch_is_refused_and_writes_nothing(store: Store) -> None:
    first = _check_in("P001", "D9", 1)
    clash = _check_in("P002", "D9", 1)  # the same desk and number, another uuid
    with pytest.raises(StoreError):
        store.merge([first, clash])
    assert store.event_count() == 0
    assert store.active_checkins("P001", dt.date(2015, 10, 26)) == []


def test_a_clash_in_a_later_chunk_keeps_the_chunks_before_it(small_chunks, store: Store) -> None:
    """The chunks already committed stay (they are valid events); the position does not move."""
    log = [_check_in(IDS[n % len(IDS)], "D9", n + 1, minutes=n) for n in range(30)]
    clash = dataclasses.replace(log[-1], uuid="f" * 32)  # sorts last: the last chunk
    with pytest.raises(StoreError):
        store.merge([*log, clash], meta={"sync_pull": "moved"})
    assert 0 < store.event_count() < 30
    assert store.meta("sync_pull") == ""
    assert "f" * 32 not in {e.uuid for p in IDS for e in store.events_of(p)}


def test_a_clash_with_an_event_already_in_the_log_is_refused(store: Store) -> None:
    store.merge([_check_in("P001", "D9", 1)])
    batch = [_check_in("P002", "D8", 1), _check_in("P003", "D9", 1)]
    with pytest.raises(StoreError):
        store.merge(batch)
    assert store.event_count() == 1


class Cancelled(Exception):
    pass


def test_a_merge_cancelled_between_chunks_resumes_at_the_next_sync(
    tmp_path: Path, event_files, small_chunks
) -> None:
    log = mixed_log(7, 80, IDS)
    store, reference = _desk(tmp_path, "a", event_files), _desk(tmp_path, "ref", event_files)
    try:
        reference.merge(log, meta={"sync_pull": "end"})
        seen: list[int] = []

        def cancel_after_three(done: int, total: int) -> None:
            seen.append(done)
            if len(seen) == 3:
                raise Cancelled

        with pytest.raises(Cancelled):
            store.merge(log, meta={"sync_pull": "end"}, progress=cancel_after_three)
        assert store.event_count() == seen[-1]  # three chunks, each complete
        assert store.meta("sync_pull") == ""  # the position goes with the last chunk only
        _assert_projections_match_the_log(store)
        store.merge(log, meta={"sync_pull": "end"})  # the next sync reads them all again
        assert snapshot(store) == snapshot(reference)
        assert store.meta("sync_pull") == "end"
    finally:
        store.close()
        reference.close()


def _assert_projections_match_the_log(store: Store) -> None:
    before = snapshot(store)
    store.rebuild_projections()
    assert snapshot(store) == before


MERGING_DESK = """
    import sys
    import time
    from pathlib import Path
    from checkin.store import Store, merging
    sys.path.insert(0, "tests")
    from merge_helpers import mixed_log
    merging.FIRST_CHUNK = merging.MIN_CHUNK = merging.MAX_CHUNK = 40
    store = Store.in_home(Path(sys.argv[1]))
    ids = sys.argv[2].split(",")
    print("ready", flush=True)

    def report(done, total):
        print(done, flush=True)
        time.sleep(0.01)  # leaves the parent time to kill it between chunks, or in one

    store.merge(mixed_log(11, 4000, ids), meta={"sync_pull": "end"}, progress=report)
    print("finished", flush=True)
"""


def test_a_desk_killed_in_the_middle_of_a_merge_is_consistent_and_catches_up(
    tmp_path: Path, event_files
) -> None:
    store = _desk(tmp_path, "killed", event_files)
    store.close()
    child = spawn(MERGING_DESK, str(tmp_path / "killed"), ",".join(IDS))
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr and child.stderr.read()
        assert int(child.stdout.readline()) > 0  # a chunk is committed
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        said = child.stdout.read().split()
    finally:
        child.kill()
        child.wait()
    assert "finished" not in said, "the merge ended before it could be interrupted"
    reference = _desk(tmp_path, "ref", event_files)
    store = Store.in_home(tmp_path / "killed")
    try:
        with store.read() as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert 0 < store.event_count() < len({e.uuid for e in mixed_log(11, 4000, IDS)})
        assert store.meta("sync_pull") == ""
        _assert_projections_match_the_log(store)
        log = mixed_log(11, 4000, IDS)
        store.merge(log, meta={"sync_pull": "end"})
        reference.merge(log, meta={"sync_pull": "end"})
        assert snapshot(store) == snapshot(reference)
    finally:
        store.close()
        reference.close()


def test_merged_chunks_leave_the_connection_as_it_was(small_chunks, store: Store) -> None:
    """Merged chunks commit without an fsync; the desk's own commits keep FULL."""
    store.merge(mixed_log(3, 30, IDS))
    with store.read() as conn:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -2000


def test_without_wal_merged_chunks_keep_synchronous_full(tmp_path: Path) -> None:
    """NORMAL is safe from corruption in WAL mode only (read-only media fall back to DELETE)."""
    path = tmp_path / "rollback.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        assert merging.Merger(conn, path, turns.Turns(), iter).synchronous == "FULL"
        conn.execute("PRAGMA journal_mode = WAL")
        assert merging.Merger(conn, path, turns.Turns(), iter).synchronous == "NORMAL"
    finally:
        conn.close()


def test_a_merge_that_outgrows_its_wal_budget_checkpoints_on_the_way(
    tmp_path: Path, event_files, small_chunks, monkeypatch
) -> None:
    monkeypatch.setattr(checkpoints, "WAL_BUDGET_BYTES", 1)  # every chunk catches up
    log = mixed_log(13, 60, IDS)
    store, reference = _desk(tmp_path, "a", event_files), _desk(tmp_path, "ref", event_files)
    try:
        store.merge(log)
        with reference.write() as conn:
            eventlog.apply(conn, log)
        assert snapshot(store) == snapshot(reference)
    finally:
        store.close()
        reference.close()


def test_a_sync_counts_duplicates_aside_as_the_store_does(store: Store) -> None:
    log = mixed_log(17, 80, IDS)
    store.merge(log)
    assert store.duplicates_aside() == store.duplicates() > 0
    pairs = {(e.participant_id, e.payload["day"]) for e in log if e.kind == Kind.CHECK_IN}
    counts = store.active_counts(pairs)
    assert sum(max(0, n - 1) for n in counts.values()) == store.duplicates()
