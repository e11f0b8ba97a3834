"""Shared-folder sync: a cold merge of 20 journals, and a sync with nothing new.

The journals are the synthetic log of the largest desk (about three events
per participant: 20 desks × 15,000 events at 100k), written by the folder
transport's own push into a temporary "share". Figures:

* **cold merge (read, verify, decode)** — the sync layer's part: every journal
  read, each line's CRC checked and decoded into log events, against reading
  the same bytes. This is the figure DESIGN.md's 2 s target is for. Its
  details also give ``json.loads`` of the same events as JSON lines (parse
  only), the trap DESIGN.md names: the decode costs about that much while also
  checking every line and building the events.
* **cold merge into the desk database** — the whole ``checkin sync`` of a desk
  that has the participants but none of the events (what a desk joining late
  in the morning does): the above plus ``Store.merge`` of every event, in
  short transactions (``checkin/store/merging.py``). No target; the SQLite
  part is the "log events applied" figure. Its details give the WAL
  checkpoint still running when the sync returns (on its own thread; the
  figure ends when every event is in the database).
* **scan → verdict during a cold merge** — ``Desk.scan`` on the desk's own
  store while the same cold sync runs on a worker thread, as in the app (a
  scan every 30 ms, each of a different person not yet checked in), against
  the same scans on the idle desk before it.
* **incremental sync with nothing new** — the whole ``sync`` operation (lock,
  cursors, a look at the package, the push check, the pull listing), against
  one ``stat()`` per journal.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
import time
from collections import defaultdict
from pathlib import Path

from benchmarks import synthetic
from benchmarks.datasets import DESK_ID, Dataset, copy_home
from benchmarks.figures import Figure, Target, p50, p99
from benchmarks.search_bench import MORNING
from checkin.domain.log import LogEvent, iso_utc, utc_now
from checkin.domain.rules import Status
from checkin.service.day_files import WRITTEN_AT
from checkin.service.desk import Desk
from checkin.service.sync import SyncResult, publish_event, sync
from checkin.store import Store
from checkin.store.database import DATABASE_NAME
from checkin.sync.folder import FolderTransport

NAME = "merge of 20 journals × 15,000 events, cold"
JOURNALS = 20
#: Between two scans during a merge: a very busy desk (a real one scans every few seconds).
SCAN_PAUSE_S = 0.03
IDLE_SCANS = 100


class _Log:
    """One desk's events, as :meth:`FolderTransport.push` asks for them."""

    def __init__(self, events: list[LogEvent]) -> None:
        self.events = events

    def last_seq(self) -> int:
        return self.events[-1].seq if self.events else 0

    def events_after(self, seq: int) -> list[LogEvent]:
        return [e for e in self.events if e.seq > seq]


def write_journals(dataset: Dataset, share: Path) -> tuple[list[Path], int]:
    """The synthetic log of ``dataset``, one journal per desk, as the desks write them."""
    log = synthetic.events(dataset.people, 3 * dataset.size)
    by_desk: dict[str, list[LogEvent]] = defaultdict(list)
    for event in log:
        by_desk[event.desk].append(event)
    transport = FolderTransport(share)
    (share / "journals").mkdir(parents=True, exist_ok=True)
    for desk, events in sorted(by_desk.items()):
        transport.push(desk, _Log(events), "")
    return sorted((share / "journals").glob("*.jsonl")), len(log)


def read_seconds(paths: list[Path]) -> float:
    """Baseline: open and read every journal's bytes, nothing else."""
    began = time.perf_counter()
    for path in paths:
        path.read_bytes()
    return time.perf_counter() - began


def decode_seconds(share: Path) -> tuple[float, int]:
    """Ours: the transport's cold pull, consumed: read, CRC-checked, decoded events."""
    began = time.perf_counter()
    count = 0
    for batch in FolderTransport(share).pull(DESK_ID, {}).batches:
        count += len(batch.events)
    return time.perf_counter() - began, count


def json_loads_seconds(share: Path) -> float:
    """DESIGN.md's trap, same run: ``json.loads`` of the same events as JSON lines.

    Only the parse — no checksum and no log events built — so it is a floor
    for a JSON-lines journal, which the tab-separated lines are measured against.
    """
    lines = [
        json.dumps(
            {
                "uuid": e.uuid,
                "desk": e.desk,
                "seq": e.seq,
                "at": iso_utc(e.at),
                "kind": str(e.kind),
                "participant_id": e.participant_id,
                "operator": e.operator,
                "payload": e.payload,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode()
        for batch in FolderTransport(share).pull(DESK_ID, {}).batches
        for e in batch.events
    ]
    loads = json.loads
    began = time.perf_counter()
    for line in lines:
        loads(line)
    return time.perf_counter() - began


def cold_desk(dataset: Dataset, scratch: Path) -> Path:
    """A copy of the desk with its participants but none of its log events."""
    home = copy_home(dataset, scratch / f"sync-cold-{dataset.size}")
    conn = sqlite3.connect(home / DATABASE_NAME, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TRIGGER events_no_delete")
        for table in ("events", "checkins", "undos", "badge_prints", "badge_replacements"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("UPDATE participants SET badge_version = 1")
        conn.execute(
            "CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
            "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"
        )
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return home


def measure(dataset: Dataset, scratch: Path) -> list[Figure]:
    share = scratch / f"share-{dataset.size}"
    share.mkdir()
    home = cold_desk(dataset, scratch)
    store = Store.in_home(home)
    publish_event(store, FolderTransport(share))  # first: journals name the event they are for
    store.close()
    paths, events = write_journals(dataset, share)
    per_journal = events // max(len(paths), 1)
    size = f"{len(paths)} × {per_journal:,} events, {sum(p.stat().st_size for p in paths):,} bytes"
    baseline = min(read_seconds(paths) for _ in range(3))
    decode, decoded = min(decode_seconds(share) for _ in range(3))
    if decoded != events:
        raise RuntimeError(f"decoded {decoded} of {events} journal events")
    as_json = min(json_loads_seconds(share) for _ in range(3))
    figures = [
        Figure(
            f"{NAME} (read, verify, decode)",
            decode,
            "s",
            baseline,
            Target(2.0),
            note=f"baseline: reading the same bytes; {size}",
            details={
                "events": events,
                "lines_per_s": events / decode,
                "json_loads_same_lines_s": as_json,  # parse only: no CRC, no events built
            },
        )
    ]
    store = Store.in_home(home)
    try:
        store.set_meta(WRITTEN_AT, iso_utc(utc_now()))  # day files: not part of the figure
        began = time.perf_counter()
        result = sync(store, FolderTransport(share), attendance_every=1e9)
        cold = time.perf_counter() - began
        began = time.perf_counter()
        store.close()  # waits for the WAL checkpoint the merge left running
        checkpoint_after = time.perf_counter() - began
        if not result.ok or result.merged != events:
            raise RuntimeError(f"cold sync merged {result.merged} of {events}: {result.errors}")
        figures.append(
            Figure(
                f"{NAME}, into the desk database (whole sync)",
                cold,
                "s",
                decode,
                note="baseline: the read/verify/decode part alone; the rest is Store.merge",
                details={
                    "events": events,
                    "events_per_s": events / cold,
                    "checkpoint_after_s": checkpoint_after,
                },
            )
        )
        store = Store.in_home(home)
        figures += _incremental(store, share, paths, 200 if dataset.size >= 100_000 else 40)
    finally:
        store.close()
        shutil.rmtree(home, ignore_errors=True)
    return figures + _scans_during_merge(dataset, scratch, share, events)


def _scans_during_merge(dataset: Dataset, scratch: Path, share: Path, events: int) -> list[Figure]:
    """The desk scans (its UI thread) while a cold sync merges (a worker thread)."""
    home = cold_desk(dataset, scratch / "during")
    store = Store.in_home(home, auto_checkpoint=False)  # as the app opens it
    try:
        store.set_meta(WRITTEN_AT, iso_utc(utc_now()))
        desk = Desk(store, clock=lambda: MORNING)
        codes = [desk.code_for(store.participant(pid)) for pid in dataset.fresh]
        idle = [_timed_scan(desk, code) for code in codes[:IDLE_SCANS]]
        results: list[SyncResult] = []
        worker = threading.Thread(
            target=lambda: results.append(sync(store, FolderTransport(share), attendance_every=1e9))
        )
        during = []
        began = time.perf_counter()
        worker.start()
        for code in codes[IDLE_SCANS:]:
            if not worker.is_alive():
                break
            during.append(_timed_scan(desk, code))
            time.sleep(SCAN_PAUSE_S)
        worker.join()
        merge_seconds = time.perf_counter() - began
    finally:
        store.close()
        shutil.rmtree(home, ignore_errors=True)
    if not results or results[0].merged != events:
        raise RuntimeError(f"the sync during scans did not merge every event: {results}")
    name = f"scan → verdict during a cold merge of {events:,} events (Desk.scan)"
    note = f"baseline: the same scans on the idle desk; a scan every {SCAN_PAUSE_S * 1000:.0f} ms"
    details = {"scans": len(during), "merge_s": merge_seconds, "idle_scans": len(idle)}
    return [
        Figure(f"{name}, p50", p50(during), "ms", p50(idle), note=note, details=details),
        Figure(f"{name}, p99", p99(during), "ms", p99(idle), details={"max": max(during)}),
    ]


def _timed_scan(desk: Desk, code: str) -> float:
    began = time.perf_counter()
    verdict = desk.scan(code)
    took = (time.perf_counter() - began) * 1000
    if verdict.status is not Status.OK:
        raise RuntimeError(f"a scan during the merge gave {verdict.status}")
    return took


def _incremental(store: Store, share: Path, paths: list[Path], runs: int) -> list[Figure]:
    transport = FolderTransport(share)
    journals = [*paths, *sorted((share / "journals").glob(f"{DESK_ID}*.jsonl"))]
    ours, baseline = [], []
    for _ in range(runs):
        began = time.perf_counter()
        result = sync(store, transport, attendance_every=1e9)
        ours.append((time.perf_counter() - began) * 1000)
        if result.pulled or result.pushed or not result.ok:
            raise RuntimeError(f"a sync with nothing new did something: {result.as_dict()}")
        began = time.perf_counter()
        for path in journals:
            path.stat()
        baseline.append((time.perf_counter() - began) * 1000)
    name = f"incremental sync with nothing new ({len(journals)} journals)"
    note = "baseline: a stat() per journal"
    return [
        Figure(f"{name}, p50", p50(ours), "ms", p50(baseline), Target(20.0), note=note),
        Figure(
            f"{name}, p99", p99(ours), "ms", p99(baseline), Target(20.0), details={"runs": runs}
        ),
    ]
