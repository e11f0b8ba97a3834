"""Merging does not depend on order: any interleaving of journals gives the same desk.

Hypothesis writes three desks' journals into a real folder piece by piece —
sometimes stopping in the middle of a line, sometimes making a reader forget
its offsets — while a reader desk syncs at random moments. At the end the
reader's projections must equal those of a desk that merged every event at
once, in a shuffled order.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import uuid
from pathlib import Path

from conftest import DAY1, DAY2, PEOPLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import event_desk, projection

from checkin.domain.log import Kind, LogEvent
from checkin.sync.folder import FolderTransport
from checkin.sync.journal import encode, encode_header

DESKS = ("DA", "DB", "DC")
T0 = dt.datetime(2015, 10, 26, 6, 30, tzinfo=dt.UTC)


def _events(seed: int, count: int) -> dict[str, list[LogEvent]]:
    """Check-ins (some of one person at two desks), undos, badges and walk-ins."""
    rng = random.Random(seed)
    logs: dict[str, list[LogEvent]] = {desk: [] for desk in DESKS}
    everyone: list[LogEvent] = []
    ids = [row.id for row in PEOPLE]
    uncorrected: list[str] = []
    for number in range(count):
        desk = rng.choice(DESKS)
        at = T0 + dt.timedelta(seconds=rng.randrange(36_000))  # desk clocks disagree
        roll = rng.random()
        checkins = [e for e in everyone if e.kind is Kind.CHECK_IN]
        if roll < 0.12 and checkins:
            target = rng.choice(checkins)
            kind, pid = Kind.UNDO, target.participant_id
            payload = {"undoes": [target.uuid], "day": target.payload["day"]}
        elif roll < 0.22:
            kind, pid, payload = Kind.BADGE_PRINTED, rng.choice(ids), {"version": 1}
        elif roll < 0.3:
            version = rng.randrange(2, 5)
            kind, pid = Kind.BADGE_REPLACED, rng.choice(ids)
            payload = {"version": version, "reason": "lost"}
        elif roll < 0.36:
            kind, pid = Kind.PARTICIPANT_CREATED, f"W-{number:04d}"
            payload = {"first_name": "Walk", "last_name": f"In {number}", "days": []}
            ids.append(pid)
            uncorrected.append(pid)
        elif roll < 0.42 and uncorrected:  # one correction per walk-in, at any desk
            kind, pid = Kind.PARTICIPANT_UPDATED, uncorrected.pop(0)
            payload = {"organisation": f"Org {number}"}
        else:
            day = rng.choice((DAY1, DAY2)).isoformat()
            kind, pid, payload = Kind.CHECK_IN, rng.choice(ids), {"day": day, "via": "badge"}
        event = LogEvent(
            kind,
            pid,
            "op",
            at,
            payload,
            uuid.UUID(int=rng.getrandbits(128)).hex,
            desk,
            len(logs[desk]) + 1,
        )
        logs[desk].append(event)
        everyone.append(event)
    return logs


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    seed=st.integers(0, 2**32),
    count=st.integers(1, 45),
    schedule=st.lists(
        st.tuples(st.sampled_from(DESKS), st.integers(1, 400), st.booleans(), st.booleans()),
        max_size=14,
    ),
)
def test_random_interleavings_of_journals_give_the_same_projections(
    event_files, seed: int, count: int, schedule: list[tuple[str, int, bool, bool]]
) -> None:
    logs = _events(seed, count)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        share = root / "share"
        share.mkdir()
        reader = event_desk(root, "reader", event_files)
        reference = event_desk(root, "reference", event_files)
        try:
            assert reader.sync(share).published
            check = FolderTransport(share).package_info().secret_check  # the event they are for
            data = {
                d: encode_header(d, "gen", check) + b"".join(encode(e) for e in logs[d])
                for d in DESKS
            }
            written = dict.fromkeys(DESKS, 0)
            for desk, size, sync_now, forget in schedule:
                end = min(len(data[desk]), written[desk] + size)  # may stop mid-line
                with (share / "journals" / f"{desk}.jsonl").open("ab") as handle:
                    handle.write(data[desk][written[desk] : end])
                written[desk] = end
                if forget:
                    reader.store.set_meta("sync_pull", "{}")
                if sync_now:
                    assert reader.sync(share).skipped_corrupt == 0
            for desk in DESKS:  # the writers finish
                with (share / "journals" / f"{desk}.jsonl").open("ab") as handle:
                    handle.write(data[desk][written[desk] :])
            final = reader.sync(share)
            assert final.ok and final.torn == 0 and final.skipped_corrupt == 0
            everything = [e for d in DESKS for e in logs[d]]
            random.Random(seed).shuffle(everything)
            reference.store.merge(everything)
            assert projection(reader.store) == projection(reference.store)
            assert reader.store.event_count() == reference.store.event_count()
        finally:
            reader.store.close()
            reference.store.close()


def _walk_in(desk: str, seq: int) -> LogEvent:
    payload = {"first_name": "Ana", "last_name": "Pérez", "organisation": "Cruz Roja"}
    return LogEvent(Kind.PARTICIPANT_CREATED, "W-1", "op", T0, payload, "a" * 32, desk, seq)


def test_a_badge_replacement_that_arrives_before_its_walk_in_is_kept(event_files, tmp_path):
    replaced = LogEvent(
        Kind.BADGE_REPLACED, "W-1", "op", T0, {"version": 3, "reason": "lost"}, "b" * 32, "DB", 1
    )
    desk = event_desk(tmp_path, "c", event_files)
    desk.store.merge([replaced])
    desk.store.merge([_walk_in("DA", 1)])
    assert desk.store.participant("W-1").badge_version == 3


def test_a_correction_that_arrives_before_its_walk_in_is_kept(event_files, tmp_path):
    corrected = LogEvent(
        Kind.PARTICIPANT_UPDATED, "W-1", "op", T0, {"last_name": "Perez Gil"}, "c" * 32, "DB", 1
    )
    desk = event_desk(tmp_path, "c", event_files)
    desk.store.merge([corrected])
    desk.store.merge([_walk_in("DA", 1)])
    person = desk.store.participant("W-1")
    assert (person.first_name, person.last_name, person.organisation) == (
        "Ana",
        "Perez Gil",
        "Cruz Roja",
    )
