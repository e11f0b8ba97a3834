"""Opening the desk database: pragmas, migrations and clear errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from checkin.store.migrations import MIGRATIONS

DATABASE_NAME = "desk.sqlite3"


class StoreError(RuntimeError):
    """A database problem, with a message an operator can act on.

    ``code`` names the problem for translation in the UI: ``locked``,
    ``read_only``, ``unreadable``, ``too_new``, ``no_event``, ``gone`` (the file was
    deleted or replaced while open: SQLite would go on writing into the unlinked file).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the database file; None when it is not there."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def database_gone(path: Path) -> StoreError:
    return StoreError(
        "gone",
        f"The database {path} was deleted or replaced while the desk was open: nothing "
        "more can be recorded in it. Restore the folder, or start Check-in again.",
    )


def translate_error(error: sqlite3.Error, path: Path) -> StoreError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            "locked",
            f"The database {path} is in use by another program. Close it and try again.",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return read_only_error(path)
    return StoreError(
        "unreadable", f"The database {path} cannot be used ({error}). Nothing was changed."
    )


def read_only_error(path: Path) -> StoreError:
    """Say which is read-only: the database file itself, or the folder it lives in."""
    if path.is_file() and not os.access(path, os.W_OK):
        return StoreError(
            "read_only",
            f"The database file {path} is read-only, so nothing can be recorded. "
            "Make the file writable and try again.",
        )
    return StoreError(
        "read_only",
        f"The database {path} cannot be written. Check that the folder {path.parent} "
        "is writable.",
    )


def no_event_error(home: Path | None = None) -> StoreError:
    where = f" (no desk database in {home})" if home is not None else ""
    return StoreError(
        "no_event",
        f"No event is loaded on this desk{where}. Join the shared folder with "
        "'checkin sync FOLDER', or load an event with 'checkin event EVENT.json' and "
        "'checkin import LIST' (or the demo: 'checkin demo').",
    )


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            "read_only", f"The folder {path.parent} cannot be created ({error.strerror})."
        ) from None
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=3)
        conn.execute("PRAGMA busy_timeout = 3000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":  # e.g. a read-only medium
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except sqlite3.DatabaseError as error:
        raise translate_error(error, path) from None
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StoreError(
            "too_new",
            "This database was written by a newer version of Check-in. Update the application.",
        )
    for number in range(version, len(MIGRATIONS)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process (the app and a CLI command started together) may
            # have run this step while we waited for the write lock.
            if conn.execute("PRAGMA user_version").fetchone()[0] > number:
                conn.execute("COMMIT")
                continue
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """Split a migration script into complete statements (triggers included)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
