"""Badge PDF, one A6 page, against a bare reportlab page with the same text and QR.

Measured only when :mod:`checkin.badges` exposes ``render_pdf`` (looked up at
run time: the badge code is being written alongside these benchmarks). Each
badge is a different person, so its QR code is new. Fonts are parsed once per
process, the first time a script needs them (Droid Sans Fallback for CJK:
~90 ms): one badge per script is drawn before timing, and the very first badge
is reported apart.
"""

from __future__ import annotations

import importlib
import io
import json
import statistics
import time
from collections.abc import Callable

from benchmarks.datasets import SECRET
from benchmarks.figures import Figure, Target, p50, p99
from checkin.domain import codes
from checkin.domain.countries import country_name
from checkin.domain.event_config import parse_event_config
from checkin.domain.model import EventConfig, Participant
from checkin.paths import demo_event_dir, resources

A6 = (297.64, 419.53)  # points


def _renderer() -> Callable[[Participant, str, EventConfig], bytes] | None:
    module = importlib.import_module("checkin.badges")
    render_pdf, badge = getattr(module, "render_pdf", None), getattr(module, "Badge", None)
    if render_pdf is None or badge is None:
        return None
    return lambda person, code, event: render_pdf([badge(person, code)], event, "a6")


def _bare_page() -> Callable[[Participant, str, EventConfig], bytes]:
    import qrcode
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    for name in ("NotoSans-Regular", "NotoSans-Bold"):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resources() / "fonts" / f"{name}.ttf")))

    def page(person: Participant, code: str, event: EventConfig) -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A6, pageCompression=1)
        lines = [
            ("NotoSans-Bold", 14, event.short_name.get("en", "")),
            ("NotoSans-Bold", 26, person.display_name),
            ("NotoSans-Regular", 14, person.name_latin),
            ("NotoSans-Regular", 12, person.title),
            ("NotoSans-Regular", 12, person.organisation),
            ("NotoSans-Regular", 12, country_name(person.country)),
            ("NotoSans-Bold", 14, person.category),
        ]
        y = A6[1] - 40
        for font, size, text in lines:
            canvas.setFont(font, size)
            canvas.drawString(20, y, text)
            y -= size * 1.6
        image = qrcode.make(code, border=2)
        canvas.drawImage(ImageReader(image.get_image()), 180, 20, 100, 100)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    return page


def measure(people: list[Participant], count: int) -> list[Figure]:
    render = _renderer()
    if render is None:
        return []
    event = parse_event_config(
        json.loads((demo_event_dir() / "event.json").read_text(encoding="utf-8"))
    )
    bare = _bare_page()

    def signed(chosen: list[Participant]) -> list[tuple[Participant, str]]:
        return [(p, codes.sign(SECRET, p.id, p.badge_version)) for p in chosen]

    warm_up = signed(_one_per_script(people))
    began = time.perf_counter()
    render(*warm_up[0], event)
    first = (time.perf_counter() - began) * 1000
    for person, code in warm_up:  # each font is parsed once per process, on first use
        render(person, code, event)
        bare(person, code, event)
    sample = signed(people[: count + 1])
    ours, baseline = [], []
    for person, code in sample[1:]:
        began = time.perf_counter()
        render(person, code, event)
        ours.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        bare(person, code, event)
        baseline.append((time.perf_counter() - began) * 1000)
    details = {"badges": len(ours), "first_badge_ms": first, "mean": statistics.mean(ours)}
    return [
        Figure(
            "badge PDF, one A6 page (checkin.badges.render_pdf), p50",
            p50(ours),
            "ms",
            p50(baseline),
            Target(20.0),
            note="baseline: bare reportlab page, same text + QR",
            details=details,
        ),
        Figure(
            "badge PDF, one A6 page (checkin.badges.render_pdf), p99",
            p99(ours),
            "ms",
            p99(baseline),
            Target(20.0),
        ),
    ]


def _one_per_script(people: list[Participant]) -> list[Participant]:
    """The first person of each script family (Latin, Arabic, CJK and Hangul, other)."""

    def family(person: Participant) -> str:
        for ch in person.display_name:
            if "\u0600" <= ch <= "\u06ff":
                return "arabic"
            if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af":
                return "cjk"
            if ord(ch) > 0x24F and ch.isalpha():
                return "other"
        return "latin"

    first: dict[str, Participant] = {}
    for person in people:
        first.setdefault(family(person), person)
    return list(first.values())
