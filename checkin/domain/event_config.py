"""Reading an event config (a JSON document) into an :class:`EventConfig`."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin.domain.model import Category, EventConfig
from checkin.domain.pin import is_pin_hash


class ConfigError(ValueError):
    """The event config is not usable; the message says which field and why."""


def _labels(value: Any, where: str) -> dict[str, str]:
    if isinstance(value, str):
        return {"en": value}
    if not isinstance(value, dict) or not value:
        raise ConfigError(f"{where}: expected labels by language, e.g. {{'en': '…'}}")
    return {str(k): str(v) for k, v in value.items()}


def parse_event_config(data: dict[str, Any]) -> EventConfig:
    """Validate and convert. Raises :class:`ConfigError` with a clear message."""
    if not isinstance(data, dict):
        raise ConfigError("the event config must be a JSON object")
    try:
        days = tuple(sorted(dt.date.fromisoformat(str(d)) for d in data["days"]))
    except KeyError:
        raise ConfigError("days: missing (the event's dates, YYYY-MM-DD)") from None
    except (TypeError, ValueError):
        raise ConfigError("days: every day must be a date written YYYY-MM-DD") from None
    if not days:
        raise ConfigError("days: the event needs at least one day")
    timezone = str(data.get("timezone", "UTC"))
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"timezone: unknown time zone {timezone!r}") from None
    categories = []
    for index, item in enumerate(data.get("categories", [])):
        try:
            categories.append(
                Category(
                    id=str(item["id"]),
                    colour=str(item.get("colour", "#555555")),
                    label=_labels(item.get("label", item["id"]), f"categories[{index}].label"),
                )
            )
        except (KeyError, TypeError):
            raise ConfigError(f"categories[{index}]: needs an id") from None
    ids = [c.id for c in categories]
    default = str(data.get("default_category") or (ids[0] if ids else ""))
    if ids and default not in ids:
        raise ConfigError(f"default_category: {default!r} is not one of the categories")
    flags = {str(k): _labels(v, f"flags.{k}") for k, v in dict(data.get("flags", {})).items()}
    pin_hash = str(data.get("supervisor_pin_hash") or "")
    known = {
        "id",
        "name",
        "short_name",
        "days",
        "timezone",
        "venue",
        "categories",
        "default_category",
        "flags",
        "supervisor_pin_hash",
    }
    return EventConfig(
        id=str(data.get("id") or "event"),
        name=_labels(data.get("name", "Event"), "name"),
        short_name=_labels(data.get("short_name") or data.get("name", "Event"), "short_name"),
        days=days,
        timezone=timezone,
        venue=_labels(data["venue"], "venue") if data.get("venue") else {},
        categories=tuple(categories),
        default_category=default,
        flag_labels=flags,
        supervisor_pin_hash=pin_hash,
        extra={k: v for k, v in data.items() if k not in known},
    )


def check_pin_hash(config: EventConfig) -> None:
    """Refuse a ``supervisor_pin_hash`` that is not one (the PIN itself, say: then no one
    could ever type the right PIN). Checked when an event is loaded, not each time a
    stored config is read: a desk loaded while the key was reserved keeps working."""
    if config.supervisor_pin_hash and not is_pin_hash(config.supervisor_pin_hash):
        raise ConfigError(
            "supervisor_pin_hash: not a PIN hash; make one with 'checkin pin-hash' "
            "and paste the line it prints"
        )
