"""Participant records and their search index rows.

The search index is an FTS5 table over two columns of ``participants``
itself (external content, migration 4): ``search_names`` and ``search_other``
hold the words to index, already folded by :mod:`checkin.domain.text`, so the
index needs only the plain ``ascii`` tokenizer and stores no second copy of
the text. An index entry is removed with the words it was added with, read
from those columns *before* the row changes (:data:`UNINDEX`).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter, methodcaller

from checkin.domain.countries import known_codes
from checkin.domain.model import LIST_FIELDS, Participant, display_name
from checkin.domain.text import name_terms, text_terms, unique_text_terms

COLUMNS = (*LIST_FIELDS, "badge_version")
SELECT = f"SELECT {', '.join(COLUMNS)} FROM participants"
SEARCH_COLUMNS = ("search_names", "search_other")
#: A country is indexed as one word no typed text can produce ("§gr"); typed words
#: reach it through the country's names (search.py, ``countries.codes_named``).
COUNTRY_MARK = "\u00a7"
#: Add participants' index entries from their stored search columns (rowid = ?).
INDEX = (
    "INSERT INTO search_index (rowid, search_names, search_other) "
    "SELECT rowid, search_names, search_other FROM participants WHERE rowid = ?"
)
#: Remove them, with the words they were indexed with (before the row changes).
UNINDEX = (
    "INSERT INTO search_index (search_index, rowid, search_names, search_other) "
    "SELECT 'delete', rowid, search_names, search_other FROM participants WHERE rowid = ?"
)
_NAME_FIELDS = itemgetter(1, 2, 3)  # first and family names, Latin name
_SHARED_FIELDS = itemgetter(5, 6, 4)  # organisation, country, title
_EMAIL_FIELD, _ID_FIELD = itemgetter(LIST_FIELDS.index("email")), itemgetter(0)


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
    return search_columns(to_row(p))


def country_term(code: str) -> str:
    return COUNTRY_MARK + code.lower()


def search_columns(row: tuple) -> tuple[str, str]:
    """(names, other) words to index for a row in :data:`COLUMNS` order."""
    return search_columns_of([row])[0]


def search_columns_of(rows: list[tuple]) -> list[tuple[str, str]]:
    """(names, other) words to index for rows in :data:`COLUMNS` order.

    Names: folded names, their joined forms and transliteration (and CJK names
    as written, family name first without a space). Other: organisation, the
    country's code as one word, title, e-mail and id. Names, and organisation
    with country and title, repeat across a list: their words are worked out
    once per distinct value. E-mails and ids are seen once each: plain ASCII
    ones go to the index as they are, and the rest of the work is C loops over
    the whole list (a Python call per row was a quarter of a 100,000-row
    import, issue #3). Words are separated by single spaces.
    """
    names = _each(_names, list(map(_NAME_FIELDS, rows)), _name_words)
    shared = _each(_shared, list(map(_SHARED_FIELDS, rows)), _shared_words)
    emails = _own_texts(list(map(_EMAIL_FIELD, rows)))
    ids = _own_ids(list(map(_ID_FIELD, rows)))
    # " ".join of three parts leaves a double space where the middle one is empty
    # and an outer space where an end one is: what filter(None, …) would drop.
    joined = map(" ".join, zip(shared, emails, ids, strict=True))
    return list(zip(names, map(_SINGLE_SPACED, map(str.strip, joined)), strict=True))


def _each(cache: dict, keys: list[tuple], work) -> list[str]:
    """``work(*key)`` for every key, worked out once per distinct key (and remembered).

    Set difference and ``map`` keep the per-row part in C: only keys never
    seen before cost a Python call.
    """
    new = set(keys).difference(cache)
    if len(cache) + len(new) > _CACHE_LIMIT:  # between two lists (one list's keys must all stay)
        cache.clear()
        new = set(keys)
    for key in new:
        cache[key] = work(*key)
    return list(map(cache.__getitem__, keys))


_SINGLE_SPACED = methodcaller("replace", "  ", " ")


def _own_texts(texts: list[str]) -> list[str]:
    """E-mails' words: as they are when ASCII without joiners (the tokenizer splits them).

    The test is ``_own_words``'s first two, inlined: a call per e-mail was most
    of the cost for a 100k list."""
    return [
        text if text.isascii() and "-" not in text and "'" not in text and "`" not in text
        else _own_words(text)
        for text in texts
    ]


def _own_ids(ids: list[str]) -> list[str]:
    """Ids' words: a list of ASCII ids of letters, digits and hyphens costs three C calls."""
    joined = "\n".join(ids)
    if joined.isascii() and "`" not in joined:
        bare = joined.replace("-", "").replace("'", "")
        parts = bare.split("\n")
        if all(parts) and bare.replace("\n", "").isalnum():
            return parts  # what _own_words(pid, id_=True) gives each of them
    return [_own_words(pid, id_=True) for pid in ids]


def _own_words(text: str, *, id_: bool = False) -> str:
    """An e-mail's or id's words, for the index: seen once, so worked out cheaply.

    ASCII text is given to the index as it is: its tokenizer splits it into the
    same words and lower-cases them; only the joined forms of hyphenated words
    are added. An id of letters and digits joined by hyphens ("IDM15-00001")
    is one word, joined ("idm1500001"): that is what anyone types of it from
    its start, and its parts alone would be two more words seen once each in
    the index, the costliest kind to write (issue #3).
    """
    if not text.isascii():
        return " ".join(unique_text_terms(text))
    if "-" not in text and "'" not in text and "`" not in text:
        return text
    if id_ and text.replace("-", "").replace("'", "").isalnum():
        return text.replace("-", "").replace("'", "")
    return " ".join(unique_text_terms(text))


_CACHE_LIMIT = 1 << 18
_names: dict[tuple[str, str, str], str] = {}
_shared: dict[tuple[str, str, str], str] = {}


def _name_words(first: str, last: str, latin: str) -> str:
    words = [*name_terms(first), *name_terms(last), *name_terms(latin)]
    if not (first.isascii() and last.isascii()):
        joined = display_name(first, last)
        if joined != f"{first} {last}":
            words.extend(text_terms(joined))
    return " ".join(dict.fromkeys(words))


def _shared_words(organisation: str, country: str, title: str) -> str:
    words = [*text_terms(organisation)]
    code = country.upper()
    if code in known_codes():
        words.append(country_term(code))
    else:
        words.extend(text_terms(country))
    words.extend(text_terms(title))
    return " ".join(dict.fromkeys(words))


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
    names = (*COLUMNS, *SEARCH_COLUMNS)
    placeholders = ", ".join("?" * (len(names) + 1))
    kept = ("id", "badge_version")
    updates = ", ".join(f"{c} = excluded.{c}" for c in names if c not in kept)
    insert = (
        f"INSERT INTO participants ({', '.join(names)}, source) VALUES ({placeholders}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}, "
        "badge_version = max(participants.badge_version, excluded.badge_version) "
        "RETURNING rowid"
    )
    for person in people:
        row = to_row(person)
        known = conn.execute("SELECT rowid FROM participants WHERE id = ?", (person.id,)).fetchone()
        if known is not None:
            conn.execute(UNINDEX, known)
        rowid = conn.execute(insert, (*row, *search_columns(row), source)).fetchone()[0]
        conn.execute(INDEX, (rowid,))
        count += 1
    return count


def fill_search_columns(conn: sqlite3.Connection) -> None:
    """Work out every participant's search columns and index them all again.

    For a database migrated to the external-content index (migration 4 leaves
    ``meta.search_index = 'rebuild'``); call inside a transaction.
    """
    rows = conn.execute(f"SELECT rowid, {', '.join(COLUMNS)} FROM participants").fetchall()
    conn.executemany(
        "UPDATE participants SET search_names = ?, search_other = ? WHERE rowid = ?",
        ((*search_columns(row[1:]), row[0]) for row in rows),
    )
    conn.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")
    conn.execute("DELETE FROM meta WHERE key = 'search_index'")


def raise_badge_version(conn: sqlite3.Connection, participant_id: str, version: int) -> None:
    conn.execute(
        "UPDATE participants SET badge_version = max(badge_version, ?) WHERE id = ?",
        (version, participant_id),
    )


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM participants").fetchone()[0]


def all_ids(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT id FROM participants")}
