"""Desks under different accounts on one POSIX/NFS share: what one desk writes there the
others read (the folder's group and umask govern, as for any file on the share).

The other account is real: the files are given to another owner (``nobody``) and
the desk that joins runs as a process that obeys permissions (tests/permissions.py)
in the share's group, as desks of one team share a group on an NFS export.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import DAY1
from permissions import unprivileged
from sync_helpers import DeskHome, empty_desk, event_desk

OTHER_ACCOUNT = 65534  # nobody


def _checkin(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*unprivileged(), sys.executable, "-m", "checkin", "--home", str(home), *args],
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture
def team_umask():
    """Desk accounts of one team: files group-readable and -writable (umask 002)."""
    before = os.umask(0o002)
    yield
    os.umask(before)


def _written_by_another_account(share: Path) -> None:
    """Everything on the share now belongs to another account, the group stays the
    joining desk's (group 0 here), as on a setgid share folder."""
    for path in [share, *share.rglob("*")]:
        os.chown(path, OTHER_ACCOUNT, os.getgid())


def _publish(tmp_path: Path, event_files, share: Path) -> DeskHome:
    admin = event_desk(tmp_path, "admin", event_files)
    share.mkdir()
    share.chmod(0o2775)
    assert admin.sync(share).published
    admin.admit("P001")
    assert admin.sync(share).ok
    return admin


def test_files_on_the_share_get_the_shares_permissions(tmp_path: Path, event_files, team_umask):
    share = tmp_path / "share"
    admin = _publish(tmp_path, event_files, share)
    for path in share.rglob("*"):
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o664, path
    assert admin.journal(share).is_file()


def test_a_desk_under_another_account_joins_and_takes_in_a_new_list(
    tmp_path: Path, event_files, team_umask
):
    share = tmp_path / "share"
    admin = _publish(tmp_path, event_files, share)
    _written_by_another_account(share)
    other = tmp_path / "other"
    other.mkdir()
    joined = _checkin(other, "sync", str(share), "--json")
    assert "Traceback" not in joined.stderr
    assert joined.returncode == 0, joined.stderr
    assert json.loads(joined.stdout)["joined"]
    # A corrected list published again by the first account: still readable here.
    desk = empty_desk(tmp_path, "other")
    person = desk.store.participant("P002")
    assert person is not None
    desk.store.close()
    admin.store.upsert_participants([replace(person, organisation="New")])
    admin.store.set_meta("list_to_publish", "yes")
    assert admin.sync(share).published
    _written_by_another_account(share)
    again = _checkin(other, "sync", str(share), "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["list_taken_in"] is not None
    stats = json.loads(_checkin(other, "stats", "--day", str(DAY1), "--json").stdout)
    assert stats["checked_in"] == 1


def test_a_file_this_account_may_not_read_asks_for_read_access(
    tmp_path: Path, event_files, team_umask
):
    share = tmp_path / "share"
    _publish(tmp_path, event_files, share)
    _written_by_another_account(share)
    (share / "event" / "secret.txt").chmod(0o600)  # as the old versions wrote it
    other = tmp_path / "other"
    other.mkdir()
    refused = _checkin(other, "sync", str(share))
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    line = refused.stderr.strip()
    assert "secret.txt" in line and "read and write access" in line, line
