"""Event logs and database snapshots for the merge tests (Qt-free).

``mixed_log`` draws every kind of event the log holds, with the cases a merge
must get right whatever the order: undos (some of one check-in by two desks,
some arriving before their check-in), admit-anyway check-ins, duplicate
check-ins of one person, badge prints and replacements (one arriving before
its walk-in), walk-ins with one or more corrections, and copies of the same
event. ``snapshot`` is everything a merge writes, in a comparable form.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from checkin.domain.log import Kind, LogEvent
from checkin.store import Store

DAYS = ("2015-10-26", "2015-10-27")
T0 = dt.datetime(2015, 10, 26, 6, 30, tzinfo=dt.UTC)


def mixed_log(seed: int, count: int, people: list[str], desks=("DA", "DB", "DC")) -> list[LogEvent]:
    """``count`` events of other desks (plus copies), each desk numbered from 1."""
    rng = random.Random(seed)
    seqs = dict.fromkeys(desks, 0)
    log: list[LogEvent] = []
    checkins: list[LogEvent] = []
    walk_ins: list[str] = []
    ids = list(people)

    def add(kind: Kind, pid: str, payload: dict) -> LogEvent:
        desk = rng.choice(desks)
        seqs[desk] += 1
        at = T0 + dt.timedelta(milliseconds=rng.randrange(36_000_000))
        event = LogEvent(
            kind, pid, "op", at, payload, uuid.UUID(int=rng.getrandbits(128)).hex, desk, seqs[desk]
        )
        log.append(event)
        return event

    for number in range(count):
        roll = rng.random()
        if roll < 0.1 and checkins:
            target = rng.choice(checkins)
            add(
                Kind.UNDO,
                target.participant_id,
                {"undoes": [target.uuid], "day": target.payload["day"]},
            )
        elif roll < 0.2:
            add(
                Kind.BADGE_PRINTED,
                rng.choice(ids),
                {"version": rng.randrange(1, 4), "layout": "a6"},
            )
        elif roll < 0.27:
            add(
                Kind.BADGE_REPLACED,
                rng.choice(ids),
                {"version": rng.randrange(2, 6), "reason": "lost"},
            )
        elif roll < 0.32:
            pid = f"W-{number:04d}"
            add(
                Kind.PARTICIPANT_CREATED,
                pid,
                {"first_name": "Walk", "last_name": f"In {number}", "days": []},
            )
            walk_ins.append(pid)
            ids.append(pid)
        elif roll < 0.4 and walk_ins:
            field = rng.choice(("organisation", "title", "last_name"))
            add(Kind.PARTICIPANT_UPDATED, rng.choice(walk_ins), {field: f"{field} {number}"})
        else:
            payload = {"day": rng.choice(DAYS), "via": "badge", "desk_name": "Desk"}
            if rng.random() < 0.1:
                payload["override"] = "not_registered"
            checkins.append(add(Kind.CHECK_IN, rng.choice(ids), payload))
    copies = [rng.choice(log) for _ in range(count // 10)] if log else []
    return log + copies


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every table a merge writes, without rowids (which depend on arrival order)."""
    queries = {
        "events": "SELECT uuid, desk, seq, at, operator, kind, participant_id, payload FROM events",
        "checkins": "SELECT * FROM checkins",
        "undos": "SELECT * FROM undos",
        "badge_prints": "SELECT * FROM badge_prints",
        "badge_replacements": "SELECT * FROM badge_replacements",
        "participants": "SELECT * FROM participants",
        "search_index": "SELECT p.id, s.search_names, s.search_other FROM participants p "
        "JOIN search_index s ON s.rowid = p.rowid",
    }
    with store.read() as conn:
        return {name: sorted(conn.execute(sql).fetchall()) for name, sql in queries.items()}
