"""The consolidated attendance files in the shared folder, for organisers.

One CSV and one XLSX per conference day: a header row, then one row per
person checked in that day (the first arrival counts; undone check-ins do
not). A day is *dirty* when a sync pushed or merged something that changes
its file; dirty days are remembered in the database until their files are
written, so a file that cannot be replaced now (open in a spreadsheet on
Windows) is written at a later sync. At 100k participants a day's XLSX takes
seconds, so the app rewrites them at most every few minutes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from checkin.domain.log import Kind, LogEvent, iso_utc, parse_utc
from checkin.service.exports import ATTENDANCE_COLUMNS, attendance_rows
from checkin.service.sync_result import UNREACHABLE, SyncResult
from checkin.store import Store
from checkin.sync.errors import SyncError
from checkin.sync.transport import Transport

DIRTY, WRITTEN_AT = "sync_attendance_dirty", "sync_attendance_at"
DAY_KINDS = (Kind.CHECK_IN, Kind.UNDO)


def write_attendance(
    store: Store,
    transport: Transport,
    result: SyncResult,
    dirty: set[str],
    every: float,
    clock: Callable[[], dt.datetime],
) -> None:
    """Write the files of the dirty days (removing them from ``dirty``) if one is due."""
    if not dirty:
        return
    written_at = store.meta(WRITTEN_AT)
    if every and written_at and (clock() - parse_utc(written_at)).total_seconds() < every:
        return
    event = store.event_config()
    for day in sorted(dirty):
        date = dt.date.fromisoformat(day)
        if date not in event.days:
            dirty.discard(day)
            continue
        try:
            transport.publish_attendance(
                date, ATTENDANCE_COLUMNS, attendance_rows(store, event, date)
            )
        except SyncError as error:  # open in Excel: stays dirty, retried next sync
            result.fail(error)
            if error.code in UNREACHABLE:
                return
            continue
        dirty.discard(day)
        result.attendance.append(day)
    store.set_meta(WRITTEN_AT, iso_utc(clock()))


def days_changed(store: Store, events: Iterable[LogEvent]) -> set[str]:
    """The conference days whose attendance these events change."""
    days: set[str] = set()
    for event in events:
        if event.kind in DAY_KINDS and isinstance(event.payload.get("day"), str):
            days.add(event.payload["day"])
        elif event.kind in (Kind.PARTICIPANT_CREATED, Kind.PARTICIPANT_UPDATED):
            return days | {d.isoformat() for d in store.event_config().days}  # names in files
    return days
