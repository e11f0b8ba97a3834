"""Name search over the FTS5 index, ranked on a bounded candidate set.

``ORDER BY rank`` over every match of a two-letter prefix costs tens of
milliseconds at 100k participants (DESIGN.md). Instead the search runs up to
three cheap FTS queries, each with a LIMIT and no ranking, in order of
relevance, and stops as soon as it has enough rows:

1. every token is a whole word of the name;
2. every token starts a word of the name (or its transliteration);
3. every token starts a word anywhere (organisation, country, e-mail, id).

A country is indexed as its code (``§gr``, see ``participants.COUNTRY_MARK``);
in the third query a token also matches the codes of the countries it starts
a name of, so typing "grèce", "greece" or "grecia" finds people from Greece.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from checkin.domain.countries import codes_named, known_codes
from checkin.domain.model import Participant
from checkin.domain.text import fold
from checkin.store import participants

#: Folded names for sorting, cached: the same names come back keystroke after keystroke.
_folded = lru_cache(maxsize=1 << 14)(fold)


def _sort_key(p: Participant) -> tuple[str, str, str]:
    return _folded(p.last_name), _folded(p.first_name), p.id


def _match(tokens: list[str], *, prefix: bool, names_only: bool) -> str:
    """An FTS5 expression. The index keeps 1- and 2-character prefixes (``prefix = '1 2'``):
    without them ``a*`` merges the doclists of every word starting with *a* (~10 ms at
    100k); a 3-character index as well would make imports ~25 % slower for a gain of
    a tenth of a millisecond on longer prefixes, which are read from the term list."""
    star = "*" if prefix else ""
    if names_only:
        body = " ".join(f'"{token}"{star}' for token in tokens)
        return f"{{search_names}} : ({body})"
    groups = []
    for token, codes in zip(tokens, _countries(tokens), strict=True):
        countries = " ".join(f'OR "{participants.country_term(c)}"' for c in codes)
        groups.append(f'("{token}"{star} {countries})' if countries else f'"{token}"{star}')
    return " AND ".join(groups)


def _countries(tokens: list[str]) -> list[tuple[str, ...]]:
    """The countries each typed word may stand for.

    From three letters on: every country one of whose names has a word starting
    with it. A one- or two-letter word alone names a country only as its code
    (``gr``): ``a`` starts a name of ~40 countries, and OR-ing their long doclists
    into every first keystroke cost milliseconds for matches nobody types one
    letter to find. Next to longer words it keeps the countries they name, so
    "cote d ivoire" and "corea del sur" still find their people."""
    named_by_long = {code for t in tokens if len(t) >= 3 for code in codes_named(t)}
    result = []
    for token in tokens:
        if len(token) >= 3:
            result.append(codes_named(token))
            continue
        codes = {code for code in codes_named(token) if code in named_by_long}
        if token.upper() in known_codes():
            codes.add(token.upper())
        result.append(tuple(sorted(codes)))
    return result


def index_words(tokens: list[str]) -> list[str]:
    """Search tokens as the index's ascii tokenizer splits words: ``_`` separates.

    (Another character inside a token would make FTS5 read it as a phrase,
    which an index without positions refuses; ``query_tokens`` keeps only
    letters, digits and ``_``.)"""
    return [word for token in tokens for word in token.split("_") if word]


def search(conn: sqlite3.Connection, tokens: list[str], limit: int = 20) -> list[Participant]:
    """Participants matching all ``tokens`` (already folded by ``query_tokens``)."""
    tokens = index_words(tokens)
    if not tokens or limit <= 0:
        return []
    stages = (
        _match(tokens, prefix=False, names_only=True),
        _match(tokens, prefix=True, names_only=True),
        _match(tokens, prefix=True, names_only=False),
    )
    found: list[list[int]] = []
    seen: set[int] = set()
    for expression in stages:
        wanted = limit - len(seen)
        if wanted <= 0:
            break
        rows = conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?",
            (expression, wanted + len(seen)),
        ).fetchall()
        stage = [rowid for (rowid,) in rows if rowid not in seen][:wanted]
        seen.update(stage)
        found.append(stage)
    people = participants.get_many(conn, list(seen))
    ordered: list[Participant] = []
    for stage in found:
        batch = [people[rowid] for rowid in stage if rowid in people]
        batch.sort(key=_sort_key)
        ordered.extend(batch)
    return ordered
