"""Unexpected errors in the running app: never a traceback on screen.

PySide hands an exception raised in a slot to ``sys.excepthook`` and carries
on. The hook installed here writes the traceback to ``errors.log`` in the
desk's home folder (as the command line does), plays the error sound and says
in the status bar, in the desk's language, that something went wrong and that
what is recorded is safe (every change is one transaction: a failed slot
leaves none half-written). A status-bar line rather than a dialog: a modal box
would take the next scanner's keys and Enter.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

SHOWN_MS = 30_000


def write_log(
    home: Path, kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> Path | None:
    """Append the traceback to ``home/errors.log``; None if it cannot be written."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        path = home / "errors.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}\n")
            handle.write("".join(traceback.format_exception(kind, value, trace)) + "\n")
        return path
    except OSError:
        return None


def message(value: BaseException, path: Path | None) -> str:
    what = f"{type(value).__name__}: {value}"[:200]
    text = QCoreApplication.translate(
        "CrashHandler",
        "Something unexpected went wrong ({error}). What is recorded is safe; carry on, "
        "and tell a supervisor if it happens again.",
    ).format(error=what)
    if path is not None:
        text += " " + QCoreApplication.translate("CrashHandler", "Details: {path}").format(
            path=path
        )
    return text


def install(home: Path, say: Callable[[str, int], None], sound: Callable[[], None]) -> None:
    """From now on, unexpected errors go to ``errors.log`` and ``say`` (the status bar)."""
    previous = sys.excepthook

    def hook(kind, value, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, trace)
            return
        path = write_log(home, kind, value, trace)
        log.error("unexpected error: %s: %s", kind.__name__, value)
        try:
            say(message(value, path), SHOWN_MS)
            sound()
        except Exception:  # the window may be gone; the log has it
            log.exception("could not show the unexpected error")

    sys.excepthook = hook
