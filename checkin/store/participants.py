"""Participant records and their search index rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from functools import lru_cache

from checkin.domain.countries import country_search_text
from checkin.domain.model import LIST_FIELDS, Participant
from checkin.domain.text import index_terms

COLUMNS = (*LIST_FIELDS, "badge_version")
SELECT = f"SELECT {', '.join(COLUMNS)} FROM participants"


def to_row(p: Participant) -> tuple:
    return (
        p.id,
        p.first_name,
        p.last_name,
        p.name_latin,
        p.title,
        p.organisation,
        p.country,
        p.category,
        p.email,
        p.language,
        ";".join(d.isoformat() for d in p.days),
        ";".join(sorted(p.flags)),
        p.notes,
        p.ticket_code,
        p.badge_version,
    )


@lru_cache(maxsize=256)
def _days(text: str) -> tuple[dt.date, ...]:
    # A list has a handful of distinct day sets; parsing them for every row of
    # every search result was over a tenth of a keystroke's time (benchmarks/RESULTS.md).
    return tuple(dt.date.fromisoformat(d) for d in text.split(";") if d)


@lru_cache(maxsize=1024)
def _flags(text: str) -> frozenset[str]:
    return frozenset(f for f in text.split(";") if f)


def from_row(row: tuple) -> Participant:
    return Participant(
        id=row[0],
        first_name=row[1],
        last_name=row[2],
        name_latin=row[3],
        title=row[4],
        organisation=row[5],
        country=row[6],
        category=row[7],
        email=row[8],
        language=row[9],
        days=_days(row[10]),
        flags=_flags(row[11]),
        notes=row[12],
        ticket_code=row[13],
        badge_version=row[14],
    )


def search_row(p: Participant) -> tuple[str, str]:
    """(names, other) columns of the search index for ``p``."""
    # CJK names are written family name first with no space (王伟): index that form too.
    joined = p.display_name if p.display_name != f"{p.first_name} {p.last_name}" else ""
    names = index_terms(p.first_name, p.last_name, p.name_latin, joined)
    other = index_terms(p.organisation, country_search_text(p.country), p.email, p.id, p.title)
    return names, other


def get(conn: sqlite3.Connection, participant_id: str) -> Participant | None:
    row = conn.execute(SELECT + " WHERE id = ?", (participant_id,)).fetchone()
    return from_row(row) if row else None


def get_many(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, Participant]:
    if not rowids:
        return {}
    marks = ",".join("?" * len(rowids))
    rows = conn.execute(
        f"SELECT rowid, {', '.join(COLUMNS)} FROM participants WHERE rowid IN ({marks})", rowids
    )
    return {row[0]: from_row(row[1:]) for row in rows}


def by_ticket(conn: sqlite3.Connection, code: str) -> Participant | None:
    row = conn.execute(SELECT + " WHERE ticket_code = ? AND ticket_code != ''", (code,)).fetchone()
    return from_row(row) if row else None


def upsert(conn: sqlite3.Connection, people: Iterable[Participant], *, source: str) -> int:
    """Insert or replace participants and their index rows. Call inside a transaction.

    The badge version never goes down: a version raised by a replacement
    badge at the desk survives a re-import of the registration list.
    """
    count = 0
    placeholders = ", ".join("?" * (len(COLUMNS) + 1))
    updates = ", ".join(f"{c} = excluded.{c}" for c in COLUMNS if c not in ("id", "badge_version"))
    insert = (
        f"INSERT INTO participants ({', '.join(COLUMNS)}, source) VALUES ({placeholders}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}, "
        "badge_version = max(participants.badge_version, excluded.badge_version) "
        "RETURNING rowid"
    )
    for person in people:
        rowid = conn.execute(insert, (*to_row(person), source)).fetchone()[0]
        conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
        conn.execute(
            "INSERT INTO search_index (rowid, names, other) VALUES (?, ?, ?)",
            (rowid, *search_row(person)),
        )
        count += 1
    return count


def raise_badge_version(conn: sqlite3.Connection, participant_id: str, version: int) -> None:
    conn.execute(
        "UPDATE participants SET badge_version = max(badge_version, ?) WHERE id = ?",
        (version, participant_id),
    )


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM participants").fetchone()[0]


def all_ids(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT id FROM participants")}
