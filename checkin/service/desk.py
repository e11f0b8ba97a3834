"""The front desk's operations: scan, admit, undo, walk-ins, search, counts.

The Qt desk page and the CLI both call these; neither holds a rule of its own. Each
write is one transaction of log events: a crash leaves the whole check-in or nothing.
"""

from __future__ import annotations

import datetime as dt
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from checkin.domain import codes, keyboard
from checkin.domain.errors import InputError
from checkin.domain.log import Kind, LogEvent, utc_now
from checkin.domain.model import EventConfig, Participant
from checkin.domain.rules import CheckIn, Status, Verdict, Via, decide
from checkin.domain.settings import DeskSettings
from checkin.domain.text import query_tokens
from checkin.importing.country_names import country_code
from checkin.service.settings import load_settings, save_settings
from checkin.service.supervisor import SupervisorGate, event_pin_hash
from checkin.store import Store

#: Called with an OK verdict before its check-in is committed (see ``Desk.scan``).
Shown = Callable[[Verdict], None]

#: Longer than any badge or ticket code; a scanner never sends more.
MAX_SCAN_LENGTH = 512


@dataclass(frozen=True, slots=True)
class WalkIn:
    """What an operator types to register someone on the spot."""

    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    title: str = ""
    country: str = ""
    category: str = ""
    email: str = ""
    language: str = ""


#: How much of a refused scan a verdict keeps, to show what was read.
READ_SHOWN = 200
#: The operator recorded when the desk has none set (shown as "no operator", never as this).
UNNAMED_OPERATOR = "desk"


def clean_scan(text: str) -> str:
    """Drop control characters (a scanner's CR/LF/TAB/NUL) and surrounding spaces."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C").strip()


class Desk:
    """One desk working on one event, over its own database."""

    def __init__(self, store: Store, *, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.store = store
        self.clock = clock
        self.event: EventConfig = store.event_config()
        self.secret = store.meta("secret")
        self.desk_id = desk_identity(store)
        self.settings: DeskSettings = load_settings(store)
        #: Checks the supervisor PIN for the actions that need it (one count of wrong tries).
        self.supervisor = SupervisorGate(lambda: event_pin_hash(store))

    @classmethod
    def open(cls, home: Path, **kwargs) -> Desk:
        return cls(Store.in_home(home), **kwargs)

    # -- identity and settings -------------------------------------------------

    @property
    def desk_name(self) -> str:
        return self.settings.desk_name or self.desk_id

    def update_settings(self, settings: DeskSettings) -> None:
        save_settings(self.store, settings)
        self.settings = settings

    def serving_day(self, now: dt.datetime | None = None) -> dt.date:
        """The day this desk checks people in for: chosen at the desk today, else automatic."""
        now = now or self.clock()
        chosen = self.settings.chosen_day(self.event.day_of(now))
        return chosen if chosen in self.event.days else self.event.serving_day(now)

    def choose_day(self, day: dt.date | None) -> None:
        """Serve ``day`` until midnight (``DeskSettings.chosen_day``); None: automatic."""
        now = self.clock()
        today, automatic = self.event.day_of(now), self.event.serving_day(now)
        self.update_settings(self.settings.with_day(day, today=today, automatic=automatic))

    def code_for(self, participant: Participant) -> str:
        """What the participant's current badge QR code contains."""
        return codes.sign(self.secret, participant.id, participant.badge_version)

    # -- scanning -------------------------------------------------------------

    def scan(
        self,
        text: str,
        *,
        operator: str | None = None,
        day: dt.date | None = None,
        at: dt.datetime | None = None,
        shown: Shown | None = None,
    ) -> Verdict:
        """A scanned (or typed) code -> verdict; records the check-in when it is ok.

        ``shown``, if given, gets an OK verdict once its check-in is written and
        before it is committed: the desk paints green while the disk syncs (the
        fsync was most of a scan's time, benchmarks/RESULTS.md). If the commit then
        fails, ``scan`` raises and the caller must take that verdict back.
        """
        cleaned = clean_scan(text)
        if not cleaned:
            raise InputError("empty_scan", "The scan was empty. Scan the code again.")
        at = at or self.clock()
        day = self._event_day(day) if day else self._day_for(at)
        if len(cleaned) > MAX_SCAN_LENGTH:
            return Verdict(Status.UNKNOWN, day=day, read=cleaned[:READ_SHOWN])
        looked_like_badge = False
        for reading in keyboard.readings(cleaned):
            decoded = codes.decode(self.secret, reading)
            if decoded.status is codes.CodeStatus.VALID:
                return self._admit_badge(decoded, cleaned, reading, operator, day, at, shown)
            looked_like_badge |= decoded.status is codes.CodeStatus.INVALID
        for reading in keyboard.readings(cleaned):
            person = self.store.by_ticket(reading)
            if person is not None:
                return self._admit(person, Via.TICKET, operator, day, at, shown=shown)
        status = Status.INVALID if looked_like_badge else Status.UNKNOWN
        return Verdict(status, day=day, read=cleaned[:READ_SHOWN])

    def _admit_badge(self, decoded, typed, reading, operator, day, at, shown) -> Verdict:
        person = self.store.participant(decoded.participant_id)
        repaired = typed if reading != typed else ""
        if person is None:
            return Verdict(Status.UNKNOWN, day=day, via=Via.BADGE, repaired_from=repaired)
        return self._admit(
            person,
            Via.BADGE,
            operator,
            day,
            at,
            presented_version=decoded.badge_version,
            repaired_from=repaired,
            shown=shown,
        )

    def admit(
        self,
        participant_id: str,
        *,
        via: Via = Via.SEARCH,
        operator: str | None = None,
        day: dt.date | None = None,
        at: dt.datetime | None = None,
        admit_anyway: bool = False,
        shown: Shown | None = None,
    ) -> Verdict:
        """Check in someone chosen by name (or admitted anyway on another day).

        ``shown`` as for :meth:`scan`."""
        person = self.store.participant(participant_id)
        at = at or self.clock()
        day = self._event_day(day) if day else self._day_for(at)
        if person is None:
            return Verdict(Status.UNKNOWN, day=day, via=via)
        return self._admit(person, via, operator, day, at, admit_anyway=admit_anyway, shown=shown)

    def _admit(
        self,
        person,
        via,
        operator,
        day,
        at,
        *,
        presented_version=None,
        admit_anyway=False,
        repaired_from="",
        shown: Shown | None = None,
    ) -> Verdict:
        previous = self.store.active_checkins(person.id, day)
        status = decide(
            person,
            day=day,
            previous=previous[0] if previous else None,
            presented_version=presented_version,
            admit_anyway=admit_anyway,
        )
        common = dict(participant=person, day=day, via=via, flags=person.flags)
        if presented_version is not None:
            common.update(presented_version=presented_version, repaired_from=repaired_from)
        if status is not Status.OK:
            return Verdict(status, previous=previous[0] if previous else None, **common)
        event = self._event(
            Kind.CHECK_IN,
            person.id,
            operator,
            at,
            {
                "day": day.isoformat(),
                "via": str(via),
                "desk_name": self.desk_name,
                **({"override": "not_registered"} if not person.registered_for(day) else {}),
            },
        )
        verdict = Verdict(Status.OK, checkin=self._checkin_of(event, person, day), **common)
        self.store.append(
            self.desk_id, [event], before_commit=None if shown is None else lambda: shown(verdict)
        )
        return verdict

    # -- undo and walk-ins ----------------------------------------------------

    def undo(
        self, participant_id: str, *, day: dt.date | None = None, operator: str | None = None
    ) -> list[CheckIn]:
        """Undo a person's check-in for a day: an event in the log, never a delete."""
        at = self.clock()
        day = self._event_day(day) if day else self._day_for(at)
        if self.store.participant(participant_id) is None:
            raise InputError(
                "unknown_participant",
                f"No participant has the id {participant_id!r}.",
                participant=participant_id,
            )
        active = self.store.active_checkins(participant_id, day)
        if not active:
            raise InputError(
                "not_checked_in",
                f"{participant_id} is not checked in on {day.isoformat()}.",
                participant=participant_id,
                day=day.isoformat(),
            )
        payload = {"undoes": [c.event_uuid for c in active], "day": day.isoformat()}
        self.store.append(
            self.desk_id, [self._event(Kind.UNDO, participant_id, operator, at, payload)]
        )
        return active

    def register_walk_in(
        self, walk_in: WalkIn, *, operator: str | None = None, day: dt.date | None = None
    ) -> Verdict:
        """Register someone on the spot, give them a code and check them in."""
        first, last = walk_in.first_name.strip(), walk_in.last_name.strip()
        if not (first or last):
            raise InputError("walk_in_name", "A walk-in needs at least one name.")
        category = walk_in.category or self.event.default_category
        if self.event.categories and self.event.category(category) is None:
            raise InputError("walk_in_category", f"Unknown category {category!r}.")
        country = ""
        if walk_in.country.strip():  # a code, or a name in English, French or Spanish
            country = country_code(walk_in.country) or ""
            if not country:
                raise InputError("walk_in_country", f"Unknown country {walk_in.country.strip()!r}.")
        at = self.clock()
        day = self._event_day(day) if day else self._day_for(at)
        person = Participant(
            id=f"W-{secrets.token_hex(4).upper()}",
            first_name=first,
            last_name=last,
            title=walk_in.title.strip(),
            organisation=walk_in.organisation.strip(),
            country=country,
            category=category,
            email=walk_in.email.strip(),
            language=walk_in.language,
            days=tuple(d for d in self.event.days if d >= day),
        )
        created = self._event(Kind.PARTICIPANT_CREATED, person.id, operator, at, _payload(person))
        checkin = self._event(
            Kind.CHECK_IN,
            person.id,
            operator,
            at,
            {"day": day.isoformat(), "via": "walk_in", "desk_name": self.desk_name},
        )
        self.store.append(self.desk_id, [created, checkin])
        return Verdict(
            Status.OK,
            participant=person,
            day=day,
            via=Via.WALK_IN,
            checkin=self._checkin_of(checkin, person, day),
        )

    def is_complete_code(self, text: str) -> bool:
        """True when ``text`` is a whole badge or ticket code of this event.

        Used for scanners that send no Enter: after a short pause the desk
        submits the field only when this holds, so a half-typed name never
        fires. A signature cannot verify by chance on a prefix of a code.
        """
        cleaned = clean_scan(text)
        if not cleaned or len(cleaned) > MAX_SCAN_LENGTH:
            return False
        for reading in keyboard.readings(cleaned):
            if codes.decode(self.secret, reading).status is codes.CodeStatus.VALID:
                return True
        return any(self.store.by_ticket(r) is not None for r in keyboard.readings(cleaned))

    # -- reading --------------------------------------------------------------

    def search(self, text: str, limit: int = 20) -> list[Participant]:
        found = self.store.search(query_tokens(text), limit)
        if found or "-" not in text:  # else "jean-pierre-dupont": hyphens across names
            return found
        return self.store.search(query_tokens(text.replace("-", " ")), limit)

    def search_with_status(
        self, text: str, day: dt.date, limit: int = 20
    ) -> list[tuple[Participant, CheckIn | None]]:
        """Search results with each person's check-in for ``day`` (None if not yet)."""
        people = self.search(text, limit)
        first = self.store.first_active_checkins([p.id for p in people], day)
        return [(person, first.get(person.id)) for person in people]

    def recent(self, limit: int = 15) -> list[tuple[CheckIn, Participant | None]]:
        return [
            (c, self.store.participant(c.participant_id))
            for c in self.store.recent_checkins(self.desk_id, limit)
        ]

    # -- helpers --------------------------------------------------------------

    def _event_day(self, day: dt.date) -> dt.date:
        return self.event.event_day(day)

    def _day_for(self, at: dt.datetime) -> dt.date:
        day = self.event.day_of(at)
        return day if day in self.event.days else self.serving_day(at)

    def _operator(self, operator: str | None) -> str:
        chosen = operator if operator is not None else self.settings.operator
        return chosen.strip() or UNNAMED_OPERATOR

    def _event(self, kind, participant_id, operator, at, payload) -> LogEvent:
        return LogEvent(kind, participant_id, self._operator(operator), at, payload)

    def _checkin_of(self, event: LogEvent, person: Participant, day: dt.date) -> CheckIn:
        return CheckIn(
            person.id,
            day,
            event.at,
            self.desk_id,
            event.operator,
            event.uuid,
            admitted_not_registered=not person.registered_for(day),
            desk_name=self.desk_name,
        )


def _payload(person: Participant) -> dict:
    return {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "title": person.title,
        "organisation": person.organisation,
        "country": person.country,
        "category": person.category,
        "email": person.email,
        "language": person.language,
        "days": [d.isoformat() for d in person.days],
    }


def desk_identity(store: Store) -> str:
    """This desk's id, made once per database (journals are named after it)."""
    desk_id = store.meta("desk_id")
    if not desk_id:
        desk_id = "D" + secrets.token_hex(4).upper()
        store.set_meta("desk_id", desk_id)
    return desk_id


@dataclass(frozen=True, slots=True)
class DeskCounts:
    day: dt.date
    registered: int
    checked_in: int
    this_desk: int


def counts(store: Store, desk_id: str, day: dt.date) -> DeskCounts:
    """Today's figures for the desk page (run off the UI thread, on a reader store)."""
    return DeskCounts(
        day=day,
        registered=store.registered(day),
        checked_in=store.checked_in(day),
        this_desk=store.checked_in(day, desk_id),
    )
