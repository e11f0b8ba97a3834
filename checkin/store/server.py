"""The event log on a PostgreSQL server: its tables and every statement run on them.

Past one LAN (many venues, 50+ desks) the desks' events travel through a
PostgreSQL database instead of a shared folder (:mod:`checkin.sync.postgres`
is the transport; this module is its SQL, kept in the store package with the
rest of the application's SQL). One database, or one schema named by
``search_path`` in the address, serves one event, as one folder does::

    checkin_package     one row: the published event (config, list, secret)
    checkin_desks       one row per desk: the last sequence number it pushed
    checkin_events      one row per event: desk, seq, uuid and the journal line
    checkin_attendance  one row per day: the consolidated attendance table

Events are stored as their journal lines (:mod:`checkin.sync.journal`), with
their checksum, so a server and a folder carry byte-identical events and a row
damaged on the server is caught the same way. ``generation`` is new whenever
the tables are created: a desk whose cursors name another generation (the
database was dropped and made again) starts over, and merging is idempotent.

The desk's SQLite database stays the one writer of the desk's data; the
server only carries the log between desks.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

import psycopg
from psycopg import errors as pg_errors

from checkin.store.server_connection import (
    ServerError,
    connect,
    describe,
    driver,
    server_errors,
)

__all__ = ["DeskRow", "ServerError", "ServerLog", "StoredPackage", "describe", "driver"]

#: What tables made by a Check-in of before the removed list need (their owner's login).
ADD_REMOVED_LIST = (
    "ALTER TABLE checkin_package ADD COLUMN IF NOT EXISTS removed_list text NOT NULL "
    "DEFAULT '[]'"
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS checkin_package (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    generation text NOT NULL,
    event_id text NOT NULL,
    published_at text NOT NULL,
    published_by text NOT NULL,
    participants integer NOT NULL,
    secret_check text NOT NULL,
    publication text NOT NULL DEFAULT '',
    config text NOT NULL,
    participant_list text NOT NULL,
    secret text NOT NULL,
    removed_list text NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS checkin_desks (
    desk text PRIMARY KEY,
    event_check text NOT NULL,
    last_seq bigint NOT NULL,
    rewrite text NOT NULL DEFAULT '',
    pushed_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS checkin_events (
    desk text NOT NULL,
    seq bigint NOT NULL,
    uuid text NOT NULL UNIQUE,
    line bytea NOT NULL,
    PRIMARY KEY (desk, seq)
);
CREATE TABLE IF NOT EXISTS checkin_attendance (
    day date PRIMARY KEY,
    headers text NOT NULL,
    rows text NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now()
);
"""


@dataclass(frozen=True, slots=True)
class StoredPackage:
    generation: str
    event_id: str
    published_at: str
    published_by: str
    participants: int
    secret_check: str
    publication: str = ""


@dataclass(frozen=True, slots=True)
class DeskRow:
    desk: str
    event_check: str
    last_seq: int
    #: New whenever rows of the desk were written again (damaged, another load of the
    #: event): readers that read past them read the desk again from the start.
    rewrite: str
    #: How many rows the server holds for the desk (its numbers run 1, 2, 3…: fewer
    #: than ``last_seq`` means rows were lost). Only :meth:`ServerLog.desk` counts them.
    held: int = -1


class ServerLog:
    """One connection to the event's database; statements in short transactions."""

    def __init__(self, address: str) -> None:
        self.address = address
        self._conn: psycopg.Connection | None = None
        self._has_removed_list: bool | None = None

    def connection(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._conn = connect(self.address)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(psycopg.Error):
                self._conn.close()
            self._conn = None

    def __enter__(self) -> ServerLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the package ------------------------------------------------------------------

    def create_tables(self) -> None:
        """Create the tables in an empty database (one implicit transaction: all or none).

        Only when they are missing: a desk login may have the rights to use the tables
        the owner created, without the right to create any (PostgreSQL 15's default)."""
        with server_errors():
            conn = self.connection()
            with conn.transaction():  # two desks publishing first at the same moment
                conn.execute("SELECT pg_advisory_xact_lock(hashtext('checkin_package'))")
                (exists,) = conn.execute("SELECT to_regclass('checkin_package')").fetchone()
                if exists is None:
                    conn.execute(SCHEMA)
                elif not self._removed_list():  # tables made by a Check-in before it
                    with contextlib.suppress(pg_errors.InsufficientPrivilege), conn.transaction():
                        conn.execute(ADD_REMOVED_LIST)  # (a desk login may not: then it
                        self._has_removed_list = True  # publishes without the column)

    def _removed_list(self) -> bool:
        """Whether ``checkin_package`` has the ``removed_list`` column (tables created by a
        Check-in of before it lack it; they work on without it)."""
        if self._has_removed_list is None:
            (count,) = self.connection().execute(
                "SELECT count(*) FROM pg_attribute WHERE attrelid = "
                "to_regclass('checkin_package') AND attname = 'removed_list' "
                "AND NOT attisdropped"
            ).fetchone()
            self._has_removed_list = bool(count)
        return self._has_removed_list

    def package(self) -> StoredPackage | None:
        """The published event's manifest; None when nothing is published (or no tables)."""
        with server_errors():
            try:
                row = (
                    self.connection()
                    .execute(
                        "SELECT generation, event_id, published_at, published_by, "
                        "participants, secret_check, publication FROM checkin_package"
                    )
                    .fetchone()
                )
            except pg_errors.UndefinedTable:
                return None
        return StoredPackage(*row) if row else None

    def package_contents(self) -> tuple[str, str, str, str] | None:
        """``(config, participant_list, secret, removed_list)`` of the published event."""
        with server_errors():
            try:
                row = (
                    self.connection()
                    .execute(
                        "SELECT config, participant_list, secret, "
                        + ("removed_list" if self._removed_list() else "'[]'")
                        + " FROM checkin_package"
                    )
                    .fetchone()
                )
            except pg_errors.UndefinedTable:
                return None
        return tuple(row) if row else None  # type: ignore[return-value]

    def publish(
        self,
        package: StoredPackage,
        config: str,
        participant_list: str,
        secret: str,
        removed_list: str = "[]",
    ) -> None:
        """Insert or replace the package; its generation is kept once the row exists."""
        with server_errors(), self.connection().transaction() as transaction:
            conn = transaction.connection
            conn.execute(
                "INSERT INTO checkin_package (generation, event_id, published_at, "
                "published_by, participants, secret_check, publication, config, "
                "participant_list, secret) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (one) DO UPDATE SET event_id = excluded.event_id, "
                "published_at = excluded.published_at, published_by = excluded.published_by, "
                "participants = excluded.participants, secret_check = excluded.secret_check, "
                "publication = excluded.publication, config = excluded.config, "
                "participant_list = excluded.participant_list, secret = excluded.secret",
                (
                    secrets.token_hex(8),
                    package.event_id,
                    package.published_at,
                    package.published_by,
                    package.participants,
                    package.secret_check,
                    package.publication,
                    config,
                    participant_list,
                    secret,
                ),
            )
            if self._removed_list():
                conn.execute("UPDATE checkin_package SET removed_list = %s", (removed_list,))

    def clock(self) -> float:
        """The server's time (Unix seconds), to tell a desk whose clock is off."""
        with server_errors():
            (now,) = self.connection().execute(
                "SELECT extract(epoch FROM clock_timestamp())::float8"
            ).fetchone()
        return now

    # -- desks and their events ---------------------------------------------------------

    def desks(self, *, besides: str) -> list[DeskRow]:
        with server_errors():
            rows = (
                self.connection()
                .execute(
                    "SELECT desk, event_check, last_seq, rewrite FROM checkin_desks "
                    "WHERE desk <> %s ORDER BY desk",
                    (besides,),
                )
                .fetchall()
            )
        return [DeskRow(*row) for row in rows]

    def desk(self, desk: str) -> DeskRow | None:
        with server_errors():
            row = (
                self.connection()
                .execute(
                    "SELECT desk, event_check, last_seq, rewrite, (SELECT count(*) FROM "
                    "checkin_events e WHERE e.desk = d.desk) FROM checkin_desks d "
                    "WHERE desk = %s",
                    (desk,),
                )
                .fetchone()
            )
        return DeskRow(*row) if row else None

    def lines(self, desk: str, *, after: int = 0) -> list[tuple[int, str, bytes]]:
        """``(seq, uuid, line)`` of a desk's events after ``after``, in order."""
        with server_errors():
            rows = (
                self.connection()
                .execute(
                    "SELECT seq, uuid, line FROM checkin_events WHERE desk = %s AND seq > %s "
                    "ORDER BY seq",
                    (desk, after),
                )
                .fetchall()
            )
        return [(seq, uuid, bytes(line)) for seq, uuid, line in rows]

    def journal(self, desk: str, *, after: int = 0) -> tuple[int, bytes]:
        """A desk's lines after ``after`` as one journal text, with the last sequence
        number in it (``after`` if none). Joined by the server: 300,000 rows read one
        Python object each cost more than decoding them."""
        with server_errors():
            last, data = (
                self.connection()
                .execute(
                    "SELECT max(seq), string_agg(line, ''::bytea ORDER BY seq) "
                    "FROM checkin_events WHERE desk = %s AND seq > %s",
                    (desk, after),
                )
                .fetchone()
            )
        return (last or after), bytes(data or b"")

    def append(
        self,
        desk: str,
        event_check: str,
        rows: Sequence[tuple[int, str, bytes]],
        *,
        replace: Sequence[int] = (),
        forget_all: bool = False,
    ) -> None:
        """Add ``(seq, uuid, line)`` rows of ``desk`` and move its last sequence number,
        in one transaction. ``replace``: sequence numbers whose rows are written again
        (damaged on the server); ``forget_all``: the desk's rows belong to another
        load of the event and are dropped first."""
        with server_errors():
            conn = self.connection()
            with conn.transaction(), conn.cursor() as cursor:
                if forget_all:
                    cursor.execute("DELETE FROM checkin_events WHERE desk = %s", (desk,))
                elif replace:
                    cursor.execute(
                        "DELETE FROM checkin_events WHERE desk = %s AND seq = ANY(%s)",
                        (desk, list(replace)),
                    )
                highest = cursor.execute(
                    "SELECT coalesce(max(seq), 0) FROM checkin_events WHERE desk = %s", (desk,)
                ).fetchone()[0]
                if rows:  # COPY: a desk's first push of 15,000 events in a fraction of a second
                    with cursor.copy(
                        "COPY checkin_events (desk, seq, uuid, line) FROM STDIN"
                    ) as copy:
                        for seq, uuid, line in rows:
                            copy.write_row((desk, seq, uuid, line))
                # Rows written below the desk's highest number (lost on the server, found
                # again): readers whose cursor is past them must read the desk again.
                below = bool(rows) and min(seq for seq, _, _ in rows) <= highest
                rewrite = secrets.token_hex(4) if forget_all or replace or below else ""
                cursor.execute(
                    "INSERT INTO checkin_desks (desk, event_check, last_seq, rewrite) "
                    "VALUES (%s, %s, (SELECT coalesce(max(seq), 0) FROM checkin_events "
                    "WHERE desk = %s), %s) ON CONFLICT (desk) DO UPDATE SET "
                    "event_check = excluded.event_check, last_seq = excluded.last_seq, "
                    "rewrite = CASE WHEN excluded.rewrite = '' THEN checkin_desks.rewrite "
                    "ELSE excluded.rewrite END, pushed_at = now()",
                    (desk, event_check, desk, rewrite),
                )

    def add_absent_desk(
        self, desk: str, event_check: str, rows: Sequence[tuple[int, str, bytes]]
    ) -> bool:
        """Another desk's ``(seq, uuid, line)`` rows, written only if the server has no
        row for that desk yet (in one transaction); False, and nothing written, if it has."""
        with server_errors():
            conn = self.connection()
            with conn.transaction(), conn.cursor() as cursor:
                made = cursor.execute(
                    "INSERT INTO checkin_desks (desk, event_check, last_seq) "
                    "VALUES (%s, %s, %s) ON CONFLICT (desk) DO NOTHING RETURNING desk",
                    (desk, event_check, max(seq for seq, _, _ in rows)),
                ).fetchone()
                if made is None:
                    return False
                cursor.executemany(
                    "INSERT INTO checkin_events (desk, seq, uuid, line) VALUES (%s, %s, %s, %s) "
                    "ON CONFLICT DO NOTHING",
                    [(desk, seq, uuid, line) for seq, uuid, line in rows],
                )
                return True

    def drop_tables(self, *, keep_attendance: bool = False) -> list[str]:
        """Drop the event's tables (one transaction); returns the names dropped."""
        names = ["checkin_events", "checkin_desks", "checkin_package"]
        if not keep_attendance:
            names.append("checkin_attendance")
        with server_errors():
            conn = self.connection()
            present = [
                name
                for name in names
                if conn.execute("SELECT to_regclass(%s)", (name,)).fetchone()[0] is not None
            ]
            if present:
                conn.execute(f"DROP TABLE {', '.join(present)}")
        return present

    # -- attendance ---------------------------------------------------------------------

    def put_attendance(self, day: str, headers: str, rows: str) -> None:
        with server_errors():
            self.connection().execute(
                "INSERT INTO checkin_attendance (day, headers, rows) VALUES (%s, %s, %s) "
                "ON CONFLICT (day) DO UPDATE SET headers = excluded.headers, "
                "rows = excluded.rows, written_at = now()",
                (day, headers, rows),
            )
