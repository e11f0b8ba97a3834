"""Syncing a desk with the others: join, publish, push and pull, day files.

One operation, :func:`sync`, does what the situation needs: a desk with no
event joins the one published in the folder; a desk with an event and an
empty folder publishes it; then every sync pushes this desk's new events,
pulls the other desks' and merges them through :meth:`Store.merge` (the same
``eventlog.apply`` path as a desk's own check-ins, so merging is idempotent
and order-independent), and rewrites the day attendance files when they
changed. A problem with the share is recorded in the result, never raised:
the desk keeps working and the next sync catches up.

Run it off the UI thread, on its own :class:`Store` (its own connection):
merging writes in chunks of :data:`CHUNK` events, so a desk's check-ins wait
at most one chunk for the write lock, even during a cold merge of 300k events.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
from collections.abc import Callable

from checkin.domain.log import LogEvent, iso_utc, utc_now
from checkin.service.day_files import DAY_KINDS, DIRTY, days_changed, write_attendance
from checkin.service.desk import desk_identity
from checkin.service.event_setup import LoadedEvent, install_event
from checkin.service.sync_result import (
    LAST_SYNC,
    UNREACHABLE,
    LastSync,
    SyncIssue,
    SyncResult,
    last_sync,
)
from checkin.store import Store, StoreError
from checkin.sync.errors import SyncError
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

CHUNK = 2_000
#: Above this many (person, day) pairs, duplicates are counted over the whole day instead.
PAIRS_ONE_BY_ONE = 2_000
PUSH, PULL, PACKAGE = "sync_push", "sync_pull", "sync_package"


def sync(
    store: Store,
    transport: Transport,
    *,
    publish: bool = False,
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
    """
    began = time.perf_counter()
    result = SyncResult(folder=transport.describe())
    try:
        with exclusive(store.path.parent / "sync.lock", lock_timeout):
            info = _join_or_publish(store, transport, result, publish, clock)
            _exchange(store, transport, result, info, verify, attendance_every, clock)
    except SyncError as error:
        result.fail(error)
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
    store.set_meta(PACKAGE, package.info.published_at)
    return loaded


def publish_event(
    store: Store, transport: Transport, *, clock: Callable[[], dt.datetime] = utc_now
) -> PackageInfo:
    """Publish this desk's event (config, participant list, secret) for other desks to join."""
    event_id = store.meta("event_id")
    current = transport.package_info()
    if current is not None and current.event_id != event_id:
        raise _other_event(transport, current, event_id)
    secret = store.meta("secret")
    if current is not None and current.secret_check != secret_check(secret):
        raise _other_secret(transport)  # replacing it would invalidate the others' badges
    people = store.all_participants()
    info = PackageInfo(
        event_id=event_id,
        published_at=iso_utc(clock()),
        published_by=desk_identity(store),
        participants=len(people),
        secret_check=secret_check(secret),
    )
    config = json.loads(store.meta("event_config"))
    transport.publish_event_package(EventPackage(config, people, secret, info))
    store.set_meta(PACKAGE, info.published_at)
    return info


def _join_or_publish(store, transport, result, publish, clock) -> PackageInfo:
    if not store.has_event():
        join_event(store, transport)
        result.joined = True
    else:
        info = transport.package_info()
        if info is not None and not publish:
            return info
        if info is None and not publish and store.meta(PACKAGE):
            raise _package_missing(transport)
        publish_event(store, transport, clock=clock)
        result.published = True
    info = transport.package_info()
    if info is None:
        raise SyncError("no_package", f"No event package in {transport.describe()}.")
    return info


def _exchange(store, transport, result, info, verify, attendance_every, clock) -> None:
    desk_id = result.desk_id = desk_identity(store)
    if info.event_id != store.meta("event_id"):
        raise _other_event(transport, info, store.meta("event_id"))
    if info.secret_check != secret_check(store.meta("secret")):
        result.fail(_other_secret(transport))
    result.package_updated = info.published_at != store.meta(PACKAGE)
    dirty = set(json.loads(store.meta(DIRTY, "[]")))
    try:
        _push(store, transport, desk_id, result, dirty, verify)
        _pull(store, transport, desk_id, result, dirty)
    except SyncError as error:
        result.fail(error)
    if not result.unreachable:
        write_attendance(store, transport, result, dirty, attendance_every, clock)
    result.attendance_pending = sorted(dirty)
    store.set_meta(DIRTY, json.dumps(sorted(dirty)))


def _push(store, transport, desk_id, result, dirty, verify) -> None:
    try:
        own = _DeskLog(store, desk_id)
        pushed = transport.push(desk_id, own, store.meta(PUSH), verify=verify)
    except SyncError as error:
        if error.code in UNREACHABLE:
            raise
        result.fail(error)  # e.g. a journal conflict: still read the others
        return
    store.merge(pushed.recovered, meta={PUSH: pushed.cursor})
    result.pushed = len(pushed.events)
    result.recovered = len(pushed.recovered)
    result.rewritten = pushed.rewritten
    dirty |= days_changed(store, pushed.events + pushed.recovered)


def _pull(store, transport, desk_id, result, dirty) -> None:
    cursors: dict[str, str] = json.loads(store.meta(PULL, "{}"))
    pulled = transport.pull(desk_id, cursors)
    result.journals, result.ignored = pulled.sources, pulled.ignored
    for batch in pulled.batches:
        if batch.error is not None:
            result.fail(batch.error)
            continue
        result.pulled += len(batch.events)
        result.corrupt += [str(line) for line in batch.corrupt]
        result.skipped_corrupt += len(batch.corrupt)
        result.torn += int(batch.torn)
        if not batch.events and batch.cursor == cursors.get(batch.source, ""):
            continue
        advanced = {**cursors, batch.source: batch.cursor}
        try:
            _merge(store, batch.events, {PULL: json.dumps(advanced)}, result, dirty)
        except StoreError as error:  # e.g. a desk/sequence clash: refused loudly, not dropped
            result.fail(
                SyncError("merge_refused", f"{batch.source}: {error}", journal=batch.source)
            )
            continue
        cursors = advanced


def _merge(store, events: list[LogEvent], meta, result, dirty) -> None:
    """Apply in chunks (short write transactions); the cursor goes with the last chunk."""
    pairs = {
        (e.participant_id, e.payload["day"])
        for e in events
        if e.kind in DAY_KINDS and isinstance(e.payload.get("day"), str)
    }
    whole_day = len(pairs) > PAIRS_ONE_BY_ONE
    before = store.duplicates() if whole_day else store.active_counts(pairs) if pairs else {}
    for start in range(0, max(len(events), 1), CHUNK):
        last = start + CHUNK >= len(events)
        applied = store.merge(events[start : start + CHUNK], meta=meta if last else None)
        result.merged += len(applied)
        dirty |= days_changed(store, applied)
    if whole_day:
        result.duplicates += max(0, store.duplicates() - before)
    elif pairs:
        after = store.active_counts(pairs)
        added = sum(max(0, after[p] - 1) - max(0, before[p] - 1) for p in pairs)
        result.duplicates += max(0, added)


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


def _other_event(transport: Transport, info: PackageInfo, ours: str) -> SyncError:
    return SyncError(
        "other_event",
        f"{transport.describe()} serves the event {info.event_id!r}, not {ours!r}. "
        "Choose the folder of this desk's event.",
        folder=transport.describe(),
        event=info.event_id,
    )


def _package_missing(transport: Transport) -> SyncError:
    """An empty folder where this desk's event used to be: most likely an unmounted share."""
    return SyncError(
        "package_missing",
        f"{transport.describe()} no longer holds the event (is the network share "
        "connected?). Nothing was written. To start a new shared folder there, sync "
        "again with --publish.",
        folder=transport.describe(),
    )


def _other_secret(transport: Transport) -> SyncError:
    return SyncError(
        "other_secret",
        f"The event in {transport.describe()} was published with another secret: badges "
        "printed at this desk and at the others will not verify at each other's desks. "
        "Join the folder again from an empty desk home.",
        folder=transport.describe(),
    )
