"""Scan -> verdict in the service layer, against one indexed lookup.

Every "new" scan is the badge code of a different person not yet checked in,
so each one records a check-in (one write transaction, committed with
``synchronous = FULL``: an fsync of the WAL). "Already" scans are rescans of
people checked in earlier that day (reads only). The fsync is measured on
its own too: the same scans with ``synchronous = OFF`` show the
application's part, and a bare one-row commit shows the disk's.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from benchmarks.datasets import Dataset, copy_home
from benchmarks.figures import Figure, Target, p50, p99
from benchmarks.search_bench import MORNING
from checkin.domain.rules import Status
from checkin.service.desk import Desk
from checkin.store import Store

TARGET = Target(2.0)
LOOKUP = "SELECT * FROM participants WHERE id = ?"


def _timed_scans(
    desk: Desk, codes: list[str], expected: Status, shown: list[float] | None = None
) -> list[float]:
    """Each scan's time until ``Desk.scan`` returned (its check-in committed).

    With ``shown``, also the time until the verdict was handed to the desk to show
    (``Desk.scan(shown=...)``: a new check-in's verdict is shown before its commit,
    as the app paints it; a rescan's verdict is what ``scan`` returns)."""
    times = []
    for code in codes:
        handed: list[float] = []
        began = time.perf_counter()
        verdict = desk.scan(code, shown=lambda _verdict, to=handed: to.append(time.perf_counter()))
        ended = time.perf_counter()
        times.append((ended - began) * 1000)
        if shown is not None:
            shown.append(((handed[0] if handed else ended) - began) * 1000)
        if verdict.status is not expected:
            raise RuntimeError(f"scan gave {verdict.status}, expected {expected}")
    return times


def _lookups(database: Path, ids: list[str]) -> list[float]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    times = []
    try:
        for pid in ids:  # once to warm the cache like the desk's, then timed
            conn.execute(LOOKUP, (pid,)).fetchone()
        for pid in ids:
            began = time.perf_counter()
            conn.execute(LOOKUP, (pid,)).fetchone()
            times.append((time.perf_counter() - began) * 1000)
    finally:
        conn.close()
    return times


def _commits(folder: Path, synchronous: str, count: int) -> list[float]:
    """One-row write transactions on a WAL database: the disk's part of a check-in."""
    path = folder / f"commit-{synchronous}-{count}-{time.monotonic_ns()}.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        conn.execute("CREATE TABLE t (x TEXT)")
        times = []
        for n in range(count):
            began = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t VALUES (?)", (str(n) * 20,))
            conn.execute("COMMIT")
            times.append((time.perf_counter() - began) * 1000)
        return times
    finally:
        conn.close()


def measure(dataset: Dataset, scratch: Path, scans: int) -> list[Figure]:
    home = copy_home(dataset, scratch / f"scan-{dataset.size}")
    rng = random.Random(dataset.size)
    fresh = dataset.fresh[: scans * 3 // 2]
    durable, no_fsync = fresh[: len(fresh) * 2 // 3], fresh[len(fresh) * 2 // 3 :]
    rescans = rng.sample(dataset.arrived, min(scans, len(dataset.arrived)))
    # As the desk app opens it: WAL checkpoints run in the background (ui/main_window.py),
    # not inside every ~100th scan; the fsync of each commit (synchronous=FULL) stays.
    store = Store.in_home(home, auto_checkpoint=False)
    try:
        desk = Desk(store, clock=lambda: MORNING)

        def codes(ids: list[str]) -> list[str]:
            return [desk.code_for(store.participant(pid)) for pid in ids]

        new_codes, fast_codes, again_codes = codes(durable), codes(no_fsync), codes(rescans)
        _timed_scans(desk, again_codes[:20], Status.ALREADY)  # warm-up: reads only
        new_shown: list[float] = []
        new = _timed_scans(desk, new_codes, Status.OK, new_shown)
        already = _timed_scans(desk, again_codes, Status.ALREADY)
        conn = store._conn  # the benchmark reaches in to isolate the disk's part
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # count only this phase's pages
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        app_only = _timed_scans(desk, fast_codes, Status.OK)
        conn.execute("PRAGMA synchronous = FULL")
        began = time.perf_counter()
        pages = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]
        checkpoint = (time.perf_counter() - began) * 1000
    finally:
        store.close()
    lookups = _lookups(dataset.database, durable + rescans)
    full, off = _commits(scratch, "FULL", 200), _commits(scratch, "OFF", 200)
    size = f"{dataset.size // 1000}k"
    base = p99(lookups)
    per_scan = pages / max(1, len(app_only))
    every = round(1000 / per_scan) if per_scan else 0
    wal = Figure(
        f"WAL checkpoint of {len(app_only)} check-ins, synchronous=FULL @{size}",
        checkpoint,
        "ms",
        note=f"{per_scan:.1f} pages per check-in: SQLite's auto-checkpoint (1,000 pages) "
        f"runs inside every ~{every}th scan",
        details={"pages": pages},
    )
    return [
        wal,
        Figure(
            f"scan → check-in committed (Desk.scan returns), p50 @{size}",
            p50(new),
            "ms",
            p50(lookups),
            details={"scans": len(new)},
        ),
        Figure(
            f"scan → verdict shown, new check-in (before its commit), p99 @{size}",
            p99(new_shown),
            "ms",
            base,
            TARGET,
            note="what the operator waits for: the verdict is painted before the fsync",
            details={"p50": p50(new_shown)},
        ),
        Figure(
            f"scan → check-in committed (Desk.scan returns), p99 @{size}",
            p99(new),
            "ms",
            base,
            note="includes the commit's fsync (synchronous=FULL), done before the next scan",
        ),
        Figure(
            f"scan → verdict, already in (Desk.scan), p99 @{size}",
            p99(already),
            "ms",
            base,
            TARGET,
            details={"scans": len(already)},
        ),
        Figure(
            f"scan → verdict, new check-in, app only (synchronous=OFF), p99 @{size}",
            p99(app_only),
            "ms",
            base,
            TARGET,
            note="no fsync, no checkpoint: the application's own part",
            details={"scans": len(app_only)},
        ),
        Figure(
            f"one-row commit, synchronous=FULL (WAL fsync), p99 @{size}",
            p99(full),
            "ms",
            p99(off),
            note="baseline: the same commit with synchronous=OFF",
            details={"p50": p50(full), "p50_off": p50(off)},
        ),
    ]
