"""The projections of the event log, filled a batch of new events at a time.

:func:`prepare` turns a batch of events into everything the database will
hold for them — their log rows and the projection rows of the kinds that
come by the hundred thousand in a merge (check-ins, undos, badge prints) —
in Python, before any lock is taken. :func:`checkin.store.eventlog.apply`
then inserts the log rows, keeps only the events that were new, and calls
:func:`project`: one ``executemany`` per projection table. The rare kinds
(badge replacements, walk-ins and their corrections) are projected one by
one, in the batch's order, because they read and rewrite participant rows.

Every projection is order-independent: ``INSERT OR IGNORE`` by event uuid,
the smallest undo uuid per cancelled check-in, badge versions through
``max``, and a walk-in that arrives after its own replacement or correction
catches up with them (:func:`_catch_up`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from checkin.domain.log import Kind, LogEvent, iso_utc
from checkin.domain.model import Participant
from checkin.store import badges, participants, removals

#: A log row as ``events`` stores it: uuid, desk, seq, at, operator, kind, participant, payload.
Row = tuple[str, str, int, str, str, str, str, str]

#: The kinds projected with one ``executemany`` per batch; the others go one by one.
BULK_KINDS = frozenset({Kind.CHECK_IN, Kind.UNDO, Kind.BADGE_PRINTED})

_CHECKIN = (
    "INSERT OR IGNORE INTO checkins "
    "(event_uuid, participant_id, day, at, desk, desk_name, operator, override) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
# Two desks may undo one check-in while apart: keep the smallest undo uuid, so
# the projection is the same whichever undo arrives first.
_UNDO = (
    "INSERT INTO undos (target_uuid, undo_uuid) VALUES (?, ?) "
    "ON CONFLICT(target_uuid) DO UPDATE SET undo_uuid = min(undo_uuid, excluded.undo_uuid)"
)
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(slots=True)
class Prepared:
    """A batch of events with its rows, ready to write. ``rows[i]`` is ``events[i]``'s."""

    events: list[LogEvent]
    rows: list[Row]
    checkins: list[tuple] = field(default_factory=list)
    undos: list[tuple[str, str]] = field(default_factory=list)  # (target, undo uuid)
    prints: list[tuple] = field(default_factory=list)
    one_by_one: list[LogEvent] = field(default_factory=list)

    def only(self, uuids: set[str]) -> Prepared:
        """The part of the batch whose uuids are in ``uuids``, the first copy of each."""
        wanted, events, rows = set(uuids), [], []
        for event, row in zip(self.events, self.rows, strict=True):
            if event.uuid in wanted:
                wanted.discard(event.uuid)  # a second copy in the same batch is not new
                events.append(event)
                rows.append(row)
        return prepare(events, rows)


def prepare(events: Sequence[LogEvent], rows: Sequence[Row] | None = None) -> Prepared:
    """The rows of ``events``; ``rows``: their log rows when read back from the log.

    One pass, no call per event: this loop is a fifth of a cold merge's time.
    """
    events = list(events)
    if rows is None:
        texts: dict[tuple, str] = {}
        rows = [log_row(event, texts) for event in events]
    prepared = Prepared(events, list(rows))
    checkins, undos, prints = prepared.checkins, prepared.undos, prepared.prints
    check_in, undo, printed = Kind.CHECK_IN, Kind.UNDO, Kind.BADGE_PRINTED
    for event, row in zip(events, rows, strict=True):
        kind, payload = event.kind, event.payload
        if kind is check_in or kind == check_in:
            checkins.append(
                (
                    row[0],
                    row[6],
                    payload["day"],
                    row[3],
                    row[1],
                    str(payload.get("desk_name", "")),
                    row[4],
                    int(bool(payload.get("override"))),
                )
            )
        elif kind is printed or kind == printed:
            prints.append(badges.printed_row(event, row[3]))
        elif kind == undo:
            undos.extend((target, row[0]) for target in payload.get("undoes", ()))
        else:
            prepared.one_by_one.append(event)
    return prepared


_KIND_TEXT = {kind: str(kind) for kind in Kind}


def log_row(event: LogEvent, texts: dict[tuple, str] | None = None) -> Row:
    """The ``events`` row of ``event``. ``texts``: payload texts already encoded in
    this batch (check-ins repeat a handful of payloads; encoding is a third of
    the Python time of a merge)."""
    at = event.at
    # As decoded from a journal (UTC): the same text as iso_utc, three times faster.
    utc = at.tzinfo is dt.UTC
    moment = at.isoformat(timespec="milliseconds")[:-6] + "Z" if utc else iso_utc(at)
    payload = event.payload
    # The types are part of the key: 1, 1.0 and True are equal, their JSON is not.
    key = (*payload.items(), *map(type, payload.values()))
    try:
        text = texts[key]  # type: ignore[index]
    except KeyError:
        text = texts[key] = _dumps(payload)  # type: ignore[index]
    except TypeError:  # no memo, or a list inside (an undo): not hashable
        text = _dumps(payload)
    kind = event.kind
    return (
        event.uuid,
        event.desk,
        event.seq,
        moment,
        event.operator,
        _KIND_TEXT.get(kind) or str(kind),
        event.participant_id,
        text,
    )


def project(conn: sqlite3.Connection, prepared: Prepared) -> None:
    """Project a batch of new events. Inside a write transaction."""
    if prepared.checkins:
        conn.executemany(_CHECKIN, prepared.checkins)
        list_again_if_removed(conn, {row[1] for row in prepared.checkins})
    if prepared.undos:
        conn.executemany(_UNDO, prepared.undos)
    if prepared.prints:
        badges.project_printed(conn, prepared.prints)
    for event in prepared.one_by_one:
        _project_one(conn, event)


def _project_one(conn: sqlite3.Connection, event: LogEvent) -> None:
    payload = event.payload
    if event.kind == Kind.BADGE_REPLACED:
        badges.project_replaced(conn, event)
        participants.raise_badge_version(
            conn, event.participant_id, badges.replaced_version(conn, event.participant_id)
        )
    elif event.kind == Kind.PARTICIPANT_CREATED:
        if participants.get(conn, event.participant_id) is None:
            person = participant_from_payload(event.participant_id, payload)
            participants.upsert(conn, [person], source="walk_in")
        else:
            # Listed already by a published list, which had merged this walk-in first and
            # is the later word on them (a list taken in after it would say the same):
            # still a walk-in, nothing overwritten.
            conn.execute(
                "UPDATE participants SET source = 'walk_in' WHERE id = ?", (event.participant_id,)
            )
        _catch_up(conn, event.participant_id, replay_corrections=True)
    elif event.kind == Kind.PARTICIPANT_UPDATED:
        # A correction carries only the fields it changes (data minimisation).
        existing = participants.get(conn, event.participant_id)
        if existing is None:
            # Not on this desk's list (yet, or any more): no half row of them. The
            # correction stays in the log and is applied when they are listed — by
            # their walk-in's creation, a list, or a check-in that lists them again.
            return
        fields = _fields(payload)
        # Two desks corrected the same field while apart: the later correction wins on
        # every desk, whichever arrives first (the log's order: time, desk, number).
        for (later,) in conn.execute(
            "SELECT payload FROM events WHERE participant_id = ? AND kind = ? "
            "AND (at, desk, seq) > (?, ?, ?)",
            (event.participant_id, str(Kind.PARTICIPANT_UPDATED), iso_utc(event.at),
             event.desk, event.seq),
        ):
            for name in json.loads(later):
                fields.pop(name, None)
        participants.upsert(conn, [dataclasses.replace(existing, **fields)], source="walk_in")


def list_again_if_removed(conn: sqlite3.Connection, participant_ids: set[str]) -> None:
    """Someone removed from this desk's list was checked in at another desk: listed again."""
    if conn.execute("SELECT 1 FROM removed_participants LIMIT 1").fetchone() is None:
        return  # the common case: nobody removed, nothing to look up
    for person, source in removals.take_back(conn, participant_ids):
        participants.upsert(conn, [person], source=source)
        _catch_up(conn, person.id, replay_corrections=True)


def _catch_up(conn: sqlite3.Connection, participant_id: str, *, replay_corrections: bool) -> None:
    """Re-apply what arrived before the walk-in itself, so arrival order does not matter.

    Another desk's journal may be read before the one that created the walk-in:
    its badge replacement is already in ``badge_replacements``, its correction
    already made a partial row that the creation has just overwritten.

    In a batch, every log row is inserted before any is projected, so the
    replay may also see corrections that come later in the same batch; they
    are applied again after it, in order, so the result is the same as one
    event at a time.
    """
    participants.raise_badge_version(
        conn, participant_id, badges.replaced_version(conn, participant_id)
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


def clear(conn: sqlite3.Connection) -> None:
    """Empty the projections :func:`project` rebuilds from the log (not participants)."""
    conn.execute("DELETE FROM checkins")
    conn.execute("DELETE FROM undos")
    badges.clear(conn)
