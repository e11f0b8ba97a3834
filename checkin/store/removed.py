"""The people set aside from the list, as methods of :class:`checkin.store.Store`.

A mixin, as :class:`checkin.store.stats.Statistics` is: the SQL is in
:mod:`checkin.store.removals`; the Store provides ``read`` and ``write``.
"""

from __future__ import annotations

import contextlib
import sqlite3

from checkin.domain.model import Participant
from checkin.store import projections, removals


class RemovedPeople:
    def read(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def write(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def removed_from_list(self) -> list[Participant]:
        """People set aside from the list here, for the event package."""
        with self.read() as conn:
            return removals.removed_from_list(conn)

    def set_aside_people(self, people: list[Participant], at: str) -> None:
        """Set aside the published event's removed people this desk never had; any of
        them checked in here already is listed again at once."""
        if not people:
            return
        with self.write() as conn:
            checked = removals.set_aside_people(conn, people, at)
            if checked:
                projections.list_again_if_removed(conn, set(checked))
