"""Sync problems an operator can act on.

A sync error never stops the desk: the service records it in the result, the
desk keeps checking people in, and the next sync catches up. ``code`` selects
the translated message in the UI; ``params`` fill it in.
"""

from __future__ import annotations


class SyncError(RuntimeError):
    """The shared folder (or another transport) could not do what was asked.

    Codes: ``folder_missing`` (not there: an unplugged or unmounted share),
    ``folder_denied`` (no permission), ``folder_unavailable`` (another I/O
    error: disk full, network timeout), ``no_package`` (nothing published yet),
    ``bad_package`` (incomplete or damaged event package), ``package_missing``
    (the folder this desk synced with is empty now: an unmounted share), ``other_event``
    (the folder serves another event), ``other_secret``, ``journal_conflict``
    (two databases with one desk id), ``bad_journal``, ``attendance_locked``
    (a day file is open in another program), ``busy`` (another sync of this
    desk is running).
    """

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def other_event(where: str, theirs: str, ours: str) -> SyncError:
    return SyncError(
        "other_event",
        f"{where} serves the event {theirs!r}, not {ours!r}. "
        "Choose the folder of this desk's event; or, to make this desk join that event, "
        "set its own aside with 'checkin reset' (nothing is deleted) and sync again.",
        folder=where,
        event=theirs,
    )


def package_missing(where: str) -> SyncError:
    """An empty folder where this desk's event used to be: most likely an unmounted share."""
    return SyncError(
        "package_missing",
        f"{where} no longer holds the event (is the network share connected?). Nothing "
        "was written. To start a new shared folder there, sync again with --publish.",
        folder=where,
    )


def other_secret(where: str) -> SyncError:
    return SyncError(
        "other_secret",
        f"The event in {where} was published with another secret: badges printed at this "
        "desk and at the others would not verify at each other's desks. To join it, set "
        "this desk's event aside with 'checkin reset' (nothing is deleted), then sync again.",
        folder=where,
    )
