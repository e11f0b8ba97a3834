"""The import wizard's words: field names, validation messages and file errors, translated.

The importing layer names problems with codes and parameters
(:class:`checkin.importing.issues.Issue`, ``InputError.code``); here they
become sentences in the operator's language, with the same parameters.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from checkin.domain.errors import InputError
from checkin.importing.issues import Issue
from checkin.ui import texts

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def field_labels() -> dict[str, str]:
    return {
        "id": translate("ImportWizard", "Id"),
        "first_name": translate("ImportWizard", "First name"),
        "last_name": translate("ImportWizard", "Family name"),
        "second_last_name": translate("ImportWizard", "Second family name"),
        "full_name": translate("ImportWizard", "Full name"),
        "name_latin": translate("ImportWizard", "Name in Latin script"),
        "title": translate("ImportWizard", "Position"),
        "organisation": translate("ImportWizard", "Organisation"),
        "country": translate("ImportWizard", "Country"),
        "category": translate("ImportWizard", "Category"),
        "email": translate("ImportWizard", "E-mail"),
        "language": translate("ImportWizard", "Language"),
        "days": translate("ImportWizard", "Registered days"),
        "flags": translate("ImportWizard", "Flags"),
        "vip": translate("ImportWizard", "VIP (yes/no)"),
        "speaker": translate("ImportWizard", "Speaker (yes/no)"),
        "protocol": translate("ImportWizard", "Protocol (yes/no)"),
        "see_supervisor": translate("ImportWizard", "See supervisor (yes/no)"),
        "notes": translate("ImportWizard", "Notes"),
        "ticket_code": translate("ImportWizard", "Ticket code"),
    }


def _templates() -> dict[str, str]:
    return {
        "no_id": translate(
            "ImportWizard", "No id: the person cannot be identified; row not imported."
        ),
        "no_name": translate("ImportWizard", "No name: row not imported."),
        "id_too_long": translate(
            "ImportWizard", "The id is longer than {limit} bytes; row not imported."
        ),
        "id_scientific": translate(
            "ImportWizard",
            "The id {id} is a number in Excel’s scientific notation, its digits lost: row not "
            "imported. Format the id column as text in Excel and export the list again.",
        ),
        "id_lost_zeros": translate(
            "ImportWizard",
            "The id {id} is new, and {stored} is on the list: if a spreadsheet dropped its "
            "leading zeros, format the id column as text and export the list again.",
        ),
        "identity_changed_in_use": translate(
            "ImportWizard",
            "Id {id} was {old}, who has checked in or has a printed badge, and is now {new}: "
            "row not imported (that check-in and badge are {old}’s). Check that the list’s "
            "ids are stable.",
        ),
        "identity_changed": translate(
            "ImportWizard", "Id {id} was {old}, is now {new}: check that the list’s ids are stable."
        ),
        "missing_optional": translate("ImportWizard", "Missing: {fields}."),
        "unknown_category": translate(
            "ImportWizard", "Unknown category “{value}”: set to {default}."
        ),
        "unknown_country": translate("ImportWizard", "Unknown country “{value}”: kept as written."),
        "country_na": translate(
            "ImportWizard",
            "Country “{value}” read as Namibia (NA); if it means “not available”, leave the "
            "cell empty.",
        ),
        "bad_email": translate("ImportWizard", "“{value}” does not look like an e-mail address."),
        "duplicate_id": translate(
            "ImportWizard", "The id {id} is also on row {other_row}: row skipped."
        ),
        "duplicate_ticket": translate(
            "ImportWizard", "Ticket code {value} is also on row {other_row}."
        ),
        "same_person_in_file": translate(
            "ImportWizard", "Looks like the same person as row {other_row} (id {other_id})."
        ),
        "same_person_in_list": translate(
            "ImportWizard", "Looks like {name} ({other_id}), already registered under another id."
        ),
        "bad_days": translate(
            "ImportWizard", "Days “{value}” not understood: registered for every day."
        ),
        "days_partly": translate(
            "ImportWizard", "Days “{value}” partly understood: read as {days}."
        ),
        "not_event_day": translate("ImportWizard", "{value} is not a day of the event: ignored."),
        "unknown_language": translate(
            "ImportWizard", "Language “{value}” not recognised: left empty."
        ),
        "unknown_flag": translate("ImportWizard", "“{value}” is not a known flag: ignored."),
        "unclear_flag": translate(
            "ImportWizard", "“{value}” in the column {field} is neither yes nor no: not set."
        ),
        "extra_cells": translate(
            "ImportWizard", "More values than columns (a shifted column?): “{value}” not imported."
        ),
        "empty_row": translate("ImportWizard", "Nothing in the imported columns: row skipped."),
        "csv_unreadable": translate(
            "ImportWizard",
            "{file} cannot be read near row {row}: a cell there is far too long, as when a "
            "quote is never closed. Check that row in the file.",
        ),
        "unclosed_quote": translate(
            "ImportWizard", "A quote in this row seems never closed: check the rows below it."
        ),
        "no_id_column": translate(
            "ImportWizard",
            "No id column: ids are made from name, organisation and e-mail, so a corrected "
            "list only updates people whose name, organisation and e-mail did not change.",
        ),
        "no_category_column": translate(
            "ImportWizard",
            "No category column: people new to the list are {default}; the others keep theirs.",
        ),
        "duplicate_column": translate(
            "ImportWizard", "Column “{column}” not imported: “{other}” already gives this field."
        ),
        "unmapped_columns": translate("ImportWizard", "Columns not imported: {columns}."),
        "honorifics_column": translate(
            "ImportWizard",
            "Column “{column}” holds honorifics (Mr, Ms, Dr…), not positions: not imported.",
        ),
        "above_header": translate("ImportWizard", "Rows above the header not imported: {rows}."),
        "repeated_header": translate(
            "ImportWizard", "Rows repeating the header not imported: {rows}."
        ),
        "unnamed_column": translate(
            "ImportWizard",
            "Column {column} has values but no header: not imported. Choose its field above.",
        ),
        "formulas_without_values": translate(
            "ImportWizard",
            "The workbook has formulas whose results were never saved (it was written by a "
            "program, not by Excel), so those cells read as empty. Open it in Excel, save "
            "it, and import it again.",
        ),
        "mangled_accents": translate(
            "ImportWizard",
            "The file contains “{value}” where an accent was mangled before it was exported: "
            "check the names in the registration system.",
        ),
        "utf8_lines": translate(
            "ImportWizard",
            "This row (and perhaps others) is in UTF-8, unlike the rest of the file "
            "(Windows-1252): it was read as UTF-8 (“{value}”). Check its accents.",
        ),
        "mixed_encoding": translate(
            "ImportWizard",
            "This row (and perhaps others) is not in UTF-8 like the rest of the file: it was "
            "read as Windows-1252 (“{value}”). Check its accents.",
        ),
    }


def issue_message(issue: Issue, category_label: Callable[[str], str] | None = None) -> str:
    """The issue in the operator's language; categories by their label when known."""
    template = _templates().get(issue.code)
    if template is None:
        return issue.message
    params = dict(issue.params)
    if category_label is not None and "default" in params:
        params["default"] = category_label(str(params["default"]))
    if issue.code in ("missing_optional", "unclear_flag"):
        labels = field_labels()
        params["fields"] = ", ".join(labels.get(k, k) for k in params.get("keys", ()))
        params["field"] = params["fields"]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return issue.message


def error_message(error: Exception) -> str:
    """A sentence for a file that cannot be imported or exported."""
    if not isinstance(error, InputError):
        return texts.error_message(error)
    params = {k: str(v) for k, v in error.params.items()}
    messages = {
        "empty": translate("ImportWizard", "{file} is empty."),
        "empty_sheet": translate("ImportWizard", "The sheet “{sheet}” of {file} is empty."),
        "not_found": translate("ImportWizard", "{file} does not exist."),
        "not_a_table": translate(
            "ImportWizard", "{file} is not a CSV or Excel file. Export the list as CSV or .xlsx."
        ),
        "password_protected": translate(
            "ImportWizard",
            "{file} is protected by a password. Remove the password in Excel (File > Info > "
            "Protect Workbook) or save a copy as CSV, and import that.",
        ),
        "old_excel": translate(
            "ImportWizard",
            "{file} is an old Excel 97–2003 workbook. Save it as .xlsx or CSV and import that.",
        ),
        "strict_xlsx": translate(
            "ImportWizard",
            "{file} was saved as a Strict Open XML workbook, which cannot be read. In Excel, "
            "save it as Excel Workbook (.xlsx) or as CSV.",
        ),
        "ods": translate(
            "ImportWizard", "{file} is an OpenDocument spreadsheet. Save it as .xlsx or CSV."
        ),
        "web_page": translate(
            "ImportWizard", "{file} is a web page, not a table. Save it as .xlsx or CSV in Excel."
        ),
        "unreadable": translate(
            "ImportWizard", "{file} cannot be read: it is damaged, incomplete or in use."
        ),
        "unclosed_quote": translate(
            "ImportWizard",
            "In {file}, the quote opened on row {row} is never closed, so the rows after it "
            "read as one cell. Close or remove that quote in the file and import again.",
        ),
        "too_large": translate("ImportWizard", "{file} is too large to be a participant list."),
        "listed_twice": translate(
            "ImportWizard",
            "{twice} of the {rows} people of this file are on the list already under another "
            "id, and the file has no id column: importing it would list them twice. Nothing "
            "was imported. Import the registration system’s export with its id column.",
        ),
        "ids_shifted": translate(
            "ImportWizard",
            "{shifted} of the {changed} people whose details changed are other people under "
            "the same id (id {id} was {old}, is now {new}): the list’s ids look like row "
            "numbers, which change when a list is sorted or a row added. Nothing was imported: "
            "export the list with the registration system’s own ids and import it again.",
        ),
        "no_such_sheet": translate(
            "ImportWizard", "{file} has no sheet named “{sheet}”. Its sheets are: {sheets}."
        ),
        "no_sheets": translate("ImportWizard", "{file} is a CSV file: it has no sheets."),
        "no_name_column": translate(
            "ImportWizard",
            "No column holds the names. Choose which column holds the first name, the family "
            "name or the full name.",
        ),
        "export_format": translate("ImportWizard", "Choose a file name ending in .csv or .xlsx."),
        "export_failed": translate(
            "ImportWizard",
            "{file} cannot be written. If it is open in another program, close it and try again.",
        ),
        "export_full": translate(
            "ImportWizard", "{file} cannot be written: the disk is full. Free some space and retry."
        ),
    }
    full = error.code == "export_failed" and error.params.get("reason") == "full"
    template = messages.get("export_full" if full else error.code)
    if template is None:
        return texts.error_message(error)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)
