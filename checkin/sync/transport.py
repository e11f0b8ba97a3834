"""The sync layer's one seam: what a desk needs from wherever the event log travels.

Two transports implement it: a shared folder (:class:`checkin.sync.folder.
FolderTransport`) and, past one LAN — many venues, 50+ desks — a PostgreSQL
database (:class:`checkin.sync.postgres.PostgresTransport`: ``push`` inserts the
desk's events after the server's last sequence number for it, ``pull`` reads
each desk's rows after a per-desk cursor, the event package is one row).
:func:`checkin.sync.targets.transport_for` picks one from the desk's setting.
The service layer (:mod:`checkin.service.sync`) only talks to this protocol, and
keeps each transport's cursors as opaque strings in the desk's database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from checkin.domain.log import LogEvent
from checkin.domain.model import Participant
from checkin.sync.errors import SyncError
from checkin.sync.journal import CorruptLine


@dataclass(frozen=True, slots=True)
class PackageInfo:
    """The manifest of a published event: cheap to read on every sync."""

    event_id: str
    published_at: str  # UTC, ISO 8601
    published_by: str  # the publishing desk's id
    participants: int
    secret_check: str  # a fingerprint of the secret, never the secret
    #: New at every publication (random): how desks tell a package they hold from a
    #: newer one, even when two were published within the same second. "" in
    #: packages from before it; their publication time stands in.
    publication: str = ""

    @property
    def version(self) -> str:
        return self.publication or self.published_at


@dataclass(frozen=True, slots=True)
class EventPackage:
    """What a new desk needs to join: the config, the participant list, the secret."""

    config: dict[str, Any]  # the event config document, as on the publishing desk
    participants: Sequence[Participant]
    secret: str
    info: PackageInfo
    #: People the publishing desk removed from the list and set aside (a check-in made
    #: at a desk apart lists them again, on desks that joined since too).
    removed: Sequence[Participant] = ()


def secret_check(secret: str) -> str:
    """A fingerprint that tells desks whether they share a secret, revealing nothing of it."""
    return hashlib.sha256(f"checkin-secret-check:{secret}".encode()).hexdigest()[:16]


class OwnLog(Protocol):
    """This desk's own events, as the desk's database holds them."""

    def last_seq(self) -> int: ...

    def events_after(self, seq: int) -> list[LogEvent]: ...


@dataclass(slots=True)
class Pushed:
    events: list[LogEvent] = field(default_factory=list)  # newly written to the transport
    cursor: str = ""  # where the next push resumes
    recovered: list[LogEvent] = field(default_factory=list)  # ours, there but missing here
    rewritten: bool = False  # the remote copy had to be rebuilt from the database


@dataclass(slots=True)
class Batch:
    """New events of one source (one other desk's journal), with where to resume."""

    source: str
    events: list[LogEvent]
    cursor: str
    corrupt: list[CorruptLine] = field(default_factory=list)
    torn: bool = False
    error: SyncError | None = None  # this source could not be read; others still are
    foreign: str = ""  # why this file under a journal's name is no desk's journal


@dataclass(slots=True)
class Pull:
    """The sources that changed, read lazily one at a time (bounded memory)."""

    batches: Iterator[Batch]
    sources: int = 0  # other desks' journals seen
    ignored: list[str] = field(default_factory=list)  # conflict copies, foreign files


class Transport(Protocol):
    def describe(self) -> str:
        """Where the log travels, for messages (``/mnt/share/idm2015``)."""
        ...

    def package_info(self) -> PackageInfo | None:
        """The published event's manifest, or None when nothing is published."""
        ...

    def fetch_event_package(self) -> EventPackage: ...

    def fetch_event_config(self) -> dict[str, Any]:
        """Only the published config (its PIN hash), even when the list is damaged."""
        ...

    def publish_event_package(self, package: EventPackage) -> None: ...

    def push(self, desk_id: str, own: OwnLog, cursor: str, *, verify: bool = False) -> Pushed:
        """Send this desk's events the transport does not hold yet.

        ``verify``: read back everything the transport holds for this desk and
        repair it (a line damaged on the share), not only what the cursor says.
        """
        ...

    def write_missing_journal(self, desk_id: str, events: Sequence[LogEvent]) -> bool:
        """Another desk's events, as this desk holds them, written under that desk's
        name only when the transport holds nothing of it (a new folder or database,
        and that desk is gone or has not moved yet). Never changes what is there;
        returns whether it wrote. Its own desk, if it comes back, reconciles it as
        its own journal (the same header and lines)."""
        ...

    def pull(self, desk_id: str, cursors: Mapping[str, str]) -> Pull:
        """Other desks' events after ``cursors`` (source -> cursor); never our own."""
        ...

    def publish_attendance(
        self, day: dt.date, headers: Sequence[str], rows: Sequence[Sequence[str]]
    ) -> None:
        """The consolidated attendance of a day, for organisers."""
        ...

    def clock_skew(self, now: Callable[[], float]) -> float | None:
        """Seconds the share's (or server's) clock is ahead of ``now``; None when it
        cannot be told (see :mod:`checkin.sync.clock`)."""
        ...

    def erase_event(self, *, keep_attendance: bool = False) -> tuple[list[str], list[str]]:
        """After the event: remove the package, the journals and (unless kept) the day
        files. Returns what was removed and what was left (files Check-in did not write)."""
        ...
