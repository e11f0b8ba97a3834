"""``checkin sync FOLDER``: join, publish, push and pull through a shared folder."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from checkin.cli.common import emit, require_supervisor
from checkin.service.settings import load_settings, save_settings
from checkin.service.sync import sync
from checkin.store import Store
from checkin.sync.folder import FolderTransport


def register(commands, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser(
        "sync",
        parents=[common],
        help="sync with the other desks through a shared folder",
        description="A desk with no event joins the event published in FOLDER; a desk "
        "with an event publishes it to an empty FOLDER; then this desk's check-ins are "
        "pushed, the other desks' pulled, and the day attendance files rewritten.",
    )
    command.add_argument("folder", type=Path, help="the shared folder (network share)")
    command.add_argument(
        "--publish",
        action="store_true",
        help="publish this desk's event (config, participant list, secret) to FOLDER "
        "again, e.g. after importing a corrected list; creates FOLDER if needed",
    )
    command.add_argument(
        "--verify",
        action="store_true",
        help="read this desk's journal in FOLDER back and repair it if a line was damaged",
    )
    command.set_defaults(handler=cmd_sync)


def _remember_folder(store: Store, folder: Path) -> bool:
    """Make ``folder`` the app's sync folder when the desk has none yet (a desk that
    joins from the command line then syncs in the app without another step)."""
    settings = load_settings(store)
    if settings.sync_folder:
        return False
    save_settings(store, replace(settings, sync_folder=str(folder.resolve())))
    return True


def cmd_sync(args: argparse.Namespace) -> int:
    store = Store.in_home(args.home)
    remembered = False
    try:
        if args.publish:  # replaces the list every desk joins with
            require_supervisor(store, "Publishing the event")
        result = sync(
            store,
            FolderTransport(args.folder, create=args.publish),
            publish=args.publish,
            verify=args.verify,
        )
        if result.ok:
            remembered = _remember_folder(store, args.folder)
    finally:
        store.close()
    if result.ok or result.did_something or getattr(args, "json", False):
        document = {**result.as_dict(), "sync_folder_set": remembered}

        def text() -> str:
            if not remembered:
                return result.summary()
            return (
                f"{result.summary()}\nThe app on this desk now syncs with {args.folder} "
                "every 15 seconds (Desk settings › Shared folder for sync)."
            )

        emit(args, document, text)
    if not result.ok:
        for issue in result.errors:
            print(f"checkin: {issue.message}", file=sys.stderr)
        return 1
    return 0
