"""Undo the keyboard-layout garbling of codes typed by USB barcode/QR scanners.

A scanner in USB-keyboard mode, configured for a US keyboard, sends *key positions*:
for each character it presses the US key (and Shift) that makes it. The desk's OS
turns those positions into characters with *its* layout, so on a French desk
``ABC123`` arrives as ``QBC&é"``. :func:`type_as` simulates that; :func:`readings`
lists what a garbled scan may have meant. The caller checks each reading's signature,
so a wrong reading is harmless; what matters is that the right one is always listed.

The model (Windows, the usual desk OS; the French and German tables follow
Microsoft's published KBDFR/KBDGR sources):

* Only the key's base and Shift levels matter: the code alphabet (QR alphanumeric:
  ``A–Z 0–9 - . / : + $ % *`` and space) never needs AltGr on a US keyboard.
* Caps Lock: on AZERTY and German QWERTZ it is a *shift lock* (the key's ``CAPLOK``
  flag): it inverts Shift on nearly every key, so digits come out as digits on AZERTY
  and as ``!"§$%&/()=`` on German. Elsewhere it only inverts the case of letters.
* Dead keys: ``+`` is Shift plus the US ``=`` key, a dead grave accent on German and
  Swiss layouts. As on Windows, the dead key combines with the next character ("+E"
  arrives as "È"), a following space is swallowed ("+ " arrives as a lone grave accent,
  so it reads back as "+": the one sequence we cannot undo), and anything else follows
  the accent itself ("+1" arrives as "`1"). No other alphabet character lands on a dead
  key of a supported layout (the tests check this).

:func:`readings` is more tolerant than :func:`type_as`: for each layout it also undoes
"Caps Lock only changes letters" (Linux, macOS: ``é`` becomes ``É``) and "Caps Lock
shifts every key", so a Caps Lock flag we modelled wrongly still reads back.
"""

from __future__ import annotations

import re
import unicodedata

#: The characters a code may contain (QR "alphanumeric" mode).
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-./:+$%* "

# The four main rows of a US keyboard, base level then Shift level, rows separated by a
# space (which thereby maps to itself). The US "`" and "\" keys are left out: nothing in
# the alphabet needs them and their physical position differs between ANSI and ISO.
_US_BASE = "1234567890-= qwertyuiop[] asdfghjkl;' zxcvbnm,./"
_US_SHIFT = '!@#$%^&*()_+ QWERTYUIOP{} ASDFGHJKL:" ZXCVBNM<>?'

# Per layout: the same rows as the desk's layout prints them (base, Shift), the dead
# keys among them, and which keys Caps Lock shift-locks: "" = every key (CAPLOK on all),
# a string = every key except those whose base character is listed, None = Caps Lock
# only changes the case of letters.
_SPECS: dict[str, tuple[str, str, str, str | None]] = {
    # Identity: the desk has a US layout too (Caps Lock inverts letters only).
    "us": (_US_BASE, _US_SHIFT, "", None),
    # French AZERTY (KBDFR). Digits need Shift ("1" is "&"), A/Q and Z/W swap, M sits
    # right of L where US has ";", so US "M" is the ","/"?" key: "M" arrives as "?" and
    # ":" (US Shift+;) as "M". US "-" is ")", "." is ":", "/" is "!", "+" stays "+".
    # "^"/"¨" (the US "[" key) are dead keys no code uses. Every key is CAPLOK.
    "fr-FR": (
        "&é\"'(-è_çà)= azertyuiop^$ qsdfghjklmù wxcvbn,;:!",
        "1234567890°+ AZERTYUIOP¨£ QSDFGHJKLM% WXCVBN?./§",
        "^¨",
        "",
    ),
    # Belgian AZERTY (KBDBE): letters as French; the digit row has "§" on 6 and "!" on
    # 8, the US "-"/"=" keys are ")°" and "-_" (so "+" arrives as "_"), US "/" is "=".
    # Assumed shift-locking like French (unverified). Mac French seems to match it.
    "fr-BE": (
        "&é\"'(§è!çà)- azertyuiop^$ qsdfghjklmù wxcvbn,;:=",
        "1234567890°_ AZERTYUIOP¨* QSDFGHJKLM% WXCVBN?./+",
        "^¨",
        "",
    ),
    # German QWERTZ (KBDGR): Y and Z swap, US "-" is "ß", US "=" the dead "´"/"`" key
    # (so "+" is a dead grave), US "/" is "-", ":" arrives as "Ö", "*" as "(". Caps Lock
    # shift-locks every key but "´" and "-_" (they lack CAPLOK in KBDGR).
    "de-DE": (
        "1234567890ß´ qwertzuiopü+ asdfghjklöä yxcvbnm,.-",
        '!"§$%&/()=?` QWERTZUIOPÜ* ASDFGHJKLÖÄ YXCVBNM;:_',
        "´`",
        "´-",
    ),
    # Swiss German QWERTZ (KBDSG): Y/Z swap, US "-" is "'", US "=" the dead "^"/"`" key
    # (dead grave "+" again), "$" arrives as "ç", ":" as "é", "*" as "(".
    "de-CH": (
        "1234567890'^ qwertzuiopü¨ asdfghjklöä yxcvbnm,.-",
        '+"*ç%&/()=?` QWERTZUIOPè! ASDFGHJKLéà YXCVBNM;:_',
        "^`¨",
        None,
    ),
    # Swiss French (KBDSF): Swiss German with ü/è, ö/é, ä/à swapped between base and
    # Shift; for codes only ":" differs (it arrives as "ö"). readings() merges the two.
    "fr-CH": (
        "1234567890'^ qwertzuiopè¨ asdfghjkléà yxcvbnm,.-",
        '+"*ç%&/()=?` QWERTZUIOPü! ASDFGHJKLöä YXCVBNM;:_',
        "^`¨",
        None,
    ),
    # Spanish QWERTY (KBDSP): letters and digits as US; US "-" is "'", US "=" is "¡¿"
    # (so "+" arrives as "¿"), ":" as "Ñ", "/" as "-", "*" as "(". Its dead keys ("`^"
    # on US "[" and "´¨" on US "'") are not used by codes.
    "es-ES": (
        "1234567890'¡ qwertyuiop`+ asdfghjklñ´ zxcvbnm,.-",
        '!"·$%&/()=?¿ QWERTYUIOP^* ASDFGHJKLÑ¨ ZXCVBNM;:_',
        "`^´¨",
        None,
    ),
}

#: Supported desk layouts ("us" is the identity; "de-CH" and "fr-CH" read back alike).
LAYOUTS: tuple[str, ...] = tuple(_SPECS)

# How Caps Lock may act: not at all, as the layout does (per _SPECS), on letters only,
# or as a lock of Shift on every key.
_STYLES = ("plain", "letters", "caps", "shift-lock")

# Combining marks of the dead keys, to compose "dead key + letter".
_MARKS = {"`": "\u0300", "´": "\u0301", "^": "\u0302", "~": "\u0303", "¨": "\u0308"}

# Deleted from a scan before reading it: C0 and C1 controls (Tab, Enter, ...) and
# invisible format characters some scanners and clipboards add.
_CLEAN = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2060\ufeff]")


def _compose(dead: str, char: str) -> str | None:
    """What a dead key followed by `char` gives, or None if they do not combine.

    Windows' dead-key tables compose the Latin-1 accented letters (À, É, Ñ, ÿ, ...); a
    space gives the accent itself.
    """
    if char == " ":
        return dead
    composed = unicodedata.normalize("NFC", char + _MARKS[dead])
    return composed if len(composed) == 1 and ord(composed) < 0x100 else None


def _model(layout: str, style: str) -> dict[str, str]:
    """For each alphabet character, what the desk outputs (a dead key's own accent)."""
    base, shift, _dead, locked_except = _SPECS[layout]
    model = {}
    for char in ALPHABET:
        index = _US_BASE.find(char)
        shifted = index < 0
        if shifted:
            index = _US_SHIFT.index(char)
        low, high = base[index], shift[index]
        how = style
        if style == "caps":  # what this layout's Caps Lock does to this key
            how = "letters" if locked_except is None else "shift-lock"
            if locked_except and low in locked_except:
                how = "plain"
        letter_key = low.islower() and low.upper() == high
        if how == "shift-lock" or (how == "letters" and letter_key):
            shifted = not shifted
        out = high if shifted else low
        if how == "letters" and not letter_key and len(out.upper()) == 1:
            out = out.upper()  # xkb capitalises the other keys' letters: "é" gives "É"
        model[char] = out
    return model


def _inverse(layout: str, style: str) -> dict[str, str]:
    """Desk output -> alphabet text for one layout and Caps Lock style."""
    model, dead = _model(layout, style), _SPECS[layout][2]
    inverse: dict[str, str] = {}

    def put(out: str, meant: str) -> None:
        if inverse.setdefault(out, meant) != meant:  # a layout table typo, caught at import
            raise ValueError(f"{layout}/{style}: {out!r} means {inverse[out]!r} and {meant!r}")

    for meant, out in model.items():
        put(out, meant)
    for accent_char, accent in model.items():
        if accent in dead:
            for meant, out in model.items():
                composed = _compose(accent, out) if out not in dead and out != " " else None
                if composed:
                    put(composed, accent_char + meant)
    return inverse


def _reading_tables() -> tuple[list[str], ...]:
    """Reverse tables: per layout group, its Caps Lock styles merged when consistent.

    An AZERTY "4" means "$" without Caps Lock and "4" with it, so such styles need
    tables of their own; every layout ends up with two. The US layout needs none.
    """
    tables = []
    for group in (("fr-FR",), ("fr-BE",), ("de-DE",), ("de-CH", "fr-CH"), ("es-ES",)):
        merged: list[dict[str, str]] = []
        for layout in group:
            for style in _STYLES:
                inverse = _inverse(layout, style)
                for table in merged:
                    if all(table.get(out, meant) == meant for out, meant in inverse.items()):
                        table.update(inverse)
                        break
                else:
                    merged.append(inverse)
        # Every output is Latin-1, so a 256-entry list indexed by code point does the
        # job of the str.maketrans dict, faster (other characters are left as they are).
        for table in merged:
            mapping = str.maketrans(table)
            tables.append([mapping.get(code, chr(code)) for code in range(256)])
    return tuple(tables)


_FORWARD = {
    layout: {False: _model(layout, "plain"), True: _model(layout, "caps")} for layout in _SPECS
}
_READING_TABLES = _reading_tables()


def type_as(layout: str, text: str, *, caps_lock: bool = False) -> str:
    """What arrives on a desk with OS layout `layout` when a US scanner types `text`.

    Characters outside :data:`ALPHABET` pass through unchanged.
    """
    if layout not in _SPECS:
        raise ValueError(f"unknown keyboard layout {layout!r}; known: {', '.join(LAYOUTS)}")
    model, dead = _FORWARD[layout][caps_lock], _SPECS[layout][2]
    out: list[str] = []
    pending = ""  # a dead key waiting for the next character
    for char in text:
        typed = model.get(char)
        if typed is None:
            out.append(pending + char)
            pending = ""
        elif pending:
            composed = None if typed in dead else _compose(pending, typed)
            out.append(composed or pending + typed)
            pending = ""
        elif typed in dead:
            pending = typed
        else:
            out.append(typed)
    return "".join(out) + pending


def readings(typed: str) -> list[str]:
    """Candidate meanings of a scan, most literal first, distinct, at most 12.

    First the scan itself, without control characters and surrounding whitespace, then
    it upper-cased (Caps Lock on a US desk), then it undone for each layout and Caps Lock
    behaviour (undoing also upper-cases the letters). An empty scan gives ``[]``.
    """
    text = (typed if typed.isprintable() else _CLEAN.sub("", typed)).strip()
    if not text:
        return []
    found = [text]
    for candidate in (text.upper(), *(text.translate(table) for table in _READING_TABLES)):
        if candidate not in found:
            found.append(candidate)
    return found
