"""``checkin pin-hash``: the line that sets an event's supervisor PIN in event.json."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from checkin.cli.common import PIN_VARIABLE, emit
from checkin.domain.errors import InputError
from checkin.domain.pin import MIN_LENGTH, hash_pin, pin_problem


def register(commands, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser(
        "pin-hash",
        parents=[common],
        help="make the supervisor_pin_hash value of event.json from a PIN",
        description="Asks for the supervisor PIN twice (or reads $CHECKIN_PIN) and prints "
        'the line to put in the event\'s JSON config: "supervisor_pin_hash": "…". The '
        "PIN itself is never stored. Then importing a list, replacing a badge, "
        "setting a desk's event aside, publishing the event, loading an event on a desk "
        "that holds one and erasing an event's data ask for it.",
    )
    command.set_defaults(handler=cmd_pin_hash)


def cmd_pin_hash(args: argparse.Namespace) -> int:
    pin = _new_pin()
    if pin_problem(pin) == "too_short":
        raise InputError(
            "pin_too_short",
            f"A supervisor PIN needs at least {MIN_LENGTH} characters (digits are fine).",
        )
    value = hash_pin(pin)
    emit(args, {"supervisor_pin_hash": value}, lambda: f'"supervisor_pin_hash": "{value}"')
    return 0


def _new_pin() -> str:
    pin = os.environ.get(PIN_VARIABLE)
    if pin is not None:
        return pin
    if not sys.stdin.isatty():
        raise InputError(
            "pin_needed",
            f"Type the PIN in a terminal, or set {PIN_VARIABLE} for this command.",
        )
    first = getpass.getpass("New supervisor PIN: ")
    if pin_problem(first) is None:  # a too short PIN is refused without asking again
        again = getpass.getpass("The same PIN again: ")
        if again.strip() != first.strip():
            raise InputError("pin_mismatch", "The two PINs differ. Nothing was made.")
    return first
