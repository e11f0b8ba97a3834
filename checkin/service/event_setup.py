"""Loading an event (config + participant list) into a desk's database."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from checkin.domain import codes
from checkin.domain.errors import InputError
from checkin.domain.event_config import ConfigError, parse_event_config
from checkin.importing.canonical import read_participants
from checkin.paths import demo_event_dir
from checkin.store import Store


@dataclass(frozen=True, slots=True)
class LoadedEvent:
    event_id: str
    participants: int
    new_secret: bool


def load_event(store: Store, config_path: Path, participants_path: Path) -> LoadedEvent:
    """Load an event. Loading the same event again keeps its secret and check-ins."""
    try:
        data = json.loads(config_path.read_text(encoding="utf-8"))
        config = parse_event_config(data)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ConfigError) as error:
        raise InputError("bad_event_config", f"{config_path.name}: {error}") from None
    people = read_participants(participants_path)
    current = store.meta("event_id")
    if current and current != config.id:
        raise InputError(
            "other_event",
            f"This desk already holds the event {current!r}. Use another --home folder.",
        )
    meta = {"event_id": config.id, "event_config": json.dumps(data, ensure_ascii=False)}
    new_secret = not store.meta("secret")
    if new_secret:
        meta["secret"] = codes.new_secret()
    count = store.load_event(meta, people)
    return LoadedEvent(config.id, count, new_secret)


def load_demo(store: Store) -> LoadedEvent:
    folder = demo_event_dir()
    return load_event(store, folder / "event.json", folder / "participants.csv")
