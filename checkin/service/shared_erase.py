"""After the event: the shared folder (or the sync server) gives the delegates' data up.

The folder or server holds the participant list with e-mails and the secret
that signs badges. Erasing it is checked against what is published there:
the event's id must be the one given (a confirmation, as for a desk), and
the event's supervisor PIN — read from the published config — is asked for
by the caller when one is set.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.domain.errors import InputError
from checkin.sync.errors import SyncError
from checkin.sync.transport import Transport


@dataclass(frozen=True, slots=True)
class SharedErased:
    where: str
    removed: list[str]
    kept: list[str]


def published_pin_hash(transport: Transport, event_id: str) -> str:
    """The PIN hash of the event published in ``transport``, after checking its id."""
    where = transport.describe()
    try:
        info = transport.package_info()
        if info is None:
            raise InputError(
                "nothing_published",
                f"No event is published in {where}. Nothing was erased.",
            )
        if info.event_id != event_id:
            raise InputError(
                "other_event",
                f"{where} serves the event {info.event_id!r}, not {event_id!r}. Nothing was "
                "erased.",
            )
        # Only the config: a package whose list is damaged can still be erased.
        config = transport.fetch_event_config()
    except SyncError as error:
        raise InputError(error.code, f"{error} Nothing was erased.") from None
    return str(config.get("supervisor_pin_hash") or "")


def erase_shared(transport: Transport, *, keep_attendance: bool = False) -> SharedErased:
    """Remove the package, the journals and (unless kept) the day files."""
    try:
        removed, kept = transport.erase_event(keep_attendance=keep_attendance)
    except SyncError as error:
        raise InputError(error.code, str(error)) from None
    return SharedErased(transport.describe(), removed, kept)
