"""Registration-list commands: import, export-participants, export (a day's attendance)."""

from __future__ import annotations

import argparse
from pathlib import Path

from checkin.cli.common import date_arg, desk_of, emit, require_supervisor
from checkin.service.exports import export_attendance, export_participants
from checkin.service.import_report import ImportReport
from checkin.service.importing import import_file
from checkin.store import Store

#: Issues printed in text mode; ``--json`` always has all of them.
SHOWN_ISSUES = 30
ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "mac_roman": "Mac Roman",
    "cp850": "code page 850 (MS-DOS)",
    "latin-1": "ISO-8859-1",
    "utf-8+cp1252": "UTF-8 with some Windows-1252 lines",
    "cp1252+utf-8": "Windows-1252 with some UTF-8 lines",
}


def register(commands, common: argparse.ArgumentParser) -> None:
    load = commands.add_parser(
        "import",
        parents=[common],
        help="import a registration list (CSV, TSV or XLSX, EN/FR/ES headers)",
    )
    load.add_argument("file", type=Path)
    load.add_argument("--dry-run", action="store_true", help="report only; change nothing")
    load.add_argument("--sheet", help="the workbook sheet to read (default: the first)")
    load.add_argument(
        "--remove-vanished",
        action="store_true",
        help="also remove people no longer in the list (never those who checked in)",
    )
    load.set_defaults(handler=cmd_import)

    export_list = commands.add_parser(
        "export-participants", parents=[common], help="export the participant list"
    )
    export_list.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv|.xlsx")
    export_list.set_defaults(handler=cmd_export_participants)

    export_day = commands.add_parser(
        "export", parents=[common], help="export a day's attendance (one row per person)"
    )
    export_day.add_argument("day", type=date_arg)
    export_day.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv|.xlsx")
    export_day.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    store = Store.in_home(args.home)
    if not args.dry_run:  # a dry run changes nothing: anyone may look
        require_supervisor(store, "Importing a list")
    report = import_file(
        store,
        args.file,
        sheet=args.sheet,
        dry_run=args.dry_run,
        remove_vanished=args.remove_vanished,
    )
    emit(args, report.as_dict(), lambda: report_text(report))
    return 1 if report.nothing_imported or report.removal_refused else 0


def report_text(report: ImportReport) -> str:
    source = report.source
    how = source.format.upper()
    if source.format == "csv":
        delimiter = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "bar"}.get(
            source.delimiter, repr(source.delimiter)
        )
        encoding = ENCODINGS.get(source.encoding, source.encoding)
        how += f", {encoding}, " + (f"{delimiter}-separated" if source.delimiter else "one column")
    elif source.sheet:
        how += f", sheet {source.sheet!r}"
    would = report.dry_run or report.removal_refused  # what an import would do
    if report.dry_run:
        unchanged = " — dry run, nothing was changed"
    else:
        unchanged = " — nothing was changed" if report.removal_refused else ""
    lines = [
        f"{source.name} ({how}): {report.rows} {'row' if report.rows == 1 else 'rows'}"
        + unchanged,
        ("would import" if would else "imported")
        + f" {report.imported}, {'update' if would else 'updated'} {report.updated}, "
        f"unchanged {report.unchanged}, skipped {report.skipped}; "
        f"{_count(len(report.errors), 'error')}, {_count(len(report.warnings), 'warning')}",
    ]
    if not report.rows:
        lines.append("the file has no rows under its header: nothing to import")
    if report.reprint:
        reprints = [f"{c.id} ({', '.join(c.printed)})" for c in report.reprint]
        lines.append(
            f"badges to print again (printed details changed): {len(reprints)} — "
            + _listed(reprints)
        )
    removing = bool(report.removed or report.kept or report.removal_refused)
    if report.vanished:
        note = "" if removing else " (kept; --remove-vanished removes them)"
        lines.append(
            f"not in this list any more{note}: {len(report.vanished)} — " + _listed(report.vanished)
        )
    if report.removal_refused:
        why = {
            "nothing_imported": "no row of this file could be imported",
            "unidentified_rows": "rows of this file have no id or no name (see the errors), "
            "and they may be some of these people",
            "unmatched_ids": "this file has no id column, and most of the list's people are "
            "not found in it by the ids made from their names; import a list with its ids",
        }[report.removal_blocked]
        lines.append(
            f"--remove-vanished refused, nothing was imported or removed: {why}; correct "
            "the file, or import it without --remove-vanished"
        )
    if report.removed:
        verb = "would remove" if would else "removed"
        lines.append(f"{verb}: {len(report.removed)} — {_listed(report.removed)}")
    if report.kept:
        lines.append(f"kept because they checked in: {len(report.kept)} — {_listed(report.kept)}")
    if report.corrected:
        lines.append(
            f"names corrected at a desk, kept over this list: {len(report.corrected)} — "
            + _listed(report.corrected)
        )
    for title, issues in (("errors", report.errors), ("warnings", report.warnings)):
        if issues:
            lines.append(f"{title}:")
            lines.extend(f"  row {i.row}: {i.message}" for i in issues[:SHOWN_ISSUES])
            if len(issues) > SHOWN_ISSUES:
                lines.append(f"  … and {len(issues) - SHOWN_ISSUES} more (see --json)")
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _listed(ids: list[str], shown: int = 10) -> str:
    return ", ".join(ids[:shown]) + (f" … and {len(ids) - shown} more" if len(ids) > shown else "")


def cmd_export_participants(args: argparse.Namespace) -> int:
    store = Store.existing_in_home(args.home)
    try:
        # The whole list leaves the desk with everyone's e-mail: a supervisor's decision.
        # A day's attendance (names, organisations, times; no e-mails) needs no PIN.
        require_supervisor(store, "Exporting the participant list (with e-mails)")
        count = export_participants(store, args.output)
    finally:
        store.close()
    document = {"participants": count, "file": str(args.output)}
    emit(args, document, lambda: f"Exported {count} participants to {args.output}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    desk = desk_of(args)
    count = export_attendance(desk.store, desk.event, args.day, args.output)
    document = {"day": args.day.isoformat(), "checked_in": count, "file": str(args.output)}
    emit(
        args,
        document,
        lambda: f"Exported {count} people checked in on {args.day.isoformat()} to {args.output}",
    )
    return 0
