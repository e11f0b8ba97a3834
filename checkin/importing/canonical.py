"""Reading a participant list in Check-in's own CSV format (the demo, exports).

The format is the one :mod:`checkin.importing` writes on export: UTF-8, a
header row with the column names below, days and flags joined by ``;``. The
general importer (any encoding, delimiter and EN/FR/ES headers) builds on it.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from checkin.domain.errors import InputError
from checkin.domain.model import LIST_FIELDS, Participant
from checkin.importing.rows import unguarded

#: The canonical CSV's columns, in order (what the export writes).
COLUMNS = LIST_FIELDS


def participant_from_record(record: dict[str, str], *, row: int) -> Participant:
    def text(key: str) -> str:
        return (record.get(key) or "").strip()

    if not text("id"):
        raise InputError("row_no_id", f"row {row}: the id is empty", row=row)
    try:
        days = tuple(dt.date.fromisoformat(d.strip()) for d in text("days").split(";") if d.strip())
    except ValueError:
        raise InputError("row_bad_days", f"row {row}: days must be YYYY-MM-DD", row=row) from None
    return Participant(
        id=text("id"),
        first_name=text("first_name"),
        last_name=text("last_name"),
        name_latin=text("name_latin"),
        title=text("title"),
        organisation=text("organisation"),
        country=text("country").upper(),
        category=text("category"),
        email=text("email"),
        language=text("language"),
        days=days,
        flags=frozenset(f.strip() for f in text("flags").split(";") if f.strip()),
        notes=text("notes"),
        ticket_code=text("ticket_code"),
    )


def read_participants(path: Path) -> list[Participant]:
    """All participants of a canonical CSV; raises :class:`InputError` on a bad row."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"id", "first_name", "last_name"} - set(reader.fieldnames or ())
            if missing:
                raise InputError(
                    "missing_columns", f"{path.name}: missing columns {', '.join(sorted(missing))}"
                )
            return [
                participant_from_record({k: unguarded(v or "") for k, v in r.items()}, row=n)
                for n, r in enumerate(reader, start=2)
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError("unreadable", f"{path.name} cannot be read: {error}") from None


def participants_from_json(text: str) -> list[Participant]:
    """All participants of a JSON array of records in :data:`COLUMNS` order (how the
    list is published on a sync server); raises ValueError or InputError."""
    return [
        participant_from_record(dict(zip(COLUMNS, record, strict=True)), row=n)
        for n, record in enumerate(json.loads(text), start=2)
    ]
