"""The rows a batch of events becomes: the same text as one event at a time, faster."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from checkin.domain.log import Kind, LogEvent, iso_utc
from checkin.store.projections import log_row, prepare

moments = st.datetimes(
    min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2200, 1, 1)
).flatmap(
    lambda naive: st.sampled_from(
        [naive.replace(tzinfo=dt.UTC), naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=2)))]
    )
)


@given(moments)
def test_the_time_of_a_log_row_is_the_text_iso_utc_writes(moment: dt.datetime) -> None:
    event = LogEvent(Kind.CHECK_IN, "P001", "op", moment, {"day": "2015-10-26"})
    assert log_row(event)[3] == iso_utc(moment)


def test_payloads_that_compare_equal_keep_their_own_json() -> None:
    """1, 1.0 and True are equal in Python; a memo of encoded payloads must not mix them."""
    payloads = [{"version": 1}, {"version": True}, {"version": 1.0}, {"version": 1}]
    payloads += [{"a": "x", "b": "y"}, {"b": "y", "a": "x"}, {"undoes": ["u1"], "day": "d"}]
    at = dt.datetime(2015, 10, 26, 7, 0, tzinfo=dt.UTC)
    events = [LogEvent(Kind.BADGE_PRINTED, "P001", "op", at, p) for p in payloads]
    texts = [row[7] for row in prepare(events).rows]
    assert texts == [json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in payloads]
