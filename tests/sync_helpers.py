"""Desks that sync through a real folder, for the sync tests (Qt-free).

Each desk has its own home and SQLite database; the "share" is a folder in
the test's temporary directory. Nothing is mocked: the tests read and damage
the journal files the desks write.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from conftest import MORNING, Clock

from checkin.service.desk import Desk, desk_identity
from checkin.service.event_setup import load_event
from checkin.service.sync import SyncResult, sync
from checkin.store import Store
from checkin.sync.targets import transport_for


@dataclass
class DeskHome:
    home: Path
    store: Store
    clock: Clock = field(default_factory=lambda: Clock(MORNING))

    @property
    def desk(self) -> Desk:
        return Desk(self.store, clock=self.clock)

    @property
    def desk_id(self) -> str:
        return desk_identity(self.store)

    def journal(self, folder: Path) -> Path:
        return folder / "journals" / f"{self.desk_id}.jsonl"

    def sync(self, target: Path | str, **options) -> SyncResult:
        """Sync through a folder (a path) or a PostgreSQL server (an address)."""
        options.setdefault("clock", self.clock)
        return sync(self.store, transport_for(target), **options)

    def admit(self, participant_id: str, *, day: dt.date | None = None) -> None:
        verdict = self.desk.admit(participant_id, day=day)
        assert verdict.checkin is not None, verdict


def event_desk(root: Path, name: str, event_files) -> DeskHome:
    """A desk with the test event loaded from its files (the administrator's desk)."""
    store = Store.in_home(root / name)
    load_event(store, event_files.config, event_files.participants)
    return DeskHome(root / name, store)


def empty_desk(root: Path, name: str) -> DeskHome:
    """A freshly installed desk: no event until it joins one."""
    return DeskHome(root / name, Store.in_home(root / name))


def projection(store: Store) -> list[list[tuple]]:
    """Everything derived from the log, in a comparable form."""
    with store.read() as conn:
        return [
            conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("checkins", "undos", "badge_prints", "badge_replacements")
        ] + [
            conn.execute(
                "SELECT id, first_name, last_name, organisation, country, category, days, "
                "badge_version, source FROM participants ORDER BY id"
            ).fetchall()
        ]


def event_uuids(store: Store) -> set[str]:
    with store.read() as conn:
        return {row[0] for row in conn.execute("SELECT uuid FROM events")}


def check_in_then_restore(desk: DeskHome, target, participant_ids) -> None:
    """``desk`` checks people in and syncs them to ``target``; then its database is
    restored from a copy taken before (a laptop's disk restored from last night)."""
    database = desk.store.path
    desk.store.close()
    copy = database.read_bytes()
    desk.store = type(desk.store)(database)
    for pid in participant_ids:
        desk.admit(pid)
    desk.sync(target)
    desk.store.close()
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    database.write_bytes(copy)
    desk.store = type(desk.store)(database)
