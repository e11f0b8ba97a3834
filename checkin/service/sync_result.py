"""What a sync did, as a typed result the CLI prints and the Qt status bar shows."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from checkin.domain.log import parse_utc
from checkin.store import Store
from checkin.sync.errors import SyncError

#: Where :func:`checkin.service.sync.sync` records its last run, for the status bar.
LAST_SYNC = "sync_last"

#: Errors after which nothing more can be done this time (the share or server is not there).
UNREACHABLE = frozenset(
    {
        "folder_missing",
        "folder_denied",
        "folder_unavailable",
        "package_missing",
        "server_unreachable",
        "server_denied",
    }
)
#: The share refused this desk's writes: its journal stays local, the others are read.
WRITE_REFUSED = frozenset({"folder_denied", "folder_read_only", "server_read_only"})


@dataclass(frozen=True, slots=True)
class SyncIssue:
    code: str  # selects the translated message in the UI (see SyncError)
    message: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class SyncResult:
    """Counts and problems of one sync. ``ok`` when every step could be done.

    ``pushed``: this desk's events written to the share; ``pulled``: other
    desks' events read; ``merged``: those new to this desk; ``duplicates``:
    check-ins that, once merged, admit a person already admitted that day
    (both kept, the person counted once); ``recovered``: this desk's own events
    found on the share but missing from its database (a restored database);
    ``skipped_corrupt`` with ``corrupt`` naming each damaged line;
    ``torn``: journals whose last line is still being written (read next time).
    """

    folder: str
    desk_id: str = ""
    joined: bool = False
    published: bool = False
    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    duplicates: int = 0
    recovered: int = 0
    rewritten: bool = False  # this desk's journal on the share had to be rebuilt
    #: Journals of other desks that the share lacked, written from this desk's copy of
    #: their events when it published into a new folder (``service.carry``).
    carried: list[str] = field(default_factory=list)
    skipped_corrupt: int = 0
    corrupt: list[str] = field(default_factory=list)
    torn: int = 0
    journals: int = 0  # other desks' journals seen
    ignored: list[str] = field(default_factory=list)  # conflict copies, foreign files
    attendance: list[str] = field(default_factory=list)  # days whose files were written
    attendance_pending: list[str] = field(default_factory=list)  # to write at a later sync
    package_updated: bool = False  # published again since, and not taken in (see errors)
    #: The event published again (a corrected list) and taken in by this sync: what changed
    #: (``list_refresh.ListTakenIn.as_dict``).
    list_taken_in: dict[str, Any] | None = None
    errors: list[SyncIssue] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def unreachable(self) -> bool:
        return any(issue.code in UNREACHABLE for issue in self.errors)

    def fail(self, error: SyncError) -> None:
        self.errors.append(SyncIssue(error.code, str(error), dict(error.params)))

    def as_dict(self) -> dict[str, Any]:
        document = asdict(self)
        document["ok"] = self.ok
        document["seconds"] = round(self.seconds, 4)
        return document

    def summary(self) -> str:
        """One or a few lines for a terminal (the errors are printed apart, on stderr)."""
        done = []
        if self.joined:
            done.append("joined the event")
        if self.published:
            done.append("published the event")
        if self.list_taken_in:
            taken = self.list_taken_in
            done.append(
                f"took in the list published at {taken['published_at']} ({taken['imported']} "
                f"new, {taken['updated']} changed, {taken['removed']} removed"
                + (f", {len(taken['reprint'])} badge(s) to print again" if taken["reprint"] else "")
                + ")"
            )
        done.append(f"pushed {self.pushed}, pulled {self.pulled}, merged {self.merged}")
        if self.duplicates:
            done.append(f"{self.duplicates} duplicate check-in" + "s" * (self.duplicates != 1))
        if self.recovered:
            done.append(f"recovered {self.recovered} of this desk's events")
        if self.attendance:
            done.append("attendance written for " + ", ".join(self.attendance))
        if self.carried:
            done.append(
                f"wrote the journals of {len(self.carried)} other desk"
                + "s" * (len(self.carried) != 1)
                + " from the check-ins this desk holds"
            )
        if self.rewritten:
            done.append("this desk's journal there was damaged or incomplete: rewritten")
        desks = f"{self.journals} other desk" + ("" if self.journals == 1 else "s")
        lines = [f"{self.folder}: " + "; ".join(done) + f" ({desks})"]
        if self.skipped_corrupt:
            plural = "" if self.skipped_corrupt == 1 else "s"
            lines.append(f"skipped {self.skipped_corrupt} damaged line{plural}:")
            lines.extend(f"  {line}" for line in self.corrupt[:20])
        if self.torn:
            lines.append(f"{self.torn} journals end in a line still being written (read later)")
        if self.ignored:
            lines.append("ignored: " + ", ".join(self.ignored))
        return "\n".join(lines)

    @property
    def did_something(self) -> bool:
        return bool(
            self.joined
            or self.published
            or self.list_taken_in
            or self.pushed
            or self.pulled
            or self.recovered
            or self.attendance
        )


@dataclass(frozen=True, slots=True)
class LastSync:
    """When this desk last synced and how it went: what the status bar shows."""

    at: dt.datetime
    ok: bool
    errors: tuple[str, ...]  # SyncError codes


def last_sync(store: Store) -> LastSync | None:
    """None when this desk has never synced."""
    try:
        data = json.loads(store.meta(LAST_SYNC) or "null")
        if not data:
            return None
        return LastSync(parse_utc(data["at"]), bool(data["ok"]), tuple(data["errors"]))
    except (ValueError, KeyError, TypeError):
        return None
