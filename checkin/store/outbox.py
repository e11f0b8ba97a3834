"""The queries sync needs: this desk's own events to send, and check-in counts.

``events (desk, seq)`` is UNIQUE, so its index answers both "the highest
sequence number of this desk" and "this desk's events after n" without a scan.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from checkin.domain.log import LogEvent
from checkin.store import eventlog


def last_seq(conn: sqlite3.Connection, desk: str) -> int:
    row = conn.execute("SELECT max(seq) FROM events WHERE desk = ?", (desk,)).fetchone()
    return row[0] or 0


def events_after(conn: sqlite3.Connection, desk: str, seq: int) -> list[LogEvent]:
    rows = conn.execute(
        eventlog.SELECT_EVENTS + " WHERE desk = ? AND seq > ? ORDER BY seq", (desk, seq)
    )
    return [eventlog.event_from_row(r) for r in rows]


def other_desks(conn: sqlite3.Connection, desk: str) -> list[str]:
    """The desks besides ``desk`` whose events this database holds: one index probe a
    desk (``min(desk) > previous``), never a scan of the log."""
    found: list[str] = []
    previous = ""
    while True:
        row = conn.execute("SELECT min(desk) FROM events WHERE desk > ?", (previous,)).fetchone()
        if row[0] is None:
            return found
        previous = row[0]
        if previous != desk:
            found.append(previous)


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
