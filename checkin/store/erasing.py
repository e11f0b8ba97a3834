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
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

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
    """The desk database and the set-aside copies in ``home``, with what each holds."""
    home = Path(home)
    paths = [home / DATABASE_NAME, *sorted((home / FOLDER).glob("*.sqlite3"))]
    found = []
    for path in paths:
        if not path.is_file():
            continue
        try:
            uri = f"file:{path}?mode=ro"
            with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
                event_id, participants, checkins = database_counts(conn)
        except sqlite3.Error:  # not a database we can read: listed under no event
            event_id, participants, checkins = "", 0, 0
        found.append(Database(path, event_id, participants, checkins))
    return found


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
        _shred(log)
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
