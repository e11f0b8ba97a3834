"""Loading an event (config + participant list) into a desk's database."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from checkin.badges import badge_config
from checkin.domain import codes
from checkin.domain.errors import InputError
from checkin.domain.event_config import ConfigError, check_pin_hash, parse_event_config
from checkin.domain.model import EventConfig, Participant
from checkin.importing.canonical import read_participants
from checkin.paths import demo_event_dir
from checkin.store import Store
from checkin.store.erasing import Database, Erased, databases, erase, pin_hashes
from checkin.store.file_lock import app_is_open
from checkin.store.set_aside import SetAside, set_aside


@dataclass(frozen=True, slots=True)
class LoadedEvent:
    event_id: str
    participants: int
    new_secret: bool
    already: bool = False  # the demo was loaded already: nothing changed


def load_event(
    store: Store, config_path: Path, participants_path: Path | None = None
) -> LoadedEvent:
    """Load an event. Loading the same event again keeps its secret and check-ins.

    Without ``participants_path`` only the config is loaded; the list then comes
    from ``checkin import`` (any registration-system export).
    """
    try:
        data = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError("bad_event_config", f"{config_path.name}: {error}") from None
    checked_config(data, config_path.name)  # a bad config is reported before a bad list
    people = read_participants(participants_path) if participants_path else []
    return install_event(store, data, people, source=config_path.name)


def install_event(
    store: Store,
    data: dict,
    people: list[Participant],
    *,
    secret: str = "",
    source: str = "event.json",
) -> LoadedEvent:
    """Check an event config and write it with its participants, in one transaction.

    ``secret``: the event's secret when joining a published event (every desk
    must sign and verify badges with the same one); otherwise the desk keeps
    the secret it has, or makes a new one.
    """
    config = checked_config(data, source)
    current = store.meta("event_id")
    if current and current != config.id:
        raise InputError(
            "other_event",
            f"This desk already holds the event {current!r}. To load another event here, "
            "set this one aside first with 'checkin reset' (nothing is deleted), or use "
            "another --home folder.",
        )
    meta = {"event_id": config.id, "event_config": json.dumps(data, ensure_ascii=False)}
    new_secret = not secret and not store.meta("secret")
    if secret:
        meta["secret"] = secret
    elif new_secret:
        meta["secret"] = codes.new_secret()
    count = store.load_event(meta, people)
    return LoadedEvent(config.id, count, new_secret)


def checked_config(data: dict, source: str) -> EventConfig:
    try:
        config = parse_event_config(data)
        check_pin_hash(config)
        badge_config(config)  # a typo in the badge settings is reported now, not at a desk
    except ConfigError as error:
        raise InputError("bad_event_config", f"{source}: {error}") from None
    return config


def load_demo(store: Store) -> LoadedEvent:
    """Load the bundled demo event; once loaded, loading it again changes nothing.

    Reloading its list would undo what a rehearsal did to it (a corrected
    name, a walk-in's details): ``checkin reset`` is how a desk starts again.
    """
    folder = demo_event_dir()
    config = folder / "event.json"
    demo_id = json.loads(config.read_text(encoding="utf-8"))["id"]
    if store.meta("event_id") == demo_id and store.participant_count():
        return LoadedEvent(demo_id, store.participant_count(), False, already=True)
    return load_event(store, config, folder / "participants.csv")


def reset_desk(home: Path) -> SetAside | None:
    """Set the desk database of ``home`` aside (see :mod:`checkin.store.set_aside`)."""
    return set_aside(home, dt.datetime.now())


def erase_event(home: Path, event_id: str) -> Erased:
    """After the event: overwrite and remove its databases on this desk
    (see :mod:`checkin.store.erasing`)."""
    return erase(home, event_id)


def event_databases(home: Path) -> list[Database]:
    return databases(home)


def database_pin_hashes(paths: list[Path]) -> set[str]:
    return pin_hashes(paths)


def desk_app_open(home: Path) -> bool:
    return app_is_open(Path(home))
