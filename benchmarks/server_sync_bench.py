"""Sync through a PostgreSQL server: the shared-folder figures, on the other transport.

The same synthetic log as :mod:`benchmarks.sync_bench` (20 desks × ~15,000
events at 100k), pushed by :class:`checkin.sync.postgres.PostgresTransport`
into a throw-away local server (:mod:`benchmarks.postgres_server`), or into
the empty database ``CHECKIN_BENCH_POSTGRES`` names (a real server across a
network: what a venue would see). Figures:

* **first push of a desk's events** — one desk's whole log, encoded and
  copied in, with its ``checkin_desks`` row; against ``COPY`` of the same
  lines already encoded.
* **cold merge (read, verify, decode)** — DESIGN.md's 2 s target, through the
  server: every desk's rows fetched (joined by the server) and decoded;
  against fetching the same rows.
* **cold merge into the desk database (whole sync)** — as for the folder.
* **incremental sync with nothing new** — the whole ``sync``; against one
  ``SELECT`` of the desks table (one round trip).

No server and no PostgreSQL on the machine: the figures are listed as not
measured, with the reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import psycopg

from benchmarks import synthetic
from benchmarks.datasets import DESK_ID, Dataset
from benchmarks.figures import Figure, Target, not_measured, p50, p99
from benchmarks.postgres_server import ThrowawayPostgres, Unavailable
from benchmarks.sync_bench import NAME, _Log, cold_desk
from checkin.domain.log import LogEvent, iso_utc, utc_now
from checkin.service.day_files import WRITTEN_AT
from checkin.service.sync import publish_event, sync
from checkin.store import Store
from checkin.sync.journal import encode
from checkin.sync.postgres import PostgresTransport

SERVER_NAME = f"{NAME}, through PostgreSQL"
ENVIRONMENT = "CHECKIN_BENCH_POSTGRES"


@contextlib.contextmanager
def _database() -> Iterator[str]:
    given = os.environ.get(ENVIRONMENT)
    if given:
        yield given
        return
    server = ThrowawayPostgres()
    try:
        yield server.address(server.new_database())
    finally:
        server.close()


def measure(dataset: Dataset, scratch: Path, incremental_runs: int = 100) -> list[Figure]:
    try:
        with _database() as address:
            return _measure(dataset, scratch, address, incremental_runs)
    except Unavailable as why:
        return [not_measured(f"{SERVER_NAME} (read, verify, decode)", "s", Target(2.0), str(why))]


def _measure(dataset: Dataset, scratch: Path, address: str, runs: int) -> list[Figure]:
    log = synthetic.events(dataset.people, 3 * dataset.size)
    by_desk: dict[str, list[LogEvent]] = defaultdict(list)
    for event in log:
        by_desk[event.desk].append(event)
    home = cold_desk(dataset, scratch / "server")
    store = Store.in_home(home)
    try:
        publish_event(store, PostgresTransport(address, create=True))
        store.set_meta(WRITTEN_AT, iso_utc(utc_now()))  # day files: not part of the figures
        figures = [_pushes(address, by_desk)]
        baseline = min(_fetch_seconds(address) for _ in range(3))
        decode = min(_decode_seconds(address) for _ in range(3))
        desks = f"{len(by_desk)} × {len(log) // len(by_desk):,} events"
        figures.append(
            Figure(
                f"{SERVER_NAME} (read, verify, decode)",
                decode,
                "s",
                baseline,
                Target(2.0),
                note=f"baseline: fetching the same rows; {desks}; {_where(address)}",
                details={"events": len(log), "lines_per_s": len(log) / decode},
            )
        )
        began = time.perf_counter()
        result = sync(store, PostgresTransport(address), attendance_every=1e9)
        cold = time.perf_counter() - began
        if not result.ok or result.merged != len(log):
            raise RuntimeError(f"cold sync merged {result.merged} of {len(log)}: {result.errors}")
        figures.append(
            Figure(
                f"{SERVER_NAME}, into the desk database (whole sync)",
                cold,
                "s",
                decode,
                note="baseline: the read/verify/decode part alone; the rest is Store.merge",
                details={"events_per_s": len(log) / cold},
            )
        )
        figures += _incremental(store, address, runs)
    finally:
        store.close()
        shutil.rmtree(home, ignore_errors=True)
    return figures


def _where(address: str) -> str:
    return "a remote server" if os.environ.get(ENVIRONMENT) else "a local server (Unix socket)"


def _pushes(address: str, by_desk: dict[str, list[LogEvent]]) -> Figure:
    """Every synthetic desk's first push; against COPY of the same encoded lines."""
    transport = PostgresTransport(address)
    began = time.perf_counter()
    for desk, events in sorted(by_desk.items()):
        pushed = transport.push(desk, _Log(events), "")
        if len(pushed.events) != len(events):
            raise RuntimeError(f"pushed {len(pushed.events)} of {len(events)} events of {desk}")
    ours = (time.perf_counter() - began) / len(by_desk)
    lines = [[(e.desk, e.seq, e.uuid, encode(e)) for e in events] for events in by_desk.values()]
    with psycopg.connect(address, autocommit=True) as conn:
        conn.execute("CREATE TEMPORARY TABLE copied (LIKE checkin_events)")
        began = time.perf_counter()
        for rows in lines:
            copying = "COPY copied (desk, seq, uuid, line) FROM STDIN"
            with conn.transaction(), conn.cursor() as cursor, cursor.copy(copying) as copy:
                for row in rows:
                    copy.write_row(row)
        baseline = (time.perf_counter() - began) / len(by_desk)
    per_desk = sum(len(e) for e in by_desk.values()) // len(by_desk)
    return Figure(
        f"first push of one desk's {per_desk:,} events to PostgreSQL",
        ours,
        "s",
        baseline,
        note="baseline: COPY of the same lines, already encoded; no target",
        details={"desks": len(by_desk)},
    )


def _fetch_seconds(address: str) -> float:
    with psycopg.connect(address) as conn:
        began = time.perf_counter()
        rows = conn.execute(
            "SELECT line FROM checkin_events WHERE desk <> %s", (DESK_ID,)
        ).fetchall()
        seconds = time.perf_counter() - began
    if not rows:
        raise RuntimeError("the server holds no events")
    return seconds


def _decode_seconds(address: str) -> float:
    began = time.perf_counter()
    count = 0
    for batch in PostgresTransport(address).pull(DESK_ID, {}).batches:
        count += len(batch.events)
    seconds = time.perf_counter() - began
    if not count:
        raise RuntimeError("the pull decoded no events")
    return seconds


def _incremental(store: Store, address: str, runs: int) -> list[Figure]:
    ours, baseline = [], []
    with psycopg.connect(address, autocommit=True) as conn:
        for _ in range(runs):
            began = time.perf_counter()
            result = sync(store, PostgresTransport(address), attendance_every=1e9)
            ours.append((time.perf_counter() - began) * 1000)
            if result.pulled or result.pushed or not result.ok:
                raise RuntimeError(f"a sync with nothing new did something: {result.as_dict()}")
            began = time.perf_counter()
            conn.execute("SELECT desk, last_seq FROM checkin_desks").fetchall()
            baseline.append((time.perf_counter() - began) * 1000)
    name = "incremental sync with nothing new, through PostgreSQL"
    note = "baseline: one SELECT of the desks table on an open connection; ours connects too"
    return [
        Figure(f"{name}, p50", p50(ours), "ms", p50(baseline), Target(20.0), note=note),
        Figure(
            f"{name}, p99", p99(ours), "ms", p99(baseline), Target(20.0), details={"runs": runs}
        ),
    ]
