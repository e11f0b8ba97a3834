"""After the event, the delegates' data goes: ``checkin erase --event ID`` from the desk,
``checkin erase-shared FOLDER --event ID`` from the shared folder or sync server."""

from __future__ import annotations

import argparse

from checkin.cli.common import emit, require_pin
from checkin.domain.errors import InputError
from checkin.service.event_setup import (
    database_pin_hashes,
    desk_app_open,
    erase_event,
    event_databases,
)
from checkin.service.shared_erase import erase_shared, published_pin_hash
from checkin.store.database import StoreError
from checkin.store.erasing import Database, Erased
from checkin.sync.targets import transport_for


def register(commands, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser(
        "erase",
        parents=[common],
        help="after the event: erase its data from this desk",
        description="Overwrites with zeros and removes every database of the event on this "
        "desk (the desk database and the copies 'checkin reset' set aside) and the desk's "
        "error log. Databases of other events are kept and listed. The event's id is "
        "asked for as a confirmation; the event's supervisor PIN too, when it sets one. "
        "The shared folder is not touched. Refused while the app is open.",
    )
    command.add_argument(
        "--event", required=True, metavar="ID", help="the id of the event to erase (confirmation)"
    )
    command.set_defaults(handler=cmd_erase)
    shared = commands.add_parser(
        "erase-shared",
        parents=[common],
        help="after the event: erase its data from the shared folder or sync server",
        description="Removes what Check-in wrote to FOLDER (or drops the tables of a "
        "PostgreSQL sync server): the event package (participant list with e-mails, the "
        "secret that signs badges), every desk's journal and, unless --keep-attendance, the "
        "day attendance files. Other files are left and listed. The event's id is asked for "
        "as a confirmation, and the event's supervisor PIN when it sets one. Desks still "
        "syncing with it then say the folder is empty and keep their own data.",
    )
    shared.add_argument("folder", metavar="FOLDER", help="the shared folder, or postgresql://…")
    shared.add_argument(
        "--event", required=True, metavar="ID", help="the id of the event to erase (confirmation)"
    )
    shared.add_argument(
        "--keep-attendance",
        action="store_true",
        help="keep the day attendance files (the organisers' record of who came)",
    )
    shared.set_defaults(handler=cmd_erase_shared)


def cmd_erase_shared(args: argparse.Namespace) -> int:
    transport = transport_for(args.folder)
    pin_hash = published_pin_hash(transport, args.event)
    where = transport.describe()
    require_pin({pin_hash} if pin_hash else set(), f"Erasing the event {args.event} from {where}")
    erased = erase_shared(transport, keep_attendance=args.keep_attendance)
    document = {"event": args.event, "where": where, "removed": erased.removed, "kept": erased.kept}

    def text() -> str:
        lines = [f"Erased the event {args.event} from {where}: {len(erased.removed)} removed."]
        if erased.kept:
            lines.append("Left in place (not written by Check-in, or kept):")
            lines += [f"  {name}" for name in erased.kept]
        lines.append("Backups and snapshots keep their own copies: their owner deletes them.")
        return "\n".join(lines)

    emit(args, document, text)
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    if not args.event.strip():  # "" would name the databases no one can read
        raise InputError("no_event_id", "Give the id of the event to erase. Nothing was erased.")
    if desk_app_open(args.home):  # before the PIN: nobody types it to be told to close the app
        raise StoreError(
            "locked",
            f"Check-in is open on this desk ({args.home}). Close the app, then run 'checkin "
            "erase' again. Nothing was erased.",
        )
    found = event_databases(args.home)
    ours = [d for d in found if d.event_id == args.event]
    if not ours:
        held = ", ".join(sorted({d.event_id or "(unreadable)" for d in found})) or "none"
        raise InputError(
            "no_such_event",
            f"This desk ({args.home}) holds no data of the event {args.event!r} (events here: "
            f"{held}). Nothing was erased.",
        )
    require_pin(
        database_pin_hashes([d.path for d in ours]),
        f"Erasing the event {args.event} from this desk",
    )
    erased = erase_event(args.home, args.event)
    document = {
        "event": args.event,
        "erased": [_described(d) for d in erased.removed],
        "other_files": [str(p) for p in erased.other_files],
        "kept": [_described(d) for d in erased.kept],
    }
    emit(args, document, lambda: _text(args.event, erased))
    return 0


def _described(database: Database) -> dict:
    return {
        "path": str(database.path),
        "event": database.event_id,
        "participants": database.participants,
        "checked_in": database.checkins,
    }


def _text(event_id: str, erased: Erased) -> str:
    lines = [f"Erased the event {event_id} from this desk:"]
    lines += [
        f"  {d.path} ({d.participants} participants, {d.checkins} check-ins)"
        for d in erased.removed
    ]
    lines += [f"  {path}" for path in erased.other_files]
    others = [d for d in erased.kept if d.event_id]
    unreadable = [d for d in erased.kept if not d.event_id]
    if others:
        lines.append("Kept (other events; 'checkin erase --event ID' erases them):")
        lines += [f"  {d.path} (event {d.event_id})" for d in others]
    if unreadable:
        lines.append("Kept (cannot be read as a desk database; remove by hand if not needed):")
        lines += [f"  {d.path}" for d in unreadable]
    lines.append("The shared folder was not touched: its owner deletes it after the event.")
    return "\n".join(lines)
