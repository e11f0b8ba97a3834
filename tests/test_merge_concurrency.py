"""A desk keeps scanning while a large merge runs on its database.

Real threads on a real SQLite file, as in the app: the sync merges on a
worker thread while the operator scans on the UI thread, both through the
desk's one :class:`Store`. No timing is asserted: every scan must get its
verdict, every event must land, and a scan waits for at most one chunk per
step (counted, not timed).
"""

from __future__ import annotations

import datetime as dt
import random
import threading
import time
import uuid

import pytest
from conftest import MORNING, Clock

from checkin.domain.log import Kind, LogEvent
from checkin.domain.model import Participant
from checkin.domain.rules import Status
from checkin.service.desk import Desk
from checkin.store import Store, merging, turns

DAY1, DAY2 = dt.date(2015, 10, 26), dt.date(2015, 10, 27)
T0 = dt.datetime(2015, 10, 26, 6, 30, tzinfo=dt.UTC)


@pytest.fixture
def patient_merge(monkeypatch):
    """Chunks of eight steps of 50 events; the merge waits for the desk as long as it takes."""
    monkeypatch.setattr(merging, "FIRST_CHUNK", 400)
    monkeypatch.setattr(merging, "MAX_CHUNK", 400)
    monkeypatch.setattr(merging, "STEP_EVENTS", 50)
    monkeypatch.setattr(turns, "MAX_YIELD_SECONDS", 60.0)


def _other_desks_log(people: list[str]) -> list[LogEvent]:
    """Four events per person from five other desks: a print, check-ins on both days, an undo."""
    rng = random.Random(5)
    seqs: dict[str, int] = {}
    log = []

    def add(kind: Kind, pid: str, payload: dict) -> LogEvent:
        desk = rng.choice(("DA", "DB", "DC", "DD", "DE"))
        seqs[desk] = seqs.get(desk, 0) + 1
        at = T0 + dt.timedelta(seconds=rng.randrange(36_000))
        event = LogEvent(kind, pid, "op", at, payload, uuid.uuid4().hex, desk, seqs[desk])
        log.append(event)
        return event

    for pid in people:
        add(Kind.BADGE_PRINTED, pid, {"version": 1})
        first = add(Kind.CHECK_IN, pid, {"day": DAY1.isoformat(), "via": "badge"})
        add(Kind.CHECK_IN, pid, {"day": DAY2.isoformat(), "via": "badge"})
        add(Kind.UNDO, pid, {"undoes": [first.uuid], "day": DAY1.isoformat()})
    return log


def test_every_scan_gets_its_verdict_while_a_large_merge_runs(patient_merge, store: Store):
    merged_people = [f"M{n:05d}" for n in range(5_000)]
    scanned_people = [f"S{n:05d}" for n in range(3_000)]
    store.upsert_participants(
        [Participant(id=pid, first_name="Test", last_name=pid) for pid in merged_people]
        + [Participant(id=pid, first_name="Scan", last_name=pid) for pid in scanned_people]
    )
    log = _other_desks_log(merged_people)
    desk = Desk(store, clock=Clock(MORNING))
    codes = [desk.code_for(store.participant(pid)) for pid in scanned_people]
    chunks = 0  # chunks committed so far (written by the merging thread)
    merging_done = threading.Event()
    verdicts, waited, failures = [], [], []

    def scan_until_the_merge_ends() -> None:
        try:
            for code in codes:
                before = chunks
                verdicts.append(desk.scan(code))
                waited.append(chunks - before)
                if merging_done.is_set():
                    return
                # The next delegate steps up: long enough for the merge to write a chunk
                # (it waits for a pause in the desk's work of GRACE_SECONDS first).
                time.sleep(turns.GRACE_SECONDS * 1.5)
        except BaseException as error:  # reported by the main thread
            failures.append(error)

    def count_chunk(done: int, total: int) -> None:
        nonlocal chunks
        chunks += 1

    scanner = threading.Thread(target=scan_until_the_merge_ends)
    scanner.start()
    try:
        applied = store.merge(log, progress=count_chunk)
    finally:
        merging_done.set()
        scanner.join()
    assert not failures, failures
    assert len(applied) == len(log)
    assert chunks >= len(log) // merging.MAX_CHUNK
    assert verdicts and all(v.status is Status.OK for v in verdicts)
    # A scan is three steps (its participant, their check-ins, the new event), and
    # each waits for at most the one chunk that was being written when it came
    # (cut short at its next step).
    assert max(waited) <= 3, waited
    assert len(verdicts) > 1  # the desk did not wait for the whole merge
    assert store.event_count() == len(log) + len(verdicts)
    scanned = scanned_people[: len(verdicts)]
    assert all(len(store.active_checkins(pid, DAY1)) == 1 for pid in scanned)
    assert all(store.active_checkins(pid, DAY1) == [] for pid in merged_people[::50])
    assert all(len(store.active_checkins(pid, DAY2)) == 1 for pid in merged_people[::50])


def test_a_waiting_desk_goes_before_the_next_chunk(patient_merge) -> None:
    lock = turns.Turns()
    order: list[str] = []

    def desk_operation() -> None:
        with lock.foreground():
            order.append("desk")

    desk = threading.Thread(target=desk_operation)
    with lock.background():
        order.append("chunk 1")
        desk.start()
        while lock.waiting == 0:  # until the desk is queued behind this chunk
            time.sleep(0.001)
    lock.let_foreground_go_first()
    with lock.background():
        order.append("chunk 2")
    desk.join()
    assert order == ["chunk 1", "desk", "chunk 2"]


def test_a_full_chunk_gives_way_to_an_idle_desks_scan_by_rolling_back(
    patient_merge, monkeypatch, store: Store
):
    """A scan that comes while the desk was idle finds a full chunk under way: the chunk
    is rolled back (its commit would make the scan wait ~27 ms at 100k people) and
    written again after the scan; every event still lands exactly once."""
    monkeypatch.setattr(turns, "BUSY_SECONDS", 0.0)  # the desk counts as idle: full chunks
    made_way = []

    class CountedMakeWay(merging._MakeWay):
        def __init__(self) -> None:
            made_way.append(1)
            super().__init__()

    monkeypatch.setattr(merging, "_MakeWay", CountedMakeWay)
    merged_people = [f"M{n:05d}" for n in range(300)]  # 1,200 events: three chunks
    store.upsert_participants(
        [Participant(id=pid, first_name="Test", last_name=pid) for pid in merged_people]
        + [Participant(id="S00001", first_name="Scan", last_name="Me")]
    )
    log = _other_desks_log(merged_people)
    desk = Desk(store, clock=Clock(MORNING))
    code = desk.code_for(store.participant("S00001"))
    real_apply = merging.eventlog.apply_prepared
    steps, verdicts, scanners = [], [], []

    def apply_prepared(conn, step):
        written = real_apply(conn, step)
        if threading.current_thread() is threading.main_thread():
            steps.append(len(step.events))
            if len(steps) == 3:  # mid-way through the first chunk, a delegate steps up
                scanner = threading.Thread(target=lambda: verdicts.append(desk.scan(code)))
                scanner.start()
                scanners.append(scanner)
                while store._turns.waiting == 0:
                    time.sleep(0.001)
        return written

    monkeypatch.setattr(merging.eventlog, "apply_prepared", apply_prepared)
    applied = store.merge(log)
    for scanner in scanners:
        scanner.join()
    assert made_way == [1]
    assert [v.status for v in verdicts] == [Status.OK]
    assert sorted(e.uuid for e in applied) == sorted(e.uuid for e in log)  # each once
    assert store.event_count() == len(log) + 1
    assert sum(steps) == len(log) + 3 * 50  # the rolled-back steps were written again
    assert all(len(store.active_checkins(pid, DAY2)) == 1 for pid in merged_people)


def test_steps_given_back_come_in_chunks_of_the_size_asked():
    """A full chunk rolled back for an idle desk is written again in the busy desk's
    small chunks, not whole (its commit is what a scan would wait behind)."""
    log = _other_desks_log([f"P{n:04d}" for n in range(100)])  # 400 events
    steps = merging._Steps(log)
    full = steps.take(400)
    steps.give_back(full)
    again = steps.take(100)
    assert steps.count(again) <= 100 + merging.STEP_EVENTS
    assert [e.uuid for s in again for e in s.events] == [
        e.uuid for s in full for e in s.events
    ][: steps.count(again)]  # in the same order
