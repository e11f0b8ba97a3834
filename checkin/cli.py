"""The headless interface: ``checkin COMMAND [--home DIR] [--json]``.

Exit status: 0 success, 1 a problem with the input (one clear line on stderr,
never a traceback), 2 bad usage (argparse). A scan that produces a verdict —
even *invalid* or *unknown* — is a success: the verdict is the answer.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from checkin import __version__
from checkin.domain.errors import InputError
from checkin.paths import default_home
from checkin.service.desk import Desk
from checkin.service.event_setup import load_demo
from checkin.service.reports import participant_row, stats_report, verdict_report
from checkin.store import Store, StoreError


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO-8601 time: {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive number: {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--home",
        type=Path,
        default=argparse.SUPPRESS,
        help="the desk's data folder (default: $CHECKIN_HOME, else the user data folder)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document"
    )
    parser = argparse.ArgumentParser(
        prog="checkin",
        parents=[common],
        description="Conference registration desk. "
        "Without a command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"checkin {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("demo", parents=[common], help="load the bundled IDM 2015 event")

    search = commands.add_parser("search", parents=[common], help="find participants by name")
    search.add_argument("text")
    search.add_argument("--limit", type=_positive, default=20)

    scan = commands.add_parser("scan", parents=[common], help="scan a badge or ticket code")
    scan.add_argument("code")
    scan.add_argument("--desk", help="desk name recorded with the check-in")
    scan.add_argument("--operator", help="operator name recorded with the check-in")
    scan.add_argument("--at", type=_moment, help="time of the scan (ISO-8601; default now)")
    scan.add_argument("--day", type=_date, help="conference day (default: from --at, or today)")

    undo = commands.add_parser("undo", parents=[common], help="undo a check-in")
    undo.add_argument("id")
    undo.add_argument("--day", type=_date)
    undo.add_argument("--operator")

    stats = commands.add_parser("stats", parents=[common], help="attendance figures")
    stats.add_argument("--day", type=_date)
    return parser


def _emit(args: argparse.Namespace, document: Any, text: Callable[[], str]) -> None:
    if getattr(args, "json", False):
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(text())


def _desk(args: argparse.Namespace) -> Desk:
    return Desk(Store.in_home(args.home))


def cmd_demo(args: argparse.Namespace) -> int:
    store = Store.in_home(args.home)
    loaded = load_demo(store)
    document = {
        "event": loaded.event_id,
        "participants": loaded.participants,
        "home": str(args.home),
    }
    _emit(
        args,
        document,
        lambda: f"Loaded {loaded.event_id}: {loaded.participants} participants into {args.home}",
    )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    desk = _desk(args)
    rows = [participant_row(desk, p) for p in desk.search(args.text, args.limit)]

    def text() -> str:
        if not rows:
            return "No match."
        return "\n".join(
            f"{r['id']:<14} {r['first_name']} {r['last_name']} — {r['organisation']} "
            f"({r['country']}, {r['category']})  {r['code']}"
            for r in rows
        )

    _emit(args, rows, text)
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    desk = _desk(args)
    at = args.at
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=desk.event.zone)
    if args.desk:  # recorded as the desk's name; the journal identity stays the desk id
        desk.settings = dataclasses.replace(desk.settings, desk_name=args.desk)
    verdict = desk.scan(args.code, operator=args.operator, day=args.day, at=at)
    report = verdict_report(verdict)

    def text() -> str:
        line = report["status"].upper()
        if report["participant"]:
            p = report["participant"]
            line += f"  {p['first_name']} {p['last_name']} ({p['id']})"
        if report["previous"]:
            prev = report["previous"]
            line += f"  — first at {prev['at']} at desk {prev['desk']} by {prev['operator']}"
        return line

    _emit(args, report, text)
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    desk = _desk(args)
    undone = desk.undo(args.id, day=args.day, operator=args.operator)
    document = {"undone": len(undone), "id": args.id, "day": undone[0].day.isoformat()}
    _emit(args, document, lambda: f"Undid the check-in of {args.id} on {document['day']}.")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    desk = _desk(args)
    report = stats_report(desk, args.day)
    _emit(
        args,
        report,
        lambda: (
            "\n".join(
                f"{key}: {value}" for key, value in report.items() if not isinstance(value, dict)
            )
            + "\nby_day: "
            + ", ".join(f"{d} {n}" for d, n in report["by_day"].items())
        ),
    )
    return 0


COMMANDS = {
    "demo": cmd_demo,
    "search": cmd_search,
    "scan": cmd_scan,
    "undo": cmd_undo,
    "stats": cmd_stats,
}


def gui_home(argv: Sequence[str]) -> Path | None:
    """The home folder when ``argv`` asks for the desktop app (no command), else None."""
    args, _ = build_parser().parse_known_args(argv)
    if args.command is not None:
        return None
    return getattr(args, "home", None) or default_home()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "home"):
        args.home = default_home()
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except (InputError, StoreError) as error:
        print(f"checkin: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
