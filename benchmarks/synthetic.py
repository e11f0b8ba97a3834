"""Deterministic synthetic participants, log events and search queries.

The names, titles and organisations come from the bundled IDM 2015 list
(``data/idm2015/participants.csv``: Latin with accents, Greek, Cyrillic,
Arabic, Chinese, Japanese, Korean...), recombined within each country so a
100k list keeps the demo's mix of scripts and cultures. A fixed seed and no
dependence on hash order: the same size always gives the same people.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from unidecode import unidecode

from checkin.domain.log import Kind, LogEvent
from checkin.domain.model import Participant
from checkin.domain.text import fold, is_latin
from checkin.importing.canonical import read_participants
from checkin.paths import demo_event_dir

SEED = 20151026
DAYS = (dt.date(2015, 10, 26), dt.date(2015, 10, 27))
DESKS = tuple(f"DBENCH{n:02d}" for n in range(1, 21))
#: Participants kept free of check-ins on the first day, for scans that record one.
FRESH_SHARE = 0.05


@dataclass
class _Pool:
    first: list[str] = field(default_factory=list)
    last: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)


def _pools() -> tuple[list[str], dict[str, _Pool], dict[str, str]]:
    """Per country: what the demo list has, with its frequencies; Latin spellings."""
    pools: dict[str, _Pool] = defaultdict(_Pool)
    countries = []
    latin: dict[str, str] = {}
    for person in read_participants(demo_event_dir() / "participants.csv"):
        words = person.name_latin.split()
        if person.first_name and len(words) == 2:  # "Giorgos Papadopoulos"
            latin.setdefault(person.first_name, words[0])
            latin.setdefault(person.last_name, words[1])
        pool = pools[person.country]
        countries.append(person.country)
        if person.first_name:
            pool.first.append(person.first_name)
        pool.last.append(person.last_name)
        pool.titles.append(person.title)
        pool.organisations.append(person.organisation)
        pool.categories.append(person.category)
        pool.languages.append(person.language)
    return countries, dict(pools), latin


def _latin_of(name: str, known: dict[str, str]) -> str:
    """A Latin spelling of a name in another script, as on a passport."""
    if name not in known:
        known[name] = " ".join(unidecode(word).strip().title() for word in name.split())
    return known[name]


def people(count: int, seed: int = SEED) -> list[Participant]:
    """``count`` participants; the last ``FRESH_SHARE`` of them arrive last (see events)."""
    rng = random.Random(seed)
    countries, pools, known = _pools()
    latin_names: dict[str, bool] = {}
    out = []
    for number in range(1, count + 1):
        country = rng.choice(countries)
        pool = pools[country]
        first = rng.choice(pool.first) if pool.first and rng.random() > 0.02 else ""
        last = rng.choice(pool.last)
        if rng.random() < 0.15:  # a second family name: García Navarro, Nguyễn Trần
            other = rng.choice(pool.last)
            if other != last and " " not in last + other and _latin(other + last, latin_names):
                last = f"{last} {other}"
        latin = ""
        if not (_latin(first, latin_names) and _latin(last, latin_names)):
            latin = " ".join(_latin_of(part, known) for part in (first, last) if part)
        email_name = fold(latin or f"{first} {last}".strip()).replace(" ", ".").replace("'", "")
        organisation = rng.choice(pool.organisations)
        roll = rng.random()
        days = () if roll < 0.75 else (DAYS[:1] if roll < 0.88 else DAYS[1:])
        flags = frozenset({"speaker"} if rng.random() < 0.03 else ())
        if rng.random() < 0.02:
            flags |= {"vip", "protocol"}
        out.append(
            Participant(
                id=f"SYN-{number:06d}",
                first_name=first,
                last_name=last,
                name_latin=latin,
                title=rng.choice(pool.titles),
                organisation=organisation,
                country=country,
                category=rng.choice(pool.categories),
                email=f"{email_name}.{number}@example.org" if rng.random() < 0.8 else "",
                language=rng.choice(pool.languages),
                days=days,
                flags=flags,
                notes="Wheelchair access" if rng.random() < 0.005 else "",
                ticket_code=f"TK-{number:06d}-{rng.randrange(36**4):04X}"
                if rng.random() < 0.5
                else "",
            )
        )
    return out


def _latin(name: str, seen: dict[str, bool]) -> bool:
    if name not in seen:
        seen[name] = is_latin(name)
    return seen[name]


def fresh_ids(everyone: list[Participant]) -> list[str]:
    """Participants registered for the first day with no check-in in the synthetic log."""
    tail = everyone[int(len(everyone) * (1 - FRESH_SHARE)) :]
    return [p.id for p in tail if p.registered_for(DAYS[0])]


def events(everyone: list[Participant], total: int, seed: int = SEED) -> list[LogEvent]:
    """About ``total`` log events over 20 desks and both days.

    A badge printed for everyone (a fifth reprinted), a check-in for 95% of the registered on
    each day (the morning peak: 65% in the first 30 minutes), a few duplicate
    check-ins from desks that were apart, and a few undos. Sequence numbers
    are per desk. The ``fresh_ids`` people have no check-in on the first day.
    """
    rng = random.Random(seed + 1)
    fresh = set(fresh_ids(everyone))
    log: list[LogEvent] = []
    seqs = dict.fromkeys(DESKS, 0)

    def add(kind: Kind, person: str, at: dt.datetime, payload: dict, desk: str) -> LogEvent:
        seqs[desk] += 1
        event = LogEvent(
            kind,
            person,
            "bench",
            at,
            payload,
            uuid.UUID(int=rng.getrandbits(128)).hex,
            desk,
            seqs[desk],
        )
        log.append(event)
        return event

    opening = {day: dt.datetime(day.year, day.month, day.day, 6, 30, tzinfo=dt.UTC) for day in DAYS}
    for person in everyone:
        if len(log) >= total:
            break
        for _ in range(2 if rng.random() < 0.2 else 1):  # printed, sometimes reprinted
            add(Kind.BADGE_PRINTED, person.id, opening[DAYS[0]], {"version": 1}, rng.choice(DESKS))
        for day in DAYS:
            if not person.registered_for(day) or (day == DAYS[0] and person.id in fresh):
                continue
            if rng.random() > 0.95:
                continue
            minutes = rng.uniform(0, 30) if rng.random() < 0.65 else rng.uniform(30, 600)
            at = opening[day] + dt.timedelta(minutes=minutes)
            desk = rng.choice(DESKS)
            payload = {"day": day.isoformat(), "via": "badge", "desk_name": desk}
            checkin = add(Kind.CHECK_IN, person.id, at, payload, desk)
            roll = rng.random()
            if roll < 0.07:  # two desks apart both admitted them
                add(
                    Kind.CHECK_IN,
                    person.id,
                    at + dt.timedelta(seconds=40),
                    payload,
                    rng.choice(DESKS),
                )
            elif roll < 0.08:
                add(
                    Kind.UNDO,
                    person.id,
                    at + dt.timedelta(seconds=20),
                    {"undoes": [checkin.uuid], "day": day.isoformat()},
                    desk,
                )
    return log[:total]


def search_words(everyone: list[Participant], count: int, seed: int = SEED) -> list[str]:
    """What operators type to find someone: a name, as they would spell it.

    Latin names mostly without accents (``garcia``), sometimes with them
    (``garcía``); names in other scripts mostly in a Latin spelling
    (``papadopoulos``), sometimes in their own script (``Παπαδόπουλος``).
    """
    rng = random.Random(seed + 2)
    words = []
    while len(words) < count:
        person = rng.choice(everyone)
        native = rng.choice([w for w in (person.first_name, person.last_name) if w]).split()[0]
        if is_latin(native):
            word = native if rng.random() < 0.2 else unidecode(native)
        elif rng.random() < 0.25 or not person.name_latin:
            word = native
        else:
            word = rng.choice(person.name_latin.split())
        word = word.lower()
        if len(word) >= 2:
            words.append(word)
    return words


def keystrokes(words: list[str], shortest: int = 2, longest: int = 5) -> list[str]:
    """Each word typed letter by letter: its prefixes of 2 to 5 characters."""
    return [word[:n] for word in words for n in range(shortest, min(len(word), longest) + 1)]
