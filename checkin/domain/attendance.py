"""Attendance figures that are pure arithmetic over arrivals."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from zoneinfo import ZoneInfo


def arrivals_by_quarter(arrivals: Iterable[dt.datetime], zone: ZoneInfo) -> dict[str, int]:
    """Arrivals per 15 minutes, in the event's local time: ``{'2015-10-26T08:30': n}``."""
    buckets: Counter[str] = Counter()
    for moment in arrivals:
        local = moment.astimezone(zone)
        start = local.replace(minute=local.minute - local.minute % 15, second=0, microsecond=0)
        buckets[start.strftime("%Y-%m-%dT%H:%M")] += 1
    return dict(sorted(buckets.items()))
