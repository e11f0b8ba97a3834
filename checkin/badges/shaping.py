"""Logical text -> the characters in the order a PDF must draw them.

reportlab draws characters left to right, one glyph each, with no shaping:
Arabic comes out as isolated letters in reverse order. So a line is first
shaped (``arabic-reshaper`` picks the initial/medial/final/isolated forms and
the lam-alef ligatures) and then reordered for display (``python-bidi``, the
Unicode bidirectional algorithm). python-bidi 0.6 does not mirror brackets, so
``(محمد)`` would print as ``)محمد(``; :func:`_mirror` does that part, with the
neutral-resolution rule of the algorithm (enough for names: they carry no
explicit embeddings). Text with no right-to-left character is returned as it is.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import arabic_reshaper
from bidi import get_display

_MIRRORS = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_STRONG_RTL = ("R", "AL")
_JOINERS = dict.fromkeys(map(ord, "\u200c\u200d"))


def has_rtl(text: str) -> bool:
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(ch) in _STRONG_RTL for ch in text)


def _direction(char: str) -> str | None:
    """'R', 'L' or None (weak or neutral) for the neutral-resolution rule N1."""
    kind = unicodedata.bidirectional(char)
    if kind in _STRONG_RTL:
        return "R"
    return "L" if kind == "L" else None


def _mirror(text: str) -> str:
    """Swap brackets that the bidi algorithm resolves to right-to-left."""
    if not any(ch in _MIRRORS for ch in text):
        return text
    base = next((d for ch in text if (d := _direction(ch))), "L")
    out = list(text)
    for index, char in enumerate(text):
        if char not in _MIRRORS:
            continue
        before = next((d for ch in reversed(text[:index]) if (d := _direction(ch))), base)
        after = next((d for ch in text[index + 1 :] if (d := _direction(ch))), base)
        resolved = before if before == after else base
        if resolved == "R":
            out[index] = _MIRRORS[char]
    return "".join(out)


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """One line of logical text, shaped and in left-to-right drawing order."""
    if not has_rtl(text):
        return text
    # The joiners (ZWNJ in Persian "می‌خواهم", ZWJ) have done their work once the
    # letters have their forms; Noto Naskh draws them as a visible mark.
    return get_display(arabic_reshaper.reshape(_mirror(text))).translate(_JOINERS)


def normalise(text: str) -> str:
    """NFC (so "é" is one glyph, not "e" plus a floating accent) and single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).split())
