"""Badge operations: render, replace, record printed, choose a batch.

The badge desk, the front desk's print-on-check-in and the CLI all come
through here. Rendering only reads; replacing and recording a print are log
events (BADGE_REPLACED, BADGE_PRINTED) so they sync to other desks like
check-ins do. A replaced badge's old code then scans as *superseded* because
the code carries the badge version (see :mod:`checkin.domain.codes`).

Printing itself is not here: the Qt layer prints the PDF and calls
:func:`record_printed` only once the printer accepted the job, so "not yet
printed" stays true for a badge whose print failed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from checkin import badges
from checkin.domain.badges import REASONS, BadgeHistory
from checkin.domain.errors import InputError
from checkin.domain.log import Kind, LogEvent
from checkin.domain.model import Participant
from checkin.service.desk import Desk
from checkin.store import Store

MAX_NOTE = 500


@dataclass(frozen=True, slots=True)
class RenderedBadges:
    """A PDF ready to print or save, and who is in it (in page order)."""

    pdf: bytes
    layout: str
    participants: tuple[Participant, ...]
    #: Participant id -> characters no bundled font has, printed blank (see badges.render).
    unprintable: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Replacement:
    """What a replacement changed: the participant as now, and both codes."""

    participant: Participant
    version: int
    reason: str
    note: str
    old_code: str
    new_code: str
    events: tuple[LogEvent, ...]


@dataclass(frozen=True, slots=True)
class BatchFilter:
    category: str = ""  # '' = every category
    day: dt.date | None = None  # people registered for this day; None = everyone
    not_printed: bool = False  # only people whose current badge was never printed


def config_of(desk: Desk) -> badges.BadgeConfig:
    try:
        return badges.badge_config(desk.event)
    except badges.BadgeConfigError as error:
        raise InputError("bad_badge_config", f"The event's badge settings: {error}") from None


def layout_for(desk: Desk, layout: str | None = None) -> str:
    """The layout asked for, else this desk's choice, else the event's default."""
    name = layout or desk.settings.badge_layout or config_of(desk).layout
    if name not in badges.LAYOUT_NAMES:
        raise InputError(
            "bad_layout",
            f"Unknown badge layout {name!r} (known: {', '.join(badges.LAYOUT_NAMES)}).",
            layout=name,
        )
    return name


def participant(desk: Desk, participant_id: str) -> Participant:
    person = desk.store.participant(participant_id.strip())
    if person is None:
        raise InputError(
            "unknown_participant",
            f"No participant has the id {participant_id!r}.",
            participant=participant_id,
        )
    return person


def render(
    desk: Desk, people: Sequence[Participant | str], *, layout: str | None = None
) -> RenderedBadges:
    """The badges of ``people`` (participants or ids) with their current codes.

    Everyone is read again from the store here, just before rendering: a
    participant held by a dialog or by the *print?* question may have had
    their badge replaced since (a new version, a corrected name), and
    printing that snapshot would hand over a badge every desk refuses.
    """
    chosen = [participant(desk, p if isinstance(p, str) else p.id) for p in people]
    if not chosen:
        raise InputError("no_badges", "There is no badge to print.")
    name = layout_for(desk, layout)
    rendered = badges.render(
        [badges.Badge(person, desk.code_for(person)) for person in chosen],
        desk.event,
        name,
        config_of(desk),
    )
    return RenderedBadges(rendered.pdf, name, tuple(chosen), rendered.unprintable)


def replace_badge(
    desk: Desk,
    participant_id: str,
    *,
    reason: str,
    note: str = "",
    first_name: str | None = None,
    last_name: str | None = None,
    name_latin: str | None = None,
    title: str | None = None,
    organisation: str | None = None,
    operator: str | None = None,
) -> Replacement:
    """A new badge version for a lost, damaged or misspelt badge; the old code stops working.

    For a name correction, ``first_name``/``last_name`` carry the corrected
    spelling, and ``name_latin`` the corrected Latin (passport) spelling of a
    name in another script, printed under it; what changed is recorded (only
    those fields) in the same transaction.
    """
    before = participant(desk, participant_id)
    reason, note = reason.strip(), " ".join(note.split())
    if reason not in REASONS:
        raise InputError(
            "bad_reason",
            f"Unknown replacement reason {reason!r} (known: {', '.join(REASONS)}).",
            reason=reason,
        )
    if reason == "other" and not note:
        raise InputError("reason_note", "Say why the badge is replaced.")
    if len(note) > MAX_NOTE:
        raise InputError("long_note", f"The note is longer than {MAX_NOTE} characters.")
    correction = {
        key: value.strip()
        for key, value in (
            ("first_name", first_name),
            ("last_name", last_name),
            ("name_latin", name_latin),
            ("title", title),
            ("organisation", organisation),
        )
        if value is not None and value.strip() != getattr(before, key)
    }
    if correction and not (
        correction.get("first_name", before.first_name)
        or correction.get("last_name", before.last_name)
    ):
        raise InputError("walk_in_name", "A badge needs at least one name.")
    at = desk.clock()
    who = _operator(desk, operator)

    def events(version: int) -> list[LogEvent]:
        made = []
        if correction:
            made.append(LogEvent(Kind.PARTICIPANT_UPDATED, before.id, who, at, correction))
        payload = {"version": version, "reason": reason, "note": note}
        made.append(LogEvent(Kind.BADGE_REPLACED, before.id, who, at, payload))
        return made

    recorded = desk.store.append_badge_replacement(desk.desk_id, before.id, events)
    after = desk.store.participant(before.id)
    if not recorded or after is None:  # deleted meanwhile: cannot happen on one desk
        raise InputError("unknown_participant", f"No participant has the id {participant_id!r}.")
    return Replacement(
        participant=after,
        version=after.badge_version,
        reason=reason,
        note=note,
        old_code=desk.code_for(before),
        new_code=desk.code_for(after),
        events=tuple(recorded),
    )


def reason_from_text(text: str) -> tuple[str, str]:
    """A reason typed on the command line: a known word (``lost``) or free text (other)."""
    word = text.strip().lower().replace(" ", "_").replace("-", "_")
    if word in REASONS:
        return word, ""
    return "other", text.strip()


def record_printed(
    desk: Desk, people: Sequence[Participant], *, layout: str, operator: str | None = None
) -> list[LogEvent]:
    """BADGE_PRINTED for each badge the printer accepted (one transaction)."""
    at = desk.clock()
    who = _operator(desk, operator)
    events = [
        LogEvent(
            Kind.BADGE_PRINTED,
            person.id,
            who,
            at,
            {"version": person.badge_version, "layout": layout},
        )
        for person in people
    ]
    return desk.store.append(desk.desk_id, events) if events else []


def select_batch(store: Store, batch: BatchFilter) -> list[Participant]:
    """Who a batch print covers, sorted by family name.

    Takes a store, not a desk, so the UI can ask its background reader.
    """
    return store.badge_batch(category=batch.category, day=batch.day, not_printed=batch.not_printed)


def count_batch(store: Store, batch: BatchFilter) -> int:
    return store.badge_batch_count(
        category=batch.category, day=batch.day, not_printed=batch.not_printed
    )


def history(desk: Desk, participant_id: str) -> BadgeHistory:
    found = desk.store.badge_history(participant_id)
    if found is None:
        raise InputError(
            "unknown_participant",
            f"No participant has the id {participant_id!r}.",
            participant=participant_id,
        )
    return found


def replacement_counts(desk: Desk, participant_ids: list[str]) -> dict[str, int]:
    """For lists at the desk: how often each person's badge was replaced."""
    return desk.store.replacement_counts(participant_ids)


def _operator(desk: Desk, operator: str | None) -> str:
    return (operator if operator is not None else desk.settings.operator).strip() or "desk"
