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
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
