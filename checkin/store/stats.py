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


# People with a check-in that day, from the index alone, less those whose every
# check-in that day was undone (found from the few undos, not from every check-in).
# The plain form, count(DISTINCT …) WHERE day = ? AND <active>, looked each check-in
# up in the table and in undos: 0.4–0.6 s at 100,000 people, run after every
# check-in for the desk's counts; this one takes ~40 ms (migration 5).
_PEOPLE_OF_DAY = """
SELECT (SELECT count(DISTINCT participant_id) FROM checkins INDEXED BY checkins_day_person
        WHERE day = :day)
     - (SELECT count(DISTINCT c.participant_id)
        FROM undos u CROSS JOIN checkins c ON c.event_uuid = u.target_uuid
        WHERE c.day = :day AND NOT EXISTS (
            SELECT 1 FROM checkins k INDEXED BY checkins_person_day
            WHERE k.participant_id = c.participant_id AND k.day = :day
              AND NOT EXISTS (SELECT 1 FROM undos v WHERE v.target_uuid = k.event_uuid)))
"""


def checked_in(conn: sqlite3.Connection, day: dt.date | None, desk: str | None = None) -> int:
    """People with an active check-in (that day; at that desk)."""
    if day is not None and desk is None:
        return conn.execute(_PEOPLE_OF_DAY, {"day": day.isoformat()}).fetchone()[0]
    where, args = [_ACTIVE], []
    if day is not None:
        where.append("day = ?")
        args.append(day.isoformat())
    if desk is not None:
        where.append("desk = ?")
        args.append(desk)
    # A desk's own check-ins through its index: with a day as well, the planner would
    # otherwise take checkins_day_person and walk every desk's check-ins of the day.
    indexed = "INDEXED BY checkins_desk_at " if desk is not None else ""
    return conn.execute(
        f"SELECT count(DISTINCT participant_id) FROM checkins c {indexed}"
        f"WHERE {' AND '.join(where)}",
        args,
    ).fetchone()[0]


def desk_names(conn: sqlite3.Connection) -> dict[str, str]:
    """The name each desk id last recorded its check-ins under (desks without one left out)."""
    rows = conn.execute(
        "SELECT desk, desk_name FROM checkins WHERE desk_name != '' ORDER BY at, event_uuid"
    )
    return dict(rows.fetchall())


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
