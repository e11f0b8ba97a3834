"""Per-desk settings, each declared once with its default."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class DeskSettings:
    desk_name: str = ""
    operator: str = ""
    language: str = ""  # '' = follow the system locale, falling back to English
    muted: bool = False
    day: str = ""  # the conference day this desk serves ('' = automatic)
    print_on_checkin: str = "never"  # always | ask | never
    printer: str = ""
    page_size: str = ""  # '' = the badge layout's own size; else a QPageSize key ("A4")
    badge_layout: str = ""  # '' = the event's default layout (a6 | cr80 | a4-4up)
    sync_folder: str = ""  # the shared folder desks sync through ('' = this desk alone)
    open_attendance: bool = False  # an organiser's laptop: the attendance window at start

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DeskSettings:
        """Known keys only, each checked against its default's type; the rest is ignored."""
        defaults = cls()
        values = {}
        for f in dataclasses.fields(cls):
            value = data.get(f.name, getattr(defaults, f.name))
            if isinstance(value, type(getattr(defaults, f.name))):
                values[f.name] = value
        return cls(**values)
