"""Durable file writes on a share, and I/O errors turned into sync errors.

Appends are one ``write`` then ``fsync``: a crash or an unplugged cable
leaves at most one torn last line, which readers skip and re-read. Whole
files are written to a hidden temporary name in the same folder, synced and
renamed over the old one, so a reader sees the old file or the new one,
never half of either.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from checkin.store.file_lock import try_lock, unlock
from checkin.sync.errors import SyncError

_MISSING = (errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ENXIO, errno.ESTALE)


@contextlib.contextmanager
def io_errors(folder: Path) -> Iterator[None]:
    """Any ``OSError`` inside becomes a :class:`SyncError` that says what to do."""
    try:
        yield
    except SyncError:
        raise
    except OSError as error:
        raise folder_error(folder, error) from None


def folder_error(folder: Path, error: OSError) -> SyncError:
    where = f"The shared folder {folder}"
    if isinstance(error, FileNotFoundError | NotADirectoryError) or error.errno in _MISSING:
        return SyncError(
            "folder_missing",
            f"{where} cannot be found. Check that the network share is connected. This desk "
            "keeps working and catches up at the next sync.",
            folder=str(folder),
        )
    if error.errno == errno.EROFS:
        return SyncError(
            "folder_read_only",
            f"{where} is read-only for this desk: its check-ins cannot be shared, but the "
            "other desks' are still read. Ask for write access to the share.",
            folder=str(folder),
        )
    if isinstance(error, PermissionError):
        target = error.filename or folder
        access = "write" if _readable(target) else "read and write"
        return SyncError(
            "folder_denied",
            f"{where} cannot be used: permission denied ({target}). This desk keeps "
            f"working; ask for {access} access to the share for this desk's account.",
            folder=str(folder),
            access=access,
        )
    return SyncError(
        "folder_unavailable",
        f"{where} cannot be used ({error.strerror or error}). This desk keeps working and "
        "catches up at the next sync.",
        folder=str(folder),
    )


def _readable(path: str | os.PathLike) -> bool:
    """Whether this account can read ``path`` (a folder: list it); a missing file is
    not a read problem (it was being created)."""
    try:
        if os.path.isdir(path):
            os.listdir(path)
        else:
            with open(path, "rb") as handle:
                handle.read(1)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def require_folder(folder: Path) -> None:
    """Never create the share's root: a missing root is an unmounted share, not a new one."""
    if not folder.is_dir():
        raise folder_error(folder, FileNotFoundError(errno.ENOENT, "not found", str(folder)))


def append_file(path: Path, data: bytes) -> None:
    with path.open("ab") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def replace_file(path: Path, data: bytes) -> None:
    """The file gets the share's usual permissions (the umask, or the folder's default
    ACL and group): every desk's account must read what another desk wrote."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        with os.fdopen(os.open(temporary, flags, 0o666), "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(path.parent)


def create_file(path: Path, data: bytes) -> bool:
    """Write ``path`` whole unless it exists; False (and nothing written) when it does.

    The file appears complete or not at all: it is written under a temporary name
    and hard-linked to its name, which fails if another writer made it first. On a
    share without hard links it is created exclusively and written in one call (a
    reader meanwhile sees a short file, whose last line it reads again later)."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        with os.fdopen(os.open(temporary, flags, 0o666), "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            return False
        except OSError as error:  # no hard links on this share (some SMB servers, FAT)
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            try:
                handle_no = os.open(path, flags, 0o666)
            except FileExistsError:
                return False
            with os.fdopen(handle_no, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    _sync_folder(path.parent)
    return True


def _replace(source: Path, target: Path, attempts: int = 5) -> None:
    """``os.replace``, retried briefly: on Windows it fails while another desk has the
    target open to read it, which lasts milliseconds."""
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.1 * (attempt + 1))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


@contextlib.contextmanager
def exclusive(path: Path, timeout: float) -> Iterator[None]:
    """One sync at a time per desk home (the app's background sync and a CLI ``sync``).

    An OS file lock, released by the OS if the process dies. Waits up to
    ``timeout`` seconds, then raises ``busy``.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+b")
    except OSError as error:
        raise SyncError(
            "desk_folder",
            f"This desk's own folder {path.parent} cannot be written "
            f"({error.strerror or error}). Call a supervisor.",
            folder=str(path.parent),
        ) from None
    deadline = time.monotonic() + timeout
    try:
        while not try_lock(handle):
            if time.monotonic() >= deadline:
                raise SyncError(
                    "busy", "Another sync of this desk is running. Try again in a moment."
                )
            time.sleep(0.05)
        try:
            yield
        finally:
            unlock(handle)
    finally:
        handle.close()
