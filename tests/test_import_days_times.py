"""Days columns of Excel date-times: a midnight time is no part of the day."""

from __future__ import annotations

import pytest
from registration_lists import delimited, trilingual_event

from checkin.domain.event_config import parse_event_config
from checkin.importing.days import parse_days
from checkin.importing.plan import read_plan
from checkin.importing.reading import read_bytes

CONFIG = parse_event_config(trilingual_event())
DAYS = CONFIG.days


@pytest.mark.parametrize(
    ("text", "days"),
    [("26/10/2015 00:00", (0,)), ("26/10/2015 00:00:00", (0,)), ("26/10/2015 0:00", (0,)),
     ("10/27/2015 12:00:00 AM", (1,)), ("2015-10-27 00:00:00", (1,)),
     ("2015-10-26T00:00:00.000", (0,)), ("26/10/2015 00:00; 27/10/2015 00:00", (0, 1)),
     ("26.10.2015 00:00", (0,))],
)
def test_a_date_time_at_midnight_is_that_day(text, days):
    reading = parse_days(text, DAYS)
    assert reading.understood, text
    assert reading.days == tuple(DAYS[i] for i in days)


def test_another_time_of_day_is_still_said():
    assert not parse_days("26/10/2015 09:30", DAYS).understood


def test_a_days_column_of_excel_date_times_imports_without_warnings():
    data = delimited(["ID", "First name", "Last name", "Days"],
                     [[f"D-{n}", "Ann", f"Lee{n}", "26/10/2015 00:00"] for n in range(3)])
    plan = read_plan(read_bytes(data, "days.csv"), CONFIG)
    assert not [i for i in plan.issues if i.code == "days_partly"]
    assert [r.participant.days for r in plan.rows] == [(DAYS[0],)] * 3
