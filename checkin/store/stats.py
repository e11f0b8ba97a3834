"""Attendance figures from the check-in projection."""

from __future__ import annotations

import datetime as dt
import sqlite3

_ACTIVE = "NOT EXISTS (SELECT 1 FROM undos u WHERE u.target_uuid = c.event_uuid)"


def registered(conn: sqlite3.Connection, day: dt.date | None) -> int:
    if day is None:
        return conn.execute("SELECT count(*) FROM participants").fetchone()[0]
    return conn.execute(
        "SELECT count(*) FROM participants WHERE days = '' OR instr(days, ?) > 0",
        (day.isoformat(),),
    ).fetchone()[0]


def checked_in(conn: sqlite3.Connection, day: dt.date | None, desk: str | None = None) -> int:
    where, args = [_ACTIVE], []
    if day is not None:
        where.append("day = ?")
        args.append(day.isoformat())
    if desk is not None:
        where.append("desk = ?")
        args.append(desk)
    return conn.execute(
        f"SELECT count(DISTINCT participant_id) FROM checkins c WHERE {' AND '.join(where)}", args
    ).fetchone()[0]


def first_arrivals(conn: sqlite3.Connection, day: dt.date | None) -> list[tuple]:
    """One row per (person, day) that counts: the earliest active check-in.

    Rows: participant_id, day, at, desk, category, country.
    """
    where, args = _ACTIVE, []
    if day is not None:
        where += " AND day = ?"
        args.append(day.isoformat())
    return conn.execute(
        f"""
        SELECT c.participant_id, c.day, min(c.at), c.desk,
               coalesce(p.category, ''), coalesce(p.country, '')
        FROM checkins c LEFT JOIN participants p ON p.id = c.participant_id
        WHERE {where}
        GROUP BY c.participant_id, c.day
        """,
        args,
    ).fetchall()


def duplicates(conn: sqlite3.Connection, day: dt.date | None) -> int:
    """Active check-ins beyond the first for the same person and day."""
    where, args = _ACTIVE, []
    if day is not None:
        where += " AND day = ?"
        args.append(day.isoformat())
    total = conn.execute(f"SELECT count(*) FROM checkins c WHERE {where}", args).fetchone()[0]
    distinct = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM checkins c WHERE {where} "
        "GROUP BY participant_id, day)",
        args,
    ).fetchone()[0]
    return total - distinct
