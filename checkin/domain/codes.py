"""Badge codes: signed, versioned, compact enough for a small QR code.

A code is ``CK`` followed by the RFC 4648 base32 (no padding) of::

    version-of-format (1 byte) | badge version (varint) | id (UTF-8) | HMAC-SHA256[:10]

The HMAC covers everything before it and is keyed with the event's secret, so a
code names its participant and badge version and cannot be forged or altered
without the secret: 80 bits of signature. The alphabet (A–Z, 2–7) is QR
"alphanumeric" mode, which keeps the QR code small (version 2–3 for typical
ids), and has no characters that a keyboard layout turns into dead keys.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import Enum

PREFIX = "CK"
FORMAT = 1
SIGNATURE_BYTES = 10
_MAX_ID_BYTES = 400  # 100 characters of any script (up to 4 bytes each in UTF-8)


def new_secret() -> str:
    """A fresh per-event secret (256 bits, hex)."""
    return secrets.token_hex(32)


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        byte = number & 0x7F
        number >>= 7
        if number:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _read_varint(data: bytes, pos: int) -> tuple[int, int]:
    number = shift = 0
    while pos < len(data) and shift < 35:
        byte = data[pos]
        pos += 1
        number |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return number, pos
        shift += 7
    raise ValueError("bad varint")


def _mac(secret: str, body: bytes) -> bytes:
    return hmac.new(secret.encode(), body, hashlib.sha256).digest()[:SIGNATURE_BYTES]


def sign(secret: str, participant_id: str, badge_version: int) -> str:
    """The code printed in the QR of ``participant_id``'s badge ``badge_version``."""
    if badge_version < 1:
        raise ValueError("badge versions start at 1")
    id_bytes = participant_id.encode()
    if not id_bytes or len(id_bytes) > _MAX_ID_BYTES:
        raise ValueError(f"participant ids are 1 to {_MAX_ID_BYTES} bytes of UTF-8")
    body = bytes([FORMAT]) + _varint(badge_version) + id_bytes
    encoded = base64.b32encode(body + _mac(secret, body)).decode().rstrip("=")
    return PREFIX + encoded


class CodeStatus(Enum):
    VALID = "valid"
    INVALID = "invalid"  # has our shape but the signature fails: forged or damaged
    NOT_A_BADGE = "not_a_badge"  # not our format at all (maybe a ticket code)


@dataclass(frozen=True, slots=True)
class DecodedCode:
    status: CodeStatus
    participant_id: str = ""
    badge_version: int = 0


_NOT_OURS = DecodedCode(CodeStatus.NOT_A_BADGE)
_BASE32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def decode(secret: str, text: str) -> DecodedCode:
    """Check one reading of a scanned text against the event secret."""
    if not text.startswith(PREFIX) or len(text) < len(PREFIX) + 18:
        return _NOT_OURS
    body32 = text[len(PREFIX) :]
    if not set(body32) <= _BASE32:
        return _NOT_OURS
    try:
        raw = base64.b32decode(body32 + "=" * (-len(body32) % 8))
    except (binascii.Error, ValueError):
        return DecodedCode(CodeStatus.INVALID)  # our shape, but truncated or damaged
    if base64.b32encode(raw).decode().rstrip("=") != body32:
        # Base32 leaves unused bits in the last character; a code that differs
        # only there decodes to the same bytes but is not what we printed.
        return DecodedCode(CodeStatus.INVALID)
    if len(raw) <= SIGNATURE_BYTES + 2 or raw[0] != FORMAT:
        return DecodedCode(CodeStatus.INVALID)
    body, signature = raw[:-SIGNATURE_BYTES], raw[-SIGNATURE_BYTES:]
    if not hmac.compare_digest(signature, _mac(secret, body)):
        return DecodedCode(CodeStatus.INVALID)
    try:
        version, pos = _read_varint(body, 1)
        participant_id = body[pos:].decode()
    except (ValueError, UnicodeDecodeError):
        return DecodedCode(CodeStatus.INVALID)
    if not participant_id or len(body) - pos > _MAX_ID_BYTES or version < 1:
        return DecodedCode(CodeStatus.INVALID)
    return DecodedCode(CodeStatus.VALID, participant_id, version)
