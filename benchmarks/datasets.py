"""Building the synthetic desks once per run, in a temporary folder.

A desk home holds the bundled IDM 2015 event with ``size`` synthetic
participants and about three log events per participant (300k at 100k).
Benchmarks that write (scans) work on a copy, so each one starts from the
same state. Building a desk imports its participants from a CSV through the
registration-list import (or :meth:`Store.upsert_participants` where that
does not exist yet), which is timed for the import figure.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import synthetic
from benchmarks.import_bench import csv_importer, write_csv
from checkin.domain.log import Kind, LogEvent, iso_utc
from checkin.domain.model import Participant
from checkin.paths import demo_event_dir
from checkin.store import Store
from checkin.store.database import DATABASE_NAME

SECRET = "5e" * 32  # a fixed event secret: the same codes in every run
DESK_ID = "DBENCH00"  # the desk that scans (not one of the 20 in the log)
EVENTS_PER_PARTICIPANT = 3
MERGE_CHUNK = 20_000


@dataclass(frozen=True)
class Dataset:
    size: int
    home: Path
    people: list[Participant]
    fresh: list[str]  # registered for the first day, not checked in yet
    arrived: list[str]  # checked in on the first day already
    events: int
    import_seconds: float  # the import of all the people (see import_path)
    import_path: str
    merge_seconds: float  # Store.merge of the whole log, in chunks
    raw_log_seconds: float  # one executemany of the same events into the events table
    build_seconds: float

    @property
    def database(self) -> Path:
        return self.home / DATABASE_NAME


def build(size: int, root: Path) -> Dataset:
    started = time.perf_counter()
    people = synthetic.people(size)
    log = synthetic.events(people, EVENTS_PER_PARTICIPANT * size)
    home = root / f"desk-{size}"
    store = Store.in_home(home)
    try:
        config = (demo_event_dir() / "event.json").read_text(encoding="utf-8")
        store.load_event(
            {"event_id": "bench", "event_config": config, "secret": SECRET, "desk_id": DESK_ID},
            [],
        )
        importer = csv_importer()
        source = write_csv(people, root / f"participants-{size}.csv")
        began = time.perf_counter()
        if importer is not None:
            imported = importer(store, source)
            import_path = "checkin.service.importing.import_file (CSV)"
        else:
            imported = store.upsert_participants(people)
            import_path = "Store.upsert_participants (no CSV importer yet)"
        import_seconds = time.perf_counter() - began
        if imported != size:
            raise RuntimeError(f"imported {imported} of {size} synthetic participants")
        began = time.perf_counter()
        for start in range(0, len(log), MERGE_CHUNK):
            store.merge(log[start : start + MERGE_CHUNK])
        merge_seconds = time.perf_counter() - began
    finally:
        store.close()
    first_day = synthetic.DAYS[0].isoformat()
    undone = {u for e in log if e.kind == Kind.UNDO for u in e.payload["undoes"]}
    arrived = list(
        dict.fromkeys(
            e.participant_id
            for e in log
            if e.kind == Kind.CHECK_IN and e.payload["day"] == first_day and e.uuid not in undone
        )
    )
    raw_log = raw_log_seconds(log, root / f"raw-log-{size}")
    return Dataset(
        size=size,
        home=home,
        people=people,
        fresh=synthetic.fresh_ids(people),
        arrived=arrived,
        events=len(log),
        import_seconds=import_seconds,
        import_path=import_path,
        merge_seconds=merge_seconds,
        raw_log_seconds=raw_log,
        build_seconds=time.perf_counter() - started,
    )


def copy_home(dataset: Dataset, destination: Path) -> Path:
    """A fresh copy of the desk's home (the database is closed and checkpointed)."""
    shutil.copytree(dataset.home, destination)
    return destination


def raw_log_seconds(log: list[LogEvent], folder: Path) -> float:
    """Baseline of the log figure: the same events, one ``executemany``, no projections."""
    Store(folder / DATABASE_NAME).close()  # creates and migrates
    conn = sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        began = time.perf_counter()
        rows = [
            (
                e.uuid,
                e.desk,
                e.seq,
                iso_utc(e.at),
                e.operator,
                str(e.kind),
                e.participant_id,
                json.dumps(e.payload, ensure_ascii=False, separators=(",", ":")),
            )
            for e in log
        ]
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("COMMIT")
        return time.perf_counter() - began
    finally:
        conn.close()
