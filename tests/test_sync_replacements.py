"""Badges replaced at two desks while they were apart.

Each desk issues "the current version plus one": two desks apart both issue
version 2, and the two badges carry the same code. One of them is in the wrong
hands (a badge "lost" twice in an hour). Once the desks have each other's
replacements, neither badge admits, on every desk: the version becomes 3, the
person gets a new badge at the badge desk, against their ID."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import DeskHome, empty_desk, event_desk

from checkin.domain.rules import Status
from checkin.service import badges as badge_ops


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def desks(tmp_path, event_files, share) -> tuple[DeskHome, DeskHome, DeskHome]:
    admin = event_desk(tmp_path, "admin", event_files)
    assert admin.sync(share).ok
    others = [empty_desk(tmp_path, name) for name in ("badge-b", "entrance-c")]
    for desk in others:
        assert desk.sync(share).joined
    return admin, *others


def test_one_code_issued_at_two_desks_admits_nowhere(desks, share):
    admin, badge_b, entrance = desks
    first = badge_ops.replace_badge(admin.desk, "P004", reason="lost")
    second = badge_ops.replace_badge(badge_b.desk, "P004", reason="lost", note="again")
    assert first.version == second.version == 2 and first.new_code == second.new_code
    for _ in range(2):
        for desk in desks:
            desk.sync(share)
    for desk in desks:
        verdict = desk.desk.scan(first.new_code)
        assert verdict.status is Status.SUPERSEDED, (desk.home.name, verdict)
        assert desk.store.participant("P004").badge_version == 3
        history = badge_ops.history(desk.desk, "P004")
        assert history.version == 3 and history.replacement_count == 2
    third = badge_ops.replace_badge(entrance.desk, "P004", reason="other", note="ID checked")
    assert third.version == 4
    assert entrance.desk.scan(third.new_code).status is Status.OK


def test_a_later_replacement_made_before_the_news_arrived_still_admits(desks, share):
    """v2 at two desks, then v3 at the first (before it heard of the other v2): v3 is
    the badge someone was last given; it admits everywhere."""
    admin, badge_b, entrance = desks
    badge_ops.replace_badge(admin.desk, "P005", reason="lost")
    newest = badge_ops.replace_badge(admin.desk, "P005", reason="damaged")
    badge_ops.replace_badge(badge_b.desk, "P005", reason="lost")
    for _ in range(2):
        for desk in desks:
            desk.sync(share)
    for desk in desks:
        assert desk.store.participant("P005").badge_version == 3
    assert entrance.desk.scan(newest.new_code).status is Status.OK
