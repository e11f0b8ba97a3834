"""Making long words and texts fit a width, for labels that must not run off a panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption


def breakable(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with zero-width spaces inside any word wider than ``width``, so that a
    very long one-word name wraps inside the panel instead of running off its edge."""
    words = text.split(" ")
    if all(metrics.horizontalAdvance(word) <= width for word in words):
        return text
    out = []
    for word in words:
        pieces, line = [], ""
        for char in word:
            if line and metrics.horizontalAdvance(line + char) > width:
                pieces.append(line)
                line = ""
            line += char
        out.append("\u200b".join([*pieces, line]))
    return " ".join(out)


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` cut into the lines a word-wrapping label of ``width`` shows it in."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return [text[start : start + length].strip() for start, length in spans]


def elided_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` in at most ``lines`` lines of ``width``: the lines it wraps into, joined
    by line breaks, the last one ending in "…" when text had to be left out."""
    shown = wrapped_lines(text, font, width)
    if len(shown) <= lines:
        return text
    rest = " ".join(shown[lines - 1 :])
    last = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return "\n".join([*shown[: lines - 1], last])
