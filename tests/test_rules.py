"""The check-in rules: which verdict wins when several apply."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.domain.model import EventConfig, Participant
from checkin.domain.rules import SEVERITY, CheckIn, Status, Verdict, decide

DAY1, DAY2 = dt.date(2015, 10, 26), dt.date(2015, 10, 27)
EARLIER = CheckIn(
    participant_id="P1",
    day=DAY1,
    at=dt.datetime(2015, 10, 26, 7, 5, tzinfo=dt.UTC),
    desk="D1",
    operator="ana",
    event_uuid="u1",
)

everyday = Participant(id="P1", first_name="Ana", last_name="Silva")
day2_only = Participant(id="P1", first_name="Ana", last_name="Silva", days=(DAY2,))
replaced = Participant(id="P1", first_name="Ana", last_name="Silva", badge_version=3)


def test_first_scan_of_a_registered_person_is_ok() -> None:
    assert decide(everyday, day=DAY1, previous=None, presented_version=1) is Status.OK
    assert decide(everyday, day=DAY1, previous=None) is Status.OK  # found by name


def test_earlier_check_in_today_gives_already() -> None:
    assert decide(everyday, day=DAY1, previous=EARLIER, presented_version=1) is Status.ALREADY


def test_superseded_beats_already() -> None:
    """An old badge never admits anyone, not even someone already inside."""
    status = decide(replaced, day=DAY1, previous=EARLIER, presented_version=2)
    assert status is Status.SUPERSEDED


def test_superseded_beats_not_today_and_admit_anyway() -> None:
    person = Participant(id="P1", days=(DAY2,), badge_version=2)
    assert decide(person, day=DAY1, previous=None, presented_version=1) is Status.SUPERSEDED
    assert (
        decide(person, day=DAY1, previous=None, presented_version=1, admit_anyway=True)
        is Status.SUPERSEDED
    )


def test_current_and_newer_versions_are_not_superseded() -> None:
    assert decide(replaced, day=DAY1, previous=None, presented_version=3) is Status.OK
    # A badge printed by another desk whose replacement event has not synced yet.
    assert decide(replaced, day=DAY1, previous=None, presented_version=4) is Status.OK


def test_name_search_has_no_version_to_supersede() -> None:
    assert decide(replaced, day=DAY1, previous=None, presented_version=None) is Status.OK


def test_already_beats_not_today() -> None:
    """Admitted anyway earlier today: the second scan says when, not 'not registered'."""
    assert decide(day2_only, day=DAY1, previous=EARLIER, presented_version=1) is Status.ALREADY


def test_not_registered_for_the_day() -> None:
    assert decide(day2_only, day=DAY1, previous=None, presented_version=1) is Status.NOT_TODAY
    assert decide(day2_only, day=DAY2, previous=None, presented_version=1) is Status.OK


def test_admit_anyway_overrides_not_today_only() -> None:
    assert decide(day2_only, day=DAY1, previous=None, admit_anyway=True) is Status.OK
    assert decide(day2_only, day=DAY1, previous=EARLIER, admit_anyway=True) is Status.ALREADY


def test_registered_for_with_empty_days_means_every_day() -> None:
    for day in (DAY1, DAY2, dt.date(2030, 1, 1)):
        assert everyday.registered_for(day)
    assert day2_only.registered_for(DAY2)
    assert not day2_only.registered_for(DAY1)


@pytest.mark.parametrize(
    ("status", "severity"),
    [
        (Status.OK, "ok"),
        (Status.ALREADY, "warning"),
        (Status.NOT_TODAY, "warning"),
        (Status.UNKNOWN, "error"),
        (Status.INVALID, "error"),
        (Status.SUPERSEDED, "error"),
    ],
)
def test_every_status_has_a_severity(status: Status, severity: str) -> None:
    assert Verdict(status).severity == severity
    assert set(SEVERITY) == set(Status)


def test_status_values_are_the_cli_words() -> None:
    assert [str(s) for s in Status] == [
        "ok",
        "already",
        "unknown",
        "invalid",
        "superseded",
        "not_today",
    ]


# -- properties over every combination --------------------------------------------------

days_registered = st.sampled_from([(), (DAY1,), (DAY2,), (DAY1, DAY2)])


@given(
    registered=days_registered,
    day=st.sampled_from([DAY1, DAY2]),
    current=st.integers(1, 5),
    presented=st.one_of(st.none(), st.integers(1, 6)),
    earlier=st.booleans(),
    admit_anyway=st.booleans(),
)
def test_the_verdict_follows_one_order_of_precedence(
    registered, day, current, presented, earlier, admit_anyway
) -> None:
    """superseded > already > not today (unless admitted anyway) > ok, whatever else holds:
    an old badge never admits anyone, and no one is checked in twice."""
    person = Participant(id="P1", first_name="Ana", days=registered, badge_version=current)
    status = decide(
        person,
        day=day,
        previous=EARLIER if earlier else None,
        presented_version=presented,
        admit_anyway=admit_anyway,
    )
    if presented is not None and presented < current:
        assert status is Status.SUPERSEDED
    elif earlier:
        assert status is Status.ALREADY
    elif registered and day not in registered and not admit_anyway:
        assert status is Status.NOT_TODAY
    else:
        assert status is Status.OK
    assert (status is Status.OK) <= (earlier is False)


GENEVA = EventConfig(id="e", name={"en": "E"}, days=(DAY1, DAY2), timezone="Europe/Zurich")


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2040, 1, 1),
                    timezones=st.sampled_from([dt.UTC, ZoneInfo("America/New_York"),
                                               ZoneInfo("Asia/Tokyo"), ZoneInfo("Europe/Zurich")])))
def test_the_conference_day_is_the_calendar_day_in_geneva(moment) -> None:
    """Whatever the laptop's zone, across summer-time changes (Europe/Zurich leaves summer
    time on the last Sunday of October, the night before the demo event)."""
    assert GENEVA.day_of(moment) == moment.astimezone(ZoneInfo("Europe/Zurich")).date()


def test_the_night_summer_time_ends_before_the_event_counts_in_geneva_time() -> None:
    # 25 Oct 2015, 23:30 UTC is already 26 Oct 00:30 in Geneva (CET, UTC+1 after 03:00 CEST)
    assert GENEVA.day_of(dt.datetime(2015, 10, 25, 23, 30, tzinfo=dt.UTC)) == DAY1
    assert GENEVA.day_of(dt.datetime(2015, 10, 25, 22, 30, tzinfo=dt.UTC)) == DAY1 - dt.timedelta(1)
    assert GENEVA.serving_day(dt.datetime(2015, 10, 25, 22, 30, tzinfo=dt.UTC)) == DAY1
    assert GENEVA.serving_day(dt.datetime(2015, 10, 27, 22, 59, tzinfo=dt.UTC)) == DAY2
    assert GENEVA.serving_day(dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)) == DAY1
