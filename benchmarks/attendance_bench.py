"""The organisers' attendance window: counting a day, against the one query it needs.

``service.attendance.attendance`` of the busiest day (what the window shows on
every refresh after a change), on a connection of its own as the window's
reader, median of a few runs. Baseline: the first active check-in of every
person that day, one ``SELECT … GROUP BY`` fetched — the least any count per
person has to read. DESIGN.md sets no target; the window recounts at most
every 5 s, off the UI thread, so the figure says what that costs the laptop.
"""

from __future__ import annotations

import sqlite3
import statistics
import time

from benchmarks.datasets import Dataset
from benchmarks.figures import Figure
from benchmarks.synthetic import DAYS
from checkin.service.attendance import attendance
from checkin.store import Store

FIRSTS = (
    "SELECT c.participant_id, min(c.at), c.desk FROM checkins c WHERE c.day = ? "
    "AND NOT EXISTS (SELECT 1 FROM undos u WHERE u.target_uuid = c.event_uuid) "
    "GROUP BY c.participant_id"
)


def measure(dataset: Dataset, runs: int = 5) -> list[Figure]:
    day = DAYS[0]
    reader = Store(dataset.database)
    try:
        event = reader.event_config()
        attendance(reader, event, day)  # warm the cache, as a window open for a while has
        ours = []
        for _ in range(runs):
            began = time.perf_counter()
            figures = attendance(reader, event, day)
            ours.append((time.perf_counter() - began) * 1000)
    finally:
        reader.close()
    conn = sqlite3.connect(f"file:{dataset.database}?mode=ro", uri=True)
    try:
        conn.execute(FIRSTS, (day.isoformat(),)).fetchall()
        raw = []
        for _ in range(runs):
            began = time.perf_counter()
            conn.execute(FIRSTS, (day.isoformat(),)).fetchall()
            raw.append((time.perf_counter() - began) * 1000)
    finally:
        conn.close()
    return [
        Figure(
            f"attendance of a day, organisers' window @{dataset.size // 1000}k",
            statistics.median(ours),
            "ms",
            statistics.median(raw),
            note="service.attendance on the window's reader, median; baseline: first "
            "arrivals of the day, one GROUP BY fetched; no target (counted at most every 5 s, "
            "off the UI thread)",
            details={"checked_in": figures.checked_in, "runs": runs},
        )
    ]
