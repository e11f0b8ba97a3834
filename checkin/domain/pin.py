"""The supervisor PIN: how event.json keeps it, and how a typed PIN is checked.

An event may set ``supervisor_pin_hash``; then importing a list, replacing a
badge, setting a desk's event aside and publishing the event need the PIN
(DESIGN.md: with no PIN set, as in the demo, nothing asks for one). The
event file holds a salted PBKDF2-SHA256 hash, never the PIN: the package is
copied to every desk and to the shared folder. Make one with
``checkin pin-hash``.

A PIN keeps the queue from doing a supervisor's work; it is no defence
against someone who copies the event file and tries every PIN offline
(a 4-digit PIN falls in minutes). Hence a minimum of 6 characters: 6 digits
take days on one core at 200,000 iterations.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata

SCHEME = "pbkdf2-sha256"
ITERATIONS = 200_000
#: Accepted iteration counts: fewer makes guessing cheap, more freezes the desk
#: while a PIN is checked (2,000,000: ~0.5 s on the 2-core development machine).
MIN_ITERATIONS, MAX_ITERATIONS = 10_000, 2_000_000
MIN_LENGTH = 6
#: ``pbkdf2-sha256$<iterations>$<salt, hex: 8 to 64 bytes>$<hash, hex>``
_FORMAT = re.compile(
    rf"{SCHEME}\$(\d{{5,7}})\$((?:[0-9a-f]{{2}}){{8,64}})\$([0-9a-f]{{64}})"
)


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """The ``supervisor_pin_hash`` value for ``pin`` (a new random salt unless given).
    ``iterations`` must lie within MIN_ITERATIONS..MAX_ITERATIONS to be accepted."""
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = _derive(pin, salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def is_pin_hash(text: str) -> bool:
    """Whether ``text`` is a value :func:`hash_pin` makes (not, say, the PIN itself)."""
    found = _FORMAT.fullmatch(text)
    return found is not None and MIN_ITERATIONS <= int(found.group(1)) <= MAX_ITERATIONS


def pin_matches(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from (constant-time comparison)."""
    found = _FORMAT.fullmatch(stored)
    if found is None or not is_pin_hash(stored):
        return False
    iterations, salt, digest = int(found.group(1)), found.group(2), found.group(3)
    return hmac.compare_digest(_derive(pin, bytes.fromhex(salt), iterations).hex(), digest)


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a supervisor PIN (``too_short``), or None."""
    if len(_typed(pin)) < MIN_LENGTH:
        return "too_short"
    return None


def _typed(pin: str) -> str:
    """The PIN as meant: no surrounding spaces (a pasted or typed one often has one), and
    accents composed (a keyboard may send "é" as e + a combining accent)."""
    return unicodedata.normalize("NFC", pin.strip())


def _derive(pin: str, salt: bytes, iterations: int) -> bytes:
    # surrogateescape: a $CHECKIN_PIN that is not UTF-8 hashes as its bytes, never fails
    secret = _typed(pin).encode("utf-8", "surrogateescape")
    return hashlib.pbkdf2_hmac("sha256", secret, salt, iterations)
