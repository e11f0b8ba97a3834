"""The store's one lock, shared by the desk and a merge, with the desk going first.

The desk's operations (every ``Store.read`` / ``Store.write``) are
*foreground*; a merge's chunks are *background*. A chunk is written in steps
and commits early when a foreground operation is waiting after one of them
(:class:`checkin.store.merging.Merger`); the next chunk starts only when no
foreground operation is waiting and none ended in the last
:data:`GRACE_SECONDS` (a scan is three short steps — the participant, their
check-ins, the new event — so it is not cut in half).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Iterator

#: After the desk's last operation, a merge waits this long before its next chunk:
#: longer than Python's thread switch interval (5 ms), since the desk's thread may
#: need the interpreter back from the merging one between two steps of a scan.
GRACE_SECONDS = 0.02
#: The desk counts as working for this long after its last operation.
BUSY_SECONDS = 1.0
#: A merge never waits longer than this for the desk between two chunks.
MAX_YIELD_SECONDS = 0.5
#: Python's thread switch interval while merging (see quick_thread_switches).
THREAD_SWITCH_SECONDS = 0.0005


class Turns:
    """A reentrant lock where foreground holders go before the background one."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._state = threading.Condition(threading.Lock())
        self._waiting = 0
        # When each thread last let go of the lock: a merge looks at the others'.
        self._released: dict[int, float] = {}

    @contextlib.contextmanager
    def foreground(self) -> Iterator[None]:
        with self._state:
            self._waiting += 1
        try:
            self._lock.acquire()
        finally:
            with self._state:
                self._waiting -= 1
                self._state.notify_all()
        try:
            yield
        finally:
            self._lock.release()
            with self._state:
                now = self._released[threading.get_ident()] = time.monotonic()
                if len(self._released) > 32:  # threads come and go (a pool's, a test's)
                    old = [t for t, at in self._released.items() if now - at > BUSY_SECONDS]
                    for thread in old:
                        del self._released[thread]

    @property
    def waiting(self) -> int:
        """Foreground operations waiting for the lock now."""
        with self._state:
            return self._waiting

    def _others_released_at(self) -> float:
        me = threading.get_ident()
        return max((t for thread, t in self._released.items() if thread != me), default=-1e9)

    def desk_is_busy(self) -> bool:
        """Another thread waits for the lock, or used it in the last :data:`BUSY_SECONDS`."""
        with self._state:
            recent = time.monotonic() - self._others_released_at() < BUSY_SECONDS
            return bool(self._waiting) or recent

    @contextlib.contextmanager
    def background(self) -> Iterator[None]:
        """One chunk of a merge: call :meth:`let_foreground_go_first` before each."""
        with self._lock:
            yield

    def let_foreground_go_first(self) -> None:
        """Wait while another thread waits for the lock or has just used it."""
        deadline = time.monotonic() + MAX_YIELD_SECONDS
        with self._state:
            while (now := time.monotonic()) < deadline:
                if self._waiting:
                    wait = deadline - now
                else:
                    wait = min(self._others_released_at() + GRACE_SECONDS, deadline) - now
                    if wait <= 0:
                        return
                self._state.wait(wait)


@contextlib.contextmanager
def quick_thread_switches() -> Iterator[None]:
    """Hand the interpreter to a waiting thread after 0.5 ms instead of 5 ms.

    A merge is long stretches of Python (building rows, decoding journals) on a
    worker thread; the desk's scan, on the UI thread, needs the interpreter back
    after each of its SQLite calls, and waited up to the 5 ms switch interval
    every time: 15-30 ms a scan. Switching is only asked for by a waiting thread,
    so an idle desk costs the merge nothing.
    """
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, THREAD_SWITCH_SECONDS))
    try:
        yield
    finally:
        sys.setswitchinterval(previous)
