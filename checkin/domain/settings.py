"""Per-desk settings, each declared once with its default."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class DeskSettings:
    desk_name: str = ""
    operator: str = ""
    language: str = ""  # '' = follow the system locale, falling back to English
    muted: bool = False
    day: str = ""  # the conference day this desk serves ('' = automatic)
    day_chosen_on: str = ""  # the date (event time) ``day`` was chosen on: it holds that date
    print_on_checkin: str = "never"  # always | ask | never
    printer: str = ""
    page_size: str = ""  # '' = the badge layout's own size; else a QPageSize key ("A4")
    badge_layout: str = ""  # '' = the event's default layout (a6 | cr80 | a4-4up)
    sync_folder: str = ""  # the shared folder desks sync through ('' = this desk alone)
    open_attendance: bool = False  # an organiser's laptop: the attendance window at start

    def chosen_day(self, today: dt.date) -> dt.date | None:
        """The day chosen at this desk, if it was chosen ``today`` (else automatic).

        A choice lapses at midnight (event time). A desk works "as of" another
        day for a rehearsal, a demo, a late arrival on the evening before; a
        choice that held on would make the next morning's desk check everyone in
        for yesterday, and refuse the day's own delegates, with only the amber
        banner to say so. Choosing again costs a click; a day of check-ins
        recorded for the wrong day cannot be put right at the desk."""
        if not self.day or self.day_chosen_on != today.isoformat():
            return None  # automatic, or chosen on another date (or before dates were kept)
        try:
            return dt.date.fromisoformat(self.day)
        except ValueError:
            return None

    def with_day(self, day: dt.date | None, *, today: dt.date, automatic: dt.date) -> DeskSettings:
        """Serve ``day`` from now until midnight; ``None``, or the day the desk would serve
        anyway (``automatic``: today's), is automatic, and stays so the next day."""
        if day is None or day == automatic:
            return dataclasses.replace(self, day="", day_chosen_on="")
        return dataclasses.replace(self, day=day.isoformat(), day_chosen_on=today.isoformat())

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
