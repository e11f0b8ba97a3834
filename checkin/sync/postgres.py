"""The PostgreSQL transport: the event log through a server, for many venues and desks.

The same protocol as the shared folder (:class:`checkin.sync.transport.Transport`),
the same journal lines (:mod:`checkin.sync.journal`), the same guarantees: a
desk pushes only its own events, merging is idempotent by uuid, a desk that
cannot reach the server keeps working and catches up. What changes is where
the lines live (:mod:`checkin.store.server` holds the SQL):

* push: the desk's events after the server's last sequence number for it, in
  one transaction with that number. Cursor ``pg:generation:seq``. When the
  server does not hold what the cursor says (restored from a backup, the
  database made again) the desk reconciles exactly as with a folder: it reads
  its rows back, takes in its own events its database lacks, and writes what
  the server is missing or holds damaged.
* pull: one small query lists the desks and their last sequence numbers; only
  a desk that moved is read, from the cursor on (``pg:generation:seq``). A
  sync with nothing new is one round trip, like a folder's one ``stat`` a desk.

Ordering is safe without server-side ids: only a desk writes its rows, in
sequence order, under the desk's own sync lock, and its ``checkin_desks`` row
moves in the same transaction as its events.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping, Sequence

from checkin.domain.errors import InputError
from checkin.domain.log import LogEvent
from checkin.importing.canonical import participants_from_json
from checkin.importing.writing import participant_record
from checkin.store.server import ServerError, ServerLog, StoredPackage, describe
from checkin.sync.errors import SyncError
from checkin.sync.journal import decode, encode
from checkin.sync.transport import (
    Batch,
    EventPackage,
    OwnLog,
    PackageInfo,
    Pull,
    Pushed,
    secret_check,
)

PREFIX = "pg"


def _cursor(text: str | None) -> tuple[str, int] | None:
    try:
        prefix, generation, seq = (text or "").split(":")
        return (generation, int(seq)) if prefix == PREFIX else None
    except ValueError:
        return None


class PostgresTransport:
    """The event log through a PostgreSQL database every desk can reach."""

    def __init__(self, address: str, *, create: bool = False) -> None:
        self.address = address
        # Publishing creates the tables in an empty database (as a first publication
        # into an empty folder needs nothing more); the database itself is never made
        # here: that is the server administrator's. ``create`` is kept for the protocol.
        self.create = create
        self.server = ServerLog(address)
        self._package: StoredPackage | None = None

    def describe(self) -> str:
        return describe(self.address)

    def close(self) -> None:
        self.server.close()

    def __del__(self) -> None:  # the app makes a transport per sync and drops it
        self.server.close()

    def _fail(self, error: ServerError, **params: object) -> SyncError:
        where = self.describe()
        texts = {
            "unreachable": (
                "server_unreachable",
                f"The sync server {where} cannot be reached ({error}). This desk keeps "
                "working and catches up at the next sync.",
            ),
            "denied": (
                "server_denied",
                f"The sync server {where} refused this desk's login ({error}). Check the "
                "database name, the user name and the password (in the desk's .pgpass file, "
                "or PGPASSWORD).",
            ),
            "address": (
                "server_address",
                "The sync server's address cannot be read: check how it is written in the "
                "desk settings (postgresql://USER@HOST/DATABASE).",
            ),
            "read_only": (
                "server_read_only",
                f"The sync server {where} does not let this desk write ({error}): its "
                "check-ins stay here, the other desks' are still read. Ask for write rights.",
            ),
        }
        code, message = texts.get(
            error.reason,
            (
                "server_error",
                f"The sync server {where} reported a problem: {error}. This desk keeps "
                "working and tries again at the next sync.",
            ),
        )
        return SyncError(code, message, folder=where, detail=str(error), **params)

    def _stored(self) -> StoredPackage | None:
        if self._package is None:
            try:
                self._package = self.server.package()
            except ServerError as error:
                raise self._fail(error) from None
        return self._package

    # -- the event package ---------------------------------------------------------------

    def package_info(self) -> PackageInfo | None:
        stored = self._stored()
        if stored is None:
            return None
        return PackageInfo(
            event_id=stored.event_id,
            published_at=stored.published_at,
            published_by=stored.published_by,
            participants=stored.participants,
            secret_check=stored.secret_check,
            publication=stored.publication,
        )

    def fetch_event_package(self) -> EventPackage:
        info = self.package_info()
        try:
            contents = self.server.package_contents() if info is not None else None
        except ServerError as error:
            raise self._fail(error) from None
        if info is None or contents is None:
            raise SyncError(
                "no_package",
                f"No event is published on {self.describe()} yet. Publish it from the "
                "administrator's desk first (checkin sync ADDRESS --publish).",
                folder=self.describe(),
            )
        config_text, list_text, secret, removed_text = contents
        try:
            config, people = json.loads(config_text), participants_from_json(list_text)
            removed = participants_from_json(removed_text)
        except (ValueError, TypeError, InputError) as error:
            raise self._bad(str(error)) from None
        if not isinstance(config, dict) or secret_check(secret) != info.secret_check:
            raise self._bad("its config or secret is damaged")
        return EventPackage(config, people, secret, info, removed)

    def fetch_event_config(self) -> dict:
        try:
            contents = self.server.package_contents() if self._stored() is not None else None
        except ServerError as error:
            raise self._fail(error) from None
        if contents is None:
            raise SyncError("no_package", f"No event is published on {self.describe()}.")
        try:
            config = json.loads(contents[0])
        except ValueError:
            config = None
        if not isinstance(config, dict):
            raise self._bad("its config is damaged")
        return config

    def _bad(self, why: str) -> SyncError:
        return SyncError(
            "bad_package",
            f"The event published on {self.describe()} cannot be used: {why}. Publish it "
            "again from the administrator's desk.",
            folder=self.describe(),
        )

    def publish_event_package(self, package: EventPackage) -> None:
        info = package.info
        records = [participant_record(p) for p in package.participants]
        removed = [participant_record(p) for p in package.removed]
        try:
            self.server.create_tables()
            self.server.publish(
                StoredPackage(
                    "",
                    info.event_id,
                    info.published_at,
                    info.published_by,
                    info.participants,
                    info.secret_check,
                    info.publication,
                ),
                json.dumps(package.config, ensure_ascii=False),
                json.dumps(records, ensure_ascii=False),
                package.secret,
                json.dumps(removed, ensure_ascii=False),
            )
        except ServerError as error:
            raise self._fail(error) from None
        self._package = None  # read again: the generation is the server's

    # -- this desk's events ----------------------------------------------------------------

    def push(self, desk_id: str, own: OwnLog, cursor: str, *, verify: bool = False) -> Pushed:
        stored = self._stored()
        if stored is None:
            raise SyncError("no_package", f"No event package on {self.describe()}.")
        try:
            row = self.server.desk(desk_id)
            remembered = _cursor(cursor)
            at = remembered[1] if remembered else -1
            current = (
                remembered is not None
                and remembered[0] == stored.generation
                and row is not None
                and row.last_seq == at
                and row.held == at  # no row of the desk lost on the server meanwhile
                and row.event_check == stored.secret_check
            )
            if current and not verify:
                last = own.last_seq()
                if last == at:
                    return Pushed(cursor=cursor)
                if last > at:
                    events = own.events_after(at)
                    self.server.append(desk_id, stored.secret_check, _rows(events))
                    return Pushed(events=events, cursor=self._cursor_at(events[-1].seq))
            return self._reconcile(desk_id, own, stored, row, pushed=remembered is not None)
        except ServerError as error:
            if error.reason == "conflict":
                raise self._conflict(desk_id) from None
            raise self._fail(error) from None

    def _reconcile(self, desk_id, own: OwnLog, package: StoredPackage, row, *, pushed: bool):
        """Make the server hold every event of this desk, and only those."""
        ours = own.events_after(0)
        theirs: list[LogEvent] = []
        damaged: list[int] = []
        other_load = row is not None and row.event_check != package.secret_check
        if row is not None and not other_load:
            on_server = self.server.lines(desk_id)
            data = b"".join(_ended(line) for *_, line in on_server)
            theirs = decode(data, start=0, desk=desk_id, source=desk_id, settled=True).events
            intact = {e.seq for e in theirs}
            damaged = [seq for seq, *_ in on_server if seq not in intact]
        by_uuid = {e.uuid for e in ours}
        by_seq = {e.seq: e.uuid for e in ours}
        recovered = list({e.uuid: e for e in theirs if e.uuid not in by_uuid}.values())
        if any(e.seq in by_seq for e in recovered):
            raise self._conflict(desk_id)
        held = {e.uuid for e in theirs}
        missing = [e for e in ours if e.uuid not in held]
        last = max([e.seq for e in ours + recovered], default=0)
        if missing or damaged or other_load or row is None or row.last_seq != last:
            self.server.append(
                desk_id,
                package.secret_check,
                _rows(missing),
                replace=damaged,
                forget_all=other_load,
            )
        return Pushed(
            events=missing,
            cursor=self._cursor_at(last),
            recovered=recovered,
            rewritten=pushed and bool(missing or damaged or other_load),
        )

    def write_missing_journal(self, desk_id: str, events: Sequence[LogEvent]) -> bool:
        """Another desk's events as this desk holds them, only if the server has none of
        that desk (a new database, and that desk is gone or not moved yet): see
        :meth:`checkin.sync.folder.FolderTransport.write_missing_journal`."""
        stored = self._stored()
        if stored is None or not events:
            return False
        try:
            return self.server.add_absent_desk(
                desk_id, stored.secret_check, _rows(sorted(events, key=lambda e: e.seq))
            )
        except ServerError as error:
            raise self._fail(error) from None

    def _cursor_at(self, seq: int) -> str:
        stored = self._stored()
        return f"{PREFIX}:{stored.generation if stored else ''}:{seq}"

    def _conflict(self, desk_id: str) -> SyncError:
        return SyncError(
            "journal_conflict",
            f"The sync server {self.describe()} holds other events under this desk's "
            f"numbers (desk {desk_id}): two databases share the desk id, or this database "
            "was restored from an older copy. Nothing was written; ask for support before "
            "syncing this desk again.",
            journal=desk_id,
        )

    # -- other desks' events --------------------------------------------------------------

    def pull(self, desk_id: str, cursors: Mapping[str, str]) -> Pull:
        stored = self._stored()
        if stored is None:
            raise SyncError("no_package", f"No event package on {self.describe()}.")
        try:
            desks = self.server.desks(besides=desk_id)
        except ServerError as error:
            raise self._fail(error) from None
        return Pull(self._changed(stored, desks, cursors), sources=len(desks))

    def _changed(self, stored: StoredPackage, desks, cursors: Mapping[str, str]) -> Iterator[Batch]:
        for row in desks:
            source = f"desks/{row.desk}"
            previous = cursors.get(source, "")
            remembered = _cursor(previous)
            epoch = f"{stored.generation}.{row.rewrite}"  # read again after a rewrite
            after = remembered[1] if remembered and remembered[0] == epoch else 0
            if remembered and remembered[0] == epoch and row.last_seq <= after:
                continue  # nothing new: the common case, no query
            if row.event_check != stored.secret_check:
                error = SyncError(
                    "bad_journal",
                    f"The events of desk {row.desk} on {self.describe()} were written for "
                    "another load of the event (its secret differs): they are not read. "
                    "That desk replaces them at its next sync once it holds this event.",
                    journal=source,
                )
                yield Batch(source, [], previous, error=error)
                continue
            try:
                last, data = self.server.journal(row.desk, after=after)
            except ServerError as error:
                if error.reason == "unreachable":  # the server went away: stop, report once
                    raise self._fail(error) from None
                yield Batch(source, [], previous, error=self._fail(error, journal=source))
                continue
            decoded = decode(data, start=0, desk=row.desk, source=source, settled=True)
            yield Batch(
                source,
                decoded.events,
                f"{PREFIX}:{epoch}:{last}",
                corrupt=decoded.corrupt,
            )

    # -- after the event -------------------------------------------------------------------

    def erase_event(self, *, keep_attendance: bool = False) -> tuple[list[str], list[str]]:
        try:
            dropped = self.server.drop_tables(keep_attendance=keep_attendance)
        except ServerError as error:
            if error.reason == "read_only":
                raise SyncError(
                    "server_read_only",
                    f"This login may not drop the event's tables on {self.describe()} "
                    f"({error}). Nothing was erased; ask the server's administrator to drop "
                    "the event's database.",
                    folder=self.describe(),
                ) from None
            raise self._fail(error) from None
        self._package = None
        kept = ["checkin_attendance (kept)"] if keep_attendance else []
        return [f"table {name}" for name in dropped], kept

    def clock_skew(self, now: Callable[[], float]) -> float | None:
        try:
            before, server, after = now(), self.server.clock(), now()
        except ServerError:
            return None
        return server - (before + after) / 2

    # -- attendance for organisers ----------------------------------------------------------

    def publish_attendance(
        self, day: dt.date, headers: Sequence[str], rows: Sequence[Sequence[str]]
    ) -> None:
        try:
            self.server.put_attendance(
                day.isoformat(),
                json.dumps(list(headers), ensure_ascii=False),
                json.dumps([list(r) for r in rows], ensure_ascii=False),
            )
        except ServerError as error:
            raise self._fail(error) from None


def _ended(line: bytes) -> bytes:
    """A row's line with its newline (a damaged row may have lost it)."""
    return line if line.endswith(b"\n") else line + b"\n"


def _rows(events: Sequence[LogEvent]) -> list[tuple[int, str, bytes]]:
    return [(e.seq, e.uuid, encode(e)) for e in events]
