"""Attendance figures from the check-in projection."""

from __future__ import annotations

import contextlib
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
    """The name each desk id last recorded its check-ins under (desks without one left out).

    Each desk's latest named check-in from the (desk, at) index: ordering every
    check-in by time took ~0.28 s at 300,000 of them; this takes ~10 ms.
    """
    rows = conn.execute(
        """
        SELECT d.desk, (SELECT c.desk_name FROM checkins c INDEXED BY checkins_desk_at
                        WHERE c.desk = d.desk AND c.desk_name != ''
                        ORDER BY c.at DESC, c.event_uuid DESC LIMIT 1)
        FROM (SELECT DISTINCT desk FROM checkins INDEXED BY checkins_desk_at) d
        """
    )
    return {desk: name for desk, name in rows if name is not None}


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


# Counts for the organisers' view, grouped inside SQLite: a refresh hands Python a few
# hundred rows, not one per person (first_arrivals: 100,000 tuples built with the GIL
# held, beside a desk's scans on a two-core laptop). A person's first active check-in
# of a day counts; its desk is the one of that earliest row (SQLite takes a bare
# column from the row min() picked; the uuid after the time decides between two
# desks that admitted someone in the same millisecond). Quarters are of UTC time: every time zone's
# offset is a whole number of quarter hours, so they are the event's quarters too.
_ARRIVAL_GROUPS = """
WITH firsts AS MATERIALIZED (
    SELECT c.participant_id AS pid, min(c.at || c.event_uuid) AS at, c.desk AS desk,
           count(*) AS active
    FROM checkins c WHERE {where}
    GROUP BY c.participant_id, c.day
), people AS MATERIALIZED (
    SELECT coalesce(p.category, '') AS category, coalesce(p.country, '') AS country,
           p.id IS NOT NULL AND (:day IS NULL OR p.days = '' OR instr(p.days, :day) > 0)
               AS listed
    FROM (SELECT DISTINCT pid FROM firsts) f LEFT JOIN participants p ON p.id = f.pid
)
SELECT 'active', '', coalesce(sum(active), 0), 0 FROM firsts
UNION ALL
SELECT 'desk', desk, count(*), 0 FROM firsts GROUP BY desk
UNION ALL
SELECT 'quarter', substr(at, 1, 14) || printf('%02d', cast(substr(at, 15, 2) AS INTEGER) / 15 * 15),
       count(*), 0
FROM firsts GROUP BY 2
UNION ALL
SELECT 'category', category, count(*), sum(listed) FROM people GROUP BY 2
UNION ALL
SELECT 'country', country, count(*), sum(listed) FROM people GROUP BY 2
"""


def arrival_groups(conn: sqlite3.Connection, day: dt.date | None) -> dict[str, dict[str, int]]:
    """People checked in (that day, or on any day) by ``category`` and ``country``
    (a person once), and first arrivals of a day by ``desk`` and UTC ``quarter``
    (``'2015-10-26T07:30'``; over the event, once per person and day).

    ``category_listed`` and ``country_listed``: the same people, less those not
    registered for that day (admitted anyway) or no longer on the list. ``active``
    holds one count under ``''``: the active check-ins, duplicates included.
    """
    where = _ACTIVE + ("" if day is None else " AND c.day = :day")
    args = {"day": None if day is None else day.isoformat()}
    kinds = ("active", "desk", "quarter", "category", "country", "category_listed")
    groups: dict[str, dict[str, int]] = {k: {} for k in (*kinds, "country_listed")}
    for kind, key, count, listed in conn.execute(_ARRIVAL_GROUPS.format(where=where), args):
        groups[kind][key] = count
        if kind in ("category", "country"):
            groups[f"{kind}_listed"][key] = listed
    return groups


def registered_groups(conn: sqlite3.Connection, day: dt.date | None) -> dict[str, dict[str, int]]:
    """People registered (for that day) by ``category`` and by ``country``."""
    where, args = "", []
    if day is not None:
        where, args = "WHERE days = '' OR instr(days, ?) > 0", [day.isoformat()]
    groups: dict[str, dict[str, int]] = {"category": {}, "country": {}}
    rows = conn.execute(
        f"SELECT 'category', category, count(*) FROM participants {where} GROUP BY category "
        f"UNION ALL SELECT 'country', country, count(*) FROM participants {where} GROUP BY country",
        args * 2,
    )
    for kind, key, count in rows:
        groups[kind][key] = count
    return groups


class Statistics:
    """The counts, as methods of :class:`checkin.store.Store` (which provides ``read``)."""

    def read(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def registered(self, day: dt.date | None = None) -> int:
        with self.read() as conn:
            return registered(conn, day)

    def checked_in(self, day: dt.date | None = None, desk: str | None = None) -> int:
        with self.read() as conn:
            return checked_in(conn, day, desk)

    def first_arrivals(self, day: dt.date | None = None) -> list[tuple]:
        with self.read() as conn:
            return first_arrivals(conn, day)

    def desk_names(self) -> dict[str, str]:
        with self.read() as conn:
            return desk_names(conn)

    def duplicates(self, day: dt.date | None = None) -> int:
        with self.read() as conn:
            return duplicates(conn, day)

    def arrival_groups(self, day: dt.date | None = None) -> dict[str, dict[str, int]]:
        with self.read() as conn:
            return arrival_groups(conn, day)

    def registered_groups(self, day: dt.date | None = None) -> dict[str, dict[str, int]]:
        with self.read() as conn:
            return registered_groups(conn, day)
