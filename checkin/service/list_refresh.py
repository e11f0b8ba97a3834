"""A desk takes in the event as it was published again: the corrected list reaches it.

The administrator imports a corrected registration list (late registrants,
a changed organisation) and publishes the event again; every desk that
syncs then takes the published list in, exactly as an import of it would
(:func:`checkin.service.importing.compare`): new people are added, changed
people updated and flagged for a new badge when a printed field changed,
and people the published list no longer holds are removed (set aside:
``store/removals.py``) — except anyone this desk knows was checked in, and
walk-ins (they travel in the journals, and may reach the administrator's
desk only after it published). Check-ins are never touched; a name, position
or organisation corrected at a desk stays corrected; a walk-in's e-mail and
notes stay on the desk that typed them. The event's config (badge settings,
categories, PIN) comes with it.

It is one transaction with the package's publication id, so a desk stopped
halfway takes the whole package in again at its next sync. An import on this
desk that is not published yet is never silently undone: that is a
``list_conflict`` (:func:`list_conflict`), settled by a supervisor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from checkin.badges.config import badge_config
from checkin.domain.errors import InputError
from checkin.domain.log import iso_utc, utc_now
from checkin.importing.plan import ImportPlan, PlannedRow
from checkin.importing.table import Source
from checkin.service.event_setup import checked_config
from checkin.service.importing import compare
from checkin.service.sync_result import SyncResult
from checkin.store import Store, StoreError
from checkin.store.bulk import LIST_TO_PUBLISH, ParticipantChanges, Snapshot
from checkin.store.participants import COLUMNS, to_row
from checkin.sync.errors import SyncError
from checkin.sync.transport import EventPackage, PackageInfo, Transport, secret_check

#: The desk's meta key for the publication (``PackageInfo.version``) of the package it holds.
PACKAGE = "sync_package"
#: What never travels in a journal (data minimisation): a walk-in's e-mail and notes
#: reach the administrator's list empty, and stay as typed on the desk that registered it.
_STAYS_HERE = tuple(COLUMNS.index(name) for name in ("email", "notes"))


def _with_what_stays_here(values: tuple, snapshot: Snapshot) -> tuple:
    stored = snapshot.people.get(values[0])
    if stored is None or stored.source != "walk_in":
        return values
    row = list(values)
    for i in _STAYS_HERE:
        if not row[i] and stored.row[i]:
            row[i] = stored.row[i]
    return tuple(row)


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


class ImportMeanwhile(Exception):
    """An import on this desk committed while the package was read: not taken in."""


def take_in(store: Store, package: EventPackage, *, pending: str = "") -> ListTakenIn:
    """Apply ``package`` (the same event, the same secret) to this desk's list.

    ``pending``: the token of this desk's unpublished import when the sync decided
    to take the package in ("" for none); another one now means an import committed
    meanwhile, and nothing is taken in (:class:`ImportMeanwhile`)."""
    config_text = json.dumps(package.config, ensure_ascii=False)
    try:
        config = checked_config(package.config, "the published event.json")
    except InputError as error:
        raise InputError("bad_package", str(error)) from None
    chips = frozenset(badge_config(config).flags)  # what the new badges print
    listed = [to_row(p) for p in package.participants]
    outcome = ListTakenIn(published_at=package.info.published_at)

    def decide(snapshot: Snapshot) -> ParticipantChanges:
        if snapshot.pending_publish not in ("", pending):
            raise ImportMeanwhile  # rolled back: the import is kept, a conflict is said
        plan = ImportPlan(
            source=Source(name="event package", format="csv"),
            header_row=1,
            headers=COLUMNS[:-1],
            mapping=COLUMNS[:-1],
            rows=[
                PlannedRow(n, _with_what_stays_here(values, snapshot))
                for n, values in enumerate(listed, start=2)
            ],
            data_rows=len(listed),
        )
        # The publishing desk checked the ids against its own list: every desk takes
        # the published list in as it is, so that all of them end with the same one.
        changes, report = compare(
            plan, snapshot, remove_vanished=True, chips=chips, identities=False
        )
        outcome.imported, outcome.updated = report.imported, report.updated
        outcome.removed = len(report.removed)
        outcome.reprint = [change.id for change in report.reprint]
        changes.meta[PACKAGE] = package.info.version
        if snapshot.pending_publish:  # the import this take-in replaces (--take-published)
            changes.meta[LIST_TO_PUBLISH] = ""
        if config_text != store.meta("event_config"):
            changes.meta["event_config"] = config_text
            outcome.config_changed = True
        return changes

    store.import_participants(decide, flagged_at=iso_utc(utc_now()))
    return outcome


def list_conflict(transport: Transport, info: PackageInfo) -> SyncError:
    return SyncError(
        "list_conflict",
        f"Desk {info.published_by} published a participant list in {transport.describe()} "
        f"({info.published_at}) since this desk imported one. Neither list replaced the "
        "other; check-ins still travel. A supervisor decides: 'checkin sync FOLDER "
        "--publish' publishes this desk's list instead, 'checkin sync FOLDER "
        "--take-published' takes the published one in (this desk's import is undone).",
        folder=transport.describe(),
    )


def take_in_published(
    store: Store, transport: Transport, info: PackageInfo, result: SyncResult, *, pending: str
) -> None:
    """The event was published again (a corrected list): take its list and config in."""
    if info.event_id != store.meta("event_id"):
        return  # another event: refused below, with the folder named
    if info.secret_check != secret_check(store.meta("secret")):
        return
    try:
        package = transport.fetch_event_package()
        result.list_taken_in = take_in(store, package, pending=pending).as_dict()
        store.set_aside_people(list(package.removed), package.info.published_at)
    except ImportMeanwhile:
        result.fail(list_conflict(transport, info))
    except InputError as error:
        result.fail(SyncError("bad_package", f"{transport.describe()}: {error}"))
    except SyncError as error:
        result.fail(error)
    except StoreError as error:  # a busy desk: check-ins still travel; the list next time
        if error.code != "locked":
            raise
        result.fail(
            SyncError(
                "list_not_taken_in",
                f"The list published in {transport.describe()} could not be taken in now "
                f"({error}); the next sync tries again.",
            )
        )
