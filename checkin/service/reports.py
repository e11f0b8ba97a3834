"""Plain-data views of results, for the CLI's JSON and for exports."""

from __future__ import annotations

import datetime as dt
from typing import Any

from checkin.domain.log import iso_utc
from checkin.domain.model import Participant
from checkin.domain.rules import CheckIn, Verdict
from checkin.service.attendance import attendance, local_quarters
from checkin.service.desk import Desk


def participant_row(desk: Desk, person: Participant) -> dict[str, Any]:
    """The search row of DESIGN.md; ``code`` is what the current badge's QR holds."""
    return {
        "id": person.id,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "organisation": person.organisation,
        "country": person.country,
        "category": person.category,
        "code": desk.code_for(person),
    }


def participant_detail(person: Participant) -> dict[str, Any]:
    return {
        "id": person.id,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "name_latin": person.name_latin,
        "title": person.title,
        "organisation": person.organisation,
        "country": person.country,
        "category": person.category,
        "email": person.email,
        "days": [d.isoformat() for d in person.days],
        "flags": sorted(person.flags),
        "notes": person.notes,
        "badge_version": person.badge_version,
    }


def checkin_report(checkin: CheckIn) -> dict[str, Any]:
    return {
        "at": iso_utc(checkin.at),
        "desk": checkin.desk_label,
        "desk_id": checkin.desk,
        "operator": checkin.operator,
        "day": checkin.day.isoformat(),
    }


def verdict_report(verdict: Verdict) -> dict[str, Any]:
    return {
        "status": str(verdict.status),
        "participant": participant_detail(verdict.participant) if verdict.participant else None,
        "previous": checkin_report(verdict.previous) if verdict.previous else None,
        "checkin": checkin_report(verdict.checkin) if verdict.checkin else None,
        "day": verdict.day.isoformat() if verdict.day else None,
        "via": str(verdict.via) if verdict.via else None,
        "repaired_from": verdict.repaired_from or None,
    }


def stats_report(desk: Desk, day: dt.date | None = None) -> dict[str, Any]:
    """DESIGN.md's stats: without a day, the whole event; with one, that day only."""
    figures = attendance(desk.store, desk.event, day)

    def present(shares) -> dict[str, int]:
        return {s.key: s.here for s in sorted(shares, key=lambda s: s.key) if s.here}

    return {
        "day": day.isoformat() if day else None,
        "registered": figures.registered,
        "checked_in": figures.checked_in,
        "by_day": {s.key: s.here for s in figures.days},
        "registered_by_day": {s.key: s.registered for s in figures.days},
        "by_category": present(figures.categories),
        "by_country": present(figures.countries),
        "by_desk": present(figures.desks),
        "desk_names": figures.desk_names,
        "arrivals": local_quarters(figures, desk.event),
        "duplicates": figures.duplicates,
    }
