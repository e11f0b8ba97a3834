"""The append-only event log: what every desk did, the source of truth that syncs."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    CHECK_IN = "check_in"
    UNDO = "undo"  # payload: {"undoes": [check-in uuids], "day": ...}
    BADGE_PRINTED = "badge_printed"
    BADGE_REPLACED = "badge_replaced"  # payload: {"version": n, "reason": ...}
    PARTICIPANT_CREATED = "participant_created"  # walk-ins; payload: the fields
    PARTICIPANT_UPDATED = "participant_updated"


@dataclass(frozen=True, slots=True)
class LogEvent:
    kind: Kind
    participant_id: str
    operator: str
    at: dt.datetime  # UTC, timezone-aware
    payload: dict[str, Any] = field(default_factory=dict)
    uuid: str = field(default_factory=lambda: uuid.uuid4().hex)
    desk: str = ""  # filled in by the store from the desk's identity
    seq: int = 0  # per-desk sequence number, assigned by the store


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso_utc(moment: dt.datetime) -> str:
    """``2015-10-26T07:41:03.120Z``: sortable, unambiguous, millisecond precision."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)
