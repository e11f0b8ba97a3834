"""Check-in rules: what a scan means for the person in front of the desk."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from checkin.domain.model import Participant


class Status(StrEnum):
    OK = "ok"  # checked in now
    ALREADY = "already"  # checked in earlier today (when, where, by whom)
    UNKNOWN = "unknown"  # not a code of this event, or a person not on this desk's list
    INVALID = "invalid"  # our format, but the signature fails: forged or damaged
    SUPERSEDED = "superseded"  # the code of a badge that has been replaced
    NOT_TODAY = "not_today"  # registered for another day only; can be admitted anyway


#: How each status is shown: green, amber or red. Never colour alone — the
#: desk page also shows an icon and words.
SEVERITY = {
    Status.OK: "ok",
    Status.ALREADY: "warning",
    Status.NOT_TODAY: "warning",
    Status.UNKNOWN: "error",
    Status.INVALID: "error",
    Status.SUPERSEDED: "error",
}


class Via(StrEnum):
    BADGE = "badge"  # a signed badge code
    TICKET = "ticket"  # the registration system's ticket code
    SEARCH = "search"  # picked from the name search
    WALK_IN = "walk_in"  # registered on the spot


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One active check-in of a participant on a conference day."""

    participant_id: str
    day: dt.date
    at: dt.datetime  # UTC
    desk: str
    operator: str
    event_uuid: str
    admitted_not_registered: bool = False
    desk_name: str = ""  # the desk's display name when it had one

    @property
    def desk_label(self) -> str:
        return self.desk_name or self.desk


@dataclass(frozen=True, slots=True)
class Verdict:
    status: Status
    participant: Participant | None = None
    previous: CheckIn | None = None  # for ALREADY: the earlier check-in
    checkin: CheckIn | None = None  # for OK: the check-in just recorded
    day: dt.date | None = None
    via: Via | None = None
    repaired_from: str = ""  # the garbled text when a keyboard-layout reading matched
    presented_version: int = 0
    flags: frozenset[str] = field(default_factory=frozenset)
    read: str = ""  # for a refused code: what the scanner read (a web address, a damaged code)

    @property
    def needs_supervisor(self) -> bool:
        """Checked in, but flagged "see supervisor": the badge waits for the supervisor."""
        person = self.participant
        return self.status is Status.OK and person is not None and "see_supervisor" in person.flags

    @property
    def severity(self) -> str:
        """Green only when the badge can be handed over: "see supervisor" is amber."""
        return "warning" if self.needs_supervisor else SEVERITY[self.status]


def decide(
    participant: Participant,
    *,
    day: dt.date,
    previous: CheckIn | None,
    presented_version: int | None = None,
    admit_anyway: bool = False,
) -> Status:
    """The verdict for a known participant presenting a badge (or found by name).

    A replaced badge is refused before anything else, so an old badge never
    admits anyone. An earlier check-in today wins over "not registered today"
    (they were admitted anyway earlier). ``admit_anyway`` is the operator's
    explicit decision to let someone in on a day they did not register for.
    """
    if presented_version is not None and presented_version < participant.badge_version:
        return Status.SUPERSEDED
    if previous is not None:
        return Status.ALREADY
    if not participant.registered_for(day) and not admit_anyway:
        return Status.NOT_TODAY
    return Status.OK
