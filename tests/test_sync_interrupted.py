"""A sync killed in the middle of a large merge: the next one finishes it, nothing twice.

Real processes on a real folder. A desk's sync merges another desk's long
journal in chunks (each its own transaction) and is killed after one of
them. The journal's read position must not have moved past what was
committed, the database must be consistent, and the next sync must end
with exactly what a desk that merged everything at once holds.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

from conftest import PEOPLE
from merge_helpers import mixed_log, snapshot
from sync_helpers import event_desk
from test_store import spawn

from checkin.sync.folder import FolderTransport
from checkin.sync.journal import encode, encode_header

SYNCING_DESK = """
    import sys
    import time
    from pathlib import Path
    from checkin.service.sync import sync
    from checkin.store import Store, merging
    from checkin.sync.folder import FolderTransport
    merging.FIRST_CHUNK = merging.MIN_CHUNK = merging.MAX_CHUNK = 40
    merge = Store.merge

    def reporting_merge(store, events, *, meta=None, progress=None):
        def report(done, total):
            print(done, flush=True)
            time.sleep(0.01)  # leaves the parent time to kill it in the middle
        return merge(store, events, meta=meta, progress=report)

    Store.merge = reporting_merge
    store = Store.in_home(Path(sys.argv[1]))
    print("ready", flush=True)
    result = sync(store, FolderTransport(Path(sys.argv[2])))
    print("finished", result.merged, flush=True)
"""


def test_a_sync_killed_during_a_merge_is_finished_by_the_next_one(tmp_path: Path, event_files):
    share = tmp_path / "share"
    share.mkdir()
    reader = event_desk(tmp_path, "reader", event_files)
    reference = event_desk(tmp_path, "reference", event_files)
    try:
        assert reader.sync(share).published
        log = mixed_log(23, 3000, [row.id for row in PEOPLE], desks=("DX",))
        journal = share / "journals" / "DX.jsonl"
        check = FolderTransport(share).package_info().secret_check  # the event it is for
        journal.write_bytes(encode_header("DX", "gen", check) + b"".join(encode(e) for e in log))
        reader.store.close()
        child = spawn(SYNCING_DESK, str(tmp_path / "reader"), str(share))
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready", child.stderr and child.stderr.read()
            while int(child.stdout.readline()) == 0:  # the push merges nothing first
                pass
            os.kill(child.pid, signal.SIGKILL)
            child.wait(10)
            said = child.stdout.read()
        finally:
            child.kill()
            child.wait()
        assert "finished" not in said, "the sync ended before it could be interrupted"

        reader = event_desk(tmp_path, "reader", event_files)  # reopened as the app would
        with reader.store.read() as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        merged_before = reader.store.event_count()
        assert 0 < merged_before < len({e.uuid for e in log})
        cursors = json.loads(reader.store.meta("sync_pull", "{}"))
        assert "journals/DX.jsonl" not in cursors  # not one byte of it counted as read

        result = reader.sync(share)
        assert result.ok, result.errors
        assert result.merged == len({e.uuid for e in log}) - merged_before
        reference.store.merge(log)
        assert snapshot(reader.store) == snapshot(reference.store)
        assert reader.sync(share).merged == 0
    finally:
        reader.store.close()
        reference.store.close()
