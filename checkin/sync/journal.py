"""The journal format: one line per event, a checksum first, fixed fields after.

A journal is ``journals/DESK-ID.jsonl``, written only by that desk, append
only. Its first line is a header naming the desk and a *generation* (random,
new each time the desk has to rewrite the file, e.g. after the share was
restored from a backup), so a reader whose remembered offset belongs to an
older file starts again from the top instead of landing mid-line. Every line::

    CRC32HEX <TAB> uuid <TAB> desk <TAB> seq <TAB> at <TAB> kind <TAB> participant <TAB>
        operator <TAB> {payload as compact JSON}

The CRC-32 (``zlib.crc32``) covers the bytes after the first tab. Why not one
JSON object per line: ``json.loads`` of 300k lines takes about 2.7 s, more
than the whole cold-merge budget; splitting on tabs and parsing the small
payload (most payloads repeat verbatim — ``{"day":…,"via":"badge",…}`` — so
they are parsed once per journal) is about 2.5× faster; see
``benchmarks/sync_bench.py``. Text fields escape ``\\``, TAB, LF and CR;
the payload is JSON, which never holds a raw control character.

Data minimisation: lines carry ids, times, desk and operator; what a payload
may carry is decided in :mod:`checkin.sync.minimise`.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from checkin.domain.gc_pause import collector_paused
from checkin.domain.log import Kind, LogEvent, iso_utc, payload_problem
from checkin.sync.fields import FAST_EVENTS, SETTERS, BadLine, escape, payload_of, unescape
from checkin.sync.minimise import travelling_payload

MAGIC = "#checkin-journal"
FORMAT = "1"

_KINDS = {str(kind): kind for kind in Kind}
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
#: Distinct payload texts parsed once per read; check-ins repeat a handful of them.
_PAYLOAD_CACHE = 4096


@dataclass(frozen=True, slots=True)
class CorruptLine:
    """A damaged line in the middle of a journal: skipped, counted and named."""

    source: str
    offset: int
    reason: str

    def __str__(self) -> str:
        return f"{self.source} at byte {self.offset}: {self.reason}"


@dataclass(slots=True)
class Decoded:
    """What one read of a journal gave."""

    events: list[LogEvent] = field(default_factory=list)
    end: int = 0  # absolute offset just after the last line consumed
    corrupt: list[CorruptLine] = field(default_factory=list)
    torn: bool = False  # the last line is incomplete: re-read it next time


@dataclass(frozen=True, slots=True)
class Header:
    desk: str
    generation: str
    length: int  # bytes, newline included
    #: The event package's secret check (``transport.secret_check``) the journal was
    #: written for; "" in journals older than this field. A journal copied in from
    #: another event's folder, or another load of the event, is told by it.
    event_check: str = ""


def new_generation() -> str:
    return secrets.token_hex(8)


def _line(body: str) -> bytes:
    data = body.encode("utf-8")
    return b"%08x\t%s\n" % (zlib.crc32(data), data)


def encode_header(desk: str, generation: str, event_check: str = "") -> bytes:
    check = f"\t{event_check}" if event_check else ""
    return _line(f"{MAGIC}\t{FORMAT}\t{escape(desk)}\t{generation}{check}")


def encode(event: LogEvent) -> bytes:
    """One journal line for ``event`` (with the newline), minimised for travel."""
    fields = (
        escape(event.uuid),
        escape(event.desk),
        str(int(event.seq)),
        iso_utc(event.at),
        str(event.kind),
        escape(event.participant_id),
        escape(event.operator),
        _dumps(travelling_payload(event)),
    )
    return _line("\t".join(fields))


def encode_journal(
    desk: str, generation: str, events: Iterable[LogEvent], event_check: str = ""
) -> bytes:
    """A whole journal: the header, then the events in the order given."""
    return encode_header(desk, generation, event_check) + b"".join(encode(e) for e in events)


def _checked_body(line: bytes) -> bytes:
    if len(line) < 10 or line[8:9] != b"\t":
        raise BadLine("not a journal line")
    try:
        expected = int(line[:8], 16)
    except ValueError:
        raise BadLine("not a journal line") from None
    body = line[9:]
    if zlib.crc32(body) != expected:
        raise BadLine("checksum mismatch")
    return body


_HEAD = b"\t" + MAGIC.encode()
_HEX = frozenset(b"0123456789abcdef")


def is_foreign(start: bytes) -> bool:
    """Whether a file named like a journal whose first bytes are ``start`` (its first
    line, or all of it) is no Check-in journal at all — a README, an empty file — as
    opposed to a journal, damaged or still being written (whose desk repairs it)."""
    if not start:
        return True  # empty: no desk wrote it (a desk's journal is never empty)
    if start[:1] == b"\x00":  # space a share shows before the bytes written into it
        return False  # arrive: read again (as still being written), never set aside
    if not set(start[:8]) <= _HEX:
        return True
    head = start[8 : 8 + len(_HEAD)]
    if len(head) == len(_HEAD):
        return head != _HEAD
    return b"\n" in start or not _HEAD.startswith(head)  # a complete line, or no prefix


def parse_header(data: bytes) -> Header | None:
    """The header at the start of ``data``; None while it is still incomplete."""
    end = data.find(b"\n")
    if end < 0:
        return None
    try:
        fields = _checked_body(data[:end]).decode("utf-8").split("\t")
    except UnicodeDecodeError:
        raise BadLine("the header is not UTF-8") from None
    if len(fields) not in (4, 5) or fields[0] != MAGIC:
        raise BadLine("not a Check-in journal")
    if fields[1] != FORMAT:
        raise BadLine(f"journal format {fields[1]} (written by a newer Check-in?)")
    return Header(unescape(fields[2]), fields[3], end + 1, fields[4] if len(fields) == 5 else "")


def decode(data: bytes, *, start: int, desk: str, source: str, settled: bool = False) -> Decoded:
    """The events in ``data``, which begins at byte ``start`` of the journal of ``desk``.

    A line without its newline, or a last line whose checksum fails (a write
    still arriving), is *torn*: not consumed, so the next read sees it again.
    A bad line with more lines after it is corrupt: reported and skipped.

    This loop is the hot path of a cold merge (300k lines): one function per
    line costs about 0.3 s there, so the checks are inline; and the cyclic
    garbage collector is paused, because the events it builds hold no cycles
    and its full collections over a large process cost 25-45 % of the time.

    ``settled``: the file has not changed for long (``folder.SETTLED_S``): no write
    is arriving, so a bad last line is damaged too, reported and skipped.
    """
    with collector_paused():
        return _decode(data, start, desk, source, settled)


def _decode(data: bytes, start: int, desk: str, source: str, settled: bool) -> Decoded:
    result = Decoded(end=start)
    lines = data.split(b"\n")
    tail = lines.pop()  # after the last newline: b"" unless the last line is torn
    last = len(lines) - 1
    payloads: dict[tuple[str, str], dict[str, Any]] = {}
    append, crc32, kinds, moment_of, new = (
        result.events.append,
        zlib.crc32,
        _KINDS,
        dt.datetime.fromisoformat,
        object.__new__,
    )
    fast, (s0, s1, s2, s3, s4, s5, s6, s7) = FAST_EVENTS, SETTERS
    offset = start
    for number, line in enumerate(lines):
        try:
            body = line[9:]
            try:
                intact = line[8:9] == b"\t" and crc32(body) == int(line[:8], 16)
            except ValueError:
                intact = False
            if not intact:
                raise BadLine("checksum mismatch" if line[8:9] == b"\t" else "not a journal line")
            try:
                fields = body.decode("utf-8").split("\t")
            except UnicodeDecodeError:
                raise BadLine("not UTF-8") from None
            if len(fields) != 8:
                raise BadLine(f"{len(fields)} fields instead of 8")
            uuid, line_desk, seq, at, kind, participant, operator, text = fields
            if b"\\" in body:
                uuid, line_desk = unescape(uuid), unescape(line_desk)
                participant, operator = unescape(participant), unescape(operator)
            if line_desk != desk:
                raise BadLine(f"an event of desk {line_desk!r} in the journal of {desk!r}")
            if kind not in kinds:
                raise BadLine(f"unknown kind {kind!r} (written by a newer Check-in?)")
            payload = payloads.get((kind, text))
            if payload is None:  # parsed and checked once per kind and text
                payload = payload_of(text)
                problem = payload_problem(kinds[kind], payload)
                if problem:
                    raise BadLine(problem)
                if len(payloads) < _PAYLOAD_CACHE:
                    payloads[kind, text] = payload
            try:
                moment, sequence = moment_of(at), int(seq)
            except ValueError:
                raise BadLine(f"bad time {at!r} or sequence number {seq!r}") from None
            if moment.tzinfo is None:
                raise BadLine("a time without a time zone")
            payload = payload.copy()  # each event its own dict; the cache shares parsed ones
            if fast:  # LogEvent(...) without its frozen __init__ (see fields.SETTERS)
                event = new(LogEvent)
                s0(event, kinds[kind])
                s1(event, participant)
                s2(event, operator)
                s3(event, moment)
                s4(event, payload)
                s5(event, uuid)
                s6(event, line_desk)
                s7(event, sequence)
            else:
                event = LogEvent(
                    kind=kinds[kind],
                    participant_id=participant,
                    operator=operator,
                    at=moment,
                    payload=payload,
                    uuid=uuid,
                    desk=line_desk,
                    seq=sequence,
                )
            append(event)
        except BadLine as problem:
            if number == last and not tail and not settled:
                result.end, result.torn = offset, True
                return result
            result.corrupt.append(CorruptLine(source, offset, str(problem)))
        offset += len(line) + 1
    result.end, result.torn = offset, bool(tail)
    return result
