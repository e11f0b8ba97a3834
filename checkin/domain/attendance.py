"""Attendance figures that are pure arithmetic over arrivals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from zoneinfo import ZoneInfo


def quarters_in_zone(counts: Mapping[dt.datetime, int], zone: ZoneInfo) -> dict[str, int]:
    """Counts per quarter hour (keyed by its aware start) in local time:
    ``{'2015-10-26T08:30': n}``, in time order. Quarters of UTC are the zone's
    quarters too (every offset is a whole number of quarter hours); two UTC
    quarters that fall on one local quarter (the hour clocks go back) add up."""
    local: dict[str, int] = {}
    for moment in sorted(counts):
        key = moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M")
        local[key] = local.get(key, 0) + counts[moment]
    return local
