"""Importing a registration list: read, plan, compare with the desk's list, apply.

Decisions (issue "Registration lists"):

* The ``participants`` table *is* the registration list. An import changes
  it and nothing else: check-ins, undos and the event log are never touched,
  and no per-person log events are written (the list reaches other desks in
  the event package). A summary of the last import is kept in
  ``meta["last_import"]``.
* People are matched by id. New ids are added, changed people updated,
  people missing from the new list are *reported* (``vanished``) and only
  removed on explicit request — and never if they have checked in.
* A column absent from the file leaves that field as it is: importing a
  list without e-mails does not erase the e-mails already known.
* A change to what is printed on a badge (name, position, organisation,
  country, category, the language it is printed in, a flag shown as a chip)
  is flagged in ``badge_reprints`` so a new badge can be printed.
* A name corrected at a desk (a badge replaced because the name was
  misspelt: a ``participant_updated`` event) stays corrected when a list
  still spells it the old way: the desk printed a badge with it. The report
  names those people (``corrected``).
* A new id that looks like someone already on the desk's list under another
  id (a vanished person, or a walk-in registered at the desk whom the
  registration system has now entered too) is pointed out, never merged.
* An id that now names someone else (first *and* family name changed, no
  name word in common) is reported per row (``identity_changed``); such a row
  is not applied when the id's person has checked in or had a badge printed
  (their check-in and badge would pass to the new name), and an import where
  most changed rows are other people is refused (ids that are row numbers).
* Comparison and writing happen in one transaction (what is compared is
  what is written); cancelling rolls everything back.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from checkin.badges.config import BadgeConfig, badge_config
from checkin.domain.errors import InputError
from checkin.domain.gc_pause import collector_paused
from checkin.domain.log import iso_utc, utc_now
from checkin.domain.model import FLAGS, EventConfig, Participant
from checkin.importing.issues import Issue
from checkin.importing.plan import ImportPlan, read_plan
from checkin.importing.reading import read_file
from checkin.importing.rows import person_keys
from checkin.importing.table import Records
from checkin.service.id_changes import (
    identity_changed,
    lost_zeros,
    other_person,
    refuse_shifted_ids,
)
from checkin.service.import_report import Change, ImportReport
from checkin.store import Store
from checkin.store.bulk import LIST_TO_PUBLISH, ParticipantChanges, Snapshot
from checkin.store.participants import COLUMNS, from_row

#: Fields a badge prints (or is printed in: the language); flags count when a chip changes.
PRINTED = (
    "first_name",
    "last_name",
    "name_latin",
    "title",
    "organisation",
    "country",
    "category",
    "language",
)
_INDEX = {name: i for i, name in enumerate(COLUMNS)}

_FLAGS, _FIRST, _LAST = _INDEX["flags"], _INDEX["first_name"], _INDEX["last_name"]


class ImportCancelled(Exception):
    """The operator cancelled: the transaction was rolled back, nothing changed."""


def read_list(path: Path, sheet: str | None = None) -> Records:
    with collector_paused():
        return read_file(path, sheet)


def plan_list(
    records: Records, config: EventConfig, mapping: Sequence[str | None] | None = None
) -> ImportPlan:
    with collector_paused():
        return read_plan(records, config, mapping)


def covered_fields(mapping: Sequence[str | None]) -> set[str]:
    """Stored fields the file speaks for; the others keep their stored values."""
    mapped = {m for m in mapping if m}
    covered = mapped & set(COLUMNS)
    if mapped & {"first_name", "last_name", "second_last_name", "full_name"}:
        covered |= {"first_name", "last_name"}
    return covered


def compare(
    plan: ImportPlan,
    snapshot: Snapshot,
    *,
    remove_vanished: bool = False,
    chips: frozenset[str] = frozenset(BadgeConfig().flags),
    identities: bool = True,
) -> tuple[ParticipantChanges, ImportReport]:
    """What applying ``plan`` to the list in ``snapshot`` changes (a pure function).

    ``chips``: the flags the event's badges print, whose change calls for a reprint.
    ``identities``: look for ids that now name someone else (:mod:`checkin.service.id_changes`);
    off for a list another desk published, which every desk must take in as it is.
    Raises :class:`InputError` ``ids_shifted`` when most changed rows are other people.
    """
    report = ImportReport.from_plan(plan)
    changes = ParticipantChanges()
    covered = covered_fields(plan.mapping)
    kept_fields = [i for name, i in _INDEX.items() if name not in covered and name != "id"]
    full_flags = "flags" in covered
    flag_columns = frozenset(f for f in FLAGS if f in plan.mapping)
    # A list with one "Name" column keeps the first/family split already known.
    whole_names = "full_name" in plan.mapping and not {"first_name", "last_name"} & set(
        plan.mapping
    )
    people, corrections = snapshot.people, snapshot.corrections
    shifted = kept_back = 0  # rows whose id now names someone else; of them, not applied
    for planned in plan.rows:
        values = planned.values  # to_row order: the id first, the badge version last
        stored = people.get(values[0])
        fixes = corrections.get(values[0]) if corrections else None
        if stored is None:
            changes.inserts.append(_corrected(values, fixes, report) if fixes else values)
            continue
        row = list(values)
        for i in kept_fields:
            row[i] = stored.row[i]
        if whole_names:  # "Jean Dupont", "Jean DUPONT": the same name as known, kept as known
            stored_name = f"{stored.row[_FIRST]} {stored.row[_LAST]}".casefold().split()
            if stored_name == f"{values[_FIRST]} {values[_LAST]}".casefold().split():
                row[_FIRST], row[_LAST] = stored.row[_FIRST], stored.row[_LAST]
        if flag_columns and not full_flags:
            old = set(filter(None, stored.row[_FLAGS].split(";")))
            new = set(filter(None, values[_FLAGS].split(";")))
            row[_FLAGS] = ";".join(sorted((old - flag_columns) | (new & flag_columns)))
        if fixes:  # a name corrected at a desk stays corrected (its badge says so)
            row = list(_corrected(tuple(row), fixes, report))
        row[-1] = stored.row[-1]  # badge_version: never lowered, never changed by an import
        if tuple(row) == stored.row:
            report.unchanged += 1
            continue
        # A name corrected at a desk is in ``row`` already: it counts as the stored name.
        if identities and other_person(row, stored.row):
            shifted += 1
            if not identity_changed(planned.row, row, stored.row, snapshot, report):
                kept_back += 1
                continue
        changed = tuple(n for n, i in _INDEX.items() if row[i] != stored.row[i])
        printed = tuple(
            n
            for n in changed
            if n in PRINTED or (n == "flags" and chips & _flipped(stored.row[_FLAGS], row[_FLAGS]))
        )
        changes.updates.append((stored.rowid, tuple(row)))
        report.changes.append(Change(values[0], changed, printed))
        if printed:
            changes.reprints.append((values[0], ";".join(printed)))
    if shifted:
        refuse_shifted_ids(shifted, len(changes.updates) + kept_back, report)
    in_file = {planned.values[0] for planned in plan.rows}
    vanished = [pid for pid, s in people.items() if s.source == "import" and pid not in in_file]
    report.vanished = sorted(vanished)
    # A list another desk published (``identities`` off) is taken in as it is, removals
    # included, so that every desk ends with the same list; the guard is for files.
    matched = len(plan.rows) - len(changes.inserts)
    report.removal_blocked = _removal_blocked(plan, matched, len(vanished)) if identities else ""
    if remove_vanished and report.removal_blocked:
        report.removal_refused = True  # nobody is removed on the word of this file
    elif remove_vanished:
        for pid in report.vanished:
            if pid in snapshot.checked_in:
                report.kept.append(pid)
            else:
                changes.removals.append((people[pid].rowid, pid))
                report.removed.append(pid)
    report.imported, report.updated = len(changes.inserts), len(changes.updates)
    if changes.inserts and people:
        lost_zeros(changes.inserts, people, plan.rows, report)
    elsewhere = [s for pid, s in people.items() if s.source != "import" and pid not in in_file]
    _same_people(changes.inserts, [people[pid] for pid in vanished] + elsewhere, plan, report)
    if identities and "id" not in plan.mapping:
        _refuse_listing_twice(changes.inserts, report)
    return changes, report


#: A file without ids whose new people are mostly on the list already (under the ids a
#: list with ids gave them) would list them all a second time: refused from this many.
LISTED_TWICE_MIN = 3


def _refuse_listing_twice(inserts: list, report: ImportReport) -> None:
    """Refuse a file without an id column that would list most of its people twice."""
    twice = sum(1 for issue in report.warnings if issue.code == "same_person_in_list")
    if twice >= LISTED_TWICE_MIN and twice * 2 > len(inserts):
        raise InputError(
            "listed_twice",
            f"{twice} of the {len(inserts)} people of this file are on the list already under "
            "another id, and the file has no id column (ids would be made from the names): "
            "importing it would list them twice. Nothing was imported. Import the "
            "registration system's export with its id column.",
            twice=twice,
            rows=len(inserts),
        )


def _removal_blocked(plan: ImportPlan, matched: int, vanished: int) -> str:
    """Why this file cannot say who left the list ('' when it can).

    Removing "everyone not in the file" trusts the file to name everyone who
    stays. A file of which no row could be read (a wrong column, a header
    only) names no one, and a row refused for want of an id or a name may be
    any of the people it would remove: neither may empty the list.
    """
    if not plan.rows:
        return "nothing_imported"
    if any(issue.is_error for issue in plan.issues):
        return "unidentified_rows"
    # No id column: ids are made from the names, and a list imported with its ids has
    # none of them. More people gone than matched: the file cannot say who left.
    if "id" not in plan.mapping and vanished > matched:
        return "unmatched_ids"
    return ""


def _corrected(values: tuple, fixes: list[dict[str, str]], report: ImportReport) -> tuple:
    """``values`` with the desks' corrections of that person applied, in order."""
    row = list(values)
    for fix in fixes:
        for name, text in fix.items():
            row[_INDEX[name]] = text
    if any(row[_INDEX[name]] != values[_INDEX[name]] for fix in fixes for name in fix):
        report.corrected.append(values[0])
    return tuple(row)


def _flipped(old: str, new: str) -> set[str]:
    """Flags set in one of two stored flag texts and not in the other."""
    return set(filter(None, old.split(";"))) ^ set(filter(None, new.split(";")))


def _same_people(new: list[tuple], others: list, plan: ImportPlan, report) -> None:
    """Warn about new ids that look like someone already in the list under another id
    (``others``: the stored people the file does not name)."""
    if not new or not others:
        return
    known: dict[object, Participant] = {}
    for stored in others:
        person = from_row(stored.row)
        for key in person_keys(person):
            known.setdefault(key, person)
    rows = {planned.values[0]: planned.row for planned in plan.rows}
    for person in map(from_row, new):
        for key in person_keys(person):
            other = known.get(key)
            if other is not None:
                report.warnings.append(
                    Issue(
                        rows[person.id],
                        "same_person_in_list",
                        {"other_id": other.id, "name": other.display_name},
                    )
                )
                break
    report.warnings.sort(key=lambda issue: issue.row)


def chips_of(store: Store) -> frozenset[str]:
    return frozenset(badge_config(store.event_config()).flags)


def preview(store: Store, plan: ImportPlan, *, remove_vanished: bool = False) -> ImportReport:
    """The report of an import, without writing anything (``--dry-run``, the wizard)."""
    started = time.perf_counter()
    with collector_paused():
        _, report = compare(
            plan,
            store.participant_snapshot(),
            remove_vanished=remove_vanished,
            chips=chips_of(store),
        )
    report.dry_run = True
    report.seconds = time.perf_counter() - started
    return report


def apply(
    store: Store,
    plan: ImportPlan,
    *,
    remove_vanished: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now=utc_now,
) -> ImportReport:
    """Apply ``plan`` in one transaction. Raises :class:`ImportCancelled` (nothing changed).

    With ``remove_vanished`` on a file that may not remove anyone (see
    :func:`_removal_blocked`), nothing is written: the report says why
    (``removal_refused``), and the import is one the supervisor must redo.
    """
    started = time.perf_counter()
    outcome: list[ImportReport] = []

    def decide(snapshot: Snapshot) -> ParticipantChanges:
        changes, report = compare(
            plan, snapshot, remove_vanished=remove_vanished, chips=chips_of(store)
        )
        outcome.append(report)
        if report.removal_refused:  # asked to remove, and this file may not: nothing at all
            return ParticipantChanges()
        changes.meta["last_import"] = json.dumps(
            report.summary(at=iso_utc(now())), ensure_ascii=False
        )
        if changes.size:  # the next sync publishes the list for the other desks
            changes.meta[LIST_TO_PUBLISH] = secrets.token_hex(8)
        return changes

    def step(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled("The import was cancelled. Nothing was changed.")
        if progress is not None:
            progress(done, total)

    with collector_paused():
        store.import_participants(decide, flagged_at=iso_utc(now()), progress=step)
    report = outcome[0]
    report.seconds = time.perf_counter() - started
    return report


def import_file(
    store: Store,
    path: Path,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    remove_vanished: bool = False,
) -> ImportReport:
    """Read, plan and apply (or preview) a file: what ``checkin import`` does."""
    started = time.perf_counter()
    # One pause for all three steps, the rows freed inside it: between the steps
    # the re-enabled collector walked the whole list (~10 % of a 100k import).
    with collector_paused():
        plan = plan_list(read_list(path, sheet), store.event_config())
        if dry_run:
            report = preview(store, plan, remove_vanished=remove_vanished)
        else:
            report = apply(store, plan, remove_vanished=remove_vanished)
        del plan
    report.seconds = time.perf_counter() - started
    return report
