"""The append-only event log and the queries of its projections.

Every change a desk makes is one :class:`LogEvent`. :func:`apply` is the one
way events enter the log: a desk's own (a batch of one, at each scan) and
other desks' merged from their journals (batches of thousands, see
:meth:`checkin.store.Store.merge`). It inserts the batch's log rows with one
``executemany``, ignoring uuids already known, and hands only the new events
to :mod:`checkin.store.projections`, which makes merging idempotent and
independent of order.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence

from checkin.domain.log import Kind, LogEvent, parse_utc
from checkin.domain.rules import CheckIn
from checkin.store import projections
from checkin.store.projections import Prepared, prepare

__all__ = ["Prepared", "apply", "apply_prepared", "merge_order", "prepare"]

# Only a known uuid is ignored: the same desk and sequence number under another
# uuid (two databases sharing a desk id) violates UNIQUE (desk, seq) and raises.
_INSERT = (
    "INSERT INTO events (uuid, desk, seq, at, operator, kind, participant_id, payload) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING"
)


def next_seq(conn: sqlite3.Connection, desk: str) -> int:
    row = conn.execute("SELECT max(seq) FROM events WHERE desk = ?", (desk,)).fetchone()
    return (row[0] or 0) + 1


def apply(conn: sqlite3.Connection, events: Iterable[LogEvent]) -> list[LogEvent]:
    """Insert new events and project them. Call inside a write transaction.

    Returns the events that were new, in the order given: a uuid already in
    the log, or seen earlier in the same batch, is skipped.
    """
    return apply_prepared(conn, prepare(list(events)))


def apply_prepared(conn: sqlite3.Connection, prepared: Prepared) -> list[LogEvent]:
    """:func:`apply` of a batch :func:`prepare` made (outside any lock)."""
    if len(prepared.events) == 1:  # a scan: the row count says it all
        if not conn.execute(_INSERT, prepared.rows[0]).rowcount:
            return []
        projections.project(conn, prepared)
        return prepared.events
    if not prepared.events:
        return []
    # The log is append-only and never deleted from, so the rows this insert
    # adds are exactly those after the highest rowid now.
    (last,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()
    inserted = conn.executemany(_INSERT, prepared.rows).rowcount
    if inserted != len(prepared.events):
        new = {uuid for (uuid,) in conn.execute("SELECT uuid FROM events WHERE rowid > ?", (last,))}
        prepared = prepared.only(new)
    projections.project(conn, prepared)
    return prepared.events


def merge_order(events: Iterable[LogEvent]) -> list[LogEvent]:
    """The order in which a large merge applies ``events``, chunk after chunk.

    Each uuid once (its first copy); check-ins, undos and prints sorted by
    uuid, so that a chunk inserts into a narrow slice of the three indexes
    keyed by a random uuid (``events``, ``checkins``, ``badge_prints``)
    instead of touching — and writing to the WAL at its commit — a page of
    each for almost every event. Their projections do not depend on order.
    The other kinds follow, in the order given: two corrections of one
    walk-in must apply in that order.
    """
    unique: dict[str, LogEvent] = {}
    for event in events:
        unique.setdefault(event.uuid, event)
    bulk = [e for e in unique.values() if e.kind in projections.BULK_KINDS]
    bulk.sort(key=_uuid_of)
    return bulk + [e for e in unique.values() if e.kind not in projections.BULK_KINDS]


def _uuid_of(event: LogEvent) -> str:
    return event.uuid


# INDEXED BY: to avoid sorting by ``at``, SQLite's planner otherwise prefers
# checkins_day_at and walks every check-in of the day (12 ms at 10k people,
# 100 ms at 100k) for what is a one- or two-row lookup. See benchmarks/RESULTS.md.
_ACTIVE = (
    "SELECT participant_id, day, at, desk, operator, event_uuid, override, desk_name "
    "FROM checkins c INDEXED BY checkins_person_day "
    "WHERE {where} AND NOT EXISTS (SELECT 1 FROM undos u WHERE u.target_uuid = c.event_uuid) "
    "ORDER BY at, event_uuid"
)


def _checkin(row: tuple) -> CheckIn:
    return CheckIn(
        participant_id=row[0],
        day=dt.date.fromisoformat(row[1]),
        at=parse_utc(row[2]),
        desk=row[3],
        operator=row[4],
        event_uuid=row[5],
        admitted_not_registered=bool(row[6]),
        desk_name=row[7],
    )


def active_checkins(conn: sqlite3.Connection, participant_id: str, day: dt.date) -> list[CheckIn]:
    """The not-undone check-ins of a person on a day, earliest first.

    Two desks that checked the same person in while apart both appear; the
    first one counts and the others are duplicates.
    """
    rows = conn.execute(
        _ACTIVE.format(where="participant_id = ? AND day = ?"),
        (participant_id, day.isoformat()),
    )
    return [_checkin(row) for row in rows]


def first_active_checkins(
    conn: sqlite3.Connection, participant_ids: list[str], day: dt.date
) -> dict[str, CheckIn]:
    """Each person's earliest not-undone check-in of ``day``, for those who have one.

    One query for a page of search results (a query per row was most of a
    keystroke's search time at 100k people)."""
    first: dict[str, CheckIn] = {}
    for start in range(0, len(participant_ids), _IDS_PER_QUERY):
        chunk = participant_ids[start : start + _IDS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            _ACTIVE.format(where=f"participant_id IN ({marks}) AND day = ?"),
            (*chunk, day.isoformat()),
        )
        for row in rows:  # earliest first: keep each person's first row
            if row[0] not in first:
                first[row[0]] = _checkin(row)
    return first


#: Under SQLite's smallest limit on a statement's variables (999 before 3.32).
_IDS_PER_QUERY = 500


def recent_checkins(conn: sqlite3.Connection, desk: str, limit: int) -> list[CheckIn]:
    rows = conn.execute(
        "SELECT participant_id, day, at, desk, operator, event_uuid, override, desk_name "
        "FROM checkins c "
        "WHERE desk = ? AND NOT EXISTS (SELECT 1 FROM undos u WHERE u.target_uuid = c.event_uuid) "
        "ORDER BY at DESC, rowid DESC LIMIT ?",
        (desk, limit),
    )
    return [_checkin(row) for row in rows]


REBUILD_BATCH = 5_000
SELECT_EVENTS = "SELECT uuid, desk, seq, at, operator, kind, participant_id, payload FROM events"


def event_from_row(r: tuple) -> LogEvent:
    """A :class:`LogEvent` from a row of ``SELECT_EVENTS``."""
    return LogEvent(
        uuid=r[0],
        desk=r[1],
        seq=r[2],
        at=parse_utc(r[3]),
        operator=r[4],
        kind=Kind(r[5]),
        participant_id=r[6],
        payload=json.loads(r[7]),
    )


def events_of(conn: sqlite3.Connection, participant_id: str) -> list[LogEvent]:
    rows = conn.execute(
        SELECT_EVENTS + " WHERE participant_id = ? ORDER BY at, desk, seq", (participant_id,)
    )
    return [event_from_row(r) for r in rows]


def event_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM events").fetchone()[0]


def rebuild_projections(conn: sqlite3.Connection) -> None:
    """Recompute check-ins, undos and badge projections from the log (inside a write
    transaction). Walk-ins are participant rows already, so they are left as they are."""
    projections.clear(conn)
    cursor = conn.execute(
        SELECT_EVENTS + " WHERE kind IN (?, ?, ?, ?) ORDER BY rowid",
        (Kind.CHECK_IN, Kind.UNDO, Kind.BADGE_REPLACED, Kind.BADGE_PRINTED),
    )
    while rows := cursor.fetchmany(REBUILD_BATCH):
        projections.project(conn, prepare([event_from_row(r) for r in rows], rows))


def sequence_clashes(conn: sqlite3.Connection, events: Sequence[LogEvent]) -> list[LogEvent]:
    """Events whose desk and sequence number already belong to another event (here, or
    earlier in ``events``): two databases writing under one desk id (a copied desk
    folder). Merging them would fail the whole batch on ``UNIQUE (desk, seq)``."""
    taken: dict[tuple[str, int], str] = {}
    for desk in {e.desk for e in events}:
        seqs = [e.seq for e in events if e.desk == desk]
        rows = conn.execute(
            "SELECT seq, uuid FROM events WHERE desk = ? AND seq BETWEEN ? AND ?",
            (desk, min(seqs), max(seqs)),
        )
        taken.update(((desk, seq), uuid) for seq, uuid in rows)
    clashes = []
    for event in events:
        owner = taken.setdefault((event.desk, event.seq), event.uuid)
        if owner != event.uuid:
            clashes.append(event)
    return clashes
