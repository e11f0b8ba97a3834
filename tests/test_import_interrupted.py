"""An import stopped half-way — by an error on either thread, or by killing the
process — leaves the list and its search index exactly as they were.

The bulk write indexes each chunk on a helper thread while the import's thread
works out the next chunk's search words (``bulk._insert``); these tests stop it
in each of those places.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from checkin.domain.text import query_tokens
from checkin.service import importing
from checkin.store import Store, StoreError, bulk

REPO = Path(__file__).resolve().parent.parent
HEADERS = ["ID", "First name", "Last name", "Organisation", "Country"]


def big_list(path: Path, count: int) -> Path:
    rows = [",".join(HEADERS)]
    rows += [f"N{n:05},Nadia,Haddad{n},UNHCR,LB" for n in range(count)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def state(store: Store) -> tuple:
    """The list, what a search finds, and SQLite's and FTS5's own checks."""
    with store.read() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    people = sorted(p.id for p in store.all_participants())
    return people, [p.id for p in store.search(query_tokens("haddad"), 50)]


def plan_for(store: Store, path: Path):
    return importing.plan_list(importing.read_list(path), store.event_config())


def test_an_error_while_the_next_chunk_is_prepared_leaves_nothing(store, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 4)
    plan = plan_for(store, big_list(tmp_path / "l.csv", 20))
    before = state(store)
    made = bulk.search_columns_of
    calls = []

    def fail_on_the_third_chunk(rows):
        calls.append(len(rows))
        if len(calls) == 3:  # the second chunk is being indexed on the helper meanwhile
            raise MemoryError("out of memory")
        return made(rows)

    monkeypatch.setattr(bulk, "search_columns_of", fail_on_the_third_chunk)
    with pytest.raises(MemoryError):
        importing.apply(store, plan)
    assert state(store) == before
    monkeypatch.setattr(bulk, "search_columns_of", made)
    assert importing.apply(store, plan).imported == 20  # and it applies afterwards
    assert len(state(store)[1]) == 20


def test_an_error_in_the_index_on_the_helper_thread_leaves_nothing(store, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 4)
    plan = plan_for(store, big_list(tmp_path / "l.csv", 20))
    before = state(store)
    monkeypatch.setattr(bulk, "_INDEX_RANGE", "INSERT INTO no_such_table VALUES (?, ?)")
    with pytest.raises(StoreError, match="no_such_table"):
        importing.apply(store, plan)
    assert state(store) == before


KILLED_IMPORT = """
    import sys
    from pathlib import Path
    from checkin.service import importing
    from checkin.store import Store, bulk

    bulk.CHUNK = 200
    store = Store(Path(sys.argv[1]))
    plan = importing.plan_list(importing.read_list(Path(sys.argv[2])), store.event_config())

    def said(done, total):
        print(done, flush=True)

    importing.apply(store, plan, progress=said)
    print("committed", flush=True)
"""


def test_an_import_killed_half_way_leaves_the_list_as_it_was(store, tmp_path):
    path = big_list(tmp_path / "l.csv", 20_000)
    before = state(store)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(KILLED_IMPORT), str(store.path), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        done = 0
        while done < 4_000 and time.monotonic() < deadline:  # a few chunks in, not all
            line = child.stdout.readline().strip()
            assert line and line != "committed", child.stderr and child.stderr.read()
            done = int(line)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    reopened = Store(store.path)
    try:
        assert state(reopened) == before
    finally:
        reopened.close()
