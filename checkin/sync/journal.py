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

import dataclasses
import datetime as dt
import json
import secrets
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from checkin.domain.log import Kind, LogEvent, iso_utc
from checkin.sync.minimise import travelling_payload

MAGIC = "#checkin-journal"
FORMAT = "1"

_KINDS = {str(kind): kind for kind in Kind}
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
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


class BadLine(ValueError):
    """One line that cannot be used; the message says why."""


def new_generation() -> str:
    return secrets.token_hex(8)


def _escape(text: str) -> str:
    if any(ch in text for ch in _ESCAPES):
        return "".join(_ESCAPES.get(ch, ch) for ch in text)
    return text


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out, chars = [], iter(text)
    for ch in chars:
        if ch == "\\":
            code = next(chars, "")
            if code not in _UNESCAPES:
                raise BadLine(f"bad escape \\{code}")
            ch = _UNESCAPES[code]
        out.append(ch)
    return "".join(out)


def _line(body: str) -> bytes:
    data = body.encode("utf-8")
    return b"%08x\t%s\n" % (zlib.crc32(data), data)


def encode_header(desk: str, generation: str) -> bytes:
    return _line(f"{MAGIC}\t{FORMAT}\t{_escape(desk)}\t{generation}")


def encode(event: LogEvent) -> bytes:
    """One journal line for ``event`` (with the newline), minimised for travel."""
    fields = (
        _escape(event.uuid),
        _escape(event.desk),
        str(int(event.seq)),
        iso_utc(event.at),
        str(event.kind),
        _escape(event.participant_id),
        _escape(event.operator),
        _dumps(travelling_payload(event)),
    )
    return _line("\t".join(fields))


def encode_journal(desk: str, generation: str, events: Iterable[LogEvent]) -> bytes:
    """A whole journal: the header, then the events in the order given."""
    return encode_header(desk, generation) + b"".join(encode(e) for e in events)


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


def parse_header(data: bytes) -> Header | None:
    """The header at the start of ``data``; None while it is still incomplete."""
    end = data.find(b"\n")
    if end < 0:
        return None
    try:
        fields = _checked_body(data[:end]).decode("utf-8").split("\t")
    except UnicodeDecodeError:
        raise BadLine("the header is not UTF-8") from None
    if len(fields) != 4 or fields[0] != MAGIC:
        raise BadLine("not a Check-in journal")
    if fields[1] != FORMAT:
        raise BadLine(f"journal format {fields[1]} (written by a newer Check-in?)")
    return Header(_unescape(fields[2]), fields[3], end + 1)


def decode(data: bytes, *, start: int, desk: str, source: str) -> Decoded:
    """The events in ``data``, which begins at byte ``start`` of the journal of ``desk``.

    A line without its newline, or a last line whose checksum fails (a write
    still arriving), is *torn*: not consumed, so the next read sees it again.
    A bad line with more lines after it is corrupt: reported and skipped.

    This loop is the hot path of a cold merge (300k lines): one function per
    line costs about 0.3 s there, so the checks are inline.
    """
    result = Decoded(end=start)
    lines = data.split(b"\n")
    tail = lines.pop()  # after the last newline: b"" unless the last line is torn
    last = len(lines) - 1
    payloads: dict[str, dict[str, Any]] = {}
    append, crc32, kinds = result.events.append, zlib.crc32, _KINDS
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
                uuid, line_desk = _unescape(uuid), _unescape(line_desk)
                participant, operator = _unescape(participant), _unescape(operator)
            if line_desk != desk:
                raise BadLine(f"an event of desk {line_desk!r} in the journal of {desk!r}")
            if kind not in kinds:
                raise BadLine(f"unknown kind {kind!r} (written by a newer Check-in?)")
            payload = payloads.get(text)
            if payload is None:
                payload = _payload(text)
                if len(payloads) < _PAYLOAD_CACHE:
                    payloads[text] = payload
            moment = _moment(at)
            # each event its own dict: the cache shares the parsed ones
            append(
                _log_event(
                    kinds[kind],
                    participant,
                    operator,
                    moment,
                    payload.copy(),
                    uuid,
                    line_desk,
                    _number(seq),
                )
            )
        except BadLine as problem:
            if number == last and not tail:
                result.torn = True
                return result
            result.corrupt.append(CorruptLine(source, offset, str(problem)))
        offset += len(line) + 1
        result.end = offset
    result.torn = bool(tail)
    return result


def _payload(text: str) -> dict[str, Any]:
    try:
        payload = json.loads(text)
    except ValueError:
        raise BadLine("the payload is not JSON") from None
    if not isinstance(payload, dict):
        raise BadLine("the payload is not a JSON object")
    return payload


def _moment(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise BadLine(f"bad time {text!r}") from None
    if moment.tzinfo is None:
        raise BadLine("a time without a time zone")
    return moment


def _number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise BadLine(f"bad sequence number {text!r}") from None


_FIELDS = ("kind", "participant_id", "operator", "at", "payload", "uuid", "desk", "seq")
_SET = tuple(getattr(LogEvent, name).__set__ for name in _FIELDS)


def _fast_log_event(kind, participant, operator, at, payload, uuid, desk, seq) -> LogEvent:
    """A :class:`LogEvent` without its frozen ``__init__`` (about 1 µs saved per line).

    Used only while :data:`_FIELDS` is exactly the dataclass's field list;
    otherwise :data:`_log_event` is the ordinary constructor.
    """
    event = object.__new__(LogEvent)
    s = _SET
    s[0](event, kind)
    s[1](event, participant)
    s[2](event, operator)
    s[3](event, at)
    s[4](event, payload)
    s[5](event, uuid)
    s[6](event, desk)
    s[7](event, seq)
    return event


_log_event = (
    _fast_log_event
    if tuple(f.name for f in dataclasses.fields(LogEvent)) == _FIELDS
    and not hasattr(LogEvent, "__post_init__")
    else LogEvent
)
