"""Python's cyclic garbage collector, run while the desk is idle rather than in a scan.

Left to itself, the collector runs whenever enough objects have been
allocated — in the middle of whatever the desk is doing. At 100k
participants a full collection takes ~25–30 ms and a young one 2–5 ms; in a
benchmark run of 250 scans one full and a dozen young collections landed
inside scans and keystrokes and set their p99 (benchmarks/RESULTS.md).

So, once the window is built:

* automatic collection is switched off, and a timer collects the young
  generations when no key has been pressed for :data:`IDLE_S` (a full
  collection at most every :data:`FULL_EVERY_S`);
* however busy the desk, once :data:`YOUNG_LIMIT` objects are waiting it
  collects anyway: memory stays bounded;
* shortly after the window first appears (:meth:`IdleCollector.freeze_start_up`,
  not in the cold start), everything made so far (modules, the event, the
  window) is collected once and moved out of the collector's sight with
  ``gc.freeze()``: it lives as long as the app.

Nothing is collected while bulk work (an import, a merge) has paused the
collector on another thread (:mod:`checkin.domain.gc_pause`): a collection
would walk all of its rows.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from checkin.domain import gc_pause

#: No key for this long: the desk is idle.
IDLE_S = 1.0
#: How often the timer looks.
TICK_MS = 500
#: At most one full collection this often (the young ones run at every idle tick).
FULL_EVERY_S = 60.0
#: Objects allocated since the last collection after which it runs even in a rush.
YOUNG_LIMIT = 50_000

_frozen = False


class IdleCollector(QObject):
    def __init__(self, last_activity: Callable[[], float], parent: QObject | None = None):
        super().__init__(parent)
        self._last_activity = last_activity
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._last_full = time.monotonic()
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @staticmethod
    def freeze_start_up() -> None:
        """Collect once, then keep what exists out of later collections (once per process)."""
        global _frozen
        if not _frozen:
            gc.collect()
            gc.freeze()
            _frozen = True

    def tick(self, now: float | None = None) -> int | None:
        """Collect if the desk is idle (or too much waits); the generation collected."""
        now = time.monotonic() if now is None else now
        if gc_pause.bulk_work_running():
            return None
        waiting = gc.get_count()[0]
        if now - self._last_activity() < IDLE_S and waiting < YOUNG_LIMIT:
            return None
        generation = 2 if now - self._last_full >= FULL_EVERY_S else 1
        gc.collect(generation)
        if generation == 2:
            self._last_full = now
        return generation

    def stop(self) -> None:
        """Back to automatic collection (the window is closing)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
