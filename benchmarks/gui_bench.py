"""GUI figures, each from a separate process (see :mod:`benchmarks.gui_probe`).

* Enter -> verdict painted, and keystroke -> result list painted, on the
  largest desk of the run, with the peak resident memory of that process.
* Cold start to a usable window on the demo event, against a bare Qt window.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import synthetic
from benchmarks.datasets import SECRET, Dataset, copy_home
from benchmarks.figures import Figure, Target, p99
from checkin.domain import codes
from checkin.service.event_setup import load_demo
from checkin.store import Store

ROOT = Path(__file__).resolve().parent.parent
FRAME = Target(16.0)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_LOGGING_RULES"] = "qt.multimedia*=false;qt.qpa.*=false"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _probe(*args: str, timeout: float = 600) -> tuple[dict, float]:
    """Run the probe; its JSON result and the process's wall time in seconds."""
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.gui_probe", *args],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    wall = time.perf_counter() - began
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"gui probe {args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1]), wall


def measure_desk(
    dataset: Dataset, scratch: Path, scans: int, words: int, bare_mb: float | None = None
) -> list[Figure]:
    home = copy_home(dataset, scratch / f"gui-{dataset.size}")
    people = {p.id: p for p in dataset.people}
    rng = random.Random(3)
    fresh = dataset.fresh[-scans:]
    again = rng.sample(dataset.arrived, min(scans // 4, len(dataset.arrived)))
    order = fresh + again
    rng.shuffle(order)
    plan = {
        "codes": [codes.sign(SECRET, pid, people[pid].badge_version) for pid in order],
        "words": synthetic.search_words(dataset.people, words, seed=11),
    }
    plan_file = scratch / f"gui-plan-{dataset.size}.json"
    plan_file.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    result, _ = _probe("desk", str(home), str(plan_file))
    size = f"{dataset.size // 1000}k"
    scan_ms = [t for t in result["scan_ms"] if t is not None]
    key_ms = [t for t in result["key_ms"] if t is not None]
    statuses = {s: result["statuses"].count(s) for s in set(result["statuses"])}
    failed = len(result["scan_ms"]) - len(scan_ms) + len(result["key_ms"]) - len(key_ms)
    note = ""
    if failed:  # a slot raised (or nothing was repainted within 2 s): not a timing
        first = "; ".join(sorted(set(result["errors"]))[:2]) or "no repaint"
        note = f"{failed} presses failed in the UI, not timed: {first}"
    with_counts = _with_attendance_window(dataset, plan, scratch, size, p99(scan_ms))
    return [
        Figure(
            f"GUI: Enter → verdict painted, p99 @{size}",
            p99(scan_ms),
            "ms",
            p99(result["scan_service_ms"]),
            FRAME,
            note=note,
            details={
                "scans": len(scan_ms),
                "parts_ms": {
                    name: {"mean": statistics.fmean(t), "p99": p99(t)}
                    for name, t in result["parts_ms"].items()
                    if t
                },
                "statuses": statuses,
                "p50": statistics.median(scan_ms),
                "baseline": "Desk.scan inside the same presses, p99",
            },
        ),
        *with_counts,
        Figure(
            f"GUI: keystroke → result list painted, p99 @{size}",
            p99(key_ms),
            "ms",
            p99(result["key_service_ms"]),
            FRAME,
            details={
                "keystrokes": len(key_ms),
                "p50": statistics.median(key_ms),
                "baseline": "Desk.search_with_status inside the same keys, p99",
            },
        ),
        Figure(
            f"resident memory, desk with a window @{size}",
            result["peak_mb"],
            "MB",
            bare_mb,
            Target(250.0),
            note="baseline: an empty Qt window",
            details={"after": f"{len(scan_ms)} scans, {len(key_ms)} keys"},
        ),
    ]


def _with_attendance_window(
    dataset: Dataset, plan: dict, scratch: Path, size: str, alone_p99: float
) -> list[Figure]:
    """The same scans, on a fresh copy of the desk, with the organisers' attendance
    window open and recounting every second on its background reader (a day's count
    is ~0.4 s of SQLite at 100k)."""
    home = copy_home(dataset, scratch / f"gui-attendance-{dataset.size}")
    busy = {"codes": plan["codes"], "words": [], "attendance": True}
    plan_file = scratch / "gui-plan-attendance.json"
    plan_file.write_text(json.dumps(busy, ensure_ascii=False), encoding="utf-8")
    result, _ = _probe("desk", str(home), str(plan_file))
    scan_ms = [t for t in result["scan_ms"] if t is not None]
    return [
        Figure(
            f"GUI: Enter → verdict painted with the attendance window recounting, p99 @{size}",
            p99(scan_ms),
            "ms",
            alone_p99,
            FRAME,
            note="baseline: the same scans without the window (the figure below)",
            details={"scans": len(scan_ms), "p50": statistics.median(scan_ms)},
        )
    ]


def measure_start(scratch: Path, runs: int) -> list[Figure]:
    home = scratch / "demo-home"
    store = Store.in_home(home)
    try:
        load_demo(store)  # an installed desk: the event is already loaded
    finally:
        store.close()
    _probe("start", str(home))  # warm the OS file cache, as any second launch
    _probe("bare")
    ours, bare, ours_mb, bare_mb = [], [], 0.0, 0.0
    for _ in range(runs):
        result, wall = _probe("start", str(home))
        ours.append(wall)
        ours_mb = max(ours_mb, result["peak_mb"])
        result, wall = _probe("bare")
        bare.append(wall)
        bare_mb = max(bare_mb, result["peak_mb"])
    return [
        Figure(
            "cold start to a usable window (demo event), median",
            statistics.median(ours),
            "s",
            statistics.median(bare),
            Target(1.5),
            note="process start to first paint; baseline: an empty Qt window",
            details={"runs": ours, "baseline_runs": bare},
        ),
        Figure(
            "resident memory at start (demo event)",
            ours_mb,
            "MB",
            bare_mb,
            Target(250.0),
            note="baseline: an empty Qt window",
        ),
    ]
