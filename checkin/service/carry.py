"""Publishing into a new folder: every desk's events go there, not only this desk's.

When the share is really gone, the administrator publishes the event into a
new folder (or an empty database) and the desks move there; each live desk
pushes its own journal. A desk that no longer exists — a dead laptop, a desk
reset after a ``journal_conflict`` (a new desk id) — has no one to push its
journal, yet its check-ins live on in every desk that merged them. So the
publishing desk also writes, for each other desk whose events it holds and
that has no journal there yet, that desk's journal: the same header and lines
that desk would write (:func:`checkin.sync.journal.encode_journal`), under a
generation of its own.

The protocol's invariants hold:

* one writer per journal: such a journal is only ever *created*, whole, and
  only where none exists (a hard link, which fails if the file appeared
  meanwhile); the publishing desk never appends to it or rewrites it. Only a
  publishing desk does this, so at most the desk itself races it: if the
  desk wrote first the carried file is not made, if second its own rewrite
  (a rename) replaces the carried one.
* events are idempotent by (desk, seq): the lines are that desk's events,
  uuids and numbers unchanged; if the desk comes back its reconcile reads the
  journal as its own, takes in nothing new, and appends or rewrites (a new
  generation) whatever it holds beyond it.
* merge never double counts: readers merge by uuid.

The same happens at every ``--publish``, for journals missing from the
folder only (one deleted by hand is written again from the copies). What the
publishing desk never held (a gone desk's check-ins that reached only another
desk) it cannot carry: ``checkin sync NEWFOLDER --publish`` on that other desk
carries them only if that journal is still missing, so publish from the desk
that synced last before the share was lost.
"""

from __future__ import annotations

from checkin.service.desk import desk_identity
from checkin.store import Store
from checkin.sync.transport import Transport


def carry_other_desks(store: Store, transport: Transport) -> list[str]:
    """Write the journals the transport lacks of the desks whose events this desk
    holds; returns the desks written (one desk's events in memory at a time)."""
    written = []
    for desk in store.other_desks(desk_identity(store)):
        if transport.write_missing_journal(desk, store.events_after(desk, 0)):
            written.append(desk)
    return written
