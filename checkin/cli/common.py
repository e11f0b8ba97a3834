"""What every command shares: argument types, output, opening the desk."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from checkin.domain.errors import InputError
from checkin.domain.pin import pin_matches
from checkin.service.desk import Desk
from checkin.service.supervisor import event_pin_hash
from checkin.store import Store

PIN_VARIABLE = "CHECKIN_PIN"


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def moment_arg(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO-8601 time: {text!r}") from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive number: {text!r}")
    return value


def emit(args: argparse.Namespace, document: Any, text: Callable[[], str]) -> None:
    """One JSON document with ``--json``, else readable text.

    A pipe or console that cannot encode every name (cp1252 on Windows) gets
    JSON with ``\\u`` escapes and text with ``?`` for what it cannot show, not a crash.
    """
    as_json = getattr(args, "json", False)
    output = json.dumps(document, ensure_ascii=False, indent=2) if as_json else text()
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        output.encode(encoding)
    except UnicodeEncodeError:
        if as_json:
            output = json.dumps(document, ensure_ascii=True, indent=2)
        else:
            output = output.encode(encoding, "replace").decode(encoding)
    print(output)
    sys.stdout.flush()  # a closed pipe (``| head``) is found here, where main() handles it


def desk_of(args: argparse.Namespace) -> Desk:
    """The desk in ``--home``, with its event; never creates the folder or the database."""
    return Desk(Store.existing_in_home(args.home))


def require_supervisor(store: Store, action: str) -> None:
    """Go on only if the event sets no supervisor PIN, or the right one is given.

    The PIN comes from ``$CHECKIN_PIN``, else it is asked for when a person is
    at the terminal; a script without it stops with exit 1 (DESIGN.md). A wrong
    PIN costs a second, so a script cannot try every PIN quickly.
    """
    pin_hash = event_pin_hash(store)
    require_pin({pin_hash} if pin_hash else set(), action)


def require_pin(pin_hashes: set[str], action: str) -> None:
    """:func:`require_supervisor` for several stored PIN hashes: the PIN given must
    match each (a desk may hold two copies of one event, set up with different PINs)."""
    if not pin_hashes:
        return
    pin = os.environ.get(PIN_VARIABLE)
    if pin is None:
        if not sys.stdin.isatty():
            raise InputError(
                "pin_needed",
                f"{action} needs the supervisor PIN: set {PIN_VARIABLE}, or run the command "
                "in a terminal to type it. Nothing was changed.",
            )
        try:
            pin = getpass.getpass("Supervisor PIN: ")
        except EOFError:
            pin = ""
    if not all(pin_matches(pin, pin_hash) for pin_hash in pin_hashes):
        time.sleep(1)
        raise InputError("wrong_pin", "The supervisor PIN is wrong. Nothing was changed.")
