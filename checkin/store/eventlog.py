"""The append-only event log and the projections derived from it.

Every change a desk makes is one :class:`LogEvent`. :func:`apply` inserts an
event (ignoring one already known by uuid) and updates the projections
(``checkins``, ``undos``, badge versions, walk-in participants). It is the
same path for a desk's own events and for events merged from other desks'
journals, which makes merging idempotent and independent of order.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable

from checkin.domain.log import Kind, LogEvent, iso_utc, parse_utc
from checkin.domain.model import Participant
from checkin.domain.rules import CheckIn
from checkin.store import participants

_INSERT = (
    "INSERT OR IGNORE INTO events (uuid, desk, seq, at, operator, kind, participant_id, payload) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def next_seq(conn: sqlite3.Connection, desk: str) -> int:
    row = conn.execute("SELECT max(seq) FROM events WHERE desk = ?", (desk,)).fetchone()
    return (row[0] or 0) + 1


def apply(conn: sqlite3.Connection, events: Iterable[LogEvent]) -> list[LogEvent]:
    """Insert new events and project them. Call inside a write transaction.

    Returns the events that were new (an already known uuid is skipped).
    """
    applied = []
    for event in events:
        cursor = conn.execute(
            _INSERT,
            (
                event.uuid,
                event.desk,
                event.seq,
                iso_utc(event.at),
                event.operator,
                str(event.kind),
                event.participant_id,
                json.dumps(event.payload, ensure_ascii=False, separators=(",", ":")),
            ),
        )
        if cursor.rowcount:
            _project(conn, event)
            applied.append(event)
    return applied


def _project(conn: sqlite3.Connection, event: LogEvent) -> None:
    payload = event.payload
    if event.kind == Kind.CHECK_IN:
        conn.execute(
            "INSERT OR IGNORE INTO checkins "
            "(event_uuid, participant_id, day, at, desk, desk_name, operator, override) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.uuid,
                event.participant_id,
                payload["day"],
                iso_utc(event.at),
                event.desk,
                str(payload.get("desk_name", "")),
                event.operator,
                int(bool(payload.get("override"))),
            ),
        )
    elif event.kind == Kind.UNDO:
        conn.executemany(
            "INSERT OR IGNORE INTO undos (target_uuid, undo_uuid) VALUES (?, ?)",
            [(target, event.uuid) for target in payload.get("undoes", [])],
        )
    elif event.kind == Kind.BADGE_REPLACED:
        participants.raise_badge_version(conn, event.participant_id, int(payload["version"]))
    elif event.kind in (Kind.PARTICIPANT_CREATED, Kind.PARTICIPANT_UPDATED):
        person = participant_from_payload(event.participant_id, payload)
        participants.upsert(conn, [person], source="walk_in")


def participant_from_payload(participant_id: str, payload: dict) -> Participant:
    fields = {k: v for k, v in payload.items() if k in Participant.__slots__ and k != "id"}
    fields["days"] = tuple(dt.date.fromisoformat(d) for d in fields.get("days", ()))
    fields["flags"] = frozenset(fields.get("flags", ()))
    return Participant(id=participant_id, **fields)


_ACTIVE = (
    "SELECT participant_id, day, at, desk, operator, event_uuid, override, desk_name "
    "FROM checkins c "
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


def recent_checkins(conn: sqlite3.Connection, desk: str, limit: int) -> list[CheckIn]:
    rows = conn.execute(
        "SELECT participant_id, day, at, desk, operator, event_uuid, override, desk_name "
        "FROM checkins c "
        "WHERE desk = ? AND NOT EXISTS (SELECT 1 FROM undos u WHERE u.target_uuid = c.event_uuid) "
        "ORDER BY at DESC, rowid DESC LIMIT ?",
        (desk, limit),
    )
    return [_checkin(row) for row in rows]


def events_of(conn: sqlite3.Connection, participant_id: str) -> list[LogEvent]:
    rows = conn.execute(
        "SELECT uuid, desk, seq, at, operator, kind, participant_id, payload FROM events "
        "WHERE participant_id = ? ORDER BY at, desk, seq",
        (participant_id,),
    )
    return [
        LogEvent(
            uuid=r[0],
            desk=r[1],
            seq=r[2],
            at=parse_utc(r[3]),
            operator=r[4],
            kind=Kind(r[5]),
            participant_id=r[6],
            payload=json.loads(r[7]),
        )
        for r in rows
    ]


def event_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM events").fetchone()[0]


def rebuild_projections(conn: sqlite3.Connection) -> None:
    """Recompute check-ins and undos from the log (inside a write transaction)."""
    conn.execute("DELETE FROM checkins")
    conn.execute("DELETE FROM undos")
    rows = conn.execute(
        "SELECT uuid, desk, seq, at, operator, kind, participant_id, payload FROM events "
        "WHERE kind IN (?, ?, ?)",
        (Kind.CHECK_IN, Kind.UNDO, Kind.BADGE_REPLACED),
    ).fetchall()
    for r in rows:
        _project(
            conn,
            LogEvent(
                uuid=r[0],
                desk=r[1],
                seq=r[2],
                at=parse_utc(r[3]),
                operator=r[4],
                kind=Kind(r[5]),
                participant_id=r[6],
                payload=json.loads(r[7]),
            ),
        )
