"""The journal format on its own: lines, checksums, torn and corrupt lines, file names."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.domain.log import Kind, LogEvent
from checkin.sync import journal, names
from checkin.sync.journal import BadLine, decode, encode, encode_header, encode_journal

T0 = dt.datetime(2015, 10, 26, 6, 41, 3, 120000, tzinfo=dt.UTC)


def event(seq: int, **kw) -> LogEvent:
    values = dict(
        kind=Kind.CHECK_IN,
        participant_id=f"P{seq:03d}",
        operator="ana",
        at=T0 + dt.timedelta(seconds=seq),
        payload={"day": "2015-10-26", "via": "badge", "desk_name": "North"},
        desk="D1",
        seq=seq,
    )
    values.update(kw)
    return LogEvent(**values)


def read_all(data: bytes, desk: str = "D1") -> journal.Decoded:
    header = journal.parse_header(data)
    assert header is not None
    return decode(data[header.length :], start=header.length, desk=desk, source="j")


def test_a_line_is_a_checksum_then_tab_separated_fields_and_round_trips() -> None:
    original = event(7)
    line = encode(original)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    crc, body = line[:-1].split(b"\t", 1)
    assert len(crc) == 8
    fields = body.decode().split("\t")
    assert fields[:6] == [original.uuid, "D1", "7", "2015-10-26T06:41:10.120Z", "check_in", "P007"]
    decoded = decode(line, start=0, desk="D1", source="j")
    assert decoded.events == [original]
    assert decoded.end == len(line) and not decoded.torn and not decoded.corrupt


printable = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@given(participant=printable, operator=printable, payload=st.dictionaries(printable, printable))
def test_any_text_survives_the_trip_tabs_newlines_backslashes_and_scripts(
    participant: str, operator: str, payload: dict
) -> None:
    payload = {**payload, "day": "2015-10-26"}  # what a check-in must carry
    original = event(1, participant_id=participant, operator=operator, payload=payload)
    line = encode(original)
    assert line.count(b"\n") == 1
    assert decode(line, start=0, desk="D1", source="j").events == [original]


def test_a_line_without_its_newline_is_torn_and_not_consumed() -> None:
    whole = encode_journal("D1", "g1", [event(1), event(2)])
    cut = whole[:-10]
    result = read_all(cut)
    assert [e.seq for e in result.events] == [1]
    assert result.torn and not result.corrupt
    assert result.end == len(whole) - len(encode(event(2)))  # the next read starts at line 2


def test_a_damaged_last_line_is_torn_a_write_still_arriving() -> None:
    whole = bytearray(encode_journal("D1", "g1", [event(1), event(2)]))
    whole[-5] ^= 0x20  # the last line is complete but its bytes are not all there yet
    result = read_all(bytes(whole))
    assert [e.seq for e in result.events] == [1]
    assert result.torn and not result.corrupt


def test_a_damaged_last_line_in_a_settled_journal_is_reported_not_awaited() -> None:
    """Unchanged for long, the journal has no write arriving: its bad last line was
    "still being written" for ever, and was never named."""
    whole = bytearray(encode_journal("D1", "g1", [event(1), event(2)]))
    whole[-5] ^= 0x20
    header = journal.parse_header(bytes(whole))
    result = decode(bytes(whole[header.length :]), start=header.length, desk="D1",
                    source="j", settled=True)
    assert [e.seq for e in result.events] == [1]
    assert not result.torn and len(result.corrupt) == 1
    assert result.end == len(whole)


def test_a_damaged_line_in_the_middle_is_reported_by_offset_and_skipped() -> None:
    lines = [encode(event(n)) for n in (1, 2, 3)]
    header = encode_header("D1", "g1")
    damaged = bytearray(lines[1])
    damaged[40] ^= 0x01
    data = header + lines[0] + bytes(damaged) + lines[2]
    result = read_all(data)
    assert [e.seq for e in result.events] == [1, 3]
    assert len(result.corrupt) == 1
    bad = result.corrupt[0]
    assert bad.offset == len(header) + len(lines[0])
    assert "checksum" in str(bad) and str(bad).startswith("j at byte ")
    assert result.end == len(data) and not result.torn


@pytest.mark.parametrize(
    "garbage",
    [b"\x00" * 80, b"not a journal line at all", b"zzzzzzzz\t" + b"x" * 30, b""],
)
def test_garbage_between_lines_never_raises(garbage: bytes) -> None:
    data = encode_journal("D1", "g1", [event(1)]) + garbage + b"\n" + encode(event(2))
    result = read_all(data)
    assert [e.seq for e in result.events] == [1, 2]
    assert len(result.corrupt) == 1


def test_a_line_of_another_desk_in_a_journal_is_skipped() -> None:
    data = encode_journal("D1", "g1", [event(1), event(2, desk="D2"), event(3)])
    result = read_all(data)
    assert [e.seq for e in result.events] == [1, 3]
    assert "desk 'D2'" in result.corrupt[0].reason


def test_an_unknown_kind_from_a_newer_version_is_named() -> None:
    line = encode(event(1)).replace(b"check_in", b"teleport")
    body = line[9:-1]
    import zlib

    line = b"%08x\t%s\n" % (zlib.crc32(body), body)
    data = encode_header("D1", "g") + line + encode(event(2))
    result = read_all(data)
    assert "unknown kind 'teleport'" in result.corrupt[0].reason


@pytest.mark.parametrize(
    ("kind", "payload", "reason"),
    [
        (Kind.CHECK_IN, {"via": "badge"}, "without a valid day"),
        (Kind.CHECK_IN, {"day": "tomorrow"}, "without a valid day"),
        (Kind.UNDO, {"undoes": 5, "day": "2015-10-26"}, "not a list of event ids"),
        (Kind.BADGE_REPLACED, {"reason": "lost"}, "without a valid badge version"),
        (Kind.BADGE_REPLACED, {"version": "x"}, "without a valid badge version"),
        (Kind.PARTICIPANT_UPDATED, {"days": "all"}, "days are not dates"),
        (Kind.PARTICIPANT_CREATED, {"last_name": ["Li"]}, "last_name is not text"),
    ],
)
def test_a_line_with_a_good_checksum_and_an_impossible_payload_is_skipped_and_named(
    kind, payload, reason
) -> None:
    """Written by a broken build or by hand: one line must not stop every desk's merge."""
    data = encode_journal("D1", "g1", [event(1), event(2, kind=kind, payload=payload), event(3)])
    result = read_all(data)
    assert [e.seq for e in result.events] == [1, 3]
    assert reason in result.corrupt[0].reason


def test_the_header_names_desk_and_generation_and_refuses_other_formats() -> None:
    header = journal.parse_header(encode_header("D1", "abc") + b"rest")
    assert header == journal.Header("D1", "abc", len(encode_header("D1", "abc")))
    assert header.event_check == ""  # journals written before the event check: still read
    checked = encode_header("D1", "abc", "0123456789abcdef")
    assert journal.parse_header(checked) == journal.Header(
        "D1", "abc", len(checked), "0123456789abcdef")
    assert journal.parse_header(encode_header("D1", "abc")[:-3]) is None  # still incomplete
    with pytest.raises(BadLine):
        journal.parse_header(b"hello world\n")
    newer = encode_header("D1", "abc").replace(b"\t1\t", b"\t9\t")
    with pytest.raises(BadLine):
        journal.parse_header(newer)


def test_walk_ins_travel_with_only_the_fields_other_desks_need() -> None:
    created = event(
        1,
        kind=Kind.PARTICIPANT_CREATED,
        participant_id="W-1A2B3C4D",
        payload={
            "first_name": "Ana",
            "last_name": "Pérez",
            "organisation": "Cruz Roja",
            "country": "ES",
            "category": "civil",
            "email": "ana.perez@example.org",
            "notes": "allergic to nuts",
            "days": ["2015-10-26"],
        },
    )
    line = encode(created)
    assert b"example.org" not in line and b"nuts" not in line
    payload = decode(line, start=0, desk="D1", source="j").events[0].payload
    assert payload == {
        "first_name": "Ana",
        "last_name": "Pérez",
        "organisation": "Cruz Roja",
        "country": "ES",
        "category": "civil",
        "days": ["2015-10-26"],
    }
    correction = event(2, kind=Kind.PARTICIPANT_UPDATED, payload={"last_name": "Perez"})
    assert decode(encode(correction), start=0, desk="D1", source="j").events[0].payload == {
        "last_name": "Perez"
    }


@pytest.mark.parametrize(
    "name",
    [
        "D1A2B3C4D (conflicted copy).jsonl",
        "D1A2B3C4D (Ana's conflicted copy 2015-10-26).jsonl",
        "D1A2B3C4D.sync-conflict-20151026-083000-ABCDEFG.jsonl",
        "D1A2B3C4D (1).jsonl",
        "D1A2B3C4D-LAPTOP-7.jsonl",
        "D1A2B3C4D.jsonl.bak",
        "D1A2B3C4D.json",
        "notes.txt",
        "Copy of D1A2B3C4D.jsonl",
    ],
)
def test_conflict_copies_and_foreign_files_are_not_journals(name: str) -> None:
    assert names.desk_of_journal(name) is None


def test_a_desk_journal_name_round_trips() -> None:
    assert names.desk_of_journal(names.journal_name("D1A2B3C4D")) == "D1A2B3C4D"
    assert names.why_ignored("D1 (conflicted copy).jsonl") == "conflict copy"
    assert names.why_ignored("agenda.docx") == "not a journal"
