"""The desk's database: one object, one write connection, explicit transactions."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from checkin.domain.badges import BadgeHistory
from checkin.domain.event_config import parse_event_config
from checkin.domain.log import LogEvent
from checkin.domain.model import EventConfig, Participant
from checkin.domain.rules import CheckIn
from checkin.store import badges, bulk, eventlog, outbox, participants, removed, search, stats
from checkin.store.checkpoints import AsideReader
from checkin.store.database import (
    DATABASE_NAME,
    connect,
    database_gone,
    file_identity,
    no_event_error,
    translate_error,
)
from checkin.store.merging import Merger
from checkin.store.turns import Turns


class Store(stats.Statistics, removed.RemovedPeople):
    """All reads and writes of one desk database.

    One connection, used by one writer at a time (a lock guards transactions
    so a background reader thread and the UI thread never interleave a
    write). Every write runs in ``BEGIN IMMEDIATE`` so it either applies
    completely or not at all. A merge (:meth:`merge`) writes in short
    chunks and lets the desk's own reads and writes go first between them.
    """

    def __init__(self, path: Path, *, auto_checkpoint: bool = True) -> None:
        """``auto_checkpoint=False`` leaves WAL checkpoints to :meth:`checkpoint`, called
        off the hot path: SQLite's automatic one runs inside every ~100th commit and
        costs tens of ms there (benchmarks/RESULTS.md)."""
        self.path = path
        self._conn = connect(path)
        self._identity = file_identity(path)
        self._turns = Turns()
        if not auto_checkpoint:
            self._conn.execute("PRAGMA wal_autocheckpoint = 0")
        self._merger = Merger(self._conn, path, self._turns, self._transaction)
        self._aside = AsideReader(path, self.read)
        if self.meta("search_index") == "rebuild":  # left by migrations 4 and 8
            with self.write() as conn:
                if conn.execute("SELECT 1 FROM meta WHERE key = 'search_index'").fetchone():
                    participants.fill_search_columns(conn)

    def checkpoint(self) -> None:
        """Copy the WAL into the database without blocking writers (PASSIVE)."""
        with self.read() as conn:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    @classmethod
    def in_home(cls, home: Path, *, auto_checkpoint: bool = True) -> Store:
        return cls(Path(home) / DATABASE_NAME, auto_checkpoint=auto_checkpoint)

    @classmethod
    def existing_in_home(cls, home: Path, *, auto_checkpoint: bool = True) -> Store:
        """The desk database in ``home`` if there is one; never creates the folder or the file.

        For commands that need a loaded event: a mistyped ``--home`` must not leave a
        new folder and an empty database behind."""
        path = Path(home) / DATABASE_NAME
        if not path.is_file():
            raise no_event_error(Path(home))
        return cls(path, auto_checkpoint=auto_checkpoint)

    def close(self) -> None:
        """Close the connection, once a checkpoint a merge left running has finished."""
        self._merger.close()
        self._aside.close()
        with self._turns.foreground():
            self._conn.close()

    # -- transactions -------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: everything inside applies, or nothing does."""
        with self._turns.foreground():
            yield from self._transaction()

    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            raise translate_error(error, self.path) from None
        if file_identity(self.path) != self._identity:  # deleted or replaced while open
            self._conn.execute("ROLLBACK")
            raise database_gone(self.path)
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self._conn.execute("ROLLBACK")
            raise translate_error(error, self.path) from None
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._turns.foreground():
            try:
                yield self._conn
            except sqlite3.DatabaseError as error:
                raise translate_error(error, self.path) from None

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """The reads inside see one state of the database (one read transaction): a
        count made of several queries never mixes before and after a check-in."""
        with self.read() as conn:
            conn.execute("BEGIN")
            try:
                yield
            finally:
                conn.execute("COMMIT")

    # -- meta: event, secret, desk identity, settings -------------------------

    def meta(self, key: str, default: str = "") -> str:
        with self.read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str, *, only_if: str | None = None) -> None:
        """``only_if``: change it only while it still holds that value (compare and set)."""
        with self.write() as conn:
            if only_if is not None:
                conn.execute(
                    "UPDATE meta SET value = ? WHERE key = ? AND value = ?", (value, key, only_if)
                )
                return
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def load_event(self, meta: dict[str, str], people: Iterable[Participant]) -> int:
        """Event settings and its participant list, in one transaction."""
        with self.write() as conn:
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                list(meta.items()),
            )
            return participants.upsert(conn, people, source="import")

    def event_config(self) -> EventConfig:
        raw = self.meta("event_config")
        if not raw:
            raise no_event_error()
        return parse_event_config(json.loads(raw))

    def has_event(self) -> bool:
        return bool(self.meta("event_config"))

    # -- participants ---------------------------------------------------------

    def participant(self, participant_id: str) -> Participant | None:
        with self.read() as conn:
            return participants.get(conn, participant_id)

    def by_ticket(self, code: str) -> Participant | None:
        with self.read() as conn:
            return participants.by_ticket(conn, code)

    def upsert_participants(self, people: Iterable[Participant], *, source: str = "import") -> int:
        with self.write() as conn:
            return participants.upsert(conn, people, source=source)

    def participant_count(self) -> int:
        with self.read() as conn:
            return participants.count(conn)

    def participant_ids(self) -> set[str]:
        with self.read() as conn:
            return participants.all_ids(conn)

    def search(self, tokens: list[str], limit: int = 20) -> list[Participant]:
        with self.read() as conn:
            return search.search(conn, tokens, limit)

    # -- registration lists in bulk (checkin.store.bulk) -----------------------

    def participant_snapshot(self) -> bulk.Snapshot:
        with self.read() as conn:
            return bulk.snapshot(conn)

    def import_participants(
        self,
        decide: Callable[[bulk.Snapshot], bulk.ParticipantChanges],
        *,
        flagged_at: str,
        progress: bulk.Progress | None = None,
    ) -> bulk.ParticipantChanges:
        """Compare and write in one transaction: ``decide`` sees the list as it is now.

        If ``decide`` or ``progress`` raises (a cancelled import), nothing is written.
        """
        with self.write() as conn:
            changes = decide(bulk.snapshot(conn))
            bulk.write(conn, changes, flagged_at=flagged_at, progress=progress)
            return changes

    def all_participants(self) -> list[Participant]:
        with self.read() as conn:
            return bulk.all_participants(conn)

    def pending_reprints(self) -> dict[str, list[str]]:
        with self.read() as conn:
            return bulk.pending_reprints(conn)

    def clear_reprint(self, participant_id: str) -> None:
        with self.write() as conn:
            bulk.clear_reprint(conn, participant_id)

    # -- the event log ------------------------------------------------------

    def append(
        self, desk: str, events: list[LogEvent], *, before_commit: Callable[[], None] | None = None
    ) -> list[LogEvent]:
        """Record this desk's own events: sequence numbers, then projections.

        ``before_commit`` runs once they are written, before the commit (and its
        fsync); if it raises, nothing is recorded.
        """
        with self.write() as conn:
            seq = eventlog.next_seq(conn, desk)
            numbered = [
                dataclasses.replace(event, desk=desk, seq=seq + offset)
                for offset, event in enumerate(events)
            ]
            applied = eventlog.apply(conn, numbered)
            if before_commit is not None:
                before_commit()
            return applied

    def merge(
        self,
        events: Iterable[LogEvent],
        *,
        meta: Mapping[str, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[LogEvent]:
        """Apply events from other desks (idempotent by uuid); returns the new ones.

        In chunks, each its own short transaction (:mod:`checkin.store.merging`),
        cut short when the desk is waiting: a scan waits for one step of a chunk
        and its commit, never for the whole merge.
        ``meta`` is written with the last chunk: a sync records how far it read
        a journal together with the last of the events it read, so a crash or a
        cancel between chunks leaves the position where it was, and the next
        sync reads those events again (the chunks already written are then
        skipped by uuid). ``progress(done, total)`` is called after each chunk;
        raising from it stops the merge there. A chunk that fails (a desk and
        sequence number clash) raises :class:`StoreError` and writes nothing;
        the chunks before it stay.
        """
        return self._merger.merge(events, meta, progress)

    def active_checkins(self, participant_id: str, day: dt.date) -> list[CheckIn]:
        with self.read() as conn:
            return eventlog.active_checkins(conn, participant_id, day)

    def first_active_checkins(
        self, participant_ids: list[str], day: dt.date
    ) -> dict[str, CheckIn]:
        """id -> earliest active check-in of ``day``, for those of ``participant_ids`` in."""
        with self.read() as conn:
            return eventlog.first_active_checkins(conn, participant_ids, day)

    def recent_checkins(self, desk: str, limit: int = 20) -> list[CheckIn]:
        with self.read() as conn:
            return eventlog.recent_checkins(conn, desk, limit)

    def sequence_clashes(self, events: Sequence[LogEvent]) -> list[LogEvent]:
        with self.read() as conn:
            return eventlog.sequence_clashes(conn, events)

    def events_of(self, participant_id: str) -> list[LogEvent]:
        with self.read() as conn:
            return eventlog.events_of(conn, participant_id)

    def data_version(self) -> int:
        """A number that changes whenever another connection (the desk's writer, a
        merge, a command-line sync) commits: a view need not recount what did not change."""
        with self.read() as conn:
            return conn.execute("PRAGMA data_version").fetchone()[0]

    def event_count(self) -> int:
        with self.read() as conn:
            return eventlog.event_count(conn)

    def rebuild_projections(self) -> None:
        with self.write() as conn:
            eventlog.rebuild_projections(conn)

    # -- sync (checkin.store.outbox) -------------------------------------------------

    def last_seq(self, desk: str) -> int:
        with self.read() as conn:
            return outbox.last_seq(conn, desk)

    def events_after(self, desk: str, seq: int) -> list[LogEvent]:
        """This desk's events numbered after ``seq``, in order: what a push sends."""
        with self.read() as conn:
            return outbox.events_after(conn, desk, seq)

    def other_desks(self, desk: str) -> list[str]:
        """Desks besides ``desk`` whose events this desk holds (merged from them)."""
        with self.read() as conn:
            return outbox.other_desks(conn, desk)

    def active_counts(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """Not-undone check-ins per (person, day), for a sync's tally of duplicates:
        read aside (:class:`AsideReader`), so the desk's scans do not wait for it."""
        with self._aside.read() as conn:
            return outbox.active_counts(conn, pairs)

    def duplicates_aside(self) -> int:
        """:meth:`duplicates` of the whole event, read aside: half a second at 300k
        check-ins, which a sync counts before and after a large merge."""
        with self._aside.read() as conn:
            return stats.duplicates(conn, None)

    # -- badges -----------------------------------------------------------------

    def append_badge_replacement(
        self, desk: str, participant_id: str, make_events: Callable[[int], list[LogEvent]]
    ) -> list[LogEvent] | None:
        """Record a replacement whose version is the current one plus one.

        ``make_events(version)`` returns the events to record (a correction of
        the name, then the replacement). The version is read and the events
        appended in one write transaction, so two replacements at the same
        moment cannot both claim version n+1. None for an unknown participant.
        """
        with self.write() as conn:
            current = badges.current_version(conn, participant_id)
            if current is None:
                return None
            seq = eventlog.next_seq(conn, desk)
            events = [
                dataclasses.replace(event, desk=desk, seq=seq + offset)
                for offset, event in enumerate(make_events(current + 1))
            ]
            return eventlog.apply(conn, events)

    def badge_history(self, participant_id: str) -> BadgeHistory | None:
        with self.read() as conn:
            return badges.history(conn, participant_id)

    def replacement_counts(self, participant_ids: list[str]) -> dict[str, int]:
        with self.read() as conn:
            return badges.replacement_counts(conn, participant_ids)

    def badge_batch(
        self, *, category: str = "", day: dt.date | None = None, not_printed: bool = False
    ) -> list[Participant]:
        with self.read() as conn:
            return badges.batch(conn, category=category, day=day, not_printed=not_printed)

    def badge_batch_count(
        self, *, category: str = "", day: dt.date | None = None, not_printed: bool = False
    ) -> int:
        with self.read() as conn:
            return badges.batch_count(conn, category=category, day=day, not_printed=not_printed)
