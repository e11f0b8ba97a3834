"""Laying out one badge: participant + event + code -> :class:`BadgePlan`.

Each part of the badge is one small renderer that fills its own area of the
:class:`BadgeGeometry` (header, names, details, country and flags beside the
QR code, category band). Within an area the fields shrink together until they
fit, so a very long name takes room from nothing else and never reaches the
QR code or the edge of the badge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.units import mm

from checkin.badges import fonts, qr, wording
from checkin.badges.config import BadgeConfig
from checkin.badges.fitting import Fitted, Style, fit
from checkin.badges.layouts import Area, BadgeGeometry
from checkin.badges.plan import BadgePlan, Box, Fill, Item, QrCode, Rule, TextLine
from checkin.domain.countries import country_name
from checkin.domain.model import EventConfig, Participant

INK, MUTED, RULE, CHIP = "#1a1a1a", "#4a4a4a", "#c4c4c4", "#1a1a1a"
_FALLBACK_BAND = "#607d8b"
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
Field = tuple[str, str, Style]
#: Fields that give up their second line first when an area is crowded.
_SECONDARY = frozenset({"position", "dates", "latin"})


def compose(
    participant: Participant,
    event: EventConfig,
    code: str,
    config: BadgeConfig,
    geometry: BadgeGeometry,
) -> BadgePlan:
    """The laid-out badge of ``participant`` whose QR code holds ``code``."""
    language = wording.supported_language(config.language_for(participant.language))
    width, height = geometry.size
    margin = geometry.margin * mm
    styles = geometry.styles

    def area(part: Area) -> Box:
        return Box(
            margin, height - (part.top + part.height) * mm, width - 2 * margin, part.height * mm
        )

    items: list[Item] = []
    header = [
        ("event", wording.event_title(event, config, language), styles["event"]),
        ("dates", wording.dates_line(event, config, language), styles["dates"]),
    ]
    items += block(header, area(geometry.header), MUTED)
    rule_y = height - (geometry.header.top + geometry.header.height + geometry.names.top) / 2 * mm
    items.append(Rule(margin, rule_y, width - margin, rule_y, RULE, 0.6))
    details = [
        ("position", participant.title if config.show_title else "", styles["position"]),
        (
            "organisation",
            participant.organisation if config.show_organisation else "",
            styles["organisation"],
        ),
    ]
    items += _names_and_details(
        wording.name_fields(participant, config, styles),
        details,
        area(geometry.names),
        area(geometry.details),
    )
    lower = area(geometry.lower)
    side = geometry.qr_size * mm
    code_item = _qr_code(code, Box(width - margin - side, lower.top - side, side, side))
    items.append(code_item)
    left = Box(lower.x, lower.y, lower.w - side - 3 * mm, lower.h)
    labels = config.label_languages(language)
    flags = [flag for flag in config.flags if flag in participant.flags]
    words = [_joined(event.flag_label(flag, lang).upper() for lang in labels) for flag in flags]
    short = [event.flag_label(flag, language).upper() for flag in flags]
    chips, chips_height = _chips(words, left, styles["flag"], geometry.chip_padding * mm, short)
    items += chips
    country = (
        _joined(country_name(participant.country, lang) for lang in labels)
        if participant.country
        else ""
    )
    above_chips = Box(left.x, left.y + chips_height, left.w, left.h - chips_height)
    items += block(
        [("country", country if config.show_country else "", styles["country"])],
        above_chips,
        INK,
        centre=False,
        middle=False,
    )
    items += _band(participant, event, config, language, geometry, width)

    texts = " ".join(item.line.logical for item in items if isinstance(item, TextLine))
    return BadgePlan(width, height, tuple(items), code_item, frozenset(fonts.missing_glyphs(texts)))


def block(
    fields: Sequence[Field],
    box: Box,
    colour: str,
    *,
    centre: bool = True,
    middle: bool = True,
    fitted: Sequence[Fitted] | None = None,
) -> list[TextLine]:
    """Fields stacked in ``box``, shrunk together until they fit its height
    (or laid out as already ``fitted`` for the non-empty fields)."""
    fields = [field for field in fields if field[1].strip()]
    if fitted is None:
        fitted = _fit_together(fields, box)
    total = _height(fitted)
    y = box.top - ((box.h - total) / 2 if middle else 0.0)
    lines = []
    for index, ((name, _text, _style), result) in enumerate(zip(fields, fitted, strict=False)):
        if index:
            y -= _gap(result)
        for line in result.lines:
            size = result.size
            drawn = line.unit_width * size
            baseline = y - line.ascent * size
            x = box.x + ((box.w - drawn) / 2 if centre else 0.0)
            extent = Box(
                x, baseline - line.descent * size, drawn, (line.ascent + line.descent) * size
            )
            lines.append(TextLine(name, line, x, baseline, size, colour, extent))
            y -= (line.ascent + line.descent) * size
    return lines


def _names_and_details(
    names: Sequence[Field], details: Sequence[Field], names_box: Box, details_box: Box
) -> list[TextLine]:
    """The names, then the position and organisation below them.

    A long organisation that would be cut in its own area may grow upwards into
    the height the names leave unused (a short name on a card): the names keep
    their size and are centred in what remains.
    """
    names = [field for field in names if field[1].strip()]
    shown = [field for field in details if field[1].strip()]
    names_fitted = _fit_together(names, names_box)
    details_fitted = _fit_together(shown, details_box)
    spare = names_box.h - _height(names_fitted) - 1.5 * mm
    if any(f.truncated for f in details_fitted) and spare > 1 * mm:
        grown = Box(details_box.x, details_box.y, details_box.w, details_box.h + spare)
        roomier = _fit_together(shown, grown)
        if _cut_count(roomier) < _cut_count(details_fitted) or (
            _cut_count(roomier) == _cut_count(details_fitted)
            and _shown_length(roomier) > _shown_length(details_fitted)
        ):
            used = min(spare, _height(roomier) - details_box.h + 1.5 * mm)
            used = max(0.0, used)
            names_box = Box(names_box.x, names_box.y + used, names_box.w, names_box.h - used)
            details_box = Box(details_box.x, details_box.y, details_box.w, details_box.h + used)
            details_fitted = roomier
    lines = block(names, names_box, INK, fitted=names_fitted)
    return lines + block(shown, details_box, INK, fitted=details_fitted)


def _cut_count(fitted: Sequence[Fitted]) -> int:
    return sum(1 for f in fitted if f.truncated)


def _shown_length(fitted: Sequence[Fitted]) -> int:
    return sum(len(line.logical) for f in fitted for line in f.lines)


def _gap(result: Fitted) -> float:
    return 0.12 * result.size


def _height(fitted: Sequence[Fitted]) -> float:
    return sum(f.height for f in fitted) + sum(_gap(f) for f in fitted[1:])


def _fit_together(fields: Sequence[Field], box: Box) -> list[Fitted]:
    """Fit every field to the width; shrink them together until the height fits.

    Shrinking by up to a fifth, or a secondary field (a position, the Latin
    spelling) giving up its second line, is worth it to show every field whole;
    beyond that the largest fitting candidate wins even if a field ends in "…":
    a tiny given name would be worse than a cut organisation name.
    """
    fallback: list[Fitted] | None = None
    for factor in (1.0, 0.9, 0.8, 0.7, 0.6, 0.5):
        for demote in (0, 1, 2):
            fitted = [
                fit(text, box.w, _demoted(name, style, demote).scaled(factor))
                for name, text, style in fields
            ]
            if _height(fitted) > box.h:
                continue
            if factor >= 0.8 and not any(f.truncated for f in fitted):
                return fitted
            if fallback is None:
                fallback = fitted
        if factor <= 0.8 and fallback is not None:
            return fallback
    # Crowded beyond reason: one line per field, then drop fields from the last one.
    fitted = [
        fit(text, box.w, Style(style.max_size / 2, style.min_size / 2, style.bold, 1))
        for _name, text, style in fields
    ]
    while len(fitted) > 1 and _height(fitted) > box.h:
        fitted.pop()
    if fitted and _height(fitted) > box.h:
        line = fitted[0].lines[0]
        size = box.h / (line.ascent + line.descent)
        fitted = [fit(fields[0][1], box.w, Style(size, size, False, 1))]
    return fitted


def _demoted(name: str, style: Style, demote: int) -> Style:
    """Level 1: a secondary field gives up its second line; level 2: no field
    takes more than two lines either."""
    lines = style.max_lines
    if demote >= 1 and name in _SECONDARY:
        lines = 1
    if demote >= 2:
        lines = min(lines, 2)
    return Style(style.max_size, style.min_size, style.bold, lines)


def _chips(
    words: list[str], left: Box, style: Style, padding: float, short: list[str] | None = None
) -> tuple[list[Item], float]:
    """Flag words (SPEAKER, VIP) as dark chips at the bottom of ``left``, wrapping rows.

    The chips may take 60 % of the area's height (the country needs the rest).
    When the flags in every label language need more rows than that (a CR80
    card with three flags in three languages), each flag is printed once, in
    the badge's language (``short``): every flag shows, none is dropped.
    """
    if not words:
        return [], 0.0
    rows, size, line_height, chip_height = _chip_rows(words, left, style, padding)
    allowed = max(1, int((left.h * 0.6) // (chip_height + padding)))
    if len(rows) > allowed and short and short != words:
        rows, size, line_height, chip_height = _chip_rows(short, left, style, padding)
    rows = rows[:allowed]  # only if even one word per flag does not fit
    items: list[Item] = []
    for number, row in enumerate(reversed(rows)):
        y = left.y + number * (chip_height + padding)
        x = left.x
        for result, chip_width in row:
            line = result.lines[0]
            items.append(Fill(Box(x, y, chip_width, chip_height), CHIP, radius=padding))
            baseline = y + padding / 2 + line.descent * size
            extent = Box(x + padding, y + padding / 2, result.width, line_height)
            items.append(TextLine("flag", line, x + padding, baseline, size, "#ffffff", extent))
            x += chip_width + padding
    return items, len(rows) * (chip_height + padding)


def _chip_rows(words: list[str], left: Box, style: Style, padding: float):
    """The chips of ``words`` in rows across ``left``: (rows, size, line height, chip height)."""
    words = [part for word in words for part in _whole(word, left.w - 2 * padding, style)]
    fitted = [fit(word, left.w - 2 * padding, style) for word in words]
    size = min(f.size for f in fitted)
    fitted = [fit(word, left.w - 2 * padding, Style(size, size, True, 1)) for word in words]
    line_height = max(f.lines[0].ascent + f.lines[0].descent for f in fitted) * size
    chip_height = line_height + padding
    rows: list[list[tuple[Fitted, float]]] = [[]]
    used = 0.0
    for result in fitted:
        chip_width = result.width + 2 * padding
        if rows[-1] and used + padding + chip_width > left.w:
            rows.append([])
            used = 0.0
        used += (padding if rows[-1] else 0.0) + chip_width
        rows[-1].append((result, chip_width))
    return rows, size, line_height, chip_height


def _whole(word: str, width: float, style: Style) -> list[str]:
    """A flag in several languages ("SPEAKER / INTERVENANT / PONENTE") that does not
    fit one chip becomes a chip per language, rather than being cut short."""
    parts = word.split(" / ")
    if len(parts) > 1 and fit(word, width, style).lines[0].logical.endswith("…"):
        return parts
    return [word]


def _joined(words) -> str:
    """Labels in several languages on one line, each once ("VIP", not "VIP / VIP / VIP")."""
    return " / ".join(dict.fromkeys(words))


def _band(person, event, config, language, geometry, width) -> list[Item]:
    """The category as a full-width colour band at the bottom, with its label."""
    category = event.category(person.category)
    colour = _colour(category.colour if category else _FALLBACK_BAND)
    languages = config.label_languages(language)
    # One line per language: three labels joined on one line would be cut short.
    labels = (
        list(dict.fromkeys(category.label_in(lang) for lang in languages))
        if category
        else [person.category]
    )
    inset = geometry.print_inset * mm
    band = Box(inset, inset, width - 2 * inset, geometry.band.height * mm - inset)
    ink = _ink_on(colour)
    margin = geometry.margin * mm
    items: list[Item] = [Fill(band, colour)]
    reserve = 0.0
    if config.replacement_marker and person.badge_version > 1:
        marker = fit(f"R{person.badge_version}", 12 * mm, geometry.styles["marker"])
        reserve = marker.width + 1.5 * mm
        line = marker.lines[0]
        x = band.right - margin / 2 - marker.width
        bottom = band.y + 1.5 * mm
        baseline = bottom + line.descent * marker.size
        extent = Box(x, bottom, marker.width, (line.ascent + line.descent) * marker.size)
        items.append(TextLine("marker", line, x, baseline, marker.size, ink, extent))
    label_box = Box(margin + reserve, band.y, width - 2 * (margin + reserve), band.h)
    items += block([("band", label, geometry.styles["band"]) for label in labels], label_box, ink)
    return items


def _qr_code(code: str, box: Box) -> QrCode:
    modules = len(qr.matrix(code)) + 2 * qr.QUIET_MODULES
    module = box.w / modules
    origin = (box.x + qr.QUIET_MODULES * module, box.top - qr.QUIET_MODULES * module)
    return QrCode(code, box, module, origin)


def _colour(value: str) -> str:
    value = value.strip()
    if not _HEX.fullmatch(value):
        return _FALLBACK_BAND
    if len(value) == 4:
        value = "#" + "".join(ch * 2 for ch in value[1:])
    return value.lower()


def _ink_on(background: str) -> str:
    """White or near-black, whichever contrasts more with ``background`` (WCAG)."""
    channels = [int(background[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#ffffff" if (1.05 / (luminance + 0.05)) >= (luminance + 0.05) / 0.05 else INK
