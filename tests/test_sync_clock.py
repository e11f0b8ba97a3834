"""A desk whose clock is off the share's says so: its check-ins go under the day its
clock says, and the organisers' figures would be wrong without anyone knowing.

The share's clock is real (the file server's time stamps, the database server's
clock); the desk's is this computer's, shifted here by replacing the one function
the sync reads it from (``sync.clock.system_clock``)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pg_server import pg_address, postgres_server
from sync_helpers import DeskHome, empty_desk, event_desk

from checkin.sync import clock as share_clock
from checkin.sync.clock import TOLERANCE_S, clock_problem, folder_skew
from checkin.sync.folder import FolderTransport

__all__ = ["pg_address", "postgres_server"]  # fixtures, used by name


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def off_by(monkeypatch, seconds: float) -> None:
    monkeypatch.setattr(share_clock, "system_clock", lambda: time.time() + seconds)


def test_a_clock_in_step_with_the_share_says_nothing(tmp_path, event_files, share):
    admin = event_desk(tmp_path, "admin", event_files)
    assert admin.sync(share).ok
    admin.admit("P001")
    result = admin.sync(share, verify=True)
    assert result.ok and result.pushed == 1
    assert abs(folder_skew(share / "journals", time.time)) < 5
    assert [p.name for p in (share / "journals").iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(("seconds", "words"), [
    (26 * 3600, "1 day and 2 hours ahead of"),
    (-90 * 60, "1 hour and 30 minutes behind"),
])
def test_a_desk_a_day_ahead_is_told_at_its_next_sync(
    tmp_path, event_files, share, monkeypatch, seconds, words
):
    admin = event_desk(tmp_path, "admin", event_files)
    assert admin.sync(share).ok  # publishing pushes nothing: no check yet
    off_by(monkeypatch, seconds)
    admin.admit("P001")
    result = admin.sync(share)
    assert result.pushed == 1  # the check-in still goes out
    (problem,) = result.errors
    assert problem.code == "clock_off" and words in problem.message
    assert problem.params["ahead"] == (seconds > 0)
    monkeypatch.undo()
    assert admin.sync(share, verify=True).ok  # clock set right: the problem goes


def test_a_few_minutes_apart_is_no_problem():
    assert clock_problem(TOLERANCE_S - 1, "the share") is None
    assert clock_problem(None, "the share") is None
    assert clock_problem(-(TOLERANCE_S + 60), "the share").params["minutes"] == 6


def test_the_sync_server_clock_is_compared_too(tmp_path, event_files, pg_address, monkeypatch):
    admin: DeskHome = event_desk(tmp_path, "admin", event_files)
    assert admin.sync(pg_address, publish=True).ok
    admin.admit("P002")
    assert admin.sync(pg_address).ok
    off_by(monkeypatch, -3 * 86400)
    admin.admit("P003")
    result = admin.sync(pg_address)
    assert [issue.code for issue in result.errors] == ["clock_off"]
    assert "3 days and 0 hours behind" in result.errors[0].message


def test_a_desk_joining_with_a_wrong_clock_is_told_before_any_check_in(
    tmp_path, event_files, share, monkeypatch
):
    """The morning's first sync (joining, nothing to push) already says so, and every
    sync after it until the clock is right; once right, it is looked at every 10 minutes."""
    admin = event_desk(tmp_path, "admin", event_files)
    assert admin.sync(share).ok
    off_by(monkeypatch, -86400)
    late = empty_desk(tmp_path, "late")
    joined = late.sync(share)
    assert joined.joined and [i.code for i in joined.errors] == ["clock_off"]
    again = late.sync(share)
    assert again.pushed == 0 and [i.code for i in again.errors] == ["clock_off"]
    monkeypatch.undo()
    assert late.sync(share).ok
    probes = []
    monkeypatch.setattr(FolderTransport, "clock_skew", lambda self, now: probes.append(1) or 0.0)
    assert late.sync(share).ok and probes == []  # found right a moment ago: no probe file
