"""Data minimisation: what of an event's payload travels to the other desks.

Journal lines carry ids, times, desk and operator — not names or e-mails.
A walk-in (``participant_created``) or a correction (``participant_updated``)
has to carry a person's details, and then only the fields the other desks
need to find, admit and badge that person: never the e-mail address or the
notes (which may hold health or access needs). The desk that typed them keeps
them in its own database and its exports; the event package, published by
the administrator, stays the one place in the folder with the full list.
Every other kind of event (check-ins, undos, badges) holds no personal data
and travels as it is.
"""

from __future__ import annotations

from typing import Any

from checkin.domain.log import Kind, LogEvent

#: What a walk-in or a correction carries to other desks; everything else stays home.
TRAVELLING_FIELDS: dict[Kind, frozenset[str]] = {
    kind: frozenset(
        {
            "first_name",
            "last_name",
            "name_latin",
            "title",
            "organisation",
            "country",
            "category",
            "language",
            "days",
            "flags",
            "ticket_code",
        }
    )
    for kind in (Kind.PARTICIPANT_CREATED, Kind.PARTICIPANT_UPDATED)
}


def travelling_payload(event: LogEvent) -> dict[str, Any]:
    """The payload as it is written to the shared folder."""
    allowed = TRAVELLING_FIELDS.get(event.kind)
    if allowed is None:
        return event.payload
    return {k: v for k, v in event.payload.items() if k in allowed}
