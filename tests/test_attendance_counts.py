"""The day's attendance count against a model of it, for any check-ins and undos.

``stats.checked_in`` counts a day's people from an index and subtracts those
whose every check-in was undone (migration 5); the desk and all-days figures
keep the plain form. Both must agree with the definition: a person counts
for a day when at least one of their check-ins that day is not undone. The
statuses of a page of search results (``first_active_checkins``, one query)
must be each person's earliest check-in that day that is not undone.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.domain.log import Kind, LogEvent
from checkin.store import Store, stats

T0 = dt.datetime(2015, 10, 26, 7, 0, tzinfo=dt.UTC)
DAYS = (dt.date(2015, 10, 26), dt.date(2015, 10, 27))
PEOPLE = ("P1", "P2", "P3", "P4")
DESKS = ("D1", "D2")

check_ins = st.lists(
    st.tuples(st.sampled_from(PEOPLE), st.sampled_from(DAYS), st.sampled_from(DESKS)),
    max_size=14,
)


def events_of(plan: list[tuple[str, dt.date, str]], undone: list[bool]) -> list[LogEvent]:
    seq = dict.fromkeys(DESKS, 0)
    events = []
    for n, (pid, day, desk) in enumerate(plan):
        seq[desk] += 1
        at = T0 + dt.timedelta(minutes=n)
        event = LogEvent(
            Kind.CHECK_IN, pid, "ana", at, {"day": day.isoformat()}, desk=desk, seq=seq[desk]
        )
        events.append(event)
        if undone[n]:
            seq[desk] += 1
            payload = {"undoes": [event.uuid], "day": day.isoformat()}
            events.append(LogEvent(Kind.UNDO, pid, "ana", at, payload, desk=desk, seq=seq[desk]))
    return events


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=check_ins, data=st.data())
def test_checked_in_counts_people_with_an_active_check_in(plan, data) -> None:
    undone = data.draw(st.lists(st.booleans(), min_size=len(plan), max_size=len(plan)))
    events = events_of(plan, undone)
    order = data.draw(st.permutations(events))  # merges arrive in any order
    active = [(pid, day, desk) for (pid, day, desk), u in zip(plan, undone, strict=True) if not u]
    with tempfile.TemporaryDirectory() as folder:
        store = Store.in_home(Path(folder))
        try:
            store.merge(order)
            for day in DAYS:
                assert store.checked_in(day) == len({p for p, d, _ in active if d == day})
                for desk in DESKS:
                    expected = {p for p, d, k in active if d == day and k == desk}
                    assert store.checked_in(day, desk) == len(expected)
            assert store.checked_in(None) == len({p for p, _, _ in active})
            for day in DAYS:  # the statuses of a page of search results, in one query
                first = store.first_active_checkins(list(PEOPLE), day)
                for pid in PEOPLE:
                    at = [
                        T0 + dt.timedelta(minutes=n)
                        for n, (p, d, _) in enumerate(plan)
                        if p == pid and d == day and not undone[n]
                    ]
                    assert (first[pid].at if pid in first else None) == min(at, default=None)
        finally:
            store.close()


def test_the_day_count_reads_the_day_index(tmp_path: Path) -> None:
    """The fast form must stay on its index (a plan change would bring back 0.5 s)."""
    store = Store.in_home(tmp_path)
    try:
        with store.read() as conn:
            plan = " ".join(
                row[-1]
                for row in conn.execute("EXPLAIN QUERY PLAN " + stats._PEOPLE_OF_DAY, {"day": ""})
            )
    finally:
        store.close()
    assert "COVERING INDEX checkins_day_person" in plan
    assert "SCAN u" in plan  # the undos drive the correction, not the day's check-ins


def test_the_desk_count_reads_only_that_desks_check_ins(tmp_path: Path) -> None:
    """With the day index there, the planner preferred it: every desk's check-ins of the day."""
    store = Store.in_home(tmp_path)
    try:
        with store.read() as conn:
            traced: list[str] = []
            conn.set_trace_callback(traced.append)
            try:
                stats.checked_in(conn, DAYS[0], "D1")
            finally:
                conn.set_trace_callback(None)
            plan = " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + traced[-1]))
    finally:
        store.close()
    assert "checkins_desk_at (desk=?)" in plan


def test_statuses_of_more_people_than_one_query_takes(tmp_path: Path) -> None:
    """Ids are looked up in chunks: SQLite limits the variables of one statement."""
    store = Store.in_home(tmp_path)
    try:
        store.merge(events_of([("P1", DAYS[0], "D1"), ("P2", DAYS[0], "D2")], [False, False]))
        ids = [f"X{n}" for n in range(1200)] + ["P2", "P1"]
        first = store.first_active_checkins(ids, DAYS[0])
    finally:
        store.close()
    assert sorted(first) == ["P1", "P2"]
