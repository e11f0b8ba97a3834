"""Supervisor actions: which ones need the PIN, and checking it with a limit on tries.

Needs the PIN (when the event sets one): importing a list, replacing a badge
(the old one stops admitting), setting the desk's event aside, publishing the
event. Everything the queue needs — scan, search, check-in, undo of a
mistaken check-in, a first badge, a walk-in — never asks: a desk must not
wait for a supervisor at 08:30. After :data:`MAX_TRIES` wrong PINs in a row
the desk refuses every PIN for :data:`LOCK_SECONDS`, so the PIN cannot be
found by trying at the desk.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from checkin.domain.pin import is_pin_hash, pin_matches

MAX_TRIES = 5
LOCK_SECONDS = 60


@dataclass(frozen=True, slots=True)
class PinCheck:
    ok: bool
    tries_left: int = MAX_TRIES  # before the lock, after a wrong PIN
    locked_for: int = 0  # seconds, when too many wrong PINs were typed


class SupervisorGate:
    """The PIN check of one desk (one process): counts wrong tries, locks after too many."""

    def __init__(
        self, pin_hash: Callable[[], str], *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._pin_hash = pin_hash
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

    @property
    def required(self) -> bool:
        """Whether the event sets a PIN (with none, as in the demo, nothing asks for one)."""
        return bool(self._pin_hash())

    def locked_for(self) -> int:
        """Seconds before a PIN is accepted again (0: not locked)."""
        left = self._locked_until - self._clock()
        return max(0, int(left + 0.999))

    def check(self, pin: str) -> PinCheck:
        pin_hash = self._pin_hash()
        if not pin_hash:
            return PinCheck(ok=True)
        if (locked := self.locked_for()) > 0:
            return PinCheck(ok=False, tries_left=0, locked_for=locked)
        if not pin.strip():  # Enter on an empty field, a stray scan's end: not a try
            return PinCheck(ok=False, tries_left=MAX_TRIES - self._wrong)
        if pin_matches(pin, pin_hash):
            self._wrong = 0
            return PinCheck(ok=True)
        self._wrong += 1
        if self._wrong >= MAX_TRIES:
            self._wrong = 0
            self._locked_until = self._clock() + LOCK_SECONDS
            return PinCheck(ok=False, tries_left=0, locked_for=LOCK_SECONDS)
        return PinCheck(ok=False, tries_left=MAX_TRIES - self._wrong)


def event_pin_hash(store) -> str:
    """The PIN hash of the event on this desk ("" with no event or no PIN).

    A value that is not a hash can only be in a config loaded while the key was
    reserved and unused (loading checks it now): it sets no PIN, as it did then."""
    pin_hash = store.event_config().supervisor_pin_hash if store.has_event() else ""
    return pin_hash if is_pin_hash(pin_hash) else ""
