"""Translated words for statuses, flags and errors that come from the layers below.

The domain and store name things with codes (``Status.SUPERSEDED``,
``InputError("empty_scan")``, ``StoreError("locked")``); this module is where
the UI turns them into sentences in the operator's language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from checkin.domain.errors import InputError
from checkin.domain.rules import Status
from checkin.store import StoreError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def status_title(status: Status) -> str:
    return {
        Status.OK: translate("Texts", "Checked in"),
        Status.ALREADY: translate("Texts", "Already checked in"),
        Status.UNKNOWN: translate("Texts", "Unknown code"),
        Status.INVALID: translate("Texts", "Invalid code"),
        Status.SUPERSEDED: translate("Texts", "Replaced badge"),
        Status.NOT_TODAY: translate("Texts", "Not registered for this day"),
    }[status]


def status_advice(status: Status) -> str:
    return {
        Status.OK: translate("Texts", "Welcome. Hand over the badge."),
        Status.ALREADY: translate("Texts", "This person has already been checked in for this day."),
        Status.UNKNOWN: translate(
            "Texts", "This code does not belong to this event. Search by name instead."
        ),
        Status.INVALID: translate(
            "Texts", "The code is damaged or forged. Search the person by name and check their ID."
        ),
        Status.SUPERSEDED: translate(
            "Texts",
            "This badge was replaced and is no longer valid. Keep it and send the person "
            "to the badge desk.",
        ),
        Status.NOT_TODAY: translate(
            "Texts", "Registered for another day only. Admit anyway if a supervisor agrees."
        ),
    }[status]


def other_days_advice(days: str) -> str:
    return translate(
        "Texts", "Registered for {days} only. Admit anyway (F2) if a supervisor agrees."
    ).format(days=days)


def supervisor_advice() -> str:
    return translate("Texts", "Call the supervisor before handing over the badge.")


def flag_word(flag: str) -> str:
    words = {
        "vip": translate("Texts", "VIP"),
        "protocol": translate("Texts", "Protocol"),
        "speaker": translate("Texts", "Speaker"),
        "see_supervisor": translate("Texts", "See supervisor"),
    }
    return words.get(flag, flag.replace("_", " ").capitalize())


def error_message(error: Exception) -> str:
    """A sentence for the operator: what happened and what to do."""
    if isinstance(error, InputError):
        messages = {
            "empty_scan": translate("Texts", "The scan was empty. Scan the code again."),
            "not_checked_in": translate("Texts", "This person is not checked in for this day."),
            "walk_in_name": translate("Texts", "Enter at least a first name or a family name."),
            "walk_in_category": translate("Texts", "Choose a category."),
            "walk_in_country": translate(
                "Texts",
                "This country is not known. Choose it from the list, type its code "
                "(e.g. CH), or leave it empty.",
            ),
            "unknown_participant": translate("Texts", "No participant has this id."),
            "not_event_day": translate("Texts", "This day is not a day of the event."),
            "bad_event_config": translate(
                "Texts", "The event settings (event.json) are not valid. Call a supervisor."
            ),
            "other_event": translate(
                "Texts", "This desk already holds another event. Call a supervisor."
            ),
        }
        if error.code not in messages:  # the English detail goes to the log, not the desk
            log.warning("no translated message for %s: %s", error.code, error)
        return messages.get(error.code, _something_went_wrong())
    if isinstance(error, StoreError):
        messages = {
            "locked": translate(
                "Texts",
                "The desk database is in use by another program. Close it and try again. "
                "What was recorded before is safe.",
            ),
            "read_only": translate(
                "Texts",
                "The desk database cannot be written. Check the disk and folder permissions. "
                "What was recorded before is safe.",
            ),
            "too_new": translate(
                "Texts",
                "This database was written by a newer version of Check-in. Update the application.",
            ),
            "no_event": translate("Texts", "No event is loaded on this desk."),
            "gone": translate(
                "Texts",
                "The desk database was deleted or moved while Check-in was open: this "
                "check-in was not recorded. Call a supervisor, then start Check-in again.",
            ),
        }
        return messages.get(
            error.code, translate("Texts", "The desk database cannot be used. Call a supervisor.")
        )
    return _something_went_wrong()


def _something_went_wrong() -> str:
    return translate(
        "Texts",
        "Something went wrong. What was recorded before is safe. Try again or call a supervisor.",
    )
