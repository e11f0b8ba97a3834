"""Merging without blocking the desk: chunks, steps, and who goes first.

A cold merge writes hundreds of thousands of events into the database the
desk scans into. :class:`Merger` (behind :meth:`checkin.store.Store.merge`)
writes them in chunks, each its own short transaction:

* a chunk holds about :data:`CHUNK_SECONDS` of work (:class:`ChunkSizer`
  learns how many events that is, whatever the machine and the database
  size), long enough that its commit is not paid every few hundred events:
  a chunk rewrites a page of each randomly keyed index for almost every
  event it holds, so short chunks multiply what goes through the WAL;
* it is written in steps of :data:`STEP_EVENTS`, and gives way when the
  desk is waiting after a step (:mod:`checkin.store.turns`): a full chunk
  (the desk idle until then) is rolled back and written again afterwards; a
  chunk made small because the desk is working commits early. A scan on
  this store waits for at most one step and a rollback or a small commit (a
  few milliseconds, where a full chunk's commit took ~27 ms at 100k people);
  another connection (a command-line sync while the app runs) may wait for
  one chunk;
* merged chunks commit without an fsync and without the automatic
  checkpoint (:mod:`checkin.store.checkpoints` copies the WAL alongside).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from checkin.domain.gc_pause import collector_paused
from checkin.domain.log import LogEvent
from checkin.store import eventlog
from checkin.store.checkpoints import WalCheckpoints
from checkin.store.turns import Turns, quick_thread_switches

#: How long one chunk of a merge holds the write lock when nobody else wants it.
CHUNK_SECONDS = 0.1
FIRST_CHUNK, MIN_CHUNK, MAX_CHUNK = 500, 50, 10_000
#: While the desk is working, chunks are this many times smaller (see Merger.merge).
BUSY_SHARE = 5
#: Events written between two looks at whether the desk is waiting (a few ms).
STEP_EVENTS = 200
#: The page cache of the store's connection while it merges (SQLite's default is 2 MiB).
MERGE_CACHE_KIB = 64 * 1024


class _MakeWay(Exception):
    """Raised inside a chunk to roll it back: the desk is waiting."""


class ChunkSizer:
    """The next chunk's size, from how long the last one held the lock."""

    def __init__(self, target: float | None = None) -> None:
        self.target = target or CHUNK_SECONDS
        self.size = FIRST_CHUNK

    def took(self, events: int, seconds: float) -> None:
        if events < self.size or seconds <= 0:
            return  # a short last chunk says little about the rate
        wanted = int(events * self.target / seconds)
        self.size = max(MIN_CHUNK, min(MAX_CHUNK, self.size * 2, max(self.size // 2, wanted)))


class _Steps:
    """A merge's events, prepared a step at a time, in order; steps a preempted chunk
    did not write come back first."""

    def __init__(self, events: list[LogEvent]) -> None:
        self.events, self.total = events, len(events)
        self.next = 0  # the first event not prepared yet
        self.back: list[eventlog.Prepared] = []
        self.done = 0  # events written (committed or about to be)

    def take(self, size: int) -> list[eventlog.Prepared]:
        """Steps of about ``size`` events in all (at least one step when any are left);
        steps given back come first, no more of them than ``size`` asks for (a chunk
        rolled back for an idle desk comes back in a busy desk's small chunks)."""
        taken: list[eventlog.Prepared] = []
        count = 0
        while self.back and (count < size or not taken):
            given = self.back.pop(0)
            taken.append(given)
            count += len(given.events)
        step = max(1, min(STEP_EVENTS, size))
        while (count < size or not taken) and self.next < self.total:
            batch = self.events[self.next : self.next + step]
            self.next += len(batch)
            taken.append(eventlog.prepare(batch))
            count += len(batch)
        self.done += count
        return taken

    def give_back(self, steps: list[eventlog.Prepared]) -> None:
        self.back = steps + self.back
        self.done -= self.count(steps)

    @property
    def exhausted(self) -> bool:
        return not self.back and self.next >= self.total

    @staticmethod
    def count(steps: list[eventlog.Prepared]) -> int:
        return sum(len(step.events) for step in steps)


class Merger:
    """The chunk loop of :meth:`checkin.store.Store.merge` (see its documentation)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        turns: Turns,
        transaction: Callable[[], Iterator[sqlite3.Connection]],
    ) -> None:
        self.conn, self.turns, self.transaction = conn, turns, transaction
        self.sizer = ChunkSizer()  # learns across merges how many events fit in a chunk
        self.checkpoints = WalCheckpoints(path)
        # NORMAL is safe from corruption in WAL mode only (a rollback journal on
        # read-only media, say): otherwise merged chunks keep the desk's FULL.
        (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
        self.synchronous = "NORMAL" if str(mode).lower() == "wal" else "FULL"

    def merge(
        self,
        events: Iterable[LogEvent],
        meta: Mapping[str, str] | None,
        progress: Callable[[int, int], None] | None,
    ) -> list[LogEvent]:
        steps = _Steps(eventlog.merge_order(events))
        if not steps.total:  # nothing to merge (a sync that only moves a position)
            with self._chunk() as conn:
                if meta:
                    set_meta(conn, meta)
            return []
        applied: list[LogEvent] = []
        try:
            with self._larger_cache(), collector_paused(), quick_thread_switches():
                while True:
                    # A desk operation that comes while a chunk is written waits for the
                    # step under way, then for the chunk's commit, which writes every
                    # page the chunk changed to the WAL (~27 ms for a full chunk at
                    # 100k people). So while the desk is working, chunks are small and
                    # commit when it waits; while it is idle they are full-size and,
                    # when an operation comes, rolled back instead (a millisecond) and
                    # written again after it.
                    busy = self.turns.desk_is_busy()
                    size = self.sizer.size
                    chunk = steps.take(max(MIN_CHUNK, size // BUSY_SHARE) if busy else size)
                    self.turns.let_foreground_go_first()
                    began = time.perf_counter()
                    written: list[LogEvent] = []
                    try:
                        with self._chunk() as conn:
                            for number, step in enumerate(chunk, 1):
                                written += eventlog.apply_prepared(conn, step)
                                if number < len(chunk) and self.turns.waiting:
                                    if not busy:
                                        raise _MakeWay  # the desk goes first
                                    steps.give_back(chunk[number:])
                                    chunk = chunk[:number]
                                    break
                            else:
                                self.sizer.took(steps.count(chunk), time.perf_counter() - began)
                            last = steps.exhausted
                            if last and meta:
                                set_meta(conn, meta)
                    except _MakeWay:
                        steps.give_back(chunk)  # rolled back: written again next
                        continue
                    applied += written
                    self.checkpoints.written(steps.count(chunk), finished=False)
                    if self.turns.desk_is_busy():
                        self._sync_wal()
                    if progress is not None:
                        progress(steps.done, steps.total)
                    if last:
                        return applied
        finally:
            self.checkpoints.written(0, finished=True)

    @contextlib.contextmanager
    def _larger_cache(self) -> Iterator[None]:
        """A larger page cache while merging: each chunk inserts all over five indexes."""
        with self.turns.foreground():
            (cache,) = self.conn.execute("PRAGMA cache_size").fetchone()
            self.conn.execute(f"PRAGMA cache_size = {-MERGE_CACHE_KIB}")
        try:
            yield
        finally:
            with self.turns.foreground():
                self.conn.execute(f"PRAGMA cache_size = {int(cache)}")

    @contextlib.contextmanager
    def _chunk(self) -> Iterator[sqlite3.Connection]:
        """A write transaction for merged events: no fsync, no automatic checkpoint.

        Other desks' events are safe on the share: a power cut that loses the
        last merged chunks loses the journal position written with them too
        (the WAL keeps a prefix of commits), so the next sync reads them again.
        The desk's own commits stay ``synchronous = FULL``; the first one after
        a merge makes everything before it durable as well.
        """
        with self.turns.background():
            conn = self.conn
            (synchronous,) = conn.execute("PRAGMA synchronous").fetchone()
            (auto_checkpoint,) = conn.execute("PRAGMA wal_autocheckpoint").fetchone()
            conn.execute(f"PRAGMA synchronous = {self.synchronous}")
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            try:
                yield from self.transaction()
            finally:
                conn.execute(f"PRAGMA synchronous = {int(synchronous)}")
                conn.execute(f"PRAGMA wal_autocheckpoint = {int(auto_checkpoint)}")

    def _sync_wal(self) -> None:
        """Flush the merged chunks in the WAL to disk now, outside the lock.

        Merged chunks commit without an fsync; the desk's next own commit
        (``synchronous = FULL``) would flush them all, and take ten times as
        long as alone. While the desk is working, the merge pays instead.
        The WAL file carries no lock of SQLite's (those are in ``-shm``), so
        a descriptor of our own may open and close it.
        """
        try:
            descriptor = os.open(self.checkpoints.wal, os.O_RDWR)
        except OSError:
            return  # no WAL (a rollback journal), or it cannot be opened: FULL commits do it
        try:
            os.fsync(descriptor)
        except OSError:
            pass
        finally:
            os.close(descriptor)

    def close(self) -> None:
        self.checkpoints.close()


def set_meta(conn: sqlite3.Connection, meta: Mapping[str, str]) -> None:
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(meta.items()),
    )
