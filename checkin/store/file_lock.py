"""OS file locks: held by a process, released by the OS if it dies.

Used for one sync at a time per desk home (``checkin.sync.files.exclusive``)
and for the desk app's presence (``app.lock``: ``checkin reset`` must not pull
the database from under an app that is using it).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

APP_LOCK = "app.lock"


def hold_app_lock(home: Path) -> IO[bytes] | None:
    """Take the app's lock of ``home`` for as long as the returned file stays open
    (None when the folder cannot hold one: the app still runs, unguarded)."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        handle = (home / APP_LOCK).open("a+b")
    except OSError:
        return None
    if not try_lock(handle):
        handle.close()
        return None
    return handle


def app_is_open(home: Path) -> bool:
    """Whether a desk app holds ``home``'s lock right now."""
    path = home / APP_LOCK
    if not path.exists():
        return False
    try:
        handle = path.open("a+b")
    except OSError:
        return False
    try:
        if not try_lock(handle):
            return True
        unlock(handle)
        return False
    finally:
        handle.close()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows desks
    import msvcrt

    def try_lock(handle) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
