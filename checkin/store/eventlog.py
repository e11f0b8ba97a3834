"""The append-only event log and the projections derived from it.

Every change a desk makes is one :class:`LogEvent`. :func:`apply` inserts an
event (ignoring one already known by uuid) and updates the projections
(``checkins``, ``undos``, badge versions, walk-in participants). It is the
same path for a desk's own events and for events merged from other desks'
journals, which makes merging idempotent and independent of order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable

from checkin.domain.log import Kind, LogEvent, iso_utc, parse_utc
from checkin.domain.model import Participant
from checkin.domain.rules import CheckIn
from checkin.store import badges, participants

_INSERT = (
    "INSERT INTO events (uuid, desk, seq, at, operator, kind, participant_id, payload) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING"
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
        # Two desks may undo one check-in while apart: keep the smallest undo
        # uuid, so the projection is the same whichever undo arrives first.
        conn.executemany(
            "INSERT INTO undos (target_uuid, undo_uuid) VALUES (?, ?) "
            "ON CONFLICT(target_uuid) DO UPDATE SET undo_uuid = min(undo_uuid, excluded.undo_uuid)",
            [(target, event.uuid) for target in payload.get("undoes", [])],
        )
    elif event.kind == Kind.BADGE_REPLACED:
        participants.raise_badge_version(conn, event.participant_id, int(payload["version"]))
        badges.project_replaced(conn, event)
    elif event.kind == Kind.BADGE_PRINTED:
        badges.project_printed(conn, event)
    elif event.kind == Kind.PARTICIPANT_CREATED:
        arrived_first = participants.get(conn, event.participant_id) is not None
        person = participant_from_payload(event.participant_id, payload)
        participants.upsert(conn, [person], source="walk_in")
        _catch_up(conn, event.participant_id, replay_corrections=arrived_first)
    elif event.kind == Kind.PARTICIPANT_UPDATED:
        # A correction carries only the fields it changes (data minimisation).
        existing = participants.get(conn, event.participant_id)
        person = participant_from_payload(event.participant_id, payload)
        if existing is not None:
            person = dataclasses.replace(existing, **_fields(payload))
        participants.upsert(conn, [person], source="walk_in")


def _catch_up(conn: sqlite3.Connection, participant_id: str, *, replay_corrections: bool) -> None:
    """Re-apply what arrived before the walk-in itself, so arrival order does not matter.

    Another desk's journal may be read before the one that created the walk-in:
    its badge replacement is already in ``badge_replacements``, its correction
    already made a partial row that the creation has just overwritten.
    """
    conn.execute(
        "UPDATE participants SET badge_version = max(badge_version, coalesce("
        "(SELECT max(version) FROM badge_replacements WHERE participant_id = ?), 1)) "
        "WHERE id = ?",
        (participant_id, participant_id),
    )
    if not replay_corrections:
        return
    rows = conn.execute(
        "SELECT payload FROM events WHERE participant_id = ? AND kind = ? ORDER BY at, desk, seq",
        (participant_id, str(Kind.PARTICIPANT_UPDATED)),
    ).fetchall()
    for (text,) in rows:
        existing = participants.get(conn, participant_id)
        if existing is not None:
            person = dataclasses.replace(existing, **_fields(json.loads(text)))
            participants.upsert(conn, [person], source="walk_in")


def participant_from_payload(participant_id: str, payload: dict) -> Participant:
    fields = _fields(payload)
    fields.setdefault("days", ())
    fields.setdefault("flags", frozenset())
    return Participant(id=participant_id, **fields)


def _fields(payload: dict) -> dict:
    """The participant fields present in a payload, converted to their types."""
    fields = {
        k: v
        for k, v in payload.items()
        if k in Participant.__slots__ and k not in ("id", "badge_version")
    }
    if "days" in fields:
        fields["days"] = tuple(dt.date.fromisoformat(d) for d in fields["days"])
    if "flags" in fields:
        fields["flags"] = frozenset(fields["flags"])
    return fields


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


def recent_checkins(conn: sqlite3.Connection, desk: str, limit: int) -> list[CheckIn]:
    rows = conn.execute(
        "SELECT participant_id, day, at, desk, operator, event_uuid, override, desk_name "
        "FROM checkins c "
        "WHERE desk = ? AND NOT EXISTS (SELECT 1 FROM undos u WHERE u.target_uuid = c.event_uuid) "
        "ORDER BY at DESC, rowid DESC LIMIT ?",
        (desk, limit),
    )
    return [_checkin(row) for row in rows]


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
    """Recompute check-ins and undos from the log (inside a write transaction)."""
    conn.execute("DELETE FROM checkins")
    conn.execute("DELETE FROM undos")
    badges.clear(conn)
    rows = conn.execute(
        SELECT_EVENTS + " WHERE kind IN (?, ?, ?, ?)",
        (Kind.CHECK_IN, Kind.UNDO, Kind.BADGE_REPLACED, Kind.BADGE_PRINTED),
    ).fetchall()
    for r in rows:
        _project(conn, event_from_row(r))
