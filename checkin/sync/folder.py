"""The shared-folder transport: journals, the event package and day files on a share.

Layout (DESIGN.md): ``event/`` (the package, :mod:`checkin.sync.package`),
``journals/DESK-ID.jsonl`` (one per desk, written only by that desk,
:mod:`checkin.sync.journal`), ``attendance/YYYY-MM-DD.csv`` and ``.xlsx``.

Cursors are kept by the service in the desk's database and are opaque there:

* push: ``generation:size:seq`` — the journal as this desk last left it. When
  the file on the share is not that size any more (restored from a backup,
  deleted, a crash in the middle of an append), the desk reconciles: it
  reads its journal back, takes in any of its own events its database lacks
  (a restored database), and rewrites the whole journal under a new
  generation if anything is missing or damaged.
* pull: ``generation:offset:mtime_ns[:retry]`` per journal
  (:mod:`checkin.sync.read_cursor`) — a journal whose size and time have not
  changed is not opened at all, so a sync with nothing new costs one ``stat``
  per desk; lines that did not verify are read again until they do.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from checkin.domain.errors import InputError
from checkin.domain.log import LogEvent
from checkin.importing.writing import remove_stale_temporaries, write_table
from checkin.sync import names, package
from checkin.sync.clock import folder_skew
from checkin.sync.errors import SyncError
from checkin.sync.files import (
    append_file,
    create_file,
    folder_error,
    io_errors,
    replace_file,
    require_folder,
)
from checkin.sync.journal import (
    BadLine,
    Header,
    decode,
    encode,
    encode_journal,
    is_foreign,
    new_generation,
    parse_header,
)
from checkin.sync.read_cursor import MAX_RETRY, ReadCursor, bad_ranges, read_again
from checkin.sync.retention import erase_folder
from checkin.sync.transport import Batch, EventPackage, OwnLog, PackageInfo, Pull, Pushed

EVENT, JOURNALS, ATTENDANCE = "event", "journals", "attendance"


@dataclass(frozen=True, slots=True)
class _Written:
    generation: str
    size: int
    seq: int

    @classmethod
    def parse(cls, text: str) -> _Written | None:
        try:
            generation, size, seq = text.split(":")
            return cls(generation, int(size), int(seq))
        except ValueError:
            return None

    def __str__(self) -> str:
        return f"{self.generation}:{self.size}:{self.seq}"


#: A journal unchanged for this long (by this desk's clock) has no write arriving: a bad
#: last line in it is reported as damaged, not as a line still being written. Either way
#: it is read again until it verifies (``read_cursor``): the clock decides words only.
SETTLED_S = 600.0


FOREIGN = "-"  # the generation in the cursor of a file that is no journal
_OTHER_EVENT = (
    "it was written for another event, or another load of this event (its secret "
    "differs): its check-ins are not read. Remove it from the folder"
)
_NO_CHECK = (
    "its header does not say which event it was written for (a journal of an older "
    "Check-in, or of another event): its check-ins are not read"
)


def _foreign(size: int) -> str:
    return "empty" if size == 0 else "not a Check-in journal"


class FolderTransport:
    """The event log through a folder every desk can see (SMB, NFS, a synced folder)."""

    def __init__(self, root: Path, *, create: bool = False) -> None:
        self.root = Path(root)
        self.create = create  # publishing may create the root; nothing else ever does
        self._check: str | None = None

    def _event_check(self) -> str:
        """The published package's secret check, read once per transport ("" if none)."""
        if self._check is None:
            info = self.package_info()
            self._check = info.secret_check if info is not None else ""
        return self._check

    def describe(self) -> str:
        return str(self.root)

    # -- the event package ------------------------------------------------------

    def package_info(self) -> PackageInfo | None:
        if self.create and not self.root.exists():
            return None  # about to be published into a new folder
        require_folder(self.root)
        with io_errors(self.root):
            return package.read_info(self.root / EVENT)

    def fetch_event_package(self) -> EventPackage:
        require_folder(self.root)
        return package.read_package(self.root / EVENT)

    def fetch_event_config(self) -> dict:
        require_folder(self.root)
        return package.read_config(self.root / EVENT)

    def publish_event_package(self, event_package: EventPackage) -> None:
        with io_errors(self.root):
            if self.create:
                self.root.mkdir(exist_ok=True)
            require_folder(self.root)
            for name in (JOURNALS, ATTENDANCE):
                (self.root / name).mkdir(exist_ok=True)
            package.write_package(self.root / EVENT, event_package)
        self._check = None  # the journals written from now on carry the new package's check

    # -- this desk's journal ------------------------------------------------------

    def push(self, desk_id: str, own: OwnLog, cursor: str, *, verify: bool = False) -> Pushed:
        require_folder(self.root)
        source = f"{JOURNALS}/{names.journal_name(desk_id)}"
        path = self.root / source
        with io_errors(self.root):
            path.parent.mkdir(exist_ok=True)
            written = _Written.parse(cursor)
            last = own.last_seq()
            size = _size(path)
            if written is not None and size == written.size and not verify:
                if last == written.seq:
                    return Pushed(cursor=cursor)
                if last > written.seq and self._checked(path):
                    events = own.events_after(written.seq)
                    data = b"".join(encode(e) for e in events)
                    append_file(path, data)
                    after = _Written(written.generation, size + len(data), events[-1].seq)
                    return Pushed(events=events, cursor=str(after))
            return self._reconcile(desk_id, path, source, own, size, written is not None)

    def _checked(self, path: Path) -> bool:
        """Whether this desk's journal says which event it is for (one written by an older
        Check-in does not, and readers refuse it): if not, it is rewritten."""
        with path.open("rb") as handle:
            try:
                header = parse_header(handle.readline(4096))
            except BadLine:
                return False
        return header is not None and header.event_check == self._event_check()

    def _reconcile(
        self, desk_id: str, path: Path, source: str, own: OwnLog, size: int | None, pushed: bool
    ) -> Pushed:
        """Make the journal on the share hold every event of this desk, and only those.

        ``pushed``: this desk wrote its journal before (a cursor). A journal written for
        the first time is *created*; one that was there, or should have been, and had to
        be written again is reported as ``rewritten``."""
        ours = own.events_after(0)
        header, theirs, damaged = None, [], True
        if size:
            data = path.read_bytes()
            try:
                header = parse_header(data)
            except BadLine:
                header = None
            if header is not None and header.event_check != self._event_check():
                header = None  # another event's (or an unchecked) journal here: replaced
            if header is not None and header.desk == desk_id:
                decoded = decode(
                    data[header.length :], start=header.length, desk=desk_id, source=source
                )
                theirs = decoded.events
                damaged = bool(decoded.corrupt or decoded.torn)
        by_uuid = {e.uuid for e in ours}
        by_seq = {e.seq: e.uuid for e in ours}
        recovered = list({e.uuid: e for e in theirs if e.uuid not in by_uuid}.values())
        clashes = [e for e in recovered if e.seq in by_seq]
        if clashes or len({e.seq for e in recovered}) != len(recovered):
            raise SyncError(
                "journal_conflict",
                f"{source} in {self.root} holds other events under this desk's numbers "
                f"(sequence {clashes[0].seq if clashes else '?'}): two databases share the desk "
                "id, or this database was restored from an older copy. The journal was left "
                "as it is; ask for support before syncing this desk again.",
                journal=source,
            )
        on_share = {e.uuid for e in theirs}
        missing = [e for e in ours if e.uuid not in on_share]
        last = max([e.seq for e in ours + recovered], default=0)
        if header is not None and header.desk == desk_id and not damaged and not missing:
            return Pushed(
                cursor=str(_Written(header.generation, size or 0, last)), recovered=recovered
            )
        generation = new_generation()
        everything = sorted(ours + recovered, key=lambda e: e.seq)
        data = encode_journal(desk_id, generation, everything, self._event_check())
        replace_file(path, data)
        return Pushed(
            events=missing,
            cursor=str(_Written(generation, len(data), last)),
            recovered=recovered,
            rewritten=size is not None or pushed,
        )

    def write_missing_journal(self, desk_id: str, events: Sequence[LogEvent]) -> bool:
        """Write another desk's journal from the events this desk holds of it, only if
        the folder has none (a new folder, and that desk is gone or not moved yet).

        The file is made once, whole, and never touched again by this desk: its own
        desk, if it comes back, reads it like its own (same header and lines) and
        appends to or rewrites it; a desk that made it first wins."""
        if not events:
            return False
        path = self.root / JOURNALS / names.journal_name(desk_id)
        data = encode_journal(
            desk_id, new_generation(), sorted(events, key=lambda e: e.seq), self._event_check()
        )
        with io_errors(self.root):
            require_folder(self.root)
            path.parent.mkdir(exist_ok=True)
            return create_file(path, data)

    # -- other desks' journals ------------------------------------------------------

    def pull(self, desk_id: str, cursors: Mapping[str, str]) -> Pull:
        require_folder(self.root)
        own = names.journal_name(desk_id)
        with io_errors(self.root):
            try:
                entries = sorted(os.scandir(self.root / JOURNALS), key=lambda e: e.name)
            except FileNotFoundError:
                require_folder(self.root)
                entries = []
        sources, ignored = [], []
        for entry in entries:
            if names.is_hidden(entry.name) or entry.name == own:
                continue
            desk = names.desk_of_journal(entry.name)
            if desk is None or not entry.is_file():
                ignored.append(f"{JOURNALS}/{entry.name} ({names.why_ignored(entry.name)})")
                continue
            sources.append((entry, desk))
        return Pull(self._changed(sources, cursors), sources=len(sources), ignored=ignored)

    def _changed(
        self, sources: list[tuple[os.DirEntry, str]], cursors: Mapping[str, str]
    ) -> Iterator[Batch]:
        for entry, desk in sources:
            source = f"{JOURNALS}/{entry.name}"
            previous = cursors.get(source, "")
            try:
                batch = self._read(Path(entry.path), source, desk, ReadCursor.parse(previous))
            except OSError as error:
                if not self.root.is_dir():  # the share went away: stop, report once
                    raise folder_error(self.root, error) from None
                batch = Batch(source, [], previous, error=folder_error(self.root, error))
            except BadLine as problem:
                error = SyncError(
                    "bad_journal",
                    f"{source} in {self.root}: {problem}. If it is a desk's own journal, that "
                    "desk repairs it at its hourly check (or run checkin sync FOLDER --verify "
                    "there).",
                    journal=source,
                )
                batch = Batch(source, [], previous, error=error)
            if batch is not None:
                yield batch

    def _read(
        self, path: Path, source: str, desk: str, cursor: ReadCursor | None
    ) -> Batch | None:
        stat = path.stat()
        size = stat.st_size
        foreign = ReadCursor(FOREIGN, size, stat.st_mtime_ns)
        if cursor == foreign:  # seen before, unchanged: still no desk's journal
            return Batch(source, [], str(cursor), foreign=_foreign(size))
        if (
            cursor is not None
            and not cursor.retry
            and size == cursor.offset
            and stat.st_mtime_ns == cursor.mtime_ns
        ):
            return None  # nothing new: the common case, one stat
        with path.open("rb") as handle:
            first = handle.readline(4096)
            if is_foreign(first):  # a README, an empty file: ignored, never an error
                return Batch(source, [], str(foreign), foreign=_foreign(size))
            header = parse_header(first)
            if header is None:  # being created: the header is not complete yet
                return Batch(source, [], str(cursor or ""), torn=True)
            if header.desk != desk:
                raise BadLine(
                    f"its header names desk {header.desk!r}: a copy under another name? "
                    "Remove it from the folder"
                )
            if header.event_check != self._event_check():
                raise BadLine(_OTHER_EVENT if header.event_check else _NO_CHECK)
            start = self._resume_at(header, cursor, size)
            same = cursor is not None and cursor.generation == header.generation
            waiting = cursor.retry if same and start == cursor.offset else ()
            again, still = read_again(handle, waiting, desk, source)
            handle.seek(start - 1)
            data = handle.read(size - start + 1)
            if data[:1] != b"\n":  # not a line boundary: the file changed under us
                start, again, still = header.length, [], []
                handle.seek(start)
                data = handle.read(size - start)
            else:
                data = data[1:]
        settled = time.time() - stat.st_mtime > SETTLED_S  # words only (see SETTLED_S)
        decoded = decode(data, start=start, desk=desk, source=source, settled=settled)
        retry = still + bad_ranges(data, start, [line.offset for line in decoded.corrupt])
        end = decoded.end
        if len(retry) > MAX_RETRY:  # never past a line not waited on: read on from there
            end, retry = retry[MAX_RETRY][0], retry[:MAX_RETRY]
        # mtime 0: look again next time (a line still to come, or some to read again)
        mtime = stat.st_mtime_ns if end == size and not retry else 0
        return Batch(
            source,
            again + decoded.events,
            str(ReadCursor(header.generation, end, mtime, tuple(retry))),
            corrupt=decoded.corrupt,
            torn=decoded.torn,
        )

    @staticmethod
    def _resume_at(header: Header, cursor: ReadCursor | None, size: int) -> int:
        """The remembered offset if it belongs to this file, else just after the header."""
        if cursor is None or cursor.generation != header.generation:
            return header.length
        if not header.length <= cursor.offset <= size:
            return header.length
        return cursor.offset

    # -- day files for organisers ---------------------------------------------------

    def publish_attendance(
        self, day: dt.date, headers: Sequence[str], rows: Sequence[Sequence[str]]
    ) -> None:
        require_folder(self.root)
        folder = self.root / ATTENDANCE
        with io_errors(self.root):
            folder.mkdir(exist_ok=True)
        names = [f"{day.isoformat()}{suffix}" for suffix in (".csv", ".xlsx")]
        remove_stale_temporaries(folder, names)  # left by a write the share cut off
        for suffix in (".csv", ".xlsx"):
            path = folder / f"{day.isoformat()}{suffix}"
            try:
                write_table(path, headers, rows, sheet=day.isoformat())
            except InputError as error:
                require_folder(self.root)
                locked = error.params.get("reason") == "locked"  # Excel holds it (Windows)
                raise SyncError(
                    "attendance_locked" if locked else "folder_unavailable",
                    str(error),
                    file=f"{ATTENDANCE}/{day}{suffix}",
                ) from None

    def clock_skew(self, now: Callable[[], float]) -> float | None:
        return folder_skew(self.root / JOURNALS, now)  # (see checkin.sync.clock)

    # -- after the event ------------------------------------------------------------

    def erase_event(self, *, keep_attendance: bool = False) -> tuple[list[str], list[str]]:
        erased = erase_folder(self.root, keep_attendance=keep_attendance)
        return erased.removed, erased.kept


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None
