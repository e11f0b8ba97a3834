"""Exports: the participant list (re-importable as is) and a day's attendance."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from checkin.domain.log import parse_utc
from checkin.domain.model import EventConfig
from checkin.importing.writing import write_participants, write_table
from checkin.store import Store

ATTENDANCE_COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "organisation",
    "country",
    "category",
    "checked_in_at",
    "desk",
    "desk_name",
)


def export_participants(store: Store, path: Path) -> int:
    """Write the whole list (CSV or XLSX by suffix); importing it back changes nothing."""
    return write_participants(path, store.all_participants())


def attendance_rows(store: Store, event: EventConfig, day: dt.date) -> list[list[str]]:
    """One row per person checked in on ``day`` (first arrival; undone check-ins excluded)."""
    people = {p.id: p for p in store.all_participants()}
    names = store.desk_names()
    rows = []
    for pid, _day, at, desk, category, country in sorted(
        store.first_arrivals(day), key=lambda r: (r[2], r[0])
    ):
        person = people.get(pid)
        local = parse_utc(at).astimezone(event.zone).strftime("%Y-%m-%d %H:%M:%S")
        rows.append(
            [
                pid,
                person.first_name if person else "",
                person.last_name if person else "",
                person.organisation if person else "",
                country,
                category,
                local,
                desk,
                names.get(desk, ""),
            ]
        )
    return rows


def export_attendance(store: Store, event: EventConfig, day: dt.date, path: Path) -> int:
    """A header row, then one row per person checked in that day (times in the event's zone)."""
    event.event_day(day)
    rows = attendance_rows(store, event, day)
    write_table(path, ATTENDANCE_COLUMNS, rows, sheet=day.isoformat())
    return len(rows)
