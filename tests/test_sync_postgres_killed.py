"""A desk killed in the middle of pushing to the PostgreSQL server, or of taking in a
published list: nothing half-written anywhere, and the next sync finishes the work.

Real processes, a real server (``pg_server``), real SQLite files.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

from conftest import MORNING
from pg_server import pg_address, postgres_server
from sync_helpers import empty_desk, event_desk
from test_store import spawn

from checkin.domain.log import Kind, LogEvent
from checkin.service.importing import import_file
from checkin.service.sync import sync
from checkin.sync.targets import transport_for

__all__ = ["pg_address", "postgres_server"]  # fixtures, used by name

PRINTS = 3000

SLOW_DESK = """
    import sys, time
    from pathlib import Path
    import psycopg
    from checkin.service.sync import sync
    from checkin.store import Store
    from checkin.sync.targets import transport_for

    write_row, written = psycopg.Copy.write_row, [0]

    def slow_write_row(self, row):  # the parent kills the process half-way through
        written[0] += 1
        if written[0] == int(sys.argv[3]):
            print("half", flush=True)
            time.sleep(30)
        return write_row(self, row)

    psycopg.Copy.write_row = slow_write_row
    store = Store.in_home(Path(sys.argv[1]))
    print("ready", flush=True)
    result = sync(store, transport_for(sys.argv[2]))
    print("finished", result.pushed, flush=True)
"""


def kill_at_half(home: Path, address: str, at: int) -> None:
    child = spawn(SLOW_DESK, str(home), address, str(at))
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr and child.stderr.read()
        assert child.stdout.readline().strip() == "half", child.stderr and child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        child.kill()
        child.wait()


def test_a_desk_killed_while_pushing_leaves_nothing_half_written(
    tmp_path: Path, event_files, pg_address: str, postgres_server
):
    admin = event_desk(tmp_path, "admin", event_files)
    assert sync(admin.store, transport_for(pg_address, create=True), clock=admin.clock).published
    prints = [
        LogEvent(Kind.BADGE_PRINTED, "P001", "Amélie", MORNING, {"version": 1, "layout": "a6"})
        for _ in range(PRINTS)
    ]
    admin.store.append(admin.desk_id, prints)
    admin.store.close()
    kill_at_half(tmp_path / "admin", pg_address, PRINTS // 2)
    database = pg_address.split("/")[3].split("?")[0]
    with postgres_server.admin(database) as conn:  # the COPY's transaction never committed
        (held,) = conn.execute("SELECT count(*) FROM checkin_events").fetchone()
        (last,) = conn.execute("SELECT coalesce(max(last_seq), 0) FROM checkin_desks").fetchone()
    assert (held, last) == (0, 0)
    admin = event_desk(tmp_path, "admin", event_files)  # reopened, as the app would
    again = admin.sync(pg_address)
    assert again.ok and again.pushed == PRINTS
    reader = empty_desk(tmp_path, "reader")
    assert reader.sync(pg_address).joined
    assert reader.store.event_count() == PRINTS  # every event, once


TAKING_IN = """
    import os, sys
    from pathlib import Path
    from checkin.service import list_refresh
    from checkin.service.sync import sync
    from checkin.store import Store, bulk
    from checkin.sync.targets import transport_for

    write = bulk.write

    def dying_write(conn, changes, **options):  # inside the take-in's transaction
        write(conn, changes, **options)
        print("half", flush=True)
        os.kill(os.getpid(), 9)

    bulk.write = dying_write
    store = Store.in_home(Path(sys.argv[1]))
    print("ready", flush=True)
    sync(store, transport_for(sys.argv[2]))
"""


def test_a_desk_killed_while_taking_in_a_list_keeps_the_old_one_then_takes_the_new(
    tmp_path: Path, event_files, pg_address: str
):
    admin = event_desk(tmp_path, "admin", event_files)
    assert sync(admin.store, transport_for(pg_address, create=True), clock=admin.clock).published
    second = empty_desk(tmp_path, "second")
    assert second.sync(pg_address).joined
    late = tmp_path / "late.csv"
    late.write_text("id,first_name,last_name\nLATE-01,Zacarías,Latecomer\n", encoding="utf-8")
    import_file(admin.store, late)
    assert admin.sync(pg_address).published
    before = second.store.participant_count()
    second.store.close()
    child = spawn(TAKING_IN, str(tmp_path / "second"), pg_address)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr and child.stderr.read()
        assert child.stdout.readline().strip() == "half", child.stderr and child.stderr.read()
        child.wait(10)
    finally:
        child.kill()
        child.wait()
    second = empty_desk(tmp_path, "second")  # reopens the same home
    assert second.store.participant_count() == before  # all or nothing
    assert second.store.participant("LATE-01") is None
    taken = second.sync(pg_address)
    assert taken.ok and taken.list_taken_in["imported"] == 1
    assert second.store.participant("LATE-01") is not None
