"""Signed badge codes: round trip, tamper evidence, shape and size."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checkin.domain import codes
from checkin.domain.codes import CodeStatus

SECRET = "0f" * 32
OTHER_SECRET = "a1" * 32
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
QR_ALPHANUMERIC = re.compile(r"[0-9A-Z $%*+\-./:]+")

ids = st.text(min_size=1, max_size=100)
versions = st.integers(min_value=1, max_value=10**6)


@given(participant_id=ids, version=versions)
@example(participant_id="😀" * 100, version=10**6)  # 400 bytes of UTF-8: the longest id
@example(participant_id="\x00", version=1)
@example(participant_id="Παπαδόπουλος-" * 7, version=128)
def test_sign_then_decode_gives_back_id_and_version(participant_id: str, version: int) -> None:
    code = codes.sign(SECRET, participant_id, version)
    assert codes.decode(SECRET, code) == codes.DecodedCode(
        CodeStatus.VALID, participant_id, version
    )


@given(participant_id=ids, version=versions)
def test_code_uses_only_the_base32_alphabet(participant_id: str, version: int) -> None:
    code = codes.sign(SECRET, participant_id, version)
    assert code.startswith(codes.PREFIX)
    assert set(code) <= set(ALPHABET)
    # ... which is a subset of QR "alphanumeric" mode: a small QR code, no dead keys.
    assert QR_ALPHANUMERIC.fullmatch(code)


@settings(max_examples=40)
@given(
    participant_id=st.text(min_size=1, max_size=30),
    version=versions,
    data=st.data(),
)
def test_any_single_character_change_is_never_valid(
    participant_id: str, version: int, data: st.DataObject
) -> None:
    code = codes.sign(SECRET, participant_id, version)
    position = data.draw(st.integers(min_value=0, max_value=len(code) - 1), label="position")
    replacement = data.draw(
        st.characters(codec="utf-8").filter(lambda ch: ch != code[position]), label="char"
    )
    damaged = code[:position] + replacement + code[position + 1 :]
    assert codes.decode(SECRET, damaged).status in (CodeStatus.INVALID, CodeStatus.NOT_A_BADGE)


@pytest.mark.parametrize("participant_id", ["P1", "IDM-2015-0001", "Παπαδόπουλος", "王伟"])
def test_every_base32_substitution_at_every_position_is_invalid(participant_id: str) -> None:
    """Exhaustive over the alphabet a scanner can produce: no change slips through.

    This includes the last character, whose low bits are padding in base32: a
    code that differs only there must not be accepted as the same badge either.
    """
    code = codes.sign(SECRET, participant_id, 3)
    body_start = len(codes.PREFIX)
    for position in range(body_start, len(code)):
        for letter in ALPHABET:
            if letter == code[position]:
                continue
            damaged = code[:position] + letter + code[position + 1 :]
            assert codes.decode(SECRET, damaged).status is CodeStatus.INVALID, (position, letter)


def test_changed_prefix_is_not_a_badge() -> None:
    code = codes.sign(SECRET, "P1", 1)
    assert codes.decode(SECRET, "CX" + code[2:]).status is CodeStatus.NOT_A_BADGE
    assert codes.decode(SECRET, code.lower()).status is CodeStatus.NOT_A_BADGE


@given(participant_id=ids, version=versions)
@settings(max_examples=50)
def test_code_signed_with_another_secret_is_invalid(participant_id: str, version: int) -> None:
    forged = codes.sign(OTHER_SECRET, participant_id, version)
    assert codes.decode(SECRET, forged) == codes.DecodedCode(CodeStatus.INVALID)


def test_id_and_version_cannot_be_swapped_without_the_secret() -> None:
    """Re-signing the body of one code for another id needs the secret."""
    mine = codes.sign(SECRET, "P0001", 1)
    theirs = codes.sign(OTHER_SECRET, "P0002", 1)
    spliced = theirs[: len(theirs) - 16] + mine[-16:]
    assert codes.decode(SECRET, spliced).status is CodeStatus.INVALID


@given(
    participant_id=st.text(alphabet=st.characters(codec="ascii"), min_size=1, max_size=12),
    version=st.integers(min_value=1, max_value=99),
)
def test_codes_stay_short_for_typical_ids(participant_id: str, version: int) -> None:
    assert len(codes.sign(SECRET, participant_id, version)) < 50


def test_length_for_a_typical_registration_id() -> None:
    # 1 format byte + 1 version byte + 13 id bytes + 10 signature bytes = 25 bytes.
    code = codes.sign(SECRET, "IDM2015-00042", 1)
    assert len(code) == len(codes.PREFIX) + 40


@given(participant_id=st.text(min_size=1, max_size=40), version=versions, data=st.data())
@settings(max_examples=60)
def test_truncated_codes_are_never_valid(
    participant_id: str, version: int, data: st.DataObject
) -> None:
    code = codes.sign(SECRET, participant_id, version)
    cut = data.draw(st.integers(min_value=0, max_value=len(code) - 1), label="cut")
    assert codes.decode(SECRET, code[:cut]).status is not CodeStatus.VALID


@pytest.mark.parametrize("participant_id", ["P1", "IDM2015-00042", "Ковальчук-Олена"])
def test_truncated_codes_that_keep_their_shape_are_invalid(participant_id: str) -> None:
    """A scanner that drops the tail of a code: recognised as ours and damaged."""
    code = codes.sign(SECRET, participant_id, 7)
    for cut in range(len(codes.PREFIX) + 18, len(code)):
        assert codes.decode(SECRET, code[:cut]).status is CodeStatus.INVALID, cut


@pytest.mark.parametrize(
    "text",
    [
        "",
        "CK",
        "TKT-2015-0042",
        "https://example.org/badge/1",
        "ck" + "A" * 30,
        "CK" + "1" * 30,
        "CK" + "A" * 10,
        "CKAAAA AAAA AAAA AAAA AAAA",
        "CK" + "É" * 30,
    ],
)
def test_foreign_texts_are_not_badges(text: str) -> None:
    assert codes.decode(SECRET, text).status is CodeStatus.NOT_A_BADGE


def test_our_shape_with_garbage_inside_is_invalid() -> None:
    assert codes.decode(SECRET, "CK" + "A" * 40).status is CodeStatus.INVALID
    assert codes.decode(SECRET, "CK" + "7" * 64).status is CodeStatus.INVALID


def test_badge_versions_start_at_one() -> None:
    with pytest.raises(ValueError):
        codes.sign(SECRET, "P1", 0)


@pytest.mark.parametrize("participant_id", ["", "x" * 401, "😀" * 101])
def test_ids_a_code_could_not_carry_are_refused_when_signing(participant_id: str) -> None:
    """Never print a badge whose code the desk would then call invalid."""
    with pytest.raises(ValueError):
        codes.sign(SECRET, participant_id, 1)


def test_versions_are_told_apart() -> None:
    first, second = codes.sign(SECRET, "P1", 1), codes.sign(SECRET, "P1", 2)
    assert first != second
    assert codes.decode(SECRET, first).badge_version == 1
    assert codes.decode(SECRET, second).badge_version == 2


def test_new_secrets_are_random_and_long() -> None:
    secrets = {codes.new_secret() for _ in range(20)}
    assert len(secrets) == 20
    assert all(len(s) == 64 and int(s, 16) >= 0 for s in secrets)
