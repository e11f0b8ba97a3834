"""When a sync compares this desk's clock with the share's (see :mod:`checkin.sync.clock`)."""

from __future__ import annotations

from checkin.service.sync_result import SyncResult
from checkin.store import Store
from checkin.sync import clock as share_clock
from checkin.sync.transport import Transport

#: Desk meta: when this computer's clock was last found in step with the share's.
CHECKED = "clock_checked"
#: A clock found right is looked at again after this long (a sync every 15 s would
#: otherwise write and remove a probe file on the share each time).
RECHECK_S = 600.0


def check(store: Store, transport: Transport, result: SyncResult, *, due: bool) -> None:
    """Compare the clocks when ``due`` (at start, hourly, when check-ins go out), when
    this desk has never found them in step, or when it did so long ago; a problem goes
    into ``result`` and is looked for again at every sync until the clock is right."""
    now = share_clock.system_clock()
    try:
        last = float(store.meta(CHECKED) or 0)
    except ValueError:
        last = 0.0
    if not (due or abs(now - last) > RECHECK_S):
        return
    skew = transport.clock_skew(share_clock.system_clock)
    problem = share_clock.clock_problem(skew, transport.describe())
    if problem is None:
        store.set_meta(CHECKED, repr(now))
    else:
        store.set_meta(CHECKED, "")
        result.fail(problem)
