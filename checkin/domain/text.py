"""Text folding for search: case, accents, apostrophes and other scripts.

Both the indexed text and what the operator types go through :func:`fold`, so
"JOSÉ", "jose" and "José" meet in the middle. Non-Latin names are also indexed
in a Latin transliteration (``unidecode``), so ``papadopoulos`` finds
``Παπαδόπουλος`` and ``kovalchuk`` finds ``Ковальчук``. Apostrophes and hyphens
inside names are indexed both as separators and joined, so ``obrien``,
``o'brien`` and ``o brien`` all find *O'Brien*. A name of several words is
also indexed joined (:func:`name_terms`), so ``ruiz-ibanez`` (the hyphen
joins what is typed) finds *Ruiz Ibáñez*, and with the passport spelling of
ä, ö, ü, å and ø, so ``boehm`` finds *Böhm* and ``oeberg`` *Öberg*.
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

# Apostrophes of every shape people and keyboards produce, and hyphens/dashes.
_JOINERS = "'’‘ʼ`´-‐‑‒–—"
_JOINER_RE = re.compile(f"[{re.escape(_JOINERS)}]")
_WORD_RE = re.compile(r"\w+")
_WORD_WITH_JOINERS_RE = re.compile(rf"\w+(?:[{re.escape(_JOINERS)}]\w+)+")


def fold(text: str) -> str:
    """Lower-case, strip accents (any script), keep letters, digits and spaces."""
    if text.isascii():  # nothing to decompose: the same result, 20x faster (bulk imports)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is ASCII after folding."""
    if text.isascii():
        return True
    return all(ord(ch) < 128 for ch in fold(text) if ch.isalpha())


def transliterate(text: str) -> str:
    """A lower-case Latin reading of any script (empty if already Latin)."""
    if is_latin(text):
        return ""
    return fold(unidecode(text))


def index_terms(*texts: str) -> str:
    """The words to index for ``texts``: folded, with joined forms and transliteration."""
    words: list[str] = []
    for text in texts:
        if text:
            words.extend(text_terms(text))
    # Keep order (earlier words are names), drop repeats.
    return " ".join(dict.fromkeys(words))


#: Words of texts seen before. Organisations, countries, titles and common names
#: repeat across a 100,000-row registration list; a plain dict is cheaper than
#: ``lru_cache`` per call, and it is emptied when full rather than evicted LRU.
_TERMS: dict[str, tuple[str, ...]] = {}
_TERMS_LIMIT = 1 << 17
_ASCII_JOINERS = re.escape("".join(ch for ch in _JOINERS if ch.isascii()))
_ASCII_JOINER_RE = re.compile(f"[{_ASCII_JOINERS}]")
# In ASCII text no joiner is a word character, so a joined word can only start a
# word and never needs backtracking: the same matches, without the quadratic scan.
_ASCII_WORD_WITH_JOINERS_RE = re.compile(rf"(?<!\w)\w++(?:[{_ASCII_JOINERS}]\w++)+")


def text_terms(text: str) -> tuple[str, ...]:
    """The words of one text (cached): folded, joined forms, transliteration."""
    terms = _TERMS.get(text)
    if terms is None:
        if len(_TERMS) >= _TERMS_LIMIT:
            _TERMS.clear()
        terms = _TERMS[text] = unique_text_terms(text)
    return terms


def unique_text_terms(text: str) -> tuple[str, ...]:
    """:func:`text_terms` without the cache, for values seen once (e-mails, ids)."""
    if text.isascii():  # nothing to transliterate or decompose (most e-mails and ids)
        folded = text.lower()
        words = _WORD_RE.findall(folded)
        if _ASCII_JOINER_RE.search(folded):
            words.extend(
                _ASCII_JOINER_RE.sub("", joined)
                for joined in _ASCII_WORD_WITH_JOINERS_RE.findall(folded)
            )
        return tuple(words)
    words = []
    for variant in (text, transliterate(text)):
        if not variant:
            continue
        folded = fold(variant)
        words.extend(_WORD_RE.findall(folded))
        if _JOINER_RE.search(folded):  # the joined-word scan is slow; most text has none
            words.extend(_joined(folded))
    return tuple(words)


def _joined(folded: str) -> list[str]:
    return [_JOINER_RE.sub("", joined) for joined in _WORD_WITH_JOINERS_RE.findall(folded)]


#: How passports' machine-readable lines spell letters with no plain Latin reading
#: (ICAO Doc 9303): Böhm is BOEHM there, Öberg OEBERG, Ålund AALUND, Møller MOELLER.
#: Delegates and their registration systems type names that way.
_PASSPORT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "å": "aa", "ø": "oe",
     "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "Å": "Aa", "Ø": "Oe"}
)
_PASSPORT_RE = re.compile("[äöüåøÄÖÜÅØ]")


_NAME_TERMS: dict[str, tuple[str, ...]] = {}  # as _TERMS: given names repeat a lot


def name_terms(text: str) -> tuple[str, ...]:
    """The words of one name field (given or family names): :func:`text_terms`, the
    passport spelling (``boehm``), and the words joined when there are several
    (``ruizibanez``: typed ``ruiz-ibanez``, the hyphen joins the query's words)."""
    if text.isascii() and " " not in text.strip():
        return text_terms(text)  # one plain word: nothing to add (most names)
    terms = _NAME_TERMS.get(text)
    if terms is None:
        if len(_NAME_TERMS) >= _TERMS_LIMIT:
            _NAME_TERMS.clear()
        terms = _NAME_TERMS[text] = _name_terms(text)
    return terms


def _name_terms(text: str) -> tuple[str, ...]:
    terms = text_terms(text)
    extra: list[str] = []
    if _PASSPORT_RE.search(text):
        extra.extend(text_terms(text.translate(_PASSPORT)))
    for variant in (text, transliterate(text)):
        words = _WORD_RE.findall(fold(variant)) if variant else []
        if len(words) > 1:
            extra.append("".join(words))
    return tuple(dict.fromkeys((*terms, *extra))) if extra else terms


def query_tokens(typed: str, *, max_tokens: int = 8) -> list[str]:
    """The search tokens for what the operator typed.

    Apostrophes and hyphens inside a word join it (``o'brien`` -> ``obrien``);
    spaces separate tokens. Non-Latin typing is searched as typed (folded).
    Anything that is not a letter or digit is dropped, so SQL- or FTS-looking
    input is just text.
    """
    joined = _JOINER_RE.sub("", fold(typed[:200]))
    return _WORD_RE.findall(joined)[:max_tokens]
