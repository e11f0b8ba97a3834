"""Front-desk commands: demo, event, reset, search, scan, undo, stats."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from checkin.cli.common import (
    date_arg,
    desk_of,
    emit,
    moment_arg,
    positive_int,
    require_supervisor,
)
from checkin.domain.model import EventConfig
from checkin.domain.rules import Verdict
from checkin.service.event_setup import LoadedEvent, load_demo, load_event, reset_desk
from checkin.service.reports import participant_row, stats_report, verdict_report
from checkin.store import Store, StoreError
from checkin.store.database import DATABASE_NAME

#: The order the desk page shows flags in: what the operator must act on first.
FLAG_ORDER = ("see_supervisor", "vip", "protocol", "speaker")


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

    reset = commands.add_parser(
        "reset",
        parents=[common],
        help="set this desk's event aside (a copy is kept), to join or load another",
        description="Moves the desk database to HOME/set-aside/ (a complete copy: nothing "
        "is deleted), so that the desk is empty: it can then join a shared folder "
        "(checkin sync FOLDER) or load another event (checkin event FILE). Close the app "
        "first.",
    )
    reset.set_defaults(handler=cmd_reset)

    search = commands.add_parser("search", parents=[common], help="find participants by name")
    search.add_argument("text")
    search.add_argument("--limit", type=positive_int, default=20)
    search.set_defaults(handler=cmd_search)

    scan = commands.add_parser("scan", parents=[common], help="scan a badge or ticket code")
    scan.add_argument("code")
    scan.add_argument("--desk", help="desk name recorded with the check-in")
    scan.add_argument("--operator", help="operator name recorded with the check-in")
    scan.add_argument("--at", type=moment_arg, help="time of the scan (ISO-8601; default now)")
    scan.add_argument(
        "--day",
        type=date_arg,
        help="conference day (default: the day of --at, or of now, when it is a day of the "
        "event; otherwise the day this desk serves: its chosen day, else the next or "
        "first day of the event)",
    )
    scan.set_defaults(handler=cmd_scan)

    undo = commands.add_parser("undo", parents=[common], help="undo a check-in")
    undo.add_argument("id")
    undo.add_argument(
        "--day", type=date_arg, help="conference day (default: as for scan; a day of the event)"
    )
    undo.add_argument("--operator")
    undo.set_defaults(handler=cmd_undo)

    stats = commands.add_parser("stats", parents=[common], help="attendance figures")
    stats.add_argument(
        "--day", type=date_arg, help="figures for this day of the event (default: the whole event)"
    )
    stats.set_defaults(handler=cmd_stats)


def cmd_demo(args: argparse.Namespace) -> int:
    return _report_loaded(args, load_demo(_store_to_load(args.home)))


def cmd_event(args: argparse.Namespace) -> int:
    store = _store_to_load(args.home)
    return _report_loaded(args, load_event(store, args.config, args.participants))


def _store_to_load(home: Path) -> Store:
    """The desk's store, once its event's PIN was given: loading an event again replaces
    its config (the PIN with it) and can change its list, a supervisor's work."""
    store = Store.in_home(home)
    if store.has_event():
        require_supervisor(store, "Loading an event on a desk that holds one")
    return store


def cmd_reset(args: argparse.Namespace) -> int:
    _supervisor_for_reset(args.home)
    aside = reset_desk(args.home)
    if aside is None:
        emit(
            args,
            {"set_aside": None},
            lambda: f"{args.home} holds no desk database: nothing to set aside.",
        )
        return 0
    document = {
        "set_aside": str(aside.path),
        "event": aside.event_id,
        "participants": aside.participants,
        "checked_in": aside.checkins,
    }
    emit(
        args,
        document,
        lambda: (
            f"Set the event {aside.event_id or '(none)'} aside ({aside.participants} "
            f"participants, {aside.checkins} check-ins) in {aside.path}. This desk is empty: "
            "join a shared folder with 'checkin sync FOLDER' or load an event with "
            "'checkin event FILE'."
        ),
    )
    return 0


def _supervisor_for_reset(home: Path) -> None:
    """The PIN of the event being set aside, if it has one. A database that cannot be
    opened has no PIN to ask for: setting it aside (a full copy) is how a desk recovers."""
    if not (home / DATABASE_NAME).is_file():
        return
    try:
        store = Store.existing_in_home(home)
    except StoreError:
        return
    try:
        require_supervisor(store, "Setting this desk's event aside")
    finally:
        store.close()


def _report_loaded(args: argparse.Namespace, loaded: LoadedEvent) -> int:
    document = {
        "event": loaded.event_id,
        "participants": loaded.participants,
        "home": str(args.home),
        "already_loaded": loaded.already,
    }

    def text() -> str:
        if loaded.already:
            return (
                f"{loaded.event_id} is already loaded in {args.home} ({loaded.participants} "
                "participants): nothing changed. 'checkin reset' sets it aside to start again."
            )
        return f"Loaded {loaded.event_id}: {loaded.participants} participants into {args.home}"

    emit(args, document, text)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    desk = desk_of(args)
    people = desk.search(args.text, args.limit)
    rows = [participant_row(desk, p) for p in people]

    def text() -> str:
        if not rows:
            return "No match."
        return "\n".join(
            f"{r['id']:<14} {p.display_name} — {r['organisation']} "
            f"({r['country']}, {r['category']})  {r['code']}"
            for p, r in zip(people, rows, strict=True)
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

    emit(args, report, lambda: verdict_text(desk.event, verdict))
    return 0


def verdict_text(event: EventConfig, verdict: Verdict) -> str:
    """``OK  Makoto Suzuki (P042)  [VIP, SPEAKER]``; an earlier check-in in the event's time."""
    line = str(verdict.status).upper()
    person = verdict.participant
    if person is not None:
        line += f"  {person.display_name} ({person.id})"
        flags = sorted(person.flags, key=_flag_rank)
        if flags:
            line += "  [" + ", ".join(event.flag_label(f, "en").upper() for f in flags) + "]"
    previous = verdict.previous
    if previous is not None:
        local = previous.at.astimezone(event.zone).strftime("%Y-%m-%d %H:%M")
        line += (
            f"  — first checked in {local} ({event.timezone} time) at desk "
            f"{previous.desk_label} by {previous.operator}"
        )
    return line


def _flag_rank(flag: str) -> tuple[int, str]:
    return (FLAG_ORDER.index(flag) if flag in FLAG_ORDER else len(FLAG_ORDER), flag)


def cmd_undo(args: argparse.Namespace) -> int:
    desk = desk_of(args)
    undone = desk.undo(args.id, day=args.day, operator=args.operator)
    document = {"undone": len(undone), "id": args.id, "day": undone[0].day.isoformat()}
    person = desk.store.participant(args.id)
    who = f"{person.display_name} ({args.id})" if person else args.id
    emit(args, document, lambda: f"Undid the check-in of {who} on {document['day']}.")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    desk = desk_of(args)
    report = stats_report(desk, args.day)
    emit(args, report, lambda: stats_text(report))
    return 0


def stats_text(report: dict) -> str:
    """The plain figures, then the check-ins of each day (no ``day:`` line for the whole event)."""
    lines = [
        f"{key}: {value}"
        for key, value in report.items()
        if value is not None and not isinstance(value, dict)
    ]
    lines.append("by_day: " + ", ".join(f"{d} {n}" for d, n in report["by_day"].items()))
    names = report["desk_names"]
    if report["by_desk"]:
        lines.append(
            "by_desk: "
            + ", ".join(
                f"{names[d]} ({d}) {n}" if d in names else f"{d} {n}"
                for d, n in report["by_desk"].items()
            )
        )
    return "\n".join(lines)
