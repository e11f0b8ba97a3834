"""People removed from the list are set aside, not forgotten, until nothing can need them.

An import with removal (``--remove-vanished``), or a desk taking in a list
published without someone, deletes that person's row — but another desk may
have checked them in while apart, and that check-in arrives later. A
check-in needs its person on the list (the rule every import keeps: "never
remove anyone checked in"), so the removed row waits here, and a merged
check-in brings it back, on every desk alike; the lists then agree again.
A correction of a removed person (a badge replaced before the removal) does
not bring them back, and makes no half row of them either.
A list that names the person again takes them back for good.

The published event carries the set-aside people of the desk that published it
(:func:`removed_from_list`), so a desk that joins later, and never had them,
sets them aside too (:func:`set_aside_people`): a check-in of theirs made at a
desk apart still lists them there, even if the publishing desk never syncs
again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from checkin.domain.model import Participant
from checkin.store.participants import COLUMNS, from_row, to_row

_ROW = f"json_array({', '.join(COLUMNS)}, source)"
#: Meta key set when a merged check-in listed someone again: the desk that published
#: the list publishes it again, so that desks which never had that person get them.
RELISTED = "relisted"


def set_aside(conn: sqlite3.Connection, rowids: Sequence[int], at: str) -> None:
    """Keep the rows about to be deleted (inside the caller's transaction)."""
    conn.executemany(
        f"INSERT OR REPLACE INTO removed_participants (id, row, removed_at) "
        f"SELECT id, {_ROW}, ? FROM participants WHERE rowid = ?",
        [(at, rowid) for rowid in rowids],
    )


def listed_again(conn: sqlite3.Connection) -> None:
    """People a list added back are no longer set aside."""
    conn.execute(
        "DELETE FROM removed_participants WHERE id IN "
        "(SELECT r.id FROM removed_participants r JOIN participants p ON p.id = r.id)"
    )


def take_back(
    conn: sqlite3.Connection, participant_ids: Iterable[str]
) -> list[tuple[Participant, str]]:
    """The set-aside people among ``participant_ids`` with no row now: ``(person, source)``,
    removed from the set-aside table (the caller lists them again)."""
    wanted = sorted(set(participant_ids))
    if not wanted:
        return []
    found = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        found += conn.execute(
            f"SELECT r.id, r.row FROM removed_participants r WHERE r.id IN ({marks}) "
            "AND NOT EXISTS (SELECT 1 FROM participants p WHERE p.id = r.id)",
            chunk,
        ).fetchall()
    taken = []
    for participant_id, text in found:
        values = json.loads(text)
        taken.append((from_row(tuple(values[:-1])), values[-1]))
        conn.execute("DELETE FROM removed_participants WHERE id = ?", (participant_id,))
    if taken:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, '1') "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (RELISTED,),
        )
    return taken


def removed_from_list(conn: sqlite3.Connection) -> list[Participant]:
    """The people this desk set aside from the registration list (not walk-ins, whose
    creation travels in the log), who have no row now."""
    rows = conn.execute(
        "SELECT r.row FROM removed_participants r WHERE NOT EXISTS "
        "(SELECT 1 FROM participants p WHERE p.id = r.id) ORDER BY r.id"
    ).fetchall()
    people = []
    for (text,) in rows:
        values = json.loads(text)
        if values[-1] == "import":
            people.append(from_row(tuple(values[:-1])))
    return people


def set_aside_people(
    conn: sqlite3.Connection, people: Iterable[Participant], at: str
) -> list[str]:
    """Set aside ``people`` this desk has no row of (from a published event); returns the
    ids of those among them already checked in here, to be listed again at once."""
    rows = [(p.id, json.dumps([*to_row(p), "import"], ensure_ascii=False), at) for p in people]
    conn.executemany(
        "INSERT OR IGNORE INTO removed_participants (id, row, removed_at) "
        "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM participants WHERE id = ?1)",
        rows,
    )
    ids = [row[0] for row in rows]
    checked = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        checked += [
            pid
            for (pid,) in conn.execute(
                f"SELECT DISTINCT participant_id FROM checkins WHERE participant_id IN ({marks})",
                chunk,
            )
        ]
    return checked
