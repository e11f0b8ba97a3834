"""``checkin sync TARGET``: join, publish, push and pull through a shared folder or a
PostgreSQL server (``postgresql://…``)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from checkin.cli.common import emit, require_supervisor
from checkin.domain.errors import InputError
from checkin.service.settings import load_settings, save_settings
from checkin.service.sync import sync
from checkin.store import Store
from checkin.sync.targets import is_server_address, shown, transport_for


def register(commands, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser(
        "sync",
        parents=[common],
        help="sync with the other desks through a shared folder or a PostgreSQL server",
        description="A desk with no event joins the event published in FOLDER; a desk "
        "with an event publishes it to an empty FOLDER; then this desk's check-ins are "
        "pushed, the other desks' pulled, and the day attendance files rewritten. FOLDER "
        "may also be a PostgreSQL address, postgresql://USER@HOST/DATABASE (keep the "
        "password in the desk's .pgpass file, not in the address).",
    )
    command.add_argument(
        "folder",
        metavar="FOLDER",
        help="the shared folder (network share), or postgresql://USER@HOST/DATABASE",
    )
    command.add_argument(
        "--publish",
        action="store_true",
        help="publish this desk's event (config, participant list, secret) to FOLDER "
        "again: after loading a changed event.json, or to settle a list conflict with this "
        "desk's list (an imported list is published by the next plain sync); creates "
        "FOLDER (or the server's tables) if needed",
    )
    command.add_argument(
        "--take-published",
        action="store_true",
        help="after a list conflict: take the list published in FOLDER in, giving up the "
        "list imported on this desk and not published yet (--publish keeps it instead)",
    )
    command.add_argument(
        "--verify",
        action="store_true",
        help="read this desk's journal in FOLDER back and repair it if a line was damaged",
    )
    command.set_defaults(handler=cmd_sync)


def _remember_target(store: Store, target: str) -> bool:
    """Make ``target`` the app's sync folder (or server) when the desk has none yet (a
    desk that joins from the command line then syncs in the app without another step)."""
    settings = load_settings(store)
    if settings.sync_folder:
        return False
    remembered = target.strip() if is_server_address(target) else str(Path(target).resolve())
    save_settings(store, replace(settings, sync_folder=remembered))
    return True


def cmd_sync(args: argparse.Namespace) -> int:
    store = Store.in_home(args.home)
    remembered = False
    try:
        if args.publish and args.take_published:
            raise InputError(
                "publish_or_take", "Choose --publish or --take-published, not both."
            )
        if args.publish:  # replaces the list every desk joins with
            require_supervisor(store, "Publishing the event")
        if args.take_published:  # undoes this desk's import
            require_supervisor(store, "Taking the published list in")
        result = sync(
            store,
            transport_for(args.folder, create=args.publish),
            publish=args.publish,
            take_published=args.take_published,
            verify=args.verify,
        )
        if result.ok:
            remembered = _remember_target(store, args.folder)
    finally:
        store.close()
    if result.ok or result.did_something or getattr(args, "json", False):
        document = {**result.as_dict(), "sync_folder_set": remembered}

        def text() -> str:
            if not remembered:
                return result.summary()
            return (
                f"{result.summary()}\nThe app on this desk now syncs with {shown(args.folder)} "
                "every 15 seconds (Desk settings › Shared folder for sync)."
            )

        emit(args, document, text)
    if not result.ok:
        for issue in result.errors:
            print(f"checkin: {issue.message}", file=sys.stderr)
        return 1
    return 0
