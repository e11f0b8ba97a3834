"""Badge layouts and PDFs: participant + event config + code -> PDF bytes.

Pure layout and PDF: no Qt, no SQL, no store (import-linter enforces it). The
service layer decides *which* code a badge carries and records that it was
printed; Qt prints the PDF. Fonts are registered once and QR matrices and
shaped, measured lines are cached, so a badge after the first costs
milliseconds.

Importing this package is cheap (the event loader checks badge settings with
it); reportlab and the fonts load when the first badge is laid out, so a CLI
command that prints no badge does not pay for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checkin.badges.config import (
    LAYOUT_NAMES,
    BadgeConfig,
    BadgeConfigError,
    badge_config,
    parse_badge_config,
)
from checkin.domain.model import EventConfig, Participant

if TYPE_CHECKING:
    from checkin.badges.layouts import PageLayout
    from checkin.badges.pdf import PlacedBadge

__all__ = [
    "LAYOUT_NAMES",
    "Badge",
    "BadgeConfig",
    "BadgeConfigError",
    "Rendered",
    "badge_config",
    "layout",
    "page_plans",
    "parse_badge_config",
    "render",
    "render_pdf",
    "warm_up",
]


@dataclass(frozen=True, slots=True)
class Badge:
    """One badge to draw: who, and the code its QR holds (signed by the service)."""

    participant: Participant
    code: str


def warm_up() -> None:
    """Load reportlab and parse every font now (~0.3 s), e.g. on a worker at start-up,
    so the first badge printed at the desk is as quick as the others."""
    from checkin.badges import fonts

    for family in fonts.FAMILIES:
        fonts.face(family, True)
        fonts.covers(family, "a")  # parses the font and caches its character map
    fonts.is_plain("a")  # the characters that need no shaping


def layout(name: str) -> PageLayout:
    """The page layout called ``name``; ``ValueError`` names the known ones."""
    from checkin.badges.layouts import LAYOUTS

    try:
        return LAYOUTS[name]
    except KeyError:
        raise ValueError(
            f"unknown badge layout {name!r} (known: {', '.join(LAYOUT_NAMES)})"
        ) from None


def page_plans(
    badges: Sequence[Badge], event: EventConfig, layout_name: str, config: BadgeConfig
) -> list[list[PlacedBadge]]:
    """The badges laid out and placed, page by page."""
    from checkin.badges.compose import compose
    from checkin.badges.pdf import PlacedBadge

    page = layout(layout_name)
    placed = [compose(badge.participant, event, badge.code, config, page.badge) for badge in badges]
    pages = []
    for start in range(0, len(placed), page.per_page):
        chunk = placed[start : start + page.per_page]
        pages.append([PlacedBadge(plan, *page.slots[i]) for i, plan in enumerate(chunk)])
    return pages


@dataclass(frozen=True, slots=True)
class Rendered:
    pdf: bytes
    #: Per participant id, the characters printed blank: no bundled font has them (and
    #: the list gave no Latin spelling to print instead). Empty almost always.
    unprintable: dict[str, str]


def render(
    badges: Sequence[Badge],
    event: EventConfig,
    layout_name: str = "a6",
    config: BadgeConfig | None = None,
) -> Rendered:
    """A PDF of ``badges`` in the named layout (one badge per page, or four per A4)."""
    from checkin.badges.pdf import write_pdf

    if not badges:
        raise ValueError("no badge to render")
    config = config or badge_config(event)
    page = layout(layout_name)
    pages = page_plans(badges, event, layout_name, config)
    first = badges[0].participant
    title = first.display_name if len(badges) == 1 else f"{len(badges)} badges"
    pdf = write_pdf(pages, page.page_size, title=title, cut_guides=page.cut_guides)
    plans = [placed.plan for placed_page in pages for placed in placed_page]
    unprintable = {
        badge.participant.id: "".join(sorted(plan.missing_glyphs))
        for badge, plan in zip(badges, plans, strict=True)
        if plan.missing_glyphs
    }
    return Rendered(pdf, unprintable)


def render_pdf(
    badges: Sequence[Badge],
    event: EventConfig,
    layout_name: str = "a6",
    config: BadgeConfig | None = None,
) -> bytes:
    """:func:`render`'s PDF alone."""
    return render(badges, event, layout_name, config).pdf
