"""Importing a participant list, against a raw ``executemany`` of the same rows.

"Our import" is the registration-list import of :mod:`checkin.service.importing`
(read the CSV, map its headers, validate, compare, write participants and
their search index) when that module exists; otherwise it is
:meth:`Store.upsert_participants`, and the figure says so. The row-by-row
``upsert`` (walk-ins, merged events) is reported too, on a sample.
"""

from __future__ import annotations

import csv
import importlib
import importlib.util
import io
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from checkin.domain.model import Participant
from checkin.store import Store
from checkin.store.bulk import BULK_CACHE_KIB, BULK_HASHSIZE
from checkin.store.database import DATABASE_NAME
from checkin.store.participants import COLUMNS, SEARCH_COLUMNS, search_columns_of, to_row

CSV_COLUMNS = COLUMNS[:-1]  # Check-in's own list format: every field but badge_version
UPSERT_SAMPLE = 5_000


def csv_importer() -> Callable[[Store, Path], int] | None:
    """``checkin.service.importing.import_file`` if it exists yet (checked at run time)."""
    if importlib.util.find_spec("checkin.service.importing") is None:
        return None
    module = importlib.import_module("checkin.service.importing")
    import_file = getattr(module, "import_file", None)
    if import_file is None:
        return None

    def run(store: Store, path: Path) -> int:
        report = import_file(store, path)
        return report.imported + report.updated

    return run


def write_csv(people: list[Participant], path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(to_row(p)[: len(CSV_COLUMNS)] for p in people)
    return path


def raw_insert_seconds(people: list[Participant], folder: Path) -> float:
    """Baseline: one ``executemany`` of the same participant rows into the same table.

    Same schema (a database migrated by the Store), same pragmas, one transaction;
    no search index and no per-row work beyond building the tuples.
    """
    Store(folder / DATABASE_NAME).close()  # creates and migrates
    conn = sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        marks = ", ".join("?" * (len(COLUMNS) + 1))
        insert = f"INSERT INTO participants ({', '.join(COLUMNS)}, source) VALUES ({marks})"
        began = time.perf_counter()
        rows = [(*to_row(p), "import") for p in people]
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(insert, rows)
        conn.execute("COMMIT")
        return time.perf_counter() - began
    finally:
        conn.close()


def _bulk_desk(folder: Path) -> sqlite3.Connection:
    """A migrated desk database set up as the import writes (WAL, FULL, the bulk cache
    and FTS5 hash size): what both write baselines below write into."""
    Store(folder / DATABASE_NAME).close()  # creates and migrates
    conn = sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
    conn.execute(
        "INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)", (BULK_HASHSIZE,)
    )
    return conn


def _write_indexed(conn: sqlite3.Connection, insert: str, rows) -> None:
    """The rows, the search index from them by one ``INSERT … SELECT``, the commit."""
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(insert, rows)
    conn.execute(
        "INSERT INTO search_index (rowid, search_names, search_other) "
        "SELECT rowid, search_names, search_other FROM participants"
    )
    conn.execute("COMMIT")


def write_floor_seconds(people: list[Participant], folder: Path) -> float:
    """What any import must at least write, in SQLite alone: the rows with their
    search words (worked out before the clock starts), the search index built
    from them by one ``INSERT … SELECT``, and the commit (``synchronous = FULL``).

    The import figure's second baseline: how far reading, validating and
    comparing in Python put the import above the writing it cannot avoid.
    """
    conn = _bulk_desk(folder)
    try:
        rows = [to_row(p) for p in people]
        rows = [(*row, *words) for row, words in zip(rows, search_columns_of(rows), strict=True)]
        names = (*COLUMNS, *SEARCH_COLUMNS)
        marks = ", ".join("?" * len(names))
        began = time.perf_counter()
        _write_indexed(
            conn, f"INSERT INTO participants ({', '.join(names)}) VALUES ({marks})", rows
        )
        return time.perf_counter() - began
    finally:
        conn.close()


def python_floor_seconds(source: Path, folder: Path) -> float:
    """The least any import of ``source`` (Check-in's own CSV) can do in CPython: decode
    and parse the file, make each row a tuple as stored, work out the search words,
    ``executemany``, the search index by one ``INSERT … SELECT``, the commit. Nothing
    is checked, mapped, trimmed or compared: what is left of a time under this is what
    validating 1.4 million cells may cost (DESIGN.md's import target, issue #3).
    """
    conn = _bulk_desk(folder)
    names = (*COLUMNS, *SEARCH_COLUMNS)
    insert = (
        f"INSERT INTO participants ({', '.join(names)}, source) "
        f"VALUES ({', '.join('?' * len(names))}, 'import')"
    )
    try:
        began = time.perf_counter()
        text = source.read_bytes().decode("utf-8")
        rows = [(*record, 1) for record in csv.reader(io.StringIO(text, newline=""))][1:]
        words = search_columns_of(rows)
        _write_indexed(conn, insert, map(tuple.__add__, rows, words))
        return time.perf_counter() - began
    finally:
        conn.close()


def upsert_seconds(people: list[Participant], store: Store) -> float:
    began = time.perf_counter()
    store.upsert_participants(people)
    return time.perf_counter() - began
