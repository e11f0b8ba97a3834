"""``checkin sync FOLDER``: join, publish, push and pull through a shared folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checkin.cli.common import emit
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


def cmd_sync(args: argparse.Namespace) -> int:
    store = Store.in_home(args.home)
    try:
        result = sync(
            store,
            FolderTransport(args.folder, create=args.publish),
            publish=args.publish,
            verify=args.verify,
        )
    finally:
        store.close()
    if result.ok or result.did_something or getattr(args, "json", False):
        emit(args, result.as_dict(), result.summary)
    if not result.ok:
        for issue in result.errors:
            print(f"checkin: {issue.message}", file=sys.stderr)
        return 1
    return 0
