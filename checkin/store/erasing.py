"""Erasing an event's data from a desk once the event is over.

During an event nothing at a desk is deleted (:mod:`checkin.store.set_aside`
copies rather than removes). Afterwards the laptops go back to a rental
company or to other work, and the delegates' names, organisations and
e-mails must not go with them. :func:`erase` removes every database of one
event in a desk's home — the desk database and the copies set aside — with
their write-ahead logs, and the desk's error log.

Each file is overwritten with zeros and flushed before it is removed. On a
spinning disk that leaves nothing to recover; on an SSD or a copy-on-write
file system the drive may keep old blocks, so full-disk encryption remains
what protects a lost laptop. Databases of other events are left alone and
listed, so nobody erases last year's archive by mistake.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from checkin.domain.pin import is_pin_hash
from checkin.store.database import DATABASE_NAME, StoreError
from checkin.store.file_lock import app_is_open
from checkin.store.set_aside import FOLDER, database_counts

ERROR_LOG = "errors.log"
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Database:
    path: Path
    event_id: str
    participants: int
    checkins: int


@dataclass(slots=True)
class Erased:
    """What :func:`erase` removed, and the databases of other events it left."""

    removed: list[Database] = field(default_factory=list)
    other_files: list[Path] = field(default_factory=list)  # logs removed with them
    kept: list[Database] = field(default_factory=list)


def databases(home: Path) -> list[Database]:
    """The desk database and the set-aside copies in ``home``, with what each holds
    (``event_id`` '' for a file that cannot be read as a desk database)."""
    home = Path(home)
    aside = home / FOLDER
    try:
        copies = sorted(p for p in aside.iterdir() if p.suffix == ".sqlite3")
    except FileNotFoundError:
        copies = []
    except OSError as error:  # a folder that cannot be listed must not look empty
        raise StoreError(
            "read_only", f"{aside} cannot be read ({error.strerror}). Nothing was erased."
        ) from None
    found = []
    for path in [home / DATABASE_NAME, *copies]:
        if not path.is_file():
            continue
        try:
            with contextlib.closing(_read_only(path)) as conn:
                event_id, participants, checkins = database_counts(conn)
        except sqlite3.Error:  # not a database we can read: listed under no event
            event_id, participants, checkins = "", 0, 0
        found.append(Database(path, event_id, participants, checkins))
    return found


def pin_hashes(paths: list[Path]) -> set[str]:
    """The supervisor PIN hashes the event configs stored in these databases set
    (read only: erasing creates nothing where it erases)."""
    hashes = set()
    for path in paths:
        try:
            with contextlib.closing(_read_only(path)) as conn:
                row = conn.execute("SELECT value FROM meta WHERE key = 'event_config'").fetchone()
        except sqlite3.Error:
            continue
        try:
            value = json.loads(row[0]).get("supervisor_pin_hash", "") if row else ""
        except (ValueError, AttributeError):
            continue
        if isinstance(value, str) and is_pin_hash(value):
            hashes.add(value)
    return hashes


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def erase(home: Path, event_id: str) -> Erased:
    """Overwrite and remove every database of ``event_id`` in ``home`` (and the error log).

    Refused while the desk app is open on ``home``; nothing is removed unless at
    least one database of that event is there."""
    home = Path(home)
    if app_is_open(home):
        raise StoreError(
            "locked",
            f"Check-in is open on this desk ({home}). Close the app, then run 'checkin "
            "erase' again. Nothing was erased.",
        )
    found = databases(home)
    result = Erased(
        removed=[d for d in found if d.event_id == event_id],
        kept=[d for d in found if d.event_id != event_id],
    )
    if not result.removed:
        return result
    for database in result.removed:
        for suffix in ("-wal", "-shm", "-journal", ""):  # the log first: it may hold rows
            _shred(Path(f"{database.path}{suffix}"))
    log = home / ERROR_LOG
    if log.is_file():
        try:
            _shred(log)
        except StoreError as error:
            raise StoreError(
                "read_only",
                f"The event's databases are erased, but {log} could not be ({error}). "
                "Remove that file by hand.",
            ) from None
        result.other_files.append(log)
    with contextlib.suppress(OSError):  # only when nothing else is kept in it
        (home / FOLDER).rmdir()
    return result


def _shred(path: Path) -> None:
    """Zeros over the file's bytes, flushed to the disk, then the file removed."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        with path.open("r+b") as handle:
            zeros = bytes(min(size, _CHUNK))
            written = 0
            while written < size:
                written += handle.write(zeros[: size - written])
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
    except OSError as error:
        raise StoreError(
            "read_only",
            f"{path} could not be erased ({error.strerror}). Check that no program has it "
            "open, then run 'checkin erase' again.",
        ) from None
