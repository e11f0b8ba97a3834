"""The queries sync needs: this desk's own events to send, and check-in counts.

``events (desk, seq)`` is UNIQUE, so its index answers both "the highest
sequence number of this desk" and "this desk's events after n" without a scan.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from checkin.domain.log import Kind, LogEvent, parse_utc


def last_seq(conn: sqlite3.Connection, desk: str) -> int:
    row = conn.execute("SELECT max(seq) FROM events WHERE desk = ?", (desk,)).fetchone()
    return row[0] or 0


def events_after(conn: sqlite3.Connection, desk: str, seq: int) -> list[LogEvent]:
    rows = conn.execute(
        "SELECT uuid, desk, seq, at, operator, kind, participant_id, payload FROM events "
        "WHERE desk = ? AND seq > ? ORDER BY seq",
        (desk, seq),
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


def active_counts(
    conn: sqlite3.Connection, pairs: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """Not-undone check-ins per (participant id, ISO day): 2 or more means duplicates."""
    query = (
        "SELECT count(*) FROM checkins c INDEXED BY checkins_person_day "
        "WHERE participant_id = ? AND day = ? "
        "AND NOT EXISTS (SELECT 1 FROM undos u WHERE u.target_uuid = c.event_uuid)"
    )
    return {pair: conn.execute(query, pair).fetchone()[0] for pair in set(pairs)}
