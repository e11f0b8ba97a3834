"""Cycles are collected while the desk is idle, never in a scan, and never lost."""

from __future__ import annotations

import gc
import time
import weakref

import pytest

from checkin.domain.gc_pause import collector_paused
from checkin.ui import idle_collector
from checkin.ui.idle_collector import IDLE_S, IdleCollector


class Node:
    pass


def cycle() -> weakref.ref:
    """A pair of objects only a collection can free; a weak reference to see when."""
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def collector(qtbot):
    enabled = gc.isenabled()
    last = {"key": time.monotonic()}
    made = IdleCollector(lambda: last["key"])
    made.base = last["key"]
    yield made
    made.stop()
    if enabled:
        gc.enable()


def test_automatic_collection_is_off_while_the_window_runs(collector):
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()


def test_nothing_is_collected_while_keys_come_in(collector):
    alive = cycle()
    assert collector.tick(now=collector.base + IDLE_S / 2) is None
    assert alive() is not None


def test_an_idle_desk_collects_its_cycles(collector):
    alive = cycle()
    assert collector.tick(now=collector.base + IDLE_S + 0.1) in (1, 2)
    assert alive() is None


def test_a_full_collection_at_most_once_a_minute(collector):
    idle = collector.base + IDLE_S + 0.1
    first = collector.tick(now=idle + idle_collector.FULL_EVERY_S)
    second = collector.tick(now=idle + idle_collector.FULL_EVERY_S + 1)
    assert (first, second) == (2, 1)


def test_a_busy_desk_still_collects_when_too_much_waits(collector, monkeypatch):
    monkeypatch.setattr(idle_collector, "YOUNG_LIMIT", 0)
    alive = cycle()
    assert collector.tick(now=collector.base) in (1, 2)  # keys a moment ago, but memory first
    assert alive() is None


def test_no_collection_while_an_import_or_merge_runs(collector):
    alive = cycle()
    with collector_paused():
        assert collector.tick(now=collector.base + IDLE_S + 0.1) is None
        assert alive() is not None
    assert collector.tick(now=collector.base + IDLE_S + 0.1) in (1, 2)
    assert alive() is None


def test_start_up_objects_are_frozen_once(collector):
    collector.freeze_start_up()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    collector.freeze_start_up()  # a second window: nothing more is frozen
    assert gc.get_freeze_count() == frozen
