"""Python's cyclic garbage collector paused around bulk work.

Imports, journal decoding and merges build hundreds of thousands of tuples
that hold no cycles; every few hundred allocations the collector walks all of
them again (a third of a large import, a tenth of a cold sync). Reference
counting goes on; the collector is switched back on, if it was on, however
the block is left. Pure Python, so every layer may use it.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_running = 0  # bulk blocks in progress, on any thread
_count_lock = threading.Lock()


def bulk_work_running() -> bool:
    """True while some thread is inside :func:`collector_paused` (an idle
    collection then would walk all of that work's rows)."""
    return _running > 0


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    global _running
    enabled = gc.isenabled()
    gc.disable()
    with _count_lock:
        _running += 1
    try:
        yield
    finally:
        with _count_lock:
            _running -= 1
        if enabled:
            gc.enable()
