"""Syncing a desk with the others: join, publish, push and pull, day files.

One operation, :func:`sync`, does what the situation needs: a desk with no
event joins the one published in the folder; a desk with an event and an
empty folder publishes it; then every sync pushes this desk's new events,
pulls the other desks' and merges them through :meth:`Store.merge` (the same
``eventlog.apply`` path as a desk's own check-ins, so merging is idempotent
and order-independent), and rewrites the day attendance files when they
changed. A problem with the share is recorded in the result, never raised:
the desk keeps working and the next sync catches up.

Run it off the UI thread, on the desk's own :class:`Store`: :meth:`Store.merge`
writes in short chunks and cuts one short when a desk operation waits, so a
scan waits tens of milliseconds, even during a cold merge of 300k events.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
import time
from collections.abc import Callable

from checkin.domain.gc_pause import collector_paused
from checkin.domain.log import LogEvent, iso_utc, utc_now
from checkin.service import clock_check
from checkin.service.carry import carry_other_desks
from checkin.service.day_files import DAY_KINDS, DIRTY, days_changed, write_attendance
from checkin.service.desk import desk_identity
from checkin.service.event_setup import LoadedEvent, install_event
from checkin.service.list_refresh import PACKAGE, list_conflict, take_in_published
from checkin.service.sync_result import (
    LAST_SYNC,
    UNREACHABLE,
    WRITE_REFUSED,
    LastSync,
    SyncIssue,
    SyncResult,
    last_sync,
)
from checkin.store import Store, StoreError
from checkin.store.bulk import LIST_TO_PUBLISH
from checkin.store.removals import RELISTED
from checkin.store.turns import quick_thread_switches
from checkin.sync.errors import SyncError, other_event, other_secret, package_missing
from checkin.sync.files import exclusive
from checkin.sync.transport import EventPackage, PackageInfo, Transport, secret_check

__all__ = [
    "LastSync",
    "SyncIssue",
    "SyncResult",
    "join_event",
    "last_sync",
    "publish_event",
    "sync",
]

#: Above this many (person, day) pairs, duplicates are counted over the whole day instead.
PAIRS_ONE_BY_ONE = 2_000
PUSH, PULL = "sync_push", "sync_pull"


def sync(
    store: Store,
    transport: Transport,
    *,
    publish: bool = False,
    take_published: bool = False,
    verify: bool = False,
    attendance_every: float = 0.0,
    clock: Callable[[], dt.datetime] = utc_now,
    lock_timeout: float = 10.0,
) -> SyncResult:
    """Join or publish if needed, then push and pull. Never raises for a share problem.

    ``attendance_every``: at most one rewrite of the day files per so many
    seconds (the app passes a few minutes; the CLI writes whenever they changed).
    ``verify``: read this desk's whole journal back and repair it if a line was
    damaged on the share (the app does it at start and then hourly).
    ``take_published``: after a ``list_conflict``, take the published list in and
    give up this desk's unpublished import (``publish`` keeps the import instead).
    """
    began = time.perf_counter()
    result = SyncResult(folder=transport.describe())
    try:
        with exclusive(store.path.parent / "sync.lock", lock_timeout):
            info = _join_or_publish(store, transport, result, publish, take_published, clock)
            _exchange(store, transport, result, info, verify, attendance_every, clock)
    except SyncError as error:
        result.fail(error)
    except StoreError as error:
        if error.code != "locked":
            raise  # a damaged or vanished database is the desk's problem, said elsewhere
        # Another program held the desk's database too long: nothing is lost, what was
        # written stays written, and the next sync goes on from there.
        result.fail(SyncError("desk_busy", f"{error} The next sync tries again."))
    result.seconds = time.perf_counter() - began
    _remember(store, result, clock)
    return result


def join_event(store: Store, transport: Transport) -> LoadedEvent:
    """Load the published event — config, participants and secret — into an empty desk."""
    package = transport.fetch_event_package()
    loaded = install_event(
        store,
        package.config,
        list(package.participants),
        secret=package.secret,
        source=f"{transport.describe()} (event/event.json)",
    )
    store.set_meta(PACKAGE, package.info.version)
    store.set_aside_people(list(package.removed), package.info.published_at)
    return loaded


def publish_event(
    store: Store, transport: Transport, *, clock: Callable[[], dt.datetime] = utc_now
) -> PackageInfo:
    """Publish this desk's event (config, participant list, secret) for other desks to join."""
    event_id = store.meta("event_id")
    current = transport.package_info()
    if current is not None and current.event_id != event_id:
        raise other_event(transport.describe(), current.event_id, event_id)
    secret = store.meta("secret")
    if current is not None and current.secret_check != secret_check(secret):
        raise other_secret(transport.describe())  # replacing it would invalidate the others' badges
    # Read before the list: an import committed while this publishes sets it anew, and
    # is published by the next sync (it is cleared below only if unchanged).
    pending = store.meta(LIST_TO_PUBLISH)
    people = store.all_participants()
    info = PackageInfo(
        event_id=event_id,
        published_at=iso_utc(clock()),
        publication=secrets.token_hex(8),
        published_by=desk_identity(store),
        participants=len(people),
        secret_check=secret_check(secret),
    )
    config = json.loads(store.meta("event_config"))
    removed = store.removed_from_list()  # so desks joining later can list them again
    transport.publish_event_package(EventPackage(config, people, secret, info, removed))
    store.set_meta(PACKAGE, info.version)
    if pending:
        store.set_meta(LIST_TO_PUBLISH, "", only_if=pending)
    return info


def _join_or_publish(store, transport, result, publish, take_published, clock) -> PackageInfo:
    if not store.has_event():
        if publish:
            raise SyncError(
                "nothing_to_publish",
                "This desk holds no event to publish. Load it first ('checkin event "
                "EVENT.json', then 'checkin import LIST'), or join the event already in "
                f"{transport.describe()} with 'checkin sync' without --publish.",
            )
        join_event(store, transport)
        result.joined = True
    else:
        info = transport.package_info()
        if info is not None and not publish:
            newer = info.version != store.meta(PACKAGE, info.version)
            pending = store.meta(LIST_TO_PUBLISH)
            if newer and pending and not take_published:
                # Two lists: this desk's import, not published yet, and another desk's,
                # published since. Neither silently replaces the other.
                result.fail(list_conflict(transport, info))
                return info
            if take_published and not newer:
                result.fail(
                    SyncError(
                        "nothing_to_take",
                        f"{transport.describe()} holds the list this desk already has: "
                        "nothing was taken in, and this desk's own import (if any) was "
                        "not published. 'checkin sync FOLDER' publishes it.",
                    )
                )
                return info
            if newer:  # with --take-published, this desk's import gives way
                take_in_published(store, transport, info, result, pending=pending)
                if any(issue.code == "list_conflict" for issue in result.errors):
                    return info  # an import committed meanwhile: neither list wins
            if not store.meta(LIST_TO_PUBLISH):
                return info
            # A list imported on this desk since: the others get it from the folder.
            publish_event(store, transport, clock=clock)
            result.published = True
            return transport.package_info() or info
        if info is None and not publish and store.meta(PACKAGE):
            raise package_missing(transport.describe())
        if info is None:  # a new folder: this desk's journal there is created, not repaired
            store.set_meta(PUSH, "")
        publish_event(store, transport, clock=clock)
        result.published = True
        # A new folder (or --publish): the other desks' events this desk holds go too.
        result.carried = carry_other_desks(store, transport)
    info = transport.package_info()
    if info is None:
        raise SyncError("no_package", f"No event package in {transport.describe()}.")
    return info


def _exchange(store, transport, result, info, verify, attendance_every, clock) -> None:
    desk_id = result.desk_id = desk_identity(store)
    if info.event_id != store.meta("event_id"):
        raise other_event(transport.describe(), info.event_id, store.meta("event_id"))
    if info.secret_check != secret_check(store.meta("secret")):
        # Its check-ins and badges are not the others' (another load of the event):
        # nothing is pushed, pulled or written.
        raise other_secret(transport.describe())
    result.package_updated = info.version != store.meta(PACKAGE)
    dirty = set(json.loads(store.meta(DIRTY, "[]")))
    try:
        _push(store, transport, desk_id, result, dirty, verify)
        # The collector's full passes over a process holding a whole journal's
        # events cost seconds in a cold merge (nothing a pull builds holds a
        # cycle); quick thread switches keep the desk's scans from waiting 5 ms
        # for the interpreter after each SQLite call while journals are decoded.
        with collector_paused(), quick_thread_switches():
            _pull(store, transport, desk_id, result, dirty)
    except SyncError as error:
        result.fail(error)
    clock_check.check(store, transport, result, due=verify or bool(result.pushed))
    if store.meta(RELISTED):  # a check-in listed someone again who had been removed
        if info.published_by == desk_id and not store.meta(LIST_TO_PUBLISH):
            store.set_meta(LIST_TO_PUBLISH, secrets.token_hex(8))  # this desk's list: again
        store.set_meta(RELISTED, "")
    refused = any(issue.code in WRITE_REFUSED for issue in result.errors)
    if not result.unreachable and not refused:
        write_attendance(store, transport, result, dirty, attendance_every, clock)
    result.attendance_pending = sorted(dirty)
    store.set_meta(DIRTY, json.dumps(sorted(dirty)))


def _push(store, transport, desk_id, result, dirty, verify) -> None:
    cursor = store.meta(PUSH)
    try:
        own = _DeskLog(store, desk_id)
        pushed = transport.push(desk_id, own, cursor, verify=verify)
    except SyncError as error:
        if error.code in UNREACHABLE and error.code not in WRITE_REFUSED:
            raise
        # A journal conflict, or a share this desk may read but not write (organisers'
        # laptops often get read-only access): still read the others.
        result.fail(error)
        return
    if pushed.recovered or pushed.cursor != cursor:
        store.merge(pushed.recovered, meta={PUSH: pushed.cursor})
    result.pushed = len(pushed.events)
    result.recovered = len(pushed.recovered)
    result.rewritten = pushed.rewritten
    dirty |= days_changed(store, pushed.events + pushed.recovered)


def _pull(store, transport, desk_id, result, dirty) -> None:
    cursors: dict[str, str] = json.loads(store.meta(PULL, "{}"))
    pulled = transport.pull(desk_id, cursors)
    result.journals, result.ignored = pulled.sources, pulled.ignored
    tally = _Duplicates(store)
    try:
        for batch in pulled.batches:
            if batch.error is not None:
                result.fail(batch.error)
                continue
            if batch.foreign:  # a file named like a journal that is none: not a desk
                result.ignored.append(f"{batch.source} ({batch.foreign})")
                result.journals -= 1
            result.pulled += len(batch.events)
            result.corrupt += [str(line) for line in batch.corrupt]
            result.skipped_corrupt += len(batch.corrupt)
            result.torn += int(batch.torn)
            if not batch.events and batch.cursor == cursors.get(batch.source, ""):
                continue
            advanced = {**cursors, batch.source: batch.cursor}
            events = _without_clashes(store, batch, result)
            try:
                _merge(store, events, {PULL: json.dumps(advanced)}, result, dirty, tally)
            except StoreError as error:  # e.g. a desk/sequence clash: refused loudly, not dropped
                if error.code == "locked":
                    raise  # the desk's database is busy: said once, as desk_busy
                result.fail(
                    SyncError("merge_refused", f"{batch.source}: {error}", journal=batch.source)
                )
                continue
            cursors = advanced
    finally:
        result.duplicates += tally.total()


def _without_clashes(store, batch, result) -> list[LogEvent]:
    """The batch without events that reuse another event's desk and sequence number (a
    copied desk folder): those are reported, the rest of the journal still merges."""
    clashes = store.sequence_clashes(batch.events) if batch.events else []
    if not clashes:
        return batch.events
    result.fail(
        SyncError(
            "journal_conflict",
            f"{batch.source}: {len(clashes)} event(s) reuse sequence numbers of desk "
            f"{clashes[0].desk} that other events already have: two databases share that "
            "desk id (a copied desk folder). They were not merged; the rest was. Ask for "
            "support.",
            journal=batch.source,
        )
    )
    dropped = {e.uuid for e in clashes}
    return [e for e in batch.events if e.uuid not in dropped]


def _merge(store, events: list[LogEvent], meta, result, dirty, tally: _Duplicates) -> None:
    """Apply a journal's new events; the store writes them in short chunks, the cursor
    with the last one, so an interrupted merge reads them again at the next sync."""
    pairs = {
        (e.participant_id, e.payload["day"])
        for e in events
        if e.kind in DAY_KINDS and isinstance(e.payload.get("day"), str)
    }
    before = tally.before(pairs)
    # The days these events touch are remembered with the journal position, in the
    # same transaction: a crash before the day files are written cannot forget them.
    touched = days_changed(store, events)
    applied = store.merge(events, meta={**meta, DIRTY: json.dumps(sorted(dirty | touched))})
    result.merged += len(applied)
    dirty |= touched
    tally.after(pairs, before)


class _Duplicates:
    """The duplicate check-ins a pull brought in (a person admitted at two desks apart).

    A few merged check-ins: their (person, day) pairs are counted before and
    after, by index. Many (a cold merge): the whole table is counted once
    before and once at the end — about 0.5 s at 300k check-ins, too slow to
    repeat for every journal.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.whole_before: int | None = None
        self.added = 0

    def before(self, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], int] | None:
        if self.whole_before is not None:
            return None
        if len(pairs) > PAIRS_ONE_BY_ONE:
            self.whole_before = self.store.duplicates_aside()
            return None
        return self.store.active_counts(pairs) if pairs else {}

    def after(self, pairs: set[tuple[str, str]], before: dict | None) -> None:
        if before is None or not pairs:
            return
        after = self.store.active_counts(pairs)
        self.added += sum(max(0, after[p] - 1) - max(0, before[p] - 1) for p in pairs)

    def total(self) -> int:
        if self.whole_before is not None:
            self.added += self.store.duplicates_aside() - self.whole_before
            self.whole_before = None
        return max(0, self.added)


def _remember(store: Store, result: SyncResult, clock) -> None:
    """The last sync, for the status bar: when, and whether the share was reachable."""
    if not store.has_event():
        return
    with contextlib.suppress(StoreError):  # a busy database: the next sync records it
        store.set_meta(
            LAST_SYNC,
            json.dumps(
                {
                    "at": iso_utc(clock()),
                    "ok": result.ok,
                    "errors": [issue.code for issue in result.errors],
                }
            ),
        )


class _DeskLog:
    """This desk's own events, for :meth:`Transport.push`."""

    def __init__(self, store: Store, desk_id: str) -> None:
        self.store, self.desk_id = store, desk_id

    def last_seq(self) -> int:
        return self.store.last_seq(self.desk_id)

    def events_after(self, seq: int) -> list[LogEvent]:
        return self.store.events_after(self.desk_id, seq)
