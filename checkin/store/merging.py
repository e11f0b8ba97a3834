"""Merging without blocking the desk: chunks, turns, checkpoints.

A cold merge writes hundreds of thousands of events into the database the
desk scans into. :class:`Merger` (behind :meth:`checkin.store.Store.merge`)
writes them in chunks, each its own short transaction, and between two
chunks lets the desk go first:

* :class:`Turns` — the store's one lock. The desk's operations (every
  ``Store.read`` / ``Store.write``) are *foreground*; a merge's chunks are
  *background* and start only when no foreground operation is waiting and
  none ended in the last few milliseconds (a scan is three short steps — the
  participant, their check-ins, the new event — so it is not cut in half).
  A scan therefore waits at most one chunk.
* :class:`ChunkSizer` — chunk sizes that keep each transaction near
  :data:`CHUNK_SECONDS`, whatever the machine and the database size.
* :class:`WalCheckpoints` — merged chunks commit without an fsync and
  without SQLite's automatic checkpoint (which would run inside a chunk's
  commit, under the lock); the WAL is copied into the database on a thread
  and a connection of their own, outside the lock, while the merge goes on.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from checkin.domain.log import LogEvent
from checkin.store import eventlog

#: How long one chunk of a merge may hold the write lock: what a scan may wait.
CHUNK_SECONDS = 0.04
FIRST_CHUNK, MIN_CHUNK, MAX_CHUNK = 500, 50, 5_000
#: After the desk's last operation, a merge waits this long before its next chunk.
GRACE_SECONDS = 0.005
#: A merge never waits longer than this for the desk between two chunks.
MAX_YIELD_SECONDS = 0.5
#: Merged events between two WAL checkpoints (about 1.5 WAL pages each at 100k people).
CHECKPOINT_EVENTS = 20_000
#: The page cache of the store's connection while it merges (SQLite's default is 2 MiB).
MERGE_CACHE_KIB = 16 * 1024


class Turns:
    """A reentrant lock where foreground holders go before the background one."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._state = threading.Condition(threading.Lock())
        self._waiting = 0
        self._released_at = float("-inf")
        self._background: int | None = None  # the thread running a merge

    @contextlib.contextmanager
    def foreground(self) -> Iterator[None]:
        with self._state:
            self._waiting += 1
        try:
            self._lock.acquire()
        finally:
            with self._state:
                self._waiting -= 1
                self._state.notify_all()
        try:
            yield
        finally:
            self._lock.release()
            if threading.get_ident() != self._background:
                with self._state:
                    self._released_at = time.monotonic()

    @property
    def waiting(self) -> int:
        """Foreground operations waiting for the lock now."""
        with self._state:
            return self._waiting

    @contextlib.contextmanager
    def background(self) -> Iterator[None]:
        """One chunk of a merge: call :meth:`let_foreground_go_first` before each."""
        with self._lock:
            yield

    @contextlib.contextmanager
    def merging(self) -> Iterator[None]:
        """Mark this thread as the merging one while a merge runs."""
        previous, self._background = self._background, threading.get_ident()
        try:
            yield
        finally:
            self._background = previous

    def let_foreground_go_first(self) -> None:
        deadline = time.monotonic() + MAX_YIELD_SECONDS
        with self._state:
            while (now := time.monotonic()) < deadline:
                if self._waiting:
                    wait = deadline - now
                else:
                    wait = min(self._released_at + GRACE_SECONDS, deadline) - now
                    if wait <= 0:
                        return
                self._state.wait(wait)


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


class WalCheckpoints:
    """PASSIVE checkpoints of merged chunks, on a thread and a connection of their own.

    A merge's chunks commit without SQLite's automatic checkpoint (it would
    copy the WAL into the database inside a chunk's commit, under the lock).
    Instead, every :data:`CHECKPOINT_EVENTS` merged events and at the end of a
    merge, this thread copies the WAL while the merge goes on writing (a
    PASSIVE checkpoint blocks no writer), so the disk's work overlaps the
    merge's instead of adding to it. At most one runs at a time.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._state = threading.Lock()
        self._pending = 0  # merged events since the last checkpoint began
        self._finished = True  # no merge is writing: checkpoint whatever is pending
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None  # used by the thread only

    def written(self, events: int, *, finished: bool) -> None:
        """A merge committed ``events`` more; ``finished``: it was its last chunk."""
        with self._state:
            self._pending += events
            self._finished = finished
            if self._thread is None and self._due():
                self._pending = 0
                self._thread = threading.Thread(target=self._run, name="wal-checkpoint")
                self._thread.daemon = True
                self._thread.start()

    def _due(self) -> bool:
        return self._pending >= CHECKPOINT_EVENTS or (self._finished and self._pending > 0)

    def _run(self) -> None:
        while True:
            try:
                if self._conn is None:
                    self._conn = sqlite3.connect(
                        self.path, isolation_level=None, timeout=1, check_same_thread=False
                    )
                self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            except sqlite3.Error:
                pass  # busy with another checkpointer, say: the next one catches up
            with self._state:
                if not self._due():
                    self._thread = None
                    return
                self._pending = 0

    def close(self) -> None:
        """Wait for a running checkpoint, then close its connection."""
        with self._state:
            thread = self._thread
        if thread is not None:
            thread.join()
        if self._conn is not None:
            self._conn.close()
            self._conn = None


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
        ordered = eventlog.merge_order(events)
        applied: list[LogEvent] = []
        done = 0
        try:
            with self.turns.merging(), self._larger_cache():
                while True:
                    chunk = ordered[done : done + self.sizer.size]
                    last = done + len(chunk) >= len(ordered)
                    prepared = eventlog.prepare(chunk)  # outside the lock
                    self.turns.let_foreground_go_first()
                    began = time.perf_counter()
                    with self._chunk() as conn:
                        applied += eventlog.apply_prepared(conn, prepared)
                        if last and meta:
                            set_meta(conn, meta)
                    self.sizer.took(len(chunk), time.perf_counter() - began)
                    self.checkpoints.written(len(chunk), finished=False)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, len(ordered))
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

    def close(self) -> None:
        self.checkpoints.close()


def set_meta(conn: sqlite3.Connection, meta: Mapping[str, str]) -> None:
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(meta.items()),
    )
