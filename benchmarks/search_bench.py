"""Keystroke -> search results in the service layer, against the raw FTS5 query.

Operators type a name letter by letter; every keystroke from the second to
the fifth letter is one search (``Desk.search``). The baseline is the query
the search wraps, run on its own connection to the same database: an FTS5
prefix match of the same tokens with ``LIMIT 20`` and no ranking, rows
fetched. Both run interleaved, query by query, so they share the machine's
state.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

from benchmarks import synthetic
from benchmarks.datasets import Dataset
from benchmarks.figures import Figure, Target, p50, p99
from checkin.domain.text import query_tokens
from checkin.service.desk import Desk
from checkin.store import Store

MORNING = dt.datetime(2015, 10, 26, 7, 45, tzinfo=dt.UTC)  # 08:45 in Geneva, day one
RAW = "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 20"
P99_TARGET = Target(5.0, max_ratio=2.0)
#: DESIGN.md states its targets at 100k participants. On smaller lists the raw
#: query returns in 0.03–0.1 ms and the fixed work of every search (a second
#: query, 20 participants built) outweighs it, so there only the limit applies.
SMALL_LIST_TARGET = Target(5.0)
RATIO_FROM = 100_000


def raw_expression(text: str) -> str:
    return " ".join(f'"{token}"*' for token in query_tokens(text))


def measure(dataset: Dataset, words: int) -> list[Figure]:
    queries = synthetic.keystrokes(synthetic.search_words(dataset.people, words))
    warm_up = synthetic.keystrokes(synthetic.search_words(dataset.people, 40, seed=7))
    store = Store.in_home(dataset.home)
    raw = sqlite3.connect(f"file:{dataset.database}?mode=ro", uri=True)
    ours: list[float] = []
    bare: list[float] = []
    try:
        desk = Desk(store, clock=lambda: MORNING)
        for text in warm_up:
            desk.search(text)
            raw.execute(RAW, (raw_expression(text),)).fetchall()
        for text in queries:
            began = time.perf_counter()
            desk.search(text)
            ours.append((time.perf_counter() - began) * 1000)
            expression = raw_expression(text)
            began = time.perf_counter()
            raw.execute(RAW, (expression,)).fetchall()
            bare.append((time.perf_counter() - began) * 1000)
    finally:
        raw.close()
        store.close()
    size = f"{dataset.size // 1000}k"
    details = {"queries": len(queries), "sample": queries[:12]}
    return [
        Figure(
            f"keystroke → search results (Desk.search), p50 @{size}",
            p50(ours),
            "ms",
            p50(bare),
            details=details,
        ),
        Figure(
            f"keystroke → search results (Desk.search), p99 @{size}",
            p99(ours),
            "ms",
            p99(bare),
            P99_TARGET if dataset.size >= RATIO_FROM else SMALL_LIST_TARGET,
            note="" if dataset.size >= RATIO_FROM else "ratio target at 100k only (DESIGN.md)",
        ),
    ]
