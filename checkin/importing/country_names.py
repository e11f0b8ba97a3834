"""Country names as registration lists write them -> ISO 3166-1 alpha-2 codes.

CLDR (through babel) gives each country's name in English, French and
Spanish, and the alpha-3 codes. Lists also use the UN's formal names
("Iran (Islamic Republic of)", "Korea, Republic of") and everyday ones
("USA", "Holland", "Ivory Coast"): those are in :mod:`checkin.domain.country_variants`. Names are
compared by their words, folded, in any order, without "of", "the", "de"…
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.core import get_global

from checkin.domain.countries import country_codes
from checkin.domain.country_variants import OTHER_NAMES
from checkin.domain.model import LANGUAGES
from checkin.domain.text import fold
from checkin.domain.un_country_names import UN_NAMES

_PSEUDO = {"XA", "XB", "ZZ"}
#: "Korea, Dem. Rep." is not "Korea": after a comma, these words change the country.
_QUALIFIERS = frozenset(
    [
        "dem",
        "democratic",
        "democratique",
        "democratica",
        "people",
        "peoples",
        "popular",
        "populaire",
        "north",
        "nord",
        "norte",
    ]
)
#: Linking words of English, French and Spanish names, ignored when matching
#: country and category names ("Republic of Korea" = "Korea, Republic of").
LINK_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "la",
        "le",
        "les",
        "l",
        "el",
        "los",
        "las",
        "de",
        "del",
        "des",
        "du",
        "d",
        "y",
        "et",
    ]
)
_STOP = LINK_WORDS | {"da", "do", "dos", "e"}  # Portuguese names too


#: Abbreviations of UN-style short names: "Central African Rep.", "Russian Fed.".
_ABBREVIATIONS = {"st": "saint", "rep": "republic", "fed": "federation"}


def country_key(text: str) -> str:
    """Words of a country name, folded, without little words, in a fixed order."""
    words = re.findall(r"[a-z0-9]+", fold(text.replace("&", " and ").replace("St.", "Saint")))
    words = [_ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(sorted(set(words) - _STOP)) or " ".join(words)


@cache
def _lookup() -> dict[str, str]:
    codes = [c for c in country_codes() if c not in _PSEUDO]
    known = set(codes)
    table: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        table.setdefault(country_key(name), code)

    for code in codes:  # official codes first: "NO" is Norway, not "no"
        table[code.lower()] = code
    for alias, targets in get_global("territory_aliases").items():
        usable = len(alias) in (2, 3) and alias.isalpha() and len(targets) == 1
        if usable and targets[0] in known and alias.lower() not in table:
            table[alias.lower()] = targets[0]
    for code, names in OTHER_NAMES.items():
        for name in names.split("|"):
            add(name, code)
    for code, names in UN_NAMES.items():  # as the app shows them
        for name in names:
            add(name, code)
    for language in LANGUAGES:
        territories = Locale.parse(language).territories
        for code in codes:
            if code in territories:
                add(territories[code], code)
    return table


@cache
def country_code(text: str) -> str | None:
    """``"Suisse"``, ``"CHE"``, ``"ch"`` -> ``"CH"``; None when not a known country."""
    text = text.strip()
    if not text:
        return None
    table = _lookup()
    if text.isalpha() and len(text) in (2, 3) and text.lower() in table:
        return table[text.lower()]
    attempts = [text, re.sub(r"\(.*?\)", " ", text)]
    base, comma, rest = text.partition(",")
    if comma and not set(country_key(rest).split()) & _QUALIFIERS:
        attempts.append(base)  # "Korea, Republic of", "Bahamas, The"
    for attempt in attempts:
        code = table.get(country_key(attempt))
        if code:
            return code
    parts = [p for p in re.split(r"\s*/\s*|\s+-\s+", text) if p.strip()]
    if len(parts) > 1:  # "Suisse / Switzerland"
        found = {country_code(p) for p in parts} - {None}
        if len(found) == 1:
            return found.pop()
    return None
