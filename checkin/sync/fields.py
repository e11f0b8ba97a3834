"""Field codecs of the journal format: escaping, parsing, and building events fast.

Apart from :mod:`checkin.sync.journal` so that the format reads as a format;
everything here raises :class:`BadLine`, which a reader turns into a named,
skipped line instead of an exception.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from checkin.domain.log import LogEvent

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


class BadLine(ValueError):
    """One line that cannot be used; the message says why."""


def escape(text: str) -> str:
    if any(ch in text for ch in _ESCAPES):
        return "".join(_ESCAPES.get(ch, ch) for ch in text)
    return text


def unescape(text: str) -> str:
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


def payload_of(text: str) -> dict[str, Any]:
    try:
        payload = json.loads(text)
    except ValueError:
        raise BadLine("the payload is not JSON") from None
    if not isinstance(payload, dict):
        raise BadLine("the payload is not a JSON object")
    return payload


_FIELDS = ("kind", "participant_id", "operator", "at", "payload", "uuid", "desk", "seq")

#: Setters of LogEvent's slots, in ``_FIELDS`` order. The journal decoder builds
#: events with ``object.__new__`` and these instead of the frozen dataclass's
#: ``__init__``: about 1 µs less per line, a third of a second in a cold merge.
#: Only while LogEvent has exactly these fields and no ``__post_init__``
#: (``FAST_EVENTS``); otherwise the decoder calls the constructor.
FAST_EVENTS = tuple(f.name for f in dataclasses.fields(LogEvent)) == _FIELDS and not hasattr(
    LogEvent, "__post_init__"
)
SETTERS = tuple(getattr(LogEvent, name).__set__ for name in _FIELDS) if FAST_EVENTS else (None,) * 8
