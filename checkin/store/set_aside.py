"""Setting a desk's database aside, so that the desk can start again empty.

A desk that opened on the demo event (the app loads it on first start), or
that served last year's event, cannot join another event's shared folder:
its secret and its event differ. Nothing at a registration desk is ever
deleted, so the database is copied whole (SQLite's backup API: consistent
even with a write-ahead log) into ``HOME/set-aside/`` and only then removed.
The copy is a complete desk database: ``checkin --home`` on a folder holding
it, renamed ``desk.sqlite3``, opens it again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from checkin.store.database import DATABASE_NAME, StoreError, translate_error
from checkin.store.file_lock import app_is_open

FOLDER = "set-aside"


@dataclass(frozen=True, slots=True)
class SetAside:
    """What was set aside, and where it is now."""

    path: Path
    event_id: str
    participants: int
    checkins: int


def set_aside(home: Path, now: dt.datetime) -> SetAside | None:
    """Move the desk database of ``home`` to ``home/set-aside/``; None when there is none."""
    source = Path(home) / DATABASE_NAME
    if not source.is_file():
        return None
    if app_is_open(Path(home)):  # its check-ins would go on into a removed file
        raise StoreError(
            "locked",
            f"Check-in is open on this desk ({home}). Close the app, then run 'checkin "
            "reset' again. Nothing was changed.",
        )
    folder = Path(home) / FOLDER
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"desk-{stamp}.sqlite3"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"desk-{stamp}-{number}.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(sqlite3.connect(source)) as conn:
            event_id, participants, checkins = database_counts(conn)
            with contextlib.closing(sqlite3.connect(target)) as copy:
                conn.backup(copy)
        with contextlib.closing(sqlite3.connect(target)) as copy:
            if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise StoreError("unreadable", f"The copy {target} did not check out.")
    except sqlite3.Error as error:
        _remove_partial(target)
        raise translate_error(error, source) from None
    except OSError as error:
        _remove_partial(target)
        raise StoreError(
            "read_only", f"{folder} cannot be written ({error.strerror}). Nothing was changed."
        ) from None
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(f"{source}{suffix}")
        except FileNotFoundError:
            pass
        except OSError as error:  # Windows: the app still has it open
            raise StoreError(
                "locked",
                f"{source} is in use (is Check-in open?). Close the app and try again; "
                f"a copy was made in {target}.",
            ) from error
    return SetAside(target, event_id, participants, checkins)


def _remove_partial(copy: Path) -> None:
    """A copy that failed half-way (a full disk) is no copy: it must not be taken for one."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.remove(f"{copy}{suffix}")


def database_counts(conn: sqlite3.Connection) -> tuple[str, int, int]:
    """A desk database's event id, participants and active check-ins (0 when absent)."""

    def one(sql: str, default: object) -> object:
        try:
            row = conn.execute(sql).fetchone()
        except sqlite3.OperationalError:  # an empty or older database
            return default
        return row[0] if row and row[0] is not None else default

    event_id = str(one("SELECT value FROM meta WHERE key = 'event_id'", ""))
    participants = int(one("SELECT COUNT(*) FROM participants", 0))
    checkins = int(
        one(
            "SELECT COUNT(*) FROM checkins WHERE event_uuid NOT IN (SELECT target_uuid FROM undos)",
            0,
        )
    )
    return event_id, participants, checkins
