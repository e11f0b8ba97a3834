"""Badge commands: ``checkin badge ID -o FILE.pdf [--layout] [--replace --reason TEXT]``.

A correction carries the corrected spelling (``--first-name``/``--last-name``: the
badge prints the two parts differently, so one ``--name`` could not say which is
which; ``--title`` and ``--organisation`` for the position and organisation the
badge prints); it is recorded with the replacement, as the desk's Replace dialog does.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO

from checkin.badges import LAYOUT_NAMES
from checkin.cli.common import desk_of, emit, require_supervisor
from checkin.domain.errors import InputError
from checkin.service import badges


def register(commands, common: argparse.ArgumentParser) -> None:
    badge = commands.add_parser(
        "badge",
        parents=[common],
        help="write a participant's badge as a PDF (optionally a replacement)",
        description="Write the current badge of participant ID to a PDF file. With --replace, "
        "first issue a new badge version: the old badge's code then scans as superseded.",
    )
    badge.add_argument("id", help="the participant's id")
    badge.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    badge.add_argument(
        "--layout", choices=LAYOUT_NAMES, help="default: the desk's choice, else the event's"
    )
    badge.add_argument(
        "--replace", action="store_true", help="issue a replacement badge (needs --reason)"
    )
    badge.add_argument(
        "--reason",
        metavar="TEXT",
        help="lost, damaged, name_correction, or any other text (recorded as 'other')",
    )
    for option, part in (
        ("--first-name", "given name"),
        ("--last-name", "family name"),
        ("--name-latin", "Latin (passport) spelling of a name in another script"),
        ("--title", "position (as printed under the name)"),
        ("--organisation", "organisation"),
    ):
        badge.add_argument(
            option, metavar="TEXT", help=f"with --reason name_correction: the corrected {part}"
        )
    badge.add_argument("--operator", help="operator name recorded with the replacement")
    badge.add_argument(
        "--mark-printed",
        action="store_true",
        help="record the badge as printed (when the file goes to a printer by other means)",
    )
    badge.set_defaults(handler=cmd_badge, usage_error=badge.error)


def cmd_badge(args: argparse.Namespace) -> int:
    if args.replace and not (args.reason or "").strip():
        args.usage_error("--replace needs --reason TEXT (lost, damaged, name_correction, ...)")
    if args.reason and not args.replace:
        args.usage_error("--reason only goes with --replace")
    corrected = (args.first_name, args.last_name, args.name_latin, args.title, args.organisation)
    correcting = any(v is not None for v in corrected)
    reason_word = badges.reason_from_text(args.reason or "")[0]
    if correcting and not (args.replace and reason_word == "name_correction"):
        args.usage_error(
            "--first-name/--last-name/--name-latin/--title/--organisation go with --replace "
            "--reason name_correction"
        )
    if args.replace and reason_word == "name_correction" and not correcting:
        args.usage_error(
            "--reason name_correction needs the corrected --first-name/--last-name/"
            "--name-latin/--title/--organisation"
        )
    if args.output.suffix.lower() != ".pdf" and not args.output.is_dir():  # a folder: said below
        args.usage_error(f"a badge is written as a PDF: name the file {args.output.stem}.pdf")
    desk = desk_of(args)
    if args.replace:  # the old badge stops admitting: a supervisor's decision
        require_supervisor(desk.store, "Replacing a badge")
    person = badges.participant(desk, args.id)
    layout = badges.layout_for(desk, args.layout)
    output: Path = args.output
    with _open_output(output) as (handle, temporary):
        replacement = None
        if args.replace:
            reason, note = badges.reason_from_text(args.reason)
            replacement = badges.replace_badge(
                desk,
                person.id,
                reason=reason,
                note=note,
                first_name=args.first_name,
                last_name=args.last_name,
                name_latin=args.name_latin,
                title=args.title,
                organisation=args.organisation,
                operator=args.operator,
            )
            person = replacement.participant
        rendered = badges.render(desk, [person], layout=layout)
        handle.write(rendered.pdf)
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        try:
            os.chmod(temporary, 0o666 & ~_umask())  # as if created with open()
            os.replace(temporary, output)
        except OSError as error:
            raise _unwritable(output, error) from None
    if args.mark_printed:
        badges.record_printed(desk, [person], layout=layout, operator=args.operator)
    document = {
        "id": person.id,
        "file": str(output),
        "layout": layout,
        "version": person.badge_version,
        "code": desk.code_for(person),
        "bytes": len(rendered.pdf),
        "replaced": replacement is not None,
        "reason": replacement.reason if replacement else None,
        "note": replacement.note if replacement else None,
        "superseded_code": replacement.old_code if replacement else None,
        "marked_printed": bool(args.mark_printed),
        "unprintable": rendered.unprintable.get(person.id, ""),
    }

    def text() -> str:
        line = (
            f"Wrote the badge of {person.display_name} ({person.id}, version "
            f"{person.badge_version}, {layout}) to {output}."
        )
        if replacement:
            line += f" The previous badge (version {replacement.version - 1}) no longer admits."
        blank = rendered.unprintable.get(person.id)
        if blank:
            line += (
                f"\nWarning: no font on this desk has {' '.join(blank)}: those characters "
                "print blank. Give the list a Latin spelling of the name (name_latin) and "
                "print again."
            )
        return line

    emit(args, document, text)
    return 0


@contextlib.contextmanager
def _open_output(output: Path):
    """A temporary file beside ``output``, renamed into place by the caller.

    Opened before anything is recorded, so an unwritable path fails before a
    replacement is issued; removed if anything fails, so no half-written PDF
    is left where a printer queue or a person might pick it up.
    """
    if output.is_dir():
        raise InputError("unwritable_output", f"Cannot write {output}: it is a folder.")
    folder = output.parent if str(output.parent) else Path(".")
    try:
        handle: IO[bytes] = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below
            dir=folder, prefix=f".{output.name}.", suffix=".tmp", delete=False
        )
    except OSError as error:
        raise _unwritable(output, error) from None
    temporary = Path(handle.name)
    try:
        yield handle, temporary
    finally:
        handle.close()
        temporary.unlink(missing_ok=True)


def _unwritable(output: Path, error: OSError) -> InputError:
    reason = error.strerror or str(error)
    return InputError("unwritable_output", f"Cannot write {output}: {reason}.")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
