"""Front-desk commands: demo, search, scan, undo, stats."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from checkin.cli.common import date_arg, desk_of, emit, moment_arg, positive_int
from checkin.service.event_setup import LoadedEvent, load_demo, load_event
from checkin.service.reports import participant_row, stats_report, verdict_report
from checkin.store import Store


def register(commands, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser("demo", parents=[common], help="load the bundled IDM 2015 event")
    demo.set_defaults(handler=cmd_demo)

    event = commands.add_parser(
        "event", parents=[common], help="load an event config (then: checkin import LIST)"
    )
    event.add_argument("config", type=Path, help="the event's JSON config (see data/idm2015)")
    event.add_argument(
        "--participants",
        type=Path,
        help="a participant list in Check-in's own CSV format (optional)",
    )
    event.set_defaults(handler=cmd_event)

    search = commands.add_parser("search", parents=[common], help="find participants by name")
    search.add_argument("text")
    search.add_argument("--limit", type=positive_int, default=20)
    search.set_defaults(handler=cmd_search)

    scan = commands.add_parser("scan", parents=[common], help="scan a badge or ticket code")
    scan.add_argument("code")
    scan.add_argument("--desk", help="desk name recorded with the check-in")
    scan.add_argument("--operator", help="operator name recorded with the check-in")
    scan.add_argument("--at", type=moment_arg, help="time of the scan (ISO-8601; default now)")
    scan.add_argument("--day", type=date_arg, help="conference day (default: from --at, or today)")
    scan.set_defaults(handler=cmd_scan)

    undo = commands.add_parser("undo", parents=[common], help="undo a check-in")
    undo.add_argument("id")
    undo.add_argument("--day", type=date_arg)
    undo.add_argument("--operator")
    undo.set_defaults(handler=cmd_undo)

    stats = commands.add_parser("stats", parents=[common], help="attendance figures")
    stats.add_argument("--day", type=date_arg)
    stats.set_defaults(handler=cmd_stats)


def cmd_demo(args: argparse.Namespace) -> int:
    return _report_loaded(args, load_demo(Store.in_home(args.home)))


def cmd_event(args: argparse.Namespace) -> int:
    return _report_loaded(
        args, load_event(Store.in_home(args.home), args.config, args.participants)
    )


def _report_loaded(args: argparse.Namespace, loaded: LoadedEvent) -> int:
    document = {
        "event": loaded.event_id,
        "participants": loaded.participants,
        "home": str(args.home),
    }
    emit(
        args,
        document,
        lambda: f"Loaded {loaded.event_id}: {loaded.participants} participants into {args.home}",
    )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    desk = desk_of(args)
    rows = [participant_row(desk, p) for p in desk.search(args.text, args.limit)]

    def text() -> str:
        if not rows:
            return "No match."
        return "\n".join(
            f"{r['id']:<14} {r['first_name']} {r['last_name']} — {r['organisation']} "
            f"({r['country']}, {r['category']})  {r['code']}"
            for r in rows
        )

    emit(args, rows, text)
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    desk = desk_of(args)
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

    emit(args, report, text)
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    desk = desk_of(args)
    undone = desk.undo(args.id, day=args.day, operator=args.operator)
    document = {"undone": len(undone), "id": args.id, "day": undone[0].day.isoformat()}
    emit(args, document, lambda: f"Undid the check-in of {args.id} on {document['day']}.")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    desk = desk_of(args)
    report = stats_report(desk, args.day)
    emit(
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
