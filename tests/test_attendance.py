"""The organisers' figures (``service.attendance``) against a count made by hand.

SQLite groups the check-ins (``store/stats.py``: first arrivals per person and
day, by desk, quarter hour, category and country); the reference below walks
the same check-ins in Python. Merges arrive in any order, some check-ins are
undone, and two desks may both have admitted one person.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.domain.attendance import quarters_in_zone
from checkin.domain.log import Kind, LogEvent
from checkin.service.attendance import attendance, local_quarters
from checkin.service.event_setup import load_event
from checkin.store import Store
from tests.conftest import EVENT, PEOPLE, write_participants

DAYS = (dt.date(2015, 10, 26), dt.date(2015, 10, 27))
T0 = dt.datetime(2015, 10, 26, 6, 50, tzinfo=dt.UTC)
IDS = [row.id for row in PEOPLE] + ["GONE"]  # a check-in of someone no longer listed
DESKS = ("D1", "D2", "D3")
BY_ID = {row.id: row for row in PEOPLE}

check_ins = st.lists(
    st.tuples(
        st.sampled_from(IDS),
        st.sampled_from(DAYS),
        st.sampled_from(DESKS),
        st.integers(0, 24 * 60 - 1),  # minutes after 06:50 UTC on that day
        st.booleans(),  # undone
    ),
    max_size=25,
)


def events_of(plan) -> list[LogEvent]:
    seq = dict.fromkeys(DESKS, 0)
    events = []
    for pid, day, desk, minutes, undone in plan:
        at = T0 + dt.timedelta(days=(day - DAYS[0]).days, minutes=minutes)
        seq[desk] += 1
        payload = {"day": day.isoformat(), "desk_name": f"Desk {desk}"}
        event = LogEvent(Kind.CHECK_IN, pid, "ana", at, payload, desk=desk, seq=seq[desk])
        events.append(event)
        if undone:
            seq[desk] += 1
            undo = {"undoes": [event.uuid], "day": day.isoformat()}
            events.append(LogEvent(Kind.UNDO, pid, "ana", at, undo, desk=desk, seq=seq[desk]))
    return events


def expected(plan, day: dt.date | None, uuids: list[str]) -> dict:
    """The figures counted by hand from the plan (``uuids``: each check-in's event)."""
    first: dict[tuple[str, dt.date], tuple[dt.datetime, str, str]] = {}
    for (pid, d, desk, minutes, undone), uuid in zip(plan, uuids, strict=True):
        if undone or (day is not None and d != day):
            continue
        at = T0 + dt.timedelta(days=(d - DAYS[0]).days, minutes=minutes)
        if (pid, d) not in first or (at, uuid) < first[(pid, d)][::2]:
            first[(pid, d)] = (at, desk, uuid)  # the earliest; two at once: the lower uuid
    people = {pid for pid, _ in first}
    desks: dict[str, int] = {}
    quarters: dict[dt.datetime, int] = {}
    for at, desk, _uuid in first.values():
        desks[desk] = desks.get(desk, 0) + 1
        quarter = at.replace(minute=at.minute - at.minute % 15, second=0, microsecond=0)
        quarters[quarter] = quarters.get(quarter, 0) + 1
    categories: dict[str, int] = {}
    countries: dict[str, int] = {}
    came: list[str] = []  # registered (that day) and checked in
    for pid in people:
        row = BY_ID.get(pid)
        categories[row.category if row else ""] = categories.get(row.category if row else "", 0) + 1
        countries[row.country if row else ""] = countries.get(row.country if row else "", 0) + 1
        if row and (day is None or not row.days or day.isoformat() in row.days):
            came.append(pid)
    listed = [r for r in PEOPLE if day is None or not r.days or day.isoformat() in r.days]
    return {
        "checked_in": len(people),
        "came": len(came),
        "came_categories": _count(BY_ID[pid].category for pid in came),
        "registered": len(listed),
        "desks": desks,
        "quarters": quarters,
        "categories": categories,
        "countries": countries,
        "registered_categories": _count(r.category for r in listed),
        "registered_countries": _count(r.country for r in listed),
        "duplicates": sum(1 for p in plan if not p[4] and (day is None or p[1] == day))
        - len(first),
    }


def _count(values) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def desk_with_event(folder: Path) -> tuple[Store, object]:
    config = folder / "event.json"
    config.write_text(json.dumps(EVENT), encoding="utf-8")
    store = Store.in_home(folder / "home")
    load_event(store, config, write_participants(folder / "people.csv", PEOPLE))
    return store, store.event_config()


@pytest.fixture
def merged(tmp_path):
    """A desk holding the test event; call it with a plan to merge its check-ins."""
    stores = []

    def merge(plan) -> tuple[Store, object]:
        store, event = desk_with_event(tmp_path)
        stores.append(store)
        store.merge(events_of(plan))
        return store, event

    yield merge
    for store in stores:
        store.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=check_ins, order=st.randoms(use_true_random=False))
def test_the_figures_are_those_counted_by_hand(plan, order) -> None:
    events = events_of(plan)
    uuids = [e.uuid for e in events if e.kind is Kind.CHECK_IN]
    order.shuffle(events)  # merges arrive in any order
    with tempfile.TemporaryDirectory() as folder:
        store, event = desk_with_event(Path(folder))
        try:
            store.merge(events)
            for day in (*DAYS, None):
                figures = attendance(store, event, day)
                want = expected(plan, day, uuids)
                assert figures.checked_in == want["checked_in"]
                assert figures.came == want["came"]
                assert figures.expected == want["registered"] - want["came"] >= 0
                came = {s.key: s.came for s in figures.categories if s.came}
                assert came == want["came_categories"]
                assert all(s.percent is None or 0 <= s.percent <= 100 for s in figures.countries)
                assert figures.registered == want["registered"]
                assert figures.duplicates == want["duplicates"]
                assert {s.key: s.here for s in figures.desks} == want["desks"]
                assert figures.arrivals == want["quarters"]
                here = {s.key: s.here for s in figures.categories if s.here}
                assert here == want["categories"]
                assert {s.key: s.here for s in figures.countries if s.here} == want["countries"]
                registered = {s.key: s.registered for s in figures.categories if s.registered}
                assert registered == want["registered_categories"]
                assert {
                    s.key: s.registered for s in figures.countries if s.registered
                } == want["registered_countries"]
                assert [s.key for s in figures.days] == [
                    d.isoformat() for d in ([day] if day else DAYS)
                ]
        finally:
            store.close()


def test_categories_come_in_the_events_order_and_countries_most_present_first(merged):
    store, event = merged([("P009", DAYS[0], "D1", 5, False), ("P010", DAYS[0], "D2", 6, False),
                           ("P011", DAYS[0], "D2", 7, False)])
    figures = attendance(store, event, DAYS[0])
    assert [s.key for s in figures.categories] == ["government", "local", "io", "civil"]
    local = figures.categories[1]
    listed = [r for r in PEOPLE if r.category == "local" and (not r.days or "10-26" in r.days)]
    assert (local.here, local.registered) == (2, len(listed))
    assert local.percent == pytest.approx(200 / len(listed))
    assert figures.countries[0].here == 1 and figures.countries[-1].here == 0
    assert [s.key for s in figures.desks] == ["D2", "D1"]  # most arrivals first
    assert figures.desk_names == {"D1": "Desk D1", "D2": "Desk D2"}
    assert figures.expected == figures.registered - 3


def test_someone_admitted_on_another_day_is_here_but_not_among_those_who_came(merged):
    """P008 is registered for 27 October only; F2 admits them on the 26th. An id that
    left the list (GONE) was checked in too: both are here, neither is expected."""
    store, event = merged([("P001", DAYS[0], "D1", 5, False), ("P008", DAYS[0], "D1", 6, False),
                           ("GONE", DAYS[0], "D2", 7, False)])
    figures = attendance(store, event, DAYS[0])
    whole = attendance(store, event, None)
    listed = [r for r in PEOPLE if not r.days or "10-26" in r.days]
    assert (figures.checked_in, figures.came) == (3, 1)
    assert figures.expected == len(listed) - 1
    assert figures.percent == pytest.approx(100 / len(listed))
    local = next(s for s in figures.categories if s.key == "local")
    assert (local.here, local.came) == (1, 0)  # P008, who was not expected that day
    assert (whole.checked_in, whole.came, whole.expected) == (3, 2, len(PEOPLE) - 2)


def test_a_day_outside_the_event_is_refused(merged):
    from checkin.domain.errors import InputError

    store, event = merged([])
    with pytest.raises(InputError):
        attendance(store, event, dt.date(2015, 10, 28))


def test_quarters_are_the_events_own_time(merged):
    store, event = merged([("P009", DAYS[0], "D1", 50, False)])  # 07:40 UTC: 08:40 CET
    figures = attendance(store, event, DAYS[0])
    assert local_quarters(figures, event) == {"2015-10-26T08:30": 1}


def test_the_hour_clocks_go_back_adds_its_two_quarters_up():
    """25 October 2015, Geneva: 02:00–03:00 CEST and 02:00–03:00 CET are one local hour."""
    zone = ZoneInfo("Europe/Zurich")
    before = dt.datetime(2015, 10, 25, 0, 15, tzinfo=dt.UTC)  # 02:15 CEST
    after = dt.datetime(2015, 10, 25, 1, 15, tzinfo=dt.UTC)  # 02:15 CET
    assert quarters_in_zone({after: 2, before: 3}, zone) == {"2015-10-25T02:15": 5}
