"""Plain-data views of results, for the CLI's JSON and for exports."""

from __future__ import annotations

import datetime as dt
from typing import Any

from checkin.domain.attendance import arrivals_by_quarter
from checkin.domain.log import iso_utc, parse_utc
from checkin.domain.model import Participant
from checkin.domain.rules import CheckIn, Verdict
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
    if day is not None:
        desk.event.event_day(day)  # a day outside the event would count everyone registered
    store = desk.store
    first = store.first_arrivals(day)
    by_category: dict[str, int] = {}
    by_country: dict[str, int] = {}
    by_desk: dict[str, int] = {}
    people_seen: set[tuple[str, str]] = set()
    for pid, _day, _at, desk_id, category, country in first:
        by_desk[desk_id] = by_desk.get(desk_id, 0) + 1
        if (pid, "") in people_seen:
            continue  # a person counts once per category/country over the event
        people_seen.add((pid, ""))
        by_category[category] = by_category.get(category, 0) + 1
        by_country[country] = by_country.get(country, 0) + 1
    days = [day] if day else list(desk.event.days)
    return {
        "day": day.isoformat() if day else None,
        "registered": store.registered(day),
        "checked_in": store.checked_in(day),
        "by_day": {d.isoformat(): store.checked_in(d) for d in days},
        "registered_by_day": {d.isoformat(): store.registered(d) for d in days},
        "by_category": dict(sorted(by_category.items())),
        "by_country": dict(sorted(by_country.items())),
        "by_desk": dict(sorted(by_desk.items())),
        "desk_names": {d: name for d, name in store.desk_names().items() if d in by_desk},
        "arrivals": arrivals_by_quarter((parse_utc(row[2]) for row in first), desk.event.zone),
        "duplicates": store.duplicates(day),
    }
