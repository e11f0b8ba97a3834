"""The headless interface: ``checkin COMMAND [--home DIR] [--json]``.

Exit status: 0 success, 1 a problem with the input (one clear line on stderr,
never a traceback), 2 bad usage (argparse). A scan that produces a verdict —
even *invalid* or *unknown* — is a success: the verdict is the answer.

Each group of commands lives in its own module with a ``register`` function;
add a module to ``COMMAND_MODULES`` to add commands.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from checkin import __version__
from checkin.cli import (
    badge_commands,
    desk_commands,
    erase_commands,
    import_commands,
    supervisor_commands,
    sync_commands,
)
from checkin.domain.errors import InputError
from checkin.paths import default_home
from checkin.store import StoreError

COMMAND_MODULES = (
    desk_commands,
    import_commands,
    badge_commands,
    sync_commands,
    supervisor_commands,
    erase_commands,
)


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
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (resources, fonts, translations, "
        "database, a badge round trip, printing) and exit 0 or 1",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands, common)
    return parser


def gui_home(argv: Sequence[str]) -> Path | None:
    """The home folder when ``argv`` asks for the desktop app (no command), else None."""
    args, unknown = build_parser().parse_known_args(argv)
    if args.command is not None or any(a.startswith("--") for a in unknown):
        return None  # a command, or a mistyped option ("--selftest"): the CLI says so
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
        return args.handler(args)
    except (InputError, StoreError) as error:
        print(f"checkin: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``checkin search a | head -1``): it has what it wanted,
        # and what the command did is done. Quiet, like other Unix tools.
        _discard_stdout()
        return 0
    except KeyboardInterrupt:
        return 1
    except Exception as error:  # a bug: one line for the user, the details in a log file
        log_file = _log_crash(args.home)
        print(
            f"checkin: unexpected error ({type(error).__name__}: {error}). Nothing else was "
            f"changed. Details: {log_file}",
            file=sys.stderr,
        )
        return 1


def _discard_stdout() -> None:
    """Point stdout at the null device, so the interpreter's final flush finds no pipe."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout: nothing to flush
        pass


def _log_crash(home: Path) -> Path | str:
    import traceback

    try:
        home.mkdir(parents=True, exist_ok=True)
        path = home / "errors.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return path
    except OSError:
        return "(no log: the home folder is not writable)"
