"""Loading and saving a desk's settings in its database."""

from __future__ import annotations

import json

from checkin.domain.settings import DeskSettings
from checkin.store import Store


def load_settings(store: Store) -> DeskSettings:
    try:
        data = json.loads(store.meta("settings", "{}"))
    except json.JSONDecodeError:
        data = {}
    return DeskSettings.from_dict(data if isinstance(data, dict) else {})


def save_settings(store: Store, settings: DeskSettings) -> None:
    store.set_meta("settings", json.dumps(settings.to_dict(), ensure_ascii=False))
