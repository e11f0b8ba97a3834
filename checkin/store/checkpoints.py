"""Connections of their own for a merge's long work, so the desk's lock is not held.

* :class:`WalCheckpoints` — merged chunks commit without SQLite's automatic
  checkpoint (it would copy the WAL into the database inside a chunk's commit,
  under the lock); the WAL is copied on a thread and a connection of their own
  while the merge goes on.
* :class:`AsideReader` — a sync's counts over the whole log, read without the
  store's lock (WAL readers never wait for the writer, nor it for them).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from checkin.store.database import translate_error

#: Merged events between two WAL checkpoints (about one WAL page each at 100k people).
CHECKPOINT_EVENTS = 20_000
#: The WAL a merge lets grow before it waits for a checkpoint to start it over.
#: The file keeps its largest size (SQLite reuses it; ``journal_size_limit`` would
#: truncate it at each restart, and that truncation stalled the desk's commits for
#: a second); 128 MB costs a cold merge of 300k events about a tenth more time
#: than 256 MB.
WAL_BUDGET_BYTES = 128 * 1024 * 1024


class WalCheckpoints:
    """PASSIVE checkpoints of merged chunks, on a thread and a connection of their own.

    A merge's chunks commit without SQLite's automatic checkpoint (it would
    copy the WAL into the database inside a chunk's commit, under the lock).
    Instead, every :data:`CHECKPOINT_EVENTS` merged events and at the end of a
    merge, this thread copies the WAL while the merge goes on writing (a
    PASSIVE checkpoint blocks no writer), so the disk's work overlaps the
    merge's instead of adding to it. At most one runs at a time.

    While chunks keep coming, a checkpoint never catches up with the end of the
    WAL, so SQLite never starts it again from the top and the file grows (a
    cold merge of 300k events wrote 770 MB). Once the file is past
    :data:`WAL_BUDGET_BYTES`, the running checkpoint is the last on the thread;
    after it, the merge makes one more itself, between two chunks and outside
    the lock — small, since it only copies what was written meanwhile — and
    the next chunk starts the WAL over from its beginning. SQLite keeps the
    file at its largest size and overwrites it from then on.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.wal = Path(f"{path}-wal")
        self._state = threading.Lock()
        self._pending = 0  # merged events since the last checkpoint began
        self._finished = True  # no merge is writing: checkpoint whatever is pending
        self._restart = False  # the WAL should start over after the running checkpoint
        self._restarted_at = 0  # the file's size when it last did
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None  # used by one thread at a time

    def written(self, events: int, *, finished: bool) -> None:
        """A merge committed ``events`` more; ``finished``: it was its last chunk."""
        size = _size(self.wal)
        with self._state:
            self._pending += events
            self._finished = finished
            # The file only grows once what is in it goes past its old end.
            self._restart = not finished and size > max(WAL_BUDGET_BYTES, self._restarted_at)
            catch_up = self._restart and self._thread is None
            if catch_up:
                self._pending = 0
            elif self._thread is None and self._due():
                self._pending = 0
                self._thread = threading.Thread(target=self._run, name="wal-checkpoint")
                self._thread.daemon = True
                self._thread.start()
        if catch_up:
            self._checkpoint()
            self._restarted_at = size

    def _due(self) -> bool:
        return self._pending >= CHECKPOINT_EVENTS or (self._finished and self._pending > 0)

    def _run(self) -> None:
        while True:
            self._checkpoint()
            with self._state:
                if self._restart or not self._due():
                    self._thread = None
                    return
                self._pending = 0

    def _checkpoint(self) -> None:
        try:
            if self._conn is None:
                self._conn = sqlite3.connect(
                    self.path, isolation_level=None, timeout=1, check_same_thread=False
                )
            self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error:
            pass  # busy with another checkpointer, say: the next one catches up

    def _join(self) -> None:
        with self._state:
            thread = self._thread
        if thread is not None:
            thread.join()

    def close(self) -> None:
        """Wait for a running checkpoint, then close its connection."""
        self._join()
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class AsideReader:
    """A connection of its own for a sync's long reads (counts over the whole log).

    In WAL mode it reads what is committed without the store's lock, so the
    desk's scans never wait for it. Without WAL a long read would hold the
    database's shared lock and make the desk's writes wait, so ``read`` then
    runs on the store's own connection, under its lock, as any read.
    """

    def __init__(self, path: Path, shared: Callable[[], contextlib.AbstractContextManager]) -> None:
        self.path, self.shared = path, shared
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._wal = True  # until a look at the database says otherwise

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._connection()
            if conn is None:
                with self.shared() as shared:
                    yield shared
                return
            try:
                yield conn
            except sqlite3.DatabaseError as error:
                raise translate_error(error, self.path) from None

    def _connection(self) -> sqlite3.Connection | None:
        if self._conn is None and self._wal:
            try:
                conn = sqlite3.connect(
                    self.path, isolation_level=None, check_same_thread=False, timeout=3
                )
                (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
                self._wal = str(mode).lower() == "wal"
                if not self._wal:
                    conn.close()
                    return None
                conn.execute("PRAGMA query_only = 1")
            except sqlite3.DatabaseError as error:
                raise translate_error(error, self.path) from None
            self._conn = conn
        return self._conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
