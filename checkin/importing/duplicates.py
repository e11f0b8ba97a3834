"""Who is in a list twice: a ticket code given twice, one person under two ids.

Part of the column-wise reading (:mod:`checkin.importing.columns`): keys are
built by C loops over whole columns, folded once per distinct value, and a
column whose keys are all different costs no Python loop at all.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter

from checkin.importing.issues import Issue
from checkin.importing.rows import folded


def repeated_in_file(
    numbers, live, tickets, emails, first, last, org, ids
) -> list[tuple[int, Issue]]:
    """(row position, issue) for tickets given twice and people twice under two ids
    (same e-mail and family name, or same name and organisation).

    Each key belongs to the first row that has it; a row whose e-mail and family
    name are another's is reported for that alone (its name is not looked at, nor
    kept as a key). An e-mail shared under different family names is a
    delegation's or a secretariat's address, not one person twice.
    """
    found: list[tuple[int, Issue]] = []
    rows = [numbers[i] for i in live]
    keys = [tickets[i] for i in live]
    for position, number, ticket, other in _repeated(live, rows, keys):
        found.append(
            (position, Issue(number, "duplicate_ticket", {"value": ticket, "other_row": other}))
        )
    pick = picker(live, len(numbers))
    family = pick(_folded_column(last))
    keys = list(zip(map(str.casefold, pick(emails)), family, strict=True))
    if not all(map(itemgetter(0), keys)):
        keys = [key if key[0] else "" for key in keys]
    repeated = {}
    for position, number, _, other in _repeated(live, rows, keys):
        repeated[position] = number, other
    if repeated:
        rest = [i for i in live if i not in repeated]
        rows = [numbers[i] for i in rest]
        pick = picker(rest, len(numbers))
        family = pick(_folded_column(last))
    else:
        rest = live
    given = pick(_folded_column(first))
    keys = list(zip(given, family, pick(_folded_column(org)), strict=True))
    if not all(map(any, zip(given, family, strict=True))):  # no (folded) name: no key
        keys = [key if key[0] or key[1] else "" for key in keys]
    for position, number, _, other in _repeated(rest, rows, keys):
        repeated[position] = number, other
    by_row = dict(zip(numbers, ids, strict=True)) if repeated else {}
    for position in sorted(repeated):
        number, other = repeated[position]
        params = {"other_row": other, "other_id": by_row[other]}
        found.append((position, Issue(number, "same_person_in_file", params)))
    return found


def picker(positions: list[int], size: int) -> Callable[[list], list]:
    """Takes the cells at ``positions`` out of a column (the whole column if they are all)."""
    if len(positions) == size:
        return list
    return lambda column: list(map(column.__getitem__, positions))


def _repeated(positions: list[int], rows: list[int], keys: list):
    """(position, row, key, first row) of every row whose non-empty key an earlier row has."""
    first = dict(zip(reversed(keys), reversed(rows), strict=True))  # the earliest row wins
    if len(first) == len(keys) - max(keys.count("") - 1, 0):  # every key once: no repeat
        return []
    return [
        (position, row, key, first[key])
        for position, row, key in zip(positions, rows, keys, strict=True)
        if key and first[key] != row
    ]


def _folded_column(cells: list[str]) -> list[str]:
    """:func:`folded` of every cell, worked out once per distinct value."""
    known = {value: folded(value) for value in set(cells)}
    return list(map(known.__getitem__, cells))
