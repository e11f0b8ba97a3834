"""Rewriting the generated part of ``benchmarks/RESULTS.md``.

Everything between the two markers is replaced by the machine and the table
of the run; the prose around it (what made the difference, what misses and
why) is written by people and kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

START = "<!-- results:start (written by python -m benchmarks --results) -->"
END = "<!-- results:end -->"


def generated(document: dict[str, Any], table: str) -> str:
    m = document["machine"]
    return "\n".join(
        [
            START,
            f"Run: `python -m benchmarks{' --quick' if document['mode'] == 'quick' else ''}`, "
            f"{document['mode']} mode, {document['seconds']} s, {m['date']}.",
            "",
            f"Machine: {m['cpu']}, {m['cores']} cores; Python {m['python']}, "
            f"SQLite {m['sqlite']}, PySide6 {m['pyside6']}; {m['os']}. Load average at the end "
            f"(1, 5, 15 min): {m['load_average']}. Python speed at the end: "
            f"`sum(range(10**8))` in {m.get('python_speed_s', '?')} s (from 10**7).",
            "",
            table,
            END,
        ]
    )


def write_results(path: Path, document: dict[str, Any], table: str) -> None:
    block = generated(document, table)
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Benchmark results\n\n{END}\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1]
    elif END in text:
        before, after = text.split(END, 1)
    else:
        before, after = text.rstrip() + "\n\n", "\n"
    path.write_text(before + block + after, encoding="utf-8")
