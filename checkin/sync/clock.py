"""Whether this desk's clock agrees with the shared folder's (or the sync server's).

A desk files each check-in under the day its own clock says. A laptop whose
clock is a day off (a wrong time zone, a dead battery, a manual change) files
everyone under the wrong day, and the organisers' figures are wrong without
anyone knowing. The share has a clock of its own: the file server's, which
stamps the files desks write (or the database server's ``clock_timestamp()``).
A sync that wrote compares the two; a difference beyond :data:`TOLERANCE_S`
is a problem the desk shows until the clock is set right.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path

from checkin.sync.errors import SyncError

#: Clocks a few minutes apart are common and harmless; past this, say so.
TOLERANCE_S = 300.0
#: This computer's clock, the one compared (tests shift it; the desks' own ``clock``
#: in tests is an event day of 2015, not this computer's).
system_clock = time.time


def folder_skew(folder: Path, now: Callable[[], float]) -> float | None:
    """Seconds the file server's clock is ahead of ``now`` (None if it cannot be told):
    a probe file is written, its time read back, and removed."""
    probe = folder / f".clock-{secrets.token_hex(4)}"
    try:
        before = now()
        handle = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            os.write(handle, b"\n")
            stamped = os.fstat(handle).st_mtime
        finally:
            os.close(handle)
        after = now()
    except OSError:
        return None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(probe)
    return stamped - (before + after) / 2


def clock_problem(skew: float | None, where: str) -> SyncError | None:
    """The problem to show when the desk's clock is off the share's, else None."""
    if skew is None or abs(skew) <= TOLERANCE_S:
        return None
    minutes = round(abs(skew) / 60)
    ahead = skew < 0  # the share is behind: this desk is ahead
    if minutes >= 1440:
        amount = f"{_count(minutes // 1440, 'day')} and {_count(minutes % 1440 // 60, 'hour')}"
    elif minutes >= 60:
        amount = f"{_count(minutes // 60, 'hour')} and {_count(minutes % 60, 'minute')}"
    else:
        amount = _count(minutes, "minute")
    return SyncError(
        "clock_off",
        f"This computer's clock is {amount} {'ahead of' if ahead else 'behind'} {where}: "
        "check-ins are filed under the day this clock says. Set the date, time and time "
        "zone of this computer.",
        minutes=minutes,
        ahead=ahead,
    )


def _count(number: int, unit: str) -> str:
    return f"{number} {unit}" + ("" if number == 1 else "s")

