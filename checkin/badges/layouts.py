"""The three badge formats: where each part of a badge goes, and how big its text is.

Sizes are in millimetres measured from the top of the badge, as a designer
reads a mock-up; :mod:`checkin.badges.compose` turns them into PDF points.
The areas do not overlap, so a field that fits its area cannot cover another
field or the QR code.

* ``a6`` — A6 portrait (105 × 148 mm), the insert of the common badge holders.
* ``cr80`` — a CR80 plastic card (54 × 85.6 mm) in portrait, for card printers.
* ``a4-4up`` — four A6 badges on an A4 sheet, to pre-print on an office printer
  and cut along the guides.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.units import mm

from checkin.badges.fitting import Style


@dataclass(frozen=True, slots=True)
class Area:
    top: float  # mm from the top edge of the badge
    height: float  # mm


@dataclass(frozen=True, slots=True)
class BadgeGeometry:
    """One badge: its size, its areas and its text styles (sizes in points)."""

    width: float  # mm
    height: float  # mm
    margin: float  # mm, left and right (and above the header)
    header: Area
    names: Area
    details: Area
    lower: Area  # country and flags on the left, the QR code on the right
    qr_size: float  # mm, the QR code with its quiet zone
    band: Area  # the category band, down to the bottom edge
    styles: dict[str, Style]
    chip_padding: float = 1.2  # mm around a flag's word
    #: mm kept clear of colour at the badge's edges, for printers that cannot print
    #: there: 0 where the badge is the page (card printers print edge to edge)
    print_inset: float = 0.0

    @property
    def size(self) -> tuple[float, float]:
        return self.width * mm, self.height * mm


@dataclass(frozen=True, slots=True)
class PageLayout:
    """A page format: its size and where badges sit on it (PDF points)."""

    name: str
    page_size: tuple[float, float]
    badge: BadgeGeometry
    slots: tuple[tuple[float, float], ...]  # lower-left corner of each badge on the page
    cut_guides: bool = False

    @property
    def per_page(self) -> int:
        return len(self.slots)


A6 = BadgeGeometry(
    width=105,
    height=148,
    margin=7,
    header=Area(6, 15),
    names=Area(25, 41),
    details=Area(68, 20),
    lower=Area(90, 33),
    qr_size=33,
    band=Area(126, 22),
    styles={
        "event": Style(11, 7.5, bold=True),
        "dates": Style(8, 6, max_lines=1),
        "given": Style(32, 17, bold=True),
        "family": Style(21, 12),
        "latin": Style(10.5, 7, max_lines=1),
        "position": Style(10, 7),
        "organisation": Style(12.5, 8, bold=True, max_lines=3),
        "country": Style(12, 8, bold=True),
        "flag": Style(10, 6.5, bold=True, max_lines=1),
        "band": Style(16, 12, bold=True),
        "marker": Style(7, 5, max_lines=1),
    },
)

CR80 = BadgeGeometry(
    width=53.98,
    height=85.6,
    margin=3.5,
    header=Area(3, 8.5),
    names=Area(13, 21),
    details=Area(35, 11.5),
    lower=Area(47.5, 22),
    qr_size=22,
    band=Area(72, 13.6),
    styles={
        "event": Style(7, 5, bold=True),
        "dates": Style(5.5, 4.5, max_lines=1),
        "given": Style(17, 9, bold=True),
        "family": Style(11.5, 7),
        "latin": Style(6.5, 5, max_lines=1),
        "position": Style(6.5, 5),
        "organisation": Style(7.5, 5.5, bold=True, max_lines=3),
        "country": Style(7.5, 5.5, bold=True),
        "flag": Style(6.5, 4.5, bold=True, max_lines=1),
        "band": Style(10, 7.5, bold=True),
        "marker": Style(5, 4, max_lines=1),
    },
    chip_padding=0.8,
)

#: An A6 badge on an office printer's A4 sheet: two of its edges are the paper's, where
#: such printers leave 4–5 mm blank, so the band and the marker stay 5 mm inside.
A6_ON_A4 = replace(A6, print_inset=5.0)

_A4 = (210 * mm, 297 * mm)
_HALF_A4 = 148.5 * mm

LAYOUTS: dict[str, PageLayout] = {
    "a6": PageLayout("a6", A6.size, A6, ((0.0, 0.0),)),
    "cr80": PageLayout("cr80", CR80.size, CR80, ((0.0, 0.0),)),
    "a4-4up": PageLayout(
        "a4-4up",
        _A4,
        A6_ON_A4,
        # Reading order: top left, top right, bottom left, bottom right; each badge
        # sits at the top of its half so the cut along the middle is the same for all.
        (
            (0.0, _A4[1] - A6.size[1]),
            (105 * mm, _A4[1] - A6.size[1]),
            (0.0, _HALF_A4 - A6.size[1]),
            (105 * mm, _HALF_A4 - A6.size[1]),
        ),
        cut_guides=True,
    ),
}
