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


_TEXT_FIELDS = frozenset(
    ("first_name", "last_name", "name_latin", "title", "organisation", "country", "category",
     "email", "language", "notes", "ticket_code")
)


def payload_problem(kind: Kind, payload: dict[str, Any]) -> str | None:
    """Why ``payload`` cannot be an event of ``kind`` (None when it can).

    A journal line can pass its checksum and still carry a payload no Check-in
    writes (a newer or broken build, a hand edit): it is skipped and reported
    like a damaged line, never left to stop every desk's merge.
    """
    dated = kind is Kind.CHECK_IN or (kind is Kind.UNDO and "day" in payload)
    if dated and not _is_date(payload.get("day")):
        return f"a {kind} without a valid day"
    if kind is Kind.UNDO:
        undoes = payload.get("undoes", [])
        if not isinstance(undoes, list) or not all(isinstance(u, str) for u in undoes):
            return "an undo whose 'undoes' is not a list of event ids"
    elif kind is Kind.BADGE_REPLACED or (kind is Kind.BADGE_PRINTED and "version" in payload):
        version = payload.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            return f"a {kind} without a valid badge version"
    elif kind in (Kind.PARTICIPANT_CREATED, Kind.PARTICIPANT_UPDATED):
        for name, value in payload.items():
            if name in _TEXT_FIELDS and not isinstance(value, str):
                return f"a {kind} whose {name} is not text"
        days, flags = payload.get("days", []), payload.get("flags", [])
        if not isinstance(days, list) or not all(_is_date(d) for d in days):
            return f"a {kind} whose days are not dates"
        if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
            return f"a {kind} whose flags are not text"
    return None


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True
