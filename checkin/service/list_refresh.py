"""A desk takes in the event as it was published again: the corrected list reaches it.

The administrator imports a corrected registration list (late registrants,
a changed organisation) and publishes the event again; every desk that
syncs then takes the published list in, exactly as an import of it would
(:func:`checkin.service.importing.compare`): new people are added, changed
people updated and flagged for a new badge when a printed field changed,
and people the published list no longer holds are removed — except anyone
checked in at this desk, and walk-ins (they travel in the journals, and may
reach the administrator's desk only after it published). Check-ins are
never touched, and a name corrected at a desk stays corrected. The event's
config (badge settings, categories, PIN) comes with it.

It is one transaction with the package's publication time, so a desk stopped
halfway takes the whole package in again at its next sync.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from checkin.domain.errors import InputError
from checkin.domain.log import iso_utc, utc_now
from checkin.importing.plan import ImportPlan, PlannedRow
from checkin.importing.table import Source
from checkin.service.event_setup import checked_config
from checkin.service.importing import chips_of, compare
from checkin.store import Store
from checkin.store.bulk import ParticipantChanges, Snapshot
from checkin.store.participants import COLUMNS, to_row
from checkin.sync.transport import EventPackage

#: The desk's meta key for the publication time of the package it holds.
PACKAGE = "sync_package"


@dataclass(slots=True)
class ListTakenIn:
    """What taking in a published list changed on this desk."""

    published_at: str
    imported: int = 0
    updated: int = 0
    removed: int = 0
    reprint: list[str] = field(default_factory=list)  # ids whose badge shows old details
    config_changed: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "published_at": self.published_at,
            "imported": self.imported,
            "updated": self.updated,
            "removed": self.removed,
            "reprint": self.reprint,
            "config_changed": self.config_changed,
        }

    def summary(self) -> str:
        parts = [f"{self.imported} new", f"{self.updated} changed", f"{self.removed} removed"]
        if self.reprint:
            parts.append(f"{len(self.reprint)} badge(s) to print again")
        if self.config_changed:
            parts.append("event settings updated")
        return f"took in the list published at {self.published_at}: " + ", ".join(parts)


def take_in(store: Store, package: EventPackage) -> ListTakenIn:
    """Apply ``package`` (the same event, the same secret) to this desk's list."""
    config_text = json.dumps(package.config, ensure_ascii=False)
    try:
        checked_config(package.config, "the published event.json")
    except InputError as error:
        raise InputError("bad_package", str(error)) from None
    plan = ImportPlan(
        source=Source(name="event package", format="csv"),
        header_row=1,
        headers=COLUMNS[:-1],
        mapping=COLUMNS[:-1],
        rows=[PlannedRow(n, to_row(p)) for n, p in enumerate(package.participants, start=2)],
        data_rows=len(package.participants),
    )
    outcome = ListTakenIn(published_at=package.info.published_at)

    def decide(snapshot: Snapshot) -> ParticipantChanges:
        changes, report = compare(plan, snapshot, remove_vanished=True, chips=chips_of(store))
        outcome.imported, outcome.updated = report.imported, report.updated
        outcome.removed = len(report.removed)
        outcome.reprint = [change.id for change in report.reprint]
        changes.meta[PACKAGE] = package.info.version
        if config_text != store.meta("event_config"):
            changes.meta["event_config"] = config_text
            outcome.config_changed = True
        return changes

    store.import_participants(decide, flagged_at=iso_utc(utc_now()))
    return outcome
