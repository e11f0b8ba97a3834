"""Problems found in a participant list: a code, the row, and values for the sentence.

The code and parameters travel; the sentence is made where it is shown: in
English here (CLI, logs), translated by the UI from the same code. Errors
mean the person cannot be identified and the row is not imported; warnings
are imported rows (or whole-file remarks) someone should look at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MESSAGES: dict[str, str] = {
    # errors: the row is not imported
    "no_id": "no id: the person cannot be identified, the row was not imported",
    "no_name": "no name: the row was not imported",
    "id_too_long": "the id is longer than {limit} bytes: the row was not imported",
    "id_scientific": "the id {id!r} is a number in Excel's scientific notation, its digits "
    "lost: the row was not imported; format the id column as text in Excel and export the "
    "list again",
    "identity_changed_in_use": "id {id!r} was {old}, who has checked in or has a printed "
    "badge, and is now {new}: the row was not imported (that check-in and badge are "
    "{old}'s); check that the list's ids are stable",
    # warnings on a row
    "missing_optional": "missing {fields}",
    "unknown_category": "unknown category {value!r}: set to {default!r}",
    "unknown_country": "unknown country {value!r}: kept as written",
    "country_na": "country {value!r} read as Namibia (NA): if it means 'not available', "
    "leave the cell empty",
    "bad_email": "the e-mail {value!r} does not look like an address",
    "duplicate_id": "the id {id!r} is also on row {other_row}: this row was skipped",
    "duplicate_ticket": "the ticket code {value!r} is also on row {other_row}",
    "same_person_in_file": "looks like the same person as row {other_row} (id {other_id!r})",
    "identity_changed": "id {id!r} was {old}, is now {new}: check that the list's ids are "
    "stable",
    "id_lost_zeros": "the id {id!r} is new, and {stored!r} is on the list: if a spreadsheet "
    "dropped its leading zeros, format the id column as text and export the list again",
    "same_person_in_list": "looks like {other_id!r} ({name}), already in the list under another id",
    "bad_days": "registered days {value!r} not understood: registered for every day",
    "days_partly": "registered days {value!r} partly understood: read as {days}",
    "not_event_day": "{value} is not a day of the event: ignored",
    "unknown_language": "language {value!r} not recognised: left empty",
    "unknown_flag": "{value!r} is not a known flag: ignored",
    "unclear_flag": "{value!r} in the {keys[0]} column is neither yes nor no: flag not set",
    "extra_cells": "more values than there are columns (a shifted column?): {value!r} "
    "was not imported",
    "empty_row": "no value in any imported column: the row was skipped",
    "unclosed_quote": "a quote in this row seems never closed: check the rows that follow",
    # warnings on the whole file (row = the header row)
    "no_id_column": "no id column: ids are made from the name, organisation and e-mail, so a "
    "corrected list updates a person only if those did not change",
    "no_category_column": "no category column: people new to the list are {default!r}, "
    "the others keep theirs",
    "duplicate_column": "column {column!r} not imported: {other!r} already gives this field",
    "unmapped_columns": "columns not imported: {columns}",
    "honorifics_column": "column {column!r} holds honorifics (Mr, Ms, Dr…), not positions: "
    "it was not imported",
    "above_header": "rows above the header were not imported: {rows}",
    "repeated_header": "rows repeating the header were not imported: {rows}",
    "unnamed_column": "column {column} has values but no header: it was not imported; name it "
    "in the file or choose its field in the import wizard",
    "formulas_without_values": "the workbook has formulas whose results were never saved "
    "(it was written by a program, not by Excel), so their cells read as empty: open it in "
    "Excel, save it, and import it again",
    "mangled_accents": "the file contains {value!r} where an accent was mangled by an earlier "
    "conversion: check the names in the registration system",
    "utf8_lines": "this row and perhaps others are in UTF-8, unlike the rest of the file "
    "(Windows-1252): they were read as UTF-8 ({value!r}); check their accents",
    "mixed_encoding": "this row and perhaps others are not in UTF-8 like the rest of the file "
    "({value!r}): they were read as Windows-1252; check their accents",
}
ERRORS = frozenset(
    {"no_id", "no_name", "id_too_long", "id_scientific", "identity_changed_in_use"}
)
#: Issues of these codes mean the row was not imported (counted as skipped).
SKIPPING = ERRORS | {"duplicate_id", "empty_row"}


@dataclass(frozen=True, slots=True)
class Issue:
    row: int
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.code in ERRORS

    @property
    def message(self) -> str:
        template = MESSAGES.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return f"{self.code} {self.params}"

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "code": self.code, "message": self.message}
