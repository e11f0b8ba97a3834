"""The benchmarks run and report every figure; no timing is asserted (DESIGN.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = {"name", "value", "unit", "baseline", "ratio", "target", "ok"}


def test_quick_benchmarks_report_every_figure_as_json():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=150,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    document = json.loads(done.stdout)
    assert document["mode"] == "quick"
    assert {"cpu", "cores", "python", "sqlite", "pyside6", "date"} <= set(document["machine"])
    figures = document["figures"]
    assert figures
    for figure in figures:
        assert set(figure) >= KEYS, figure
        assert figure["ok"] in (True, False, None)
    names = " ".join(f["name"] for f in figures)
    for expected in (
        "search results",
        "scan → verdict",
        "import",
        "GUI: Enter",
        "cold start",
        "resident memory",
        "merge of 20 journals",
    ):
        assert expected in names
    unmeasured = [f for f in figures if f["value"] is None]
    assert all(f["note"].startswith("not measured") for f in unmeasured)
