"""Figures: one measured value, its baseline from the same run, and its target.

``ratio`` always says how many times *costlier* ours is than the baseline
(``> 1`` = slower): value / baseline for times and sizes, baseline / value
for throughputs (rows per second).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Target:
    """A DESIGN.md target: a limit on the value and/or on the ratio to the baseline."""

    limit: float | None = None
    at_least: bool = False  # True for throughputs: the value must reach the limit
    max_ratio: float | None = None

    def describe(self, unit: str) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"{'≥' if self.at_least else '<'} {_number(self.limit)} {unit}")
        if self.max_ratio is not None:
            parts.append(f"ratio ≤ {_number(self.max_ratio)}×")
        return ", ".join(parts)

    def check(self, value: float, ratio: float | None) -> bool:
        ok = True
        if self.limit is not None:
            ok = value >= self.limit if self.at_least else value < self.limit
        if self.max_ratio is not None and ratio is not None:
            ok = ok and ratio <= self.max_ratio
        return ok


@dataclass(slots=True)
class Figure:
    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    target: Target | None = None
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or self.baseline is None or not self.baseline or not self.value:
            return None
        if self.unit.endswith("/s"):
            return self.baseline / self.value
        return self.value / self.baseline

    @property
    def ok(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.target.check(self.value, self.ratio)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": _rounded(self.value),
            "unit": self.unit,
            "baseline": _rounded(self.baseline),
            "ratio": _rounded(self.ratio),
            "target": self.target.describe(self.unit) if self.target else None,
            "ok": self.ok,
            "note": self.note,
            **({"details": self.details} if self.details else {}),
        }


def not_measured(name: str, unit: str, target: Target, why: str) -> Figure:
    """A DESIGN figure we cannot measure yet: listed, never faked."""
    return Figure(name, None, unit, target=target, note=f"not measured — {why}")


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (p99 of 200 samples is the 198th smallest)."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def p50(samples: Sequence[float]) -> float:
    return percentile(samples, 0.50)


def p99(samples: Sequence[float]) -> float:
    return percentile(samples, 0.99)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 1000 else f"{value:g}"


def _rounded(value: float | None) -> float | None:
    if value is None:
        return None
    return round(value, 4) if abs(value) < 100 else round(value, 1)


def table(figures: Sequence[Figure]) -> str:
    """A plain-text table, one line per figure (Markdown-compatible)."""
    head = ("figure", "value", "baseline", "ratio", "target", "ok")
    rows = [head]
    for fig in figures:
        value = "—" if fig.value is None else f"{_show(fig.value)} {fig.unit}"
        baseline = "—" if fig.baseline is None else f"{_show(fig.baseline)} {fig.unit}"
        ratio = "—" if fig.ratio is None else f"{fig.ratio:.2f}×"
        target = fig.target.describe(fig.unit) if fig.target else ""
        ok = {True: "yes", False: "NO", None: "—"}[fig.ok]
        rows.append(
            (fig.name + (f" ({fig.note})" if fig.note else ""), value, baseline, ratio, target, ok)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def _show(value: float) -> str:
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3f}"
