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
