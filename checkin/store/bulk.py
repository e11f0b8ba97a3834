"""Registration lists in bulk: one snapshot to compare with, one batched write.

``participants.upsert`` costs one ``INSERT … RETURNING`` and two index
statements per person, which is fine for a walk-in and far too slow for a
100,000-row list (DESIGN.md asks for 50,000 rows/s). Here every statement is
an ``executemany`` over a chunk of plain row tuples (:data:`COLUMNS` order):
new people get their rowids assigned up front, their search columns are
written with the row, and one ``INSERT … SELECT`` per chunk indexes them (in
SQLite, without a Python round trip per row). An update never touches
``badge_version`` (a replacement badge printed at a desk survives any
re-import). Between chunks a ``progress`` callback runs; if it
raises (the operator pressed Cancel), the caller's transaction rolls back and
nothing of the import remains.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import NamedTuple

from checkin.domain.model import Participant
from checkin.store import removals as removals_module
from checkin.store.badges import REPLACED_VERSIONS
from checkin.store.participants import (
    COLUMNS,
    INDEX,
    SEARCH_COLUMNS,
    SELECT,
    UNINDEX,
    from_row,
    search_columns_of,
)
from checkin.store.turns import quick_thread_switches

#: Rows a statement writes; between chunks progress is told and Cancel is heard (~0.1 s
#: apart). Alternated runs at 100k, apply: 2,500 rows 1.42 s, 5,000 1.30, 10,000 1.23,
#: 20,000 1.31 (each chunk hands its index to the helper thread, item 26 of
#: benchmarks/RESULTS.md; fewer, larger chunks hand over less often).
CHUNK = 10_000
#: Memory for a bulk write: SQLite's page cache (KiB, negative) and FTS5's pending terms.
BULK_CACHE_KIB = -131072
BULK_HASHSIZE, DEFAULT_HASHSIZE = 32 * 1024 * 1024, 1024 * 1024
_FTS_CONFIG = "INSERT INTO search_index (search_index, rank) VALUES (?, ?)"
_INDEX_RANGE = (
    "INSERT INTO search_index (rowid, search_names, search_other) "
    "SELECT rowid, search_names, search_other FROM participants WHERE rowid BETWEEN ? AND ?"
)
_FIELDS = (*COLUMNS[1:-1], *SEARCH_COLUMNS)  # what an import may change: not id, badge_version
#: Set by an import that changed the list (a random token): the desk's next sync
#: publishes the event again, and clears it only if it still holds the token it read.
LIST_TO_PUBLISH = "list_to_publish"
#: Stored fields held as plain text (what a correction may carry).
_TEXT_FIELDS = frozenset(COLUMNS) - {"id", "days", "flags", "badge_version"}


class Stored(NamedTuple):
    """A participant as stored: rowid, where it came from, and its row (COLUMNS order)."""

    rowid: int
    source: str  # "import" | "walk_in"
    row: tuple


@dataclass(frozen=True, slots=True)
class Snapshot:
    people: dict[str, Stored]
    checked_in: frozenset[str]  # ids with at least one check-in event, undone or not
    #: Name corrections made at the desks (badge replaced, name misspelt), per id, in
    #: the order they were made: each a dict of stored field -> text.
    corrections: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    #: The token of an import not published yet (meta ``LIST_TO_PUBLISH``), "" if none.
    pending_publish: str = ""
    #: Ids with a badge printed (``badge_printed`` events): with ``checked_in``, the people
    #: an id must go on naming (an import refuses to give their id to someone else).
    badge_printed: frozenset[str] = frozenset()


@dataclass(slots=True)
class ParticipantChanges:
    """What one import writes: rows in :data:`COLUMNS` order. ``removals`` are (rowid, id)."""

    inserts: list[tuple] = field(default_factory=list)
    updates: list[tuple[int, tuple]] = field(default_factory=list)  # (rowid, row)
    removals: list[tuple[int, str]] = field(default_factory=list)
    reprints: list[tuple[str, str]] = field(default_factory=list)  # (id, "name;country")
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.inserts) + len(self.updates) + len(self.removals)


Progress = Callable[[int, int], None]


def snapshot(conn: sqlite3.Connection) -> Snapshot:
    rows = conn.execute(f"SELECT rowid, source, {', '.join(COLUMNS)} FROM participants")
    people = {row[2]: Stored(row[0], row[1], row[2:]) for row in rows}
    checked = frozenset(r[0] for r in conn.execute("SELECT DISTINCT participant_id FROM checkins"))
    corrections: dict[str, list[dict[str, str]]] = {}
    for pid, payload in conn.execute(
        "SELECT participant_id, payload FROM events WHERE kind = 'participant_updated' "
        "ORDER BY at, desk, seq"
    ):
        fields = {
            k: v for k, v in json.loads(payload).items() if k in _TEXT_FIELDS and isinstance(v, str)
        }
        if fields:
            corrections.setdefault(pid, []).append(fields)
    pending = conn.execute("SELECT value FROM meta WHERE key = ?", (LIST_TO_PUBLISH,)).fetchone()
    printed = frozenset(
        r[0] for r in conn.execute("SELECT DISTINCT participant_id FROM badge_prints")
    )
    return Snapshot(people, checked, corrections, pending[0] if pending else "", printed)


def all_participants(conn: sqlite3.Connection) -> list[Participant]:
    """Everyone, in the order they were first added (the list's own order)."""
    return [from_row(row) for row in conn.execute(SELECT + " ORDER BY rowid")]


def write(
    conn: sqlite3.Connection,
    changes: ParticipantChanges,
    *,
    flagged_at: str,
    progress: Progress | None = None,
) -> None:
    """Apply ``changes`` inside the caller's transaction, chunk by chunk.

    (Preparing the next chunk in a helper thread while SQLite *inserts* was
    tried: SQLite takes and releases the GIL at every row, so the two threads
    convoy on it and the write got 2–3x slower. Indexing, one statement, does
    not: see :func:`_insert`.)
    """
    total, done = changes.size, 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
    conn.execute(_FTS_CONFIG, ("hashsize", BULK_HASHSIZE))
    try:
        _remove(conn, changes.removals, step, flagged_at)
        _update(conn, changes.updates, step)
        _insert(conn, changes.inserts, step)
    finally:
        conn.execute(_FTS_CONFIG, ("hashsize", DEFAULT_HASHSIZE))
        conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
    if changes.inserts:
        removals_module.listed_again(conn)
        # A badge replaced before this person reached the list here (the replacement's
        # event was merged first, or they were removed and listed again): the list's
        # version must not bring the old badge back to life.
        conn.execute(
            f"UPDATE participants SET badge_version = r.version FROM ({REPLACED_VERSIONS}) AS r "
            "WHERE participants.id = r.participant_id AND participants.badge_version < r.version"
        )
    conn.executemany(
        "INSERT INTO badge_reprints (participant_id, fields, flagged_at) VALUES (?, ?, ?) "
        "ON CONFLICT(participant_id) DO UPDATE SET flagged_at = excluded.flagged_at, "
        "fields = badge_reprints.fields || ';' || excluded.fields",
        [(pid, fields, flagged_at) for pid, fields in changes.reprints],
    )
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(changes.meta.items()),
    )


def _remove(
    conn: sqlite3.Connection, removals: Sequence[tuple[int, str]], step, at: str
) -> None:
    for chunk in _chunks(removals):
        removals_module.set_aside(conn, [rowid for rowid, _ in chunk], at)
        rowids = [(rowid,) for rowid, _ in chunk]
        conn.executemany(UNINDEX, rowids)
        conn.executemany("DELETE FROM participants WHERE rowid = ?", rowids)
        conn.executemany(
            "DELETE FROM badge_reprints WHERE participant_id = ?", [(pid,) for _, pid in chunk]
        )
        step(len(chunk))


def _update(conn, updates: Sequence[tuple[int, tuple]], step) -> None:
    assignments = ", ".join(f"{c} = ?" for c in _FIELDS)
    statement = f"UPDATE participants SET {assignments} WHERE rowid = ?"
    for chunk in _chunks(updates):
        rowids = [(rowid,) for rowid, _ in chunk]
        conn.executemany(UNINDEX, rowids)  # with the words stored before the update
        rows = [row for _, row in chunk]
        conn.executemany(
            statement,
            [
                (*row[1:-1], *words, rowid)
                for (rowid, row), words in zip(chunk, search_columns_of(rows), strict=True)
            ],
        )
        conn.executemany(INDEX, rowids)
        step(len(chunk))


def _insert(conn, inserts: Sequence[tuple], step) -> None:
    """New rows chunk by chunk; a chunk is indexed while the next one's words are made.

    Indexing a chunk is one ``INSERT … SELECT``, which runs inside SQLite from
    start to end without Python's GIL; working out search words is Python and
    needs no connection. So the index of chunk *n* is built on a helper thread
    while this one makes the words of chunk *n + 1*; the connection is only
    ever used by one thread at a time (the helper is waited for before the
    next insert, and before anything leaves this function, a cancel included).
    """
    start = _next_rowid(conn)
    names = (*COLUMNS, *SEARCH_COLUMNS)
    marks = ", ".join("?" * (len(names) + 1))
    statement = (
        f"INSERT INTO participants (rowid, {', '.join(names)}, source) VALUES ({marks}, 'import')"
    )
    indexing: Future | None = None  # the previous chunk's index, and its size
    indexed_rows = 0

    def indexed() -> None:
        nonlocal indexing
        if indexing is not None:
            indexing.result()
            indexing = None
            step(indexed_rows)

    # The helper needs the interpreter back the moment its statement ends, while this
    # thread is making words: after 0.5 ms, not the 5 ms default (apply at 100k,
    # seven alternated pairs: median 1.46 -> 1.35 s).
    with (
        quick_thread_switches(),
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-index") as helper,
    ):
        try:
            for offset in range(0, len(inserts), CHUNK):
                chunk = inserts[offset : offset + CHUNK]
                first = start + offset
                words = search_columns_of(chunk)  # while the previous chunk is indexed
                indexed()
                # (rowid,) + row + (names, other), every tuple made by C loops
                rowids = zip(range(first, first + len(chunk)))
                conn.executemany(
                    statement, map(tuple.__add__, map(tuple.__add__, rowids, chunk), words)
                )
                indexing = helper.submit(
                    conn.execute, _INDEX_RANGE, (first, first + len(chunk) - 1)
                )
                indexed_rows = len(chunk)
            indexed()
        finally:
            if indexing is not None:  # leaving on an error: the connection is ours again
                wait([indexing])


def _next_rowid(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(rowid), 0) FROM participants").fetchone()[0] + 1


def _chunks(items: Sequence) -> Iterable[Sequence]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def pending_reprints(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Participants whose printed details changed since their badge: id -> fields."""
    rows = conn.execute("SELECT participant_id, fields FROM badge_reprints")
    return {pid: sorted(set(fields.split(";"))) for pid, fields in rows}


def clear_reprint(conn: sqlite3.Connection, participant_id: str) -> None:
    conn.execute("DELETE FROM badge_reprints WHERE participant_id = ?", (participant_id,))
