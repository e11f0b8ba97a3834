"""Attendance for the organisers: who is here, by day, category, country and desk.

One operation, :func:`attendance`, used by ``checkin stats`` and by the app's
attendance window. The counting is done by SQLite (``store/stats.py``), so a
refresh hands Python a few hundred numbers however large the event: the
window refreshes on a desk that is checking people in, and must not take the
interpreter from its scans.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from checkin.domain.attendance import quarters_in_zone
from checkin.domain.model import EventConfig
from checkin.store import Store


@dataclass(frozen=True, slots=True)
class Share:
    """One row of a breakdown: ``here`` and the ``registered`` (``None``: not asked).

    ``came``: those of ``here`` who are among the ``registered`` — not someone
    admitted on a day they were not registered for, nor an id no longer on the
    list. The share is of the registered who came, so it never passes 100 %.
    """

    key: str  # a category id, an ISO country code ('' when unknown), a desk id
    here: int
    registered: int | None = None
    came: int | None = None

    @property
    def percent(self) -> float | None:
        if not self.registered:
            return None
        return 100.0 * (self.here if self.came is None else self.came) / self.registered


@dataclass(frozen=True, slots=True)
class Attendance:
    """The figures of one day (``day``) or of the whole event (``day is None``).

    Over the whole event a person counts once in ``checked_in``, ``categories``
    and ``countries`` (checked in on any day); ``desks`` and ``arrivals`` count
    first arrivals, once per person and day.
    """

    day: dt.date | None
    registered: int
    checked_in: int  # everyone with an active check-in, admitted anyway included
    came: int  # of the registered, those checked in
    duplicates: int
    days: tuple[Share, ...]  # key: ISO date, here of registered that day
    categories: tuple[Share, ...]  # the event's categories first, in its order
    countries: tuple[Share, ...]  # most present first
    desks: tuple[Share, ...]  # most arrivals first
    desk_names: dict[str, str]
    arrivals: dict[dt.datetime, int]  # UTC start of each quarter hour -> first arrivals

    @property
    def expected(self) -> int:
        """Registered and not (yet) checked in."""
        return self.registered - self.came

    @property
    def percent(self) -> float | None:
        return Share("", self.checked_in, self.registered, self.came).percent


def attendance(store: Store, event: EventConfig, day: dt.date | None = None) -> Attendance:
    """The figures of ``day`` (one of the event's days), or of the whole event."""
    if day is not None:
        event.event_day(day)  # a day outside the event would count everyone registered
    with store.snapshot():
        return _attendance(store, event, day)


def _attendance(store: Store, event: EventConfig, day: dt.date | None) -> Attendance:
    arrived = store.arrival_groups(day)
    registered = store.registered_groups(day)
    checked_in = sum(arrived["category"].values())  # people, each once
    came = sum(arrived["category_listed"].values())
    everyone = sum(registered["category"].values())
    known = [c.id for c in event.categories]
    others = (set(registered["category"]) | set(arrived["category"])) - set(known)
    return Attendance(
        day=day,
        registered=everyone,
        checked_in=checked_in,
        came=came,
        # active check-ins beyond each person's first of the day
        duplicates=arrived["active"].get("", 0) - sum(arrived["desk"].values()),
        days=(
            (Share(day.isoformat(), checked_in, everyone, came),)
            if day
            else tuple(
                Share(d.isoformat(), store.checked_in(d), store.registered(d)) for d in event.days
            )
        ),
        categories=tuple(
            Share(
                c,
                arrived["category"].get(c, 0),
                registered["category"].get(c, 0),
                arrived["category_listed"].get(c, 0),
            )
            for c in [*known, *sorted(others)]
        ),
        countries=_most_first(arrived["country"], registered["country"], arrived["country_listed"]),
        desks=_most_first(arrived["desk"], None, None),
        desk_names={d: n for d, n in store.desk_names().items() if d in arrived["desk"]},
        arrivals={_utc(quarter): n for quarter, n in sorted(arrived["quarter"].items())},
    )


def _most_first(
    here: dict[str, int], registered: dict[str, int] | None, came: dict[str, int] | None
) -> tuple[Share, ...]:
    keys = set(here) | set(registered or ())
    rows = [
        Share(
            k,
            here.get(k, 0),
            None if registered is None else registered.get(k, 0),
            None if came is None else came.get(k, 0),
        )
        for k in keys
    ]
    rows.sort(key=lambda s: (-s.here, -(s.registered or 0), s.key))
    return tuple(rows)


def _utc(quarter: str) -> dt.datetime:
    return dt.datetime.fromisoformat(quarter).replace(tzinfo=dt.UTC)


def local_quarters(figures: Attendance, event: EventConfig) -> dict[str, int]:
    """Arrivals per quarter hour in the event's own time: ``{'2015-10-26T08:30': n}``."""
    return quarters_in_zone(figures.arrivals, event.zone)
