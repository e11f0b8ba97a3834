"""Setting a desk database aside: a whole, checked copy first; the original removed last."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from checkin.store import Store, StoreError
from checkin.store import set_aside as module
from checkin.store.set_aside import set_aside

NOW = dt.datetime(2015, 10, 25, 18, 0)


def test_the_copy_holds_everything_and_opens_as_a_desk(desk, home):
    desk.admit("P005")
    desk.store.close()
    aside = set_aside(home, NOW)
    assert aside is not None and aside.path.name == "desk-20151025-180000.sqlite3"
    assert (aside.participants, aside.checkins) == (11, 1)
    assert not (home / "desk.sqlite3").exists() and not (home / "desk.sqlite3-wal").exists()
    copy = Store(aside.path)
    try:
        assert copy.participant("P005") is not None and copy.event_count() >= 1
    finally:
        copy.close()
    again = set_aside(home, NOW)  # nothing left to set aside
    assert again is None


def test_a_copy_that_fails_half_way_leaves_the_desk_as_it_was(desk, home, monkeypatch):
    desk.admit("P005")
    day = desk.serving_day()
    desk.store.close()
    before = (home / "desk.sqlite3").read_bytes()

    class FullDisk(sqlite3.Connection):
        def backup(self, *args, **kwargs):
            raise sqlite3.OperationalError("database or disk is full")

    real_connect = sqlite3.connect
    monkeypatch.setattr(module.sqlite3, "connect",
                        lambda *a, **k: real_connect(*a, factory=FullDisk, **k))
    with pytest.raises(StoreError):
        set_aside(home, NOW)
    monkeypatch.undo()
    assert (home / "desk.sqlite3").read_bytes() == before
    assert not list((home / "set-aside").glob("desk-*"))  # no half copy to mistake for one
    store = Store.in_home(home)
    try:
        assert store.active_checkins("P005", day)  # the check-in is still there
    finally:
        store.close()


def test_an_open_app_is_never_pulled_from_under(desk, home):
    from checkin.store.file_lock import hold_app_lock

    desk.store.close()
    app_lock = hold_app_lock(home)  # what the desk app holds while it runs
    try:
        with pytest.raises(StoreError) as refused:
            set_aside(home, NOW)
        assert refused.value.code == "locked" and "Close the app" in str(refused.value)
        assert (home / "desk.sqlite3").exists()
    finally:
        app_lock.close()
    assert set_aside(home, NOW) is not None  # closed: it goes ahead
