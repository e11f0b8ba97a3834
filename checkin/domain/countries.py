"""Country names in the UI languages (CLDR through babel) and for search.

Search does not index a country's names with every participant (three
languages, four words per row, 100,000 rows): it indexes the code, and a
typed word is turned into the codes of the countries it starts a name of
(:func:`codes_named`), in English, French or Spanish, folded like any search.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache

from babel import Locale

from checkin.domain.country_variants import OTHER_NAMES
from checkin.domain.model import LANGUAGES
from checkin.domain.text import index_terms
from checkin.domain.un_country_names import un_name


@cache
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


def country_name(code: str, language: str = "en") -> str:
    """``CH`` -> ``Switzerland`` / ``Suisse`` / ``Suiza``; unknown codes as given.

    The UN's own short name where it differs from CLDR's (``RU`` -> ``Russian
    Federation``, ``VA`` -> ``Holy See``: :mod:`checkin.domain.un_country_names`).
    """
    code = (code or "").upper()
    return un_name(code, language) or _territories(language).get(code, code)


@cache
def country_search_text(code: str) -> str:
    """The names of a country in every UI language, the UN's and everyday ones
    (``Russian Federation``, ``Russia``, ``Turkey``), for search. Abbreviations
    (``USA``, ``DRC``) are left out: as prefixes they would match half the names
    typed."""
    if not code:
        return ""
    others = [n for n in OTHER_NAMES.get(code, "").split("|") if n and not _abbreviation(n)]
    names = dict.fromkeys(
        [
            *(
                name
                for language in LANGUAGES
                for name in (country_name(code, language), _territories(language).get(code, code))
            ),
            *others,
        ]
    )
    return " ".join([code.lower(), *names])


def _abbreviation(name: str) -> bool:
    return name.replace(".", "").replace(" ", "").isupper()


def country_codes() -> list[str]:
    """Two-letter codes of countries and territories (not regions like ``001``)."""
    return sorted(c for c in _territories("en") if len(c) == 2 and c.isalpha() and c != "ZZ")


#: CLDR codes that are not a country or territory a person comes from: groupings
#: (EU, EZ, UN, QO), pseudo-locales (XA, XB) and exceptional reservations
#: (Ascension, Clipperton, Sark, Diego Garcia, Ceuta & Melilla, Canaries, Tristan
#: da Cunha: each also covered by its country's code). Still read in lists.
NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)


def selectable_codes() -> list[str]:
    """The codes a person picks their country from (walk-in form): no groupings."""
    return [c for c in country_codes() if c not in NOT_COUNTRIES]


@cache
def known_codes() -> frozenset[str]:
    return frozenset(country_codes())


@cache
def _name_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every indexed word of every country's names (and its code), sorted, with the code."""
    pairs = sorted(
        {
            (word, code)
            for code in known_codes()
            for word in index_terms(country_search_text(code)).split()
        }
    )
    return tuple(w for w, _ in pairs), tuple(c for _, c in pairs)


@lru_cache(maxsize=4096)
def codes_named(typed: str) -> tuple[str, ...]:
    """Codes of the countries one of whose names has a word starting with ``typed``.

    ``typed`` is a folded search token: ``gre`` -> GR (Greece, Grèce, Grecia),
    GD (Grenada), GL (Greenland)…; ``ch`` -> CH by its code, CN (China), CL
    (Chile)… The same words as the names in every UI language indexed with
    the person, so search finds the same people.
    """
    if not typed:
        return ()
    words, codes = _name_words()
    found: set[str] = set()
    for index in range(bisect_left(words, typed), len(words)):
        if not words[index].startswith(typed):
            break
        found.add(codes[index])
    return tuple(sorted(found))
