"""Country names in the UI languages (CLDR through babel) and for search."""

from __future__ import annotations

from functools import cache

from babel import Locale

from checkin.domain.model import LANGUAGES


@cache
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


def country_name(code: str, language: str = "en") -> str:
    """``CH`` -> ``Switzerland`` / ``Suisse`` / ``Suiza``; unknown codes as given."""
    code = (code or "").upper()
    return _territories(language).get(code, code)


@cache
def country_search_text(code: str) -> str:
    """The names of a country in every UI language, for the search index."""
    if not code:
        return ""
    names = dict.fromkeys(country_name(code, language) for language in LANGUAGES)
    return " ".join([code.lower(), *names])


def country_codes() -> list[str]:
    """Two-letter codes of countries and territories (not regions like ``001``)."""
    return sorted(c for c in _territories("en") if len(c) == 2 and c.isalpha() and c != "ZZ")
