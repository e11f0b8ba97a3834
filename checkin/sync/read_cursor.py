"""Where a reader of another desk's journal stands, and the lines it must read again.

A pull cursor is ``generation:offset:mtime_ns[:retry]``. ``offset`` is where
new lines start; ``retry`` lists the byte ranges (``start+length``) of lines
that did not verify when they were read: a line another desk's write has not
completely reached yet (a share may show a zero-filled hole for a moment), or
one damaged in the middle of the file. Such a range is read again at every
sync until it verifies — its events are merged then — or its desk rewrites
the journal (a new generation). So a reader never gives up on a line because
of how old the file looks by its own clock: nothing is skipped for good.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from checkin.domain.log import LogEvent
from checkin.sync.journal import decode

#: At most this many ranges wait in a cursor; past them the cursor stays at the next
#: bad line (read again from there), never past it.
MAX_RETRY = 32


@dataclass(frozen=True, slots=True)
class ReadCursor:
    generation: str
    offset: int
    mtime_ns: int
    retry: tuple[tuple[int, int], ...] = ()

    @classmethod
    def parse(cls, text: str | None) -> ReadCursor | None:
        try:
            generation, offset, mtime, *rest = (text or "").split(":")
            if len(rest) > 1:
                return None
            items = [item.split("+") for item in (rest or [""])[0].split(",") if item]
            ranges = tuple((int(start), int(length)) for start, length in items)
            return cls(generation, int(offset), int(mtime), ranges)
        except ValueError:
            return None

    def __str__(self) -> str:
        text = f"{self.generation}:{self.offset}:{self.mtime_ns}"
        if self.retry:
            text += ":" + ",".join(f"{start}+{length}" for start, length in self.retry)
        return text


def read_again(
    handle: BinaryIO, ranges: tuple[tuple[int, int], ...], desk: str, source: str
) -> tuple[list[LogEvent], list[tuple[int, int]]]:
    """Decode each waiting range again: its events once its lines verify, and the
    ranges of the lines that still do not (not reported again: they were once)."""
    events: list[LogEvent] = []
    still: list[tuple[int, int]] = []
    for start, length in ranges:
        handle.seek(start)
        chunk = handle.read(length)
        decoded = decode(chunk, start=start, desk=desk, source=source, settled=True)
        events += decoded.events
        still += bad_ranges(chunk, start, [line.offset for line in decoded.corrupt])
        if decoded.end < start + len(chunk) or len(chunk) < length:  # cut short: wait on
            still.append((decoded.end, start + length - decoded.end))
    return events, still


def bad_ranges(data: bytes, start: int, offsets: list[int]) -> list[tuple[int, int]]:
    """The ranges of the lines beginning at ``offsets`` (absolute) in ``data`` (which
    begins at ``start``), each with its newline."""
    ranges = []
    for offset in offsets:
        end = data.find(b"\n", offset - start)
        end = len(data) if end < 0 else end + 1
        ranges.append((offset, start + end - offset))
    return ranges
