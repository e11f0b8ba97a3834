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

from checkin.domain.countries import codes_named
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
    for token in tokens:
        countries = " ".join(f'OR "{participants.country_term(c)}"' for c in codes_named(token))
        groups.append(f'("{token}"{star} {countries})' if countries else f'"{token}"{star}')
    return " AND ".join(groups)


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
