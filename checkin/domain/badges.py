"""Badge replacement reasons and a participant's badge history (pure data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: Why a badge was replaced; recorded in the BADGE_REPLACED event's payload.
REASONS = ("lost", "damaged", "name_correction", "other")


@dataclass(frozen=True, slots=True)
class ReplacementRecord:
    """One replacement: the new badge version, who made it, when and why."""

    version: int
    reason: str
    note: str
    at: dt.datetime  # UTC
    desk: str
    operator: str


@dataclass(frozen=True, slots=True)
class PrintRecord:
    version: int
    layout: str
    at: dt.datetime  # UTC
    desk: str
    operator: str


@dataclass(frozen=True, slots=True)
class BadgeHistory:
    """What the badge desk shows about a person's badges."""

    participant_id: str
    version: int
    replacements: tuple[ReplacementRecord, ...] = ()
    prints: tuple[PrintRecord, ...] = field(default_factory=tuple)

    @property
    def replacement_count(self) -> int:
        return len(self.replacements)

    @property
    def printed_current(self) -> bool:
        """True once the current badge version has been printed somewhere."""
        return any(p.version >= self.version for p in self.prints)
