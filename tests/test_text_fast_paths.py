"""The shortcuts taken for bulk imports change no result.

``fold`` and ``is_latin`` skip Unicode work for ASCII text, ``index_terms``
caches the words of each text, and ``display_name`` skips the CJK scan for
ASCII names. Each is checked here against the plain definition it replaces.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from unidecode import unidecode

from checkin.domain import text
from checkin.domain.model import display_name

TEXT = st.text(max_size=40) | st.sampled_from(
    ["O'Brien", "Jean-Luc", "Παπαδόπουλος", "王伟", "José García", "p.x@example.org", ""]
)


def plain_fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def plain_index_terms(*texts: str) -> str:
    words: list[str] = []
    for value in texts:
        if not value:
            continue
        latin = all(ord(ch) < 128 for ch in plain_fold(value) if ch.isalpha())
        for variant in (value, "" if latin else plain_fold(unidecode(value))):
            if not variant:
                continue
            folded = plain_fold(variant)
            words.extend(re.findall(r"\w+", folded))
            joiners = re.escape(text._JOINERS)
            words.extend(
                re.sub(f"[{joiners}]", "", joined)
                for joined in re.findall(rf"\w+(?:[{joiners}]\w+)+", folded)
            )
    return " ".join(dict.fromkeys(words))


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_fold_and_is_latin_match_their_definitions(value):
    assert text.fold(value) == plain_fold(value)
    assert text.is_latin(value) == all(ord(ch) < 128 for ch in plain_fold(value) if ch.isalpha())


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT, max_size=5))
def test_index_terms_match_the_uncached_definition(values):
    assert text.index_terms(*values) == plain_index_terms(*values)
    assert text.index_terms(*values) == plain_index_terms(*values)  # from the cache


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT)
def test_display_name_of_ascii_and_cjk_names(first, last):
    cjk = any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in first + last)
    expected = (f"{last.strip()}{first.strip()}" if cjk
                else " ".join(p for p in (first.strip(), last.strip()) if p))
    assert display_name(first, last) == expected


IDS = st.sampled_from(["P001", "IDM15-00001", "O'Neil-7", "a`b", "ID 7", "Ωmega-1", "x-", "-"])
EMAILS = st.sampled_from(["", "jean-luc.picard@un.org", "p.x@example.org", "o'brien@x.ie",
                          "a`b@c.d", "josé@exemple.fr", "no at sign"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(IDS | st.text(min_size=1, max_size=12), TEXT, TEXT, TEXT, TEXT,
                          EMAILS | TEXT), min_size=1, max_size=12))
def test_search_columns_of_a_list_match_those_worked_out_row_by_row(people):
    """The whole-list fast paths (ids and e-mails as they are, shared words once)
    index exactly the words the per-row definition gives."""
    from checkin.store import participants as p

    rows = [(pid, first, last, "", title, org, "FR", "", email, "", "", "", "", "", 1)
            for pid, first, last, title, org, email in people]

    def one_row(row: tuple) -> tuple[list[str], list[str]]:
        names = p._name_words(row[1], row[2], row[3])
        parts = (p._shared_words(row[5], row[6], row[4]), p._own_words(row[8]),
                 p._own_words(row[0], id_=True))
        return names.split(), " ".join(filter(None, parts)).split()

    got = [(names.split(), other.split()) for names, other in p.search_columns_of(rows)]
    assert got == [one_row(row) for row in rows]
    assert all(other == other.strip() for _, other in p.search_columns_of(rows))
