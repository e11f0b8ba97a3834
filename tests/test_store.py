"""The desk database on real files: durability, locking, the append-only log, merging."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from permissions import read_only, unprivileged

from checkin.domain.errors import InputError
from checkin.domain.log import Kind, LogEvent
from checkin.domain.model import Participant
from checkin.domain.text import query_tokens
from checkin.service.event_setup import load_event
from checkin.store import Store, StoreError
from checkin.store.database import DATABASE_NAME
from checkin.store.migrations import MIGRATIONS

REPO = Path(__file__).resolve().parent.parent
T0 = dt.datetime(2015, 10, 26, 7, 0, tzinfo=dt.UTC)
DAY1, DAY2 = dt.date(2015, 10, 26), dt.date(2015, 10, 27)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("CHECKIN_HOME", None)
    return env


def spawn(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=child_env(),
    )


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None, timeout=5)


def check_in(pid: str, at: dt.datetime, *, day: dt.date = DAY1, **kw) -> LogEvent:
    return LogEvent(
        Kind.CHECK_IN, pid, kw.pop("operator", "ana"), at, {"day": day.isoformat()}, **kw
    )


def undo_of(event: LogEvent, at: dt.datetime, **kw) -> LogEvent:
    payload = {"undoes": [event.uuid], "day": event.payload["day"]}
    return LogEvent(Kind.UNDO, event.participant_id, "ana", at, payload, **kw)


def projection(store: Store) -> list[tuple]:
    with store.read() as conn:
        checkins = conn.execute("SELECT * FROM checkins ORDER BY event_uuid").fetchall()
        undos = conn.execute("SELECT * FROM undos ORDER BY target_uuid").fetchall()
        versions = conn.execute("SELECT id, badge_version FROM participants ORDER BY id")
        return [checkins, undos, versions.fetchall()]


# -- opening ------------------------------------------------------------------------


def test_creates_the_database_in_a_home_that_does_not_exist_yet(tmp_path: Path) -> None:
    home = tmp_path / "not" / "there" / "yet"
    store = Store.in_home(home)
    try:
        assert (home / DATABASE_NAME).is_file()
        assert store.participant_count() == 0
    finally:
        store.close()


def test_wal_and_full_synchronous_are_in_force(store: Store) -> None:
    with store.read() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_migrations_set_user_version(store: Store) -> None:
    with raw(store.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"meta", "participants", "events", "checkins", "undos", "search_index"} <= tables


def test_reopening_keeps_everything_and_does_not_migrate_again(store: Store) -> None:
    store.append("D1", [check_in("P001", T0)])
    again = Store(store.path)
    try:
        assert again.participant_count() == 11
        assert again.event_count() == 1
        assert again.meta("secret") == store.meta("secret") != ""
    finally:
        again.close()


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    Store(path).close()
    with raw(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert caught.value.code == "too_new"
    assert "newer version" in str(caught.value)
    assert path.read_bytes() == before
    with raw(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 99


def test_home_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as caught:
        Store.in_home(blocker / "home")
    assert caught.value.code == "read_only"
    assert str(blocker / "home") in str(caught.value)
    assert "\n" not in str(caught.value)
    assert blocker.read_text() == "not a folder"


OPEN_AND_WRITE = """
    import sys
    from pathlib import Path
    from checkin.store import Store, StoreError
    try:
        store = Store.in_home(Path(sys.argv[1]))
        print("opened", store.meta("event_config") != "", flush=True)
        store.set_meta("written", "yes")
        print("written", flush=True)
    except StoreError as error:
        print(error.code, flush=True)
        print(error, flush=True)
"""


def open_and_write_unprivileged(home: Path) -> list[str]:
    """What a desk process that obeys file permissions (even as root) says about ``home``."""
    result = subprocess.run(
        [*unprivileged(), sys.executable, "-c", textwrap.dedent(OPEN_AND_WRITE), str(home)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=child_env(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_database_deleted_or_replaced_while_open_records_nothing_more(
    home: Path, event_files, tmp_path: Path, how: str
) -> None:
    """SQLite would go on writing into the unlinked file: every check-in would be lost
    while the desk showed green."""
    store = Store.in_home(home)
    load_event(store, event_files.config, event_files.participants)
    path = home / DATABASE_NAME
    if how == "deleted":
        for file in home.glob(DATABASE_NAME + "*"):
            file.unlink()
    else:
        copy = tmp_path / "copy.sqlite3"
        copy.write_bytes(path.read_bytes())
        os.replace(copy, path)
    with pytest.raises(StoreError) as caught:
        store.set_meta("operator", "ana")
    assert caught.value.code == "gone"
    assert "deleted or replaced" in str(caught.value)
    store.close()


def test_read_only_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    with read_only(home):
        code, message = open_and_write_unprivileged(home)
    assert code == "read_only"
    assert "cannot be written" in message and f"folder {home} is writable" in message
    assert list(home.iterdir()) == []


def test_read_only_database_file_in_a_writable_folder(home: Path, event_files) -> None:
    store = Store.in_home(home)
    load_event(store, event_files.config, event_files.participants)
    count = store.participant_count()
    store.close()
    path = home / DATABASE_NAME
    before = path.read_bytes()
    with read_only(path):
        opened, code, message = open_and_write_unprivileged(home)
    assert opened == "opened True"  # reading still works: search and stats keep going
    assert code == "read_only"
    assert message == (
        f"The database file {path} is read-only, so nothing can be recorded. "
        "Make the file writable and try again."
    )
    assert "folder" not in message
    assert path.read_bytes() == before  # nothing lost, nothing changed
    reopened = Store(path)
    try:
        assert reopened.meta("written") == ""
        assert reopened.participant_count() == count == 11
    finally:
        reopened.close()


def test_a_file_that_is_not_a_database_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    garbage = bytes(range(256)) * 64
    path.write_bytes(garbage)
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert caught.value.code == "unreadable"
    assert str(path) in str(caught.value)
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == [DATABASE_NAME]


def test_two_processes_creating_the_same_database_at_once(tmp_path: Path) -> None:
    """Another process runs the migrations while this one waits for the write lock."""
    path = tmp_path / DATABASE_NAME
    conn = raw(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    child = spawn(
        """
        import sqlite3, sys, time
        from checkin.store.database import _statements
        from checkin.store.migrations import MIGRATIONS
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("locked", flush=True)
        time.sleep(0.8)
        for statement in _statements(MIGRATIONS[0]):
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
        conn.execute("COMMIT")
        """,
        str(path),
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        store = Store(path)  # reads version 0, then waits for the child's migration
        try:
            store.set_meta("k", "v")
            assert store.meta("k") == "v"
        finally:
            store.close()
        assert child.wait(10) == 0, child.stderr.read() if child.stderr else ""
    finally:
        child.kill()
        child.wait()


# -- locking ----------------------------------------------------------------------------

LOCK_HOLDER = """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("INSERT INTO meta (key, value) VALUES ('uncommitted', 'x')")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
    print("released", flush=True)
"""


def test_database_locked_by_another_process(store: Store) -> None:
    first = check_in("P001", T0)
    store.append("D1", [first])
    child = spawn(LOCK_HOLDER, str(store.path))
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "locked"
        # The desk gives up with a clear error rather than hanging: the timeout
        # only guards the suite against a hang, it measures nothing.
        with ThreadPoolExecutor(1) as pool:
            attempt = pool.submit(store.append, "D1", [check_in("P002", T0)])
            with pytest.raises(StoreError) as caught:
                attempt.result(timeout=120)
        assert caught.value.code == "locked"
        assert "in use by another program" in str(caught.value)
        # Reading still works while another process writes (WAL).
        assert store.participant("P001") is not None
        assert len(store.active_checkins("P001", DAY1)) == 1

        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "released"
        assert child.wait(5) == 0
    finally:
        child.kill()
        child.wait()
    # Nothing lost, nothing half-written, and the desk carries on.
    assert [c.event_uuid for c in store.active_checkins("P001", DAY1)] == [first.uuid]
    assert store.active_checkins("P002", DAY1) == []
    assert store.meta("uncommitted") == ""
    store.append("D1", [check_in("P002", T0)])
    assert store.event_count() == 2
    with store.read() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- crash safety ------------------------------------------------------------------------

CRASHING_DESK = """
    import datetime as dt, sys
    from pathlib import Path
    from checkin.service.desk import Desk
    from checkin.store import Store
    clock = lambda: dt.datetime(2015, 10, 26, 7, 30, tzinfo=dt.UTC)
    desk = Desk(Store.in_home(Path(sys.argv[1])), clock=clock)
    print("ready", flush=True)
    for step in range(1_000_000):
        pid = f"C{step % 40:02}"
        if (step // 40) % 2 == 0:
            assert desk.admit(pid).status == "ok"
        else:
            desk.undo(pid)
        print(step, flush=True)  # only after the step's transaction committed
"""


def test_a_desk_killed_mid_write_loses_no_committed_check_in(store: Store) -> None:
    """Step n checks C(n % 40) in on even rounds and undoes it on odd rounds."""
    store.upsert_participants(
        [Participant(id=f"C{n:02}", first_name="Crash", last_name=f"Test{n}") for n in range(40)]
    )
    child = spawn(CRASHING_DESK, str(store.path.parent))
    lines: list[str] = []
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr and child.stderr.read()
        deadline = time.monotonic() + 20
        while len(lines) < 150 and time.monotonic() < deadline:
            lines.append(child.stdout.readline().strip())
        os.kill(child.pid, signal.SIGKILL)
        child.wait(5)
        lines += child.stdout.read().split()  # what it said before dying
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    steps = [int(line) for line in lines if line]
    assert steps == list(range(len(steps))) and len(steps) >= 150

    def state_after(count: int) -> dict[str, bool]:
        checked_in = {}
        for step in range(count):
            checked_in[f"C{step % 40:02}"] = (step // 40) % 2 == 0
        return checked_in

    reopened = Store(store.path)
    try:
        with reopened.read() as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        found = {f"C{n:02}": bool(reopened.active_checkins(f"C{n:02}", DAY1)) for n in range(40)}
        committed = reopened.event_count()
        # Every reported step is there; at most one more committed before its line was written.
        assert committed in (len(steps), len(steps) + 1)
        assert found == {**{f"C{n:02}": False for n in range(40)}, **state_after(committed)}
        before = projection(reopened)
        reopened.rebuild_projections()
        assert projection(reopened) == before
        with reopened.read() as conn:
            seqs = [r[0] for r in conn.execute("SELECT seq FROM events ORDER BY seq")]
        assert seqs == list(range(1, committed + 1))
    finally:
        reopened.close()


# -- the event log ------------------------------------------------------------------------


def test_the_event_log_refuses_update_and_delete(store: Store) -> None:
    store.append("D1", [check_in("P001", T0)])
    with raw(store.path) as conn:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE events SET operator = 'mallory'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM events")
        assert conn.execute("SELECT operator FROM events").fetchall() == [("ana",)]


def test_a_failed_write_applies_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('half', 'done')")
        raise RuntimeError("power cut")
    assert store.meta("half") == ""
    store.set_meta("half", "later")  # the connection is usable afterwards
    assert store.meta("half") == "later"


def test_per_desk_sequence_numbers_have_no_gaps(store: Store) -> None:
    for n in range(12):
        desk = "D1" if n % 3 else "D2"
        store.append(desk, [check_in(f"P00{n % 9 + 1}", T0 + dt.timedelta(minutes=n))])
    store.append("D1", [check_in("P001", T0, day=DAY2), check_in("P002", T0, day=DAY2)])
    store.merge([check_in("P003", T0, desk="D9", seq=41)])  # another desk's numbering is kept
    with store.read() as conn:
        rows = conn.execute("SELECT desk, seq FROM events ORDER BY desk, seq").fetchall()
    by_desk: dict[str, list[int]] = {}
    for desk, seq in rows:
        by_desk.setdefault(desk, []).append(seq)
    assert by_desk == {"D1": list(range(1, 11)), "D2": [1, 2, 3, 4], "D9": [41]}


def test_append_returns_the_numbered_events(store: Store) -> None:
    applied = store.append("D7", [check_in("P001", T0), check_in("P002", T0)])
    assert [(e.desk, e.seq, e.participant_id) for e in applied] == [
        ("D7", 1, "P001"),
        ("D7", 2, "P002"),
    ]


def test_merge_is_idempotent(store: Store) -> None:
    events = [
        check_in("P001", T0, desk="D2", seq=1),
        check_in("P002", T0 + dt.timedelta(minutes=1), desk="D2", seq=2),
        check_in("P003", T0 + dt.timedelta(minutes=2), desk="D2", seq=3),
    ]
    events.append(undo_of(events[1], T0 + dt.timedelta(minutes=3), desk="D2", seq=4))
    assert len(store.merge(events)) == 4
    state = projection(store)
    assert store.merge(events) == []
    assert store.merge(reversed(events)) == []
    assert store.event_count() == 4
    assert projection(store) == state
    assert store.checked_in(DAY1) == 2


def test_a_clash_of_desk_and_sequence_is_refused_loudly_not_dropped(store: Store) -> None:
    """Two databases with one desk id (a copied home folder) must not lose events silently."""
    store.merge([check_in("P001", T0, desk="D9", seq=1)])
    clash = check_in("P002", T0 + dt.timedelta(minutes=1), desk="D9", seq=1)
    with pytest.raises(StoreError):
        store.merge([clash])
    assert store.event_count() == 1
    assert store.active_checkins("P002", DAY1) == []  # nothing half-applied


def test_an_undo_merged_before_its_check_in_still_cancels_it(store: Store) -> None:
    checkin = check_in("P005", T0, desk="D2", seq=1)
    undo = undo_of(checkin, T0 + dt.timedelta(minutes=5), desk="D2", seq=2)
    store.merge([undo])
    store.merge([checkin])
    assert store.active_checkins("P005", DAY1) == []
    assert store.checked_in(DAY1) == 0
    store.rebuild_projections()
    assert store.active_checkins("P005", DAY1) == []


def test_merge_order_does_not_matter(tmp_path: Path, event_files) -> None:
    a = check_in("P001", T0, desk="D1", seq=1)
    b = check_in("P001", T0 + dt.timedelta(minutes=2), desk="D2", seq=1, operator="ben")
    c = undo_of(a, T0 + dt.timedelta(minutes=3), desk="D1", seq=2)
    d = LogEvent(
        Kind.BADGE_REPLACED, "P002", "ana", T0, {"version": 3, "reason": "lost"}, desk="D1", seq=3
    )
    e = LogEvent(
        Kind.BADGE_REPLACED, "P002", "ben", T0, {"version": 2, "reason": "typo"}, desk="D2", seq=2
    )
    states = []
    for n, order in enumerate(([a, b, c, d, e], [e, c, d, b, a], [b, d, a, e, c])):
        store = Store.in_home(tmp_path / f"desk{n}")
        load_event(store, event_files.config, event_files.participants)
        store.merge(order)
        states.append(projection(store))
        active = store.active_checkins("P001", DAY1)
        assert [(x.desk, x.operator) for x in active] == [("D2", "ben")]
        assert store.participant("P002").badge_version == 3  # type: ignore[union-attr]
        store.close()
    assert states[0] == states[1] == states[2]


def test_two_desks_checking_in_the_same_person_keep_both_events(store: Store) -> None:
    store.append("D1", [check_in("P001", T0 + dt.timedelta(minutes=5))])
    store.merge([check_in("P001", T0, desk="D2", seq=1, operator="ben")])
    active = store.active_checkins("P001", DAY1)
    assert [(c.desk, c.operator) for c in active] == [("D2", "ben"), ("D1", "ana")]
    assert store.checked_in(DAY1) == 1
    assert store.duplicates(DAY1) == 1


def test_rebuilt_projections_equal_the_live_ones(store: Store) -> None:
    first = check_in("P001", T0)
    store.append("D1", [first, check_in("P002", T0), check_in("P008", T0, day=DAY2)])
    store.append("D1", [undo_of(first, T0 + dt.timedelta(minutes=1))])
    store.append("D1", [LogEvent(Kind.BADGE_REPLACED, "P003", "ana", T0, {"version": 2})])
    store.merge([check_in("P002", T0, desk="D2", seq=1)])
    before = projection(store)
    store.rebuild_projections()
    assert projection(store) == before
    assert store.checked_in() == 2
    assert store.participant("P003").badge_version == 2  # type: ignore[union-attr]


def test_events_of_a_participant_round_trip(store: Store) -> None:
    event = dataclasses.replace(check_in("P001", T0), payload={"day": "2015-10-26", "via": "名"})
    store.append("D1", [event])
    (stored,) = store.events_of("P001")
    assert stored == dataclasses.replace(event, desk="D1", seq=1)


# -- participants and loading -----------------------------------------------------------


def test_load_event_reads_every_participant(store: Store) -> None:
    assert store.participant_count() == 11
    greek = store.participant("P001")
    assert greek is not None
    assert (greek.first_name, greek.last_name, greek.name_latin) == (
        "Γεώργιος",
        "Παπαδόπουλος",
        "Georgios Papadopoulos",
    )
    assert store.participant("P008").days == (DAY2,)  # type: ignore[union-attr]
    assert store.participant("P009").flags == {"vip", "speaker"}  # type: ignore[union-attr]
    assert store.by_ticket("TKT-2015-0042").id == "P010"  # type: ignore[union-attr]
    assert store.by_ticket("") is None
    assert store.registered(DAY1) == 10
    assert store.registered(DAY2) == 11


def test_loading_the_same_event_again_keeps_secret_and_check_ins(store: Store, event_files) -> None:
    secret = store.meta("secret")
    store.append("D1", [check_in("P001", T0)])
    store.append("D1", [LogEvent(Kind.BADGE_REPLACED, "P001", "ana", T0, {"version": 4})])
    loaded = load_event(store, event_files.config, event_files.participants)
    assert not loaded.new_secret
    assert loaded.participants == 11
    assert store.meta("secret") == secret
    assert len(store.active_checkins("P001", DAY1)) == 1
    assert store.participant("P001").badge_version == 4  # type: ignore[union-attr]


def test_another_event_is_refused_on_a_desk_that_holds_one(
    store: Store, event_files, tmp_path: Path
) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"id": "another", "days": ["2016-01-01"]}', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_event(store, other, event_files.participants)
    assert caught.value.code == "other_event"
    assert store.meta("event_id") == "test-idm-2015"


def test_a_bad_event_config_is_an_input_error(store: Store, tmp_path: Path) -> None:
    for text in (
        "{not json",
        '{"days": []}',
        '{"days": ["26/10/2015"]}',
        '{"days": ["2015-10-26"], "timezone": "Mars/Olympus"}',
    ):
        bad = tmp_path / "bad.json"
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(InputError) as caught:
            load_event(store, bad, tmp_path / "unused.csv")
        assert caught.value.code == "bad_event_config"


def test_no_event_loaded(tmp_path: Path) -> None:
    empty = Store.in_home(tmp_path / "empty")
    try:
        assert not empty.has_event()
        with pytest.raises(StoreError) as caught:
            empty.event_config()
        assert caught.value.code == "no_event"
    finally:
        empty.close()


# -- migration 4: the search index reads participants' search columns ------------------


def test_a_desk_from_before_migration_4_gets_its_search_index_rebuilt(tmp_path: Path) -> None:
    """Rows written by the old index code (names in three languages per row) are
    indexed again on first open, and search works as before, countries included."""
    path = tmp_path / DATABASE_NAME
    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 3")
    people = [
        ("P1", "Γεώργιος", "Παπαδόπουλος", "Georgios Papadopoulos", "GR", "g@gov.example"),
        ("P2", "Seán", "O'Brien", "", "IE", ""),
        ("P3", "伟", "王", "", "CN", ""),
    ]
    for rowid, (pid, first, last, latin, country, email) in enumerate(people, 1):
        conn.execute(
            "INSERT INTO participants (rowid, id, first_name, last_name, name_latin, country, "
            "email) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (rowid, pid, first, last, latin, country, email),
        )
        conn.execute(  # what the old code indexed: country names, no code word
            "INSERT INTO search_index (rowid, names, other) VALUES (?, ?, ?)",
            (rowid, f"{first} {last}", "greece grece grecia"),
        )
    conn.close()
    store = Store(path)
    try:
        assert store.meta("search_index") == ""  # the rebuild ran and was recorded done
        with store.read() as check:
            assert check.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
            check.execute(
                "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"
            )
        for typed, expected in [("papadopoulos", ["P1"]), ("obrien", ["P2"]), ("王伟", ["P3"]),
                                ("grecia", ["P1"]), ("irlande", ["P2"]), ("chine", ["P3"]),
                                ("g@gov", ["P1"])]:
            assert [p.id for p in store.search(query_tokens(typed))] == expected, typed
        store.upsert_participants([Participant(id="P2", first_name="Sean", last_name="Murphy")])
        assert [p.id for p in store.search(query_tokens("murphy"))] == ["P2"]
        assert store.search(query_tokens("obrien")) == []
    finally:
        store.close()
    reopened = Store(path)  # nothing left to do: opening again changes nothing
    try:
        assert [p.id for p in reopened.search(query_tokens("murphy"))] == ["P2"]
    finally:
        reopened.close()
