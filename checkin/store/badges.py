"""Badge projections of the event log and the queries of the badge desk.

``badge_prints`` and ``badge_replacements`` are projections like ``checkins``:
filled by :mod:`checkin.store.eventlog` as BADGE_PRINTED / BADGE_REPLACED
events arrive (from this desk or merged from others) and rebuildable from the
log. They make "not yet printed" an indexed ``NOT EXISTS`` instead of a scan of
every event's JSON payload.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from checkin.domain.badges import BadgeHistory, PrintRecord, ReplacementRecord
from checkin.domain.log import LogEvent, iso_utc, parse_utc
from checkin.domain.model import Participant
from checkin.store import participants


def printed_row(event: LogEvent, at: str) -> tuple:
    """The ``badge_prints`` row of a BADGE_PRINTED event (``at``: its time, as stored)."""
    payload = event.payload
    return (
        event.uuid,
        event.participant_id,
        int(payload.get("version", 1)),
        str(payload.get("layout", "")),
        at,
        event.desk,
        event.operator,
    )


def project_printed(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Insert :func:`printed_row` rows (a batch of merged events: one ``executemany``)."""
    conn.executemany(
        "INSERT OR IGNORE INTO badge_prints "
        "(event_uuid, participant_id, version, layout, at, desk, operator) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def project_replaced(conn: sqlite3.Connection, event: LogEvent) -> None:
    payload = event.payload
    conn.execute(
        "INSERT OR IGNORE INTO badge_replacements "
        "(event_uuid, participant_id, version, reason, note, at, desk, operator) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.uuid,
            event.participant_id,
            int(payload["version"]),
            str(payload.get("reason", "")),
            str(payload.get("note", "")),
            iso_utc(event.at),
            event.desk,
            event.operator,
        ),
    )


def clear(conn: sqlite3.Connection) -> None:
    """Empty the projections before they are rebuilt from the log."""
    conn.execute("DELETE FROM badge_prints")
    conn.execute("DELETE FROM badge_replacements")


#: Each participant's badge version as their replacements make it: the highest, plus
#: one when two desks, apart, both issued that version. Their two badges then carry
#: the same code, and one of them is in the wrong hands (a badge "lost" twice): neither
#: admits, and the person gets a new one at the badge desk, against their ID.
REPLACED_VERSIONS = (
    "SELECT participant_id, version + (count(*) > 1) AS version FROM badge_replacements b "
    "WHERE version = (SELECT max(version) FROM badge_replacements "
    "WHERE participant_id = b.participant_id) GROUP BY participant_id, version"
)


def replaced_version(conn: sqlite3.Connection, participant_id: str) -> int:
    """:data:`REPLACED_VERSIONS` for one participant (1 when never replaced)."""
    row = conn.execute(
        "SELECT version + (count(*) > 1) FROM badge_replacements WHERE participant_id = ? "
        "AND version = (SELECT max(version) FROM badge_replacements WHERE participant_id = ?) "
        "GROUP BY version",
        (participant_id, participant_id),
    ).fetchone()
    return row[0] if row else 1


def current_version(conn: sqlite3.Connection, participant_id: str) -> int | None:
    row = conn.execute(
        "SELECT badge_version FROM participants WHERE id = ?", (participant_id,)
    ).fetchone()
    return row[0] if row else None


def history(conn: sqlite3.Connection, participant_id: str) -> BadgeHistory | None:
    version = current_version(conn, participant_id)
    if version is None:
        return None
    replacements = tuple(
        ReplacementRecord(r[0], r[1], r[2], parse_utc(r[3]), r[4], r[5])
        for r in conn.execute(
            "SELECT version, reason, note, at, desk, operator FROM badge_replacements "
            "WHERE participant_id = ? ORDER BY at, version",
            (participant_id,),
        )
    )
    prints = tuple(
        PrintRecord(r[0], r[1], parse_utc(r[2]), r[3], r[4])
        for r in conn.execute(
            "SELECT version, layout, at, desk, operator FROM badge_prints "
            "WHERE participant_id = ? ORDER BY at",
            (participant_id,),
        )
    )
    return BadgeHistory(participant_id, version, replacements, prints)


def replacement_counts(conn: sqlite3.Connection, participant_ids: list[str]) -> dict[str, int]:
    """How many times each of these people had their badge replaced (absent: never)."""
    if not participant_ids:
        return {}
    marks = ",".join("?" * len(participant_ids))
    rows = conn.execute(
        f"SELECT participant_id, count(*) FROM badge_replacements "
        f"WHERE participant_id IN ({marks}) GROUP BY participant_id",
        participant_ids,
    )
    return dict(rows.fetchall())


def _batch_where(category: str, day: dt.date | None, not_printed: bool) -> tuple[str, list]:
    where, args = ["1"], []
    if category:
        where.append("p.category = ?")
        args.append(category)
    if day is not None:
        where.append("(p.days = '' OR instr(p.days, ?) > 0)")
        args.append(day.isoformat())
    if not_printed:
        where.append(
            "NOT EXISTS (SELECT 1 FROM badge_prints b "
            "WHERE b.participant_id = p.id AND b.version >= p.badge_version)"
        )
    return " AND ".join(where), args


def batch(
    conn: sqlite3.Connection,
    *,
    category: str = "",
    day: dt.date | None = None,
    not_printed: bool = False,
) -> list[Participant]:
    """Participants to print, sorted by family name as badge tables are laid out."""
    where, args = _batch_where(category, day, not_printed)
    columns = ", ".join(f"p.{c}" for c in participants.COLUMNS)
    rows = conn.execute(
        f"SELECT {columns} FROM participants p WHERE {where} "
        "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id",
        args,
    )
    return [participants.from_row(row) for row in rows]


def batch_count(
    conn: sqlite3.Connection,
    *,
    category: str = "",
    day: dt.date | None = None,
    not_printed: bool = False,
) -> int:
    where, args = _batch_where(category, day, not_printed)
    return conn.execute(f"SELECT count(*) FROM participants p WHERE {where}", args).fetchone()[0]
