"""Ids that now name someone else: a re-sorted list whose ids are row numbers.

A registration system's id names one person for good; a list whose "ids"
are row numbers gives them to other people as soon as it is sorted or a row
is added. Applied as is, the re-import would rename the person behind each
id, and whoever checked in or had a badge printed would pass their check-in
and badge (whose code carries the id) to someone else. The import reports
such rows, keeps back those of people who checked in or have a badge, and is
refused when most changed rows are other people. A new id that is a stored
id without its leading zeros (a spreadsheet read "00123" as a number) is
pointed out too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

from checkin.domain.errors import InputError
from checkin.domain.model import display_name
from checkin.domain.text import fold, transliterate
from checkin.importing.issues import Issue
from checkin.service.import_report import ImportReport
from checkin.store.bulk import Snapshot
from checkin.store.participants import COLUMNS

_FIRST, _LAST = COLUMNS.index("first_name"), COLUMNS.index("last_name")
_LATIN = COLUMNS.index("name_latin")

#: An import is refused when at least this many rows' ids name someone else now...
SHIFTED_IDS_MIN = 3
#: ...and they are more than this share of the rows that changed. A genuine
#: substitution (a delegation sends someone else under the same registration) is
#: one or two rows among a corrected list's changes; ids that are row numbers
#: shift for every row below a sorted, inserted or deleted one, so nearly every
#: changed row is then another person. Below the minimum, each row is still
#: reported, and refused if its id's person has checked in or has a badge.
SHIFTED_IDS_SHARE = 0.5


def other_person(row: Sequence, stored: tuple) -> bool:
    """Do ``row``'s names say someone else than ``stored``'s?

    Both the first and the family name changed (folded: case and accents do
    not count), and no word of the whole name is left (a swapped "Wang Wei",
    a spelling corrected in one word, "Jean Dupond" for "Jean Dupont" are
    the same person). Checked only for rows that changed, the raw text first.
    """
    if row[_FIRST] == stored[_FIRST] or row[_LAST] == stored[_LAST]:
        return False
    if fold(row[_FIRST]) == fold(stored[_FIRST]) or fold(row[_LAST]) == fold(stored[_LAST]):
        return False
    return _words(row).isdisjoint(_words(stored))


def _words(row: Sequence) -> set[str]:
    """The words of a name as written, in a Latin transliteration and as its Latin
    (passport) spelling: "Олена Ковальчук" written in Cyrillic by a corrected list is
    still "Olena Kovalchuk" (its ``name_latin``, or ``olena kovalchuk`` transliterated)."""
    whole = f"{row[_FIRST]} {row[_LAST]}"
    return {*fold(whole).split(), *transliterate(whole).split(), *fold(row[_LATIN]).split()}


def identity_changed(
    line: int, row: Sequence, stored: tuple, snapshot: Snapshot, report: ImportReport
) -> bool:
    """Report an id that names someone else; False when the row must not be applied
    (the person it named has checked in or has a printed badge)."""
    params = {
        "id": row[0],
        "old": display_name(stored[_FIRST], stored[_LAST]),
        "new": display_name(row[_FIRST], row[_LAST]),
    }
    if row[0] not in snapshot.checked_in and row[0] not in snapshot.badge_printed:
        report.warnings.append(Issue(line, "identity_changed", params))
        return True
    # Their check-in and badge (its code carries the id) would become the new person's.
    report.errors.append(Issue(line, "identity_changed_in_use", params))
    report.skipped += 1
    return False


def refuse_shifted_ids(shifted: int, changed: int, report: ImportReport) -> None:
    """Sort the rows' reports in; refuse the import when the ids look like row numbers.

    ``changed``: the rows matched by id that differ from the list, applied or not.
    """
    report.warnings.sort(key=lambda issue: issue.row)
    report.errors.sort(key=lambda issue: issue.row)
    if shifted < SHIFTED_IDS_MIN or shifted <= SHIFTED_IDS_SHARE * changed:
        return
    codes = ("identity_changed", "identity_changed_in_use")
    example = next(i for i in report.errors + report.warnings if i.code in codes).params
    raise InputError(
        "ids_shifted",
        f"{shifted} of the {changed} people whose details changed are other people under "
        f"the same id (id {example['id']!r} was {example['old']}, is now {example['new']}): "
        "the list's ids look like row numbers, which change when a list is sorted or a row "
        "added. Nothing was imported: export the list with the registration system's own "
        "ids (or keep its ids stable) and import it again.",
        shifted=shifted,
        changed=changed,
        **example,
    )


def lost_zeros(new: list[tuple], stored_ids, rows, report: ImportReport) -> None:
    """Warn about new ids that are a stored id without its leading zeros ("123" for
    "00123": a spreadsheet read the id as a number). ``rows``: (row number, values)."""
    padded = {pid.lstrip("0"): pid for pid in filter(_ZERO_PADDED.fullmatch, stored_ids)}
    if not padded or not new:
        return
    hits = padded.keys() & set(map(itemgetter(0), new))
    if not hits:
        return
    for line, values in rows:
        if values[0] in hits:
            params = {"id": values[0], "stored": padded[values[0]]}
            report.warnings.append(Issue(line, "id_lost_zeros", params))
    report.warnings.sort(key=lambda issue: issue.row)


#: Digits after at least one zero: an id a spreadsheet may shorten (not "0" alone).
_ZERO_PADDED = re.compile(r"0+[0-9]+")
