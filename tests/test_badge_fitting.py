"""Long text on badges: what shows is always the start of the text (never words lost
from the middle), measured with the fonts' real glyph outlines; the A4 sheet keeps
its colour inside the printable area; names read back from the PDF on every layout."""

from __future__ import annotations

import unicodedata
from itertools import pairwise

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm

from checkin import badges
from checkin.badges import Badge, BadgeConfig, render_pdf
from checkin.badges.compose import compose
from checkin.badges.fitting import ELLIPSIS, Style, fit, shape, unit_width
from checkin.badges.fonts import is_plain, split_runs
from checkin.badges.layouts import LAYOUTS
from checkin.badges.plan import Box, Fill, TextLine
from checkin.badges.shaping import normalise
from checkin.badges.wording import name_fields
from checkin.domain.event_config import parse_event_config
from checkin.domain.model import Participant
from tests.conftest import EVENT
from tests.test_badges import (
    AS_WRITTEN,
    CODE,
    LONG,
    SCRIPTS,
    SHAPED_SCRIPTS,
    assert_inside_and_clear_of_qr,
)

LAYOUT_NAMES = ("a6", "cr80", "a4-4up")
MISSION = (
    "Permanent Mission of Belgium to the United Nations Office and other international "
    "organizations in Geneva"
)
#: Latin with diacritics, Vietnamese stacked capitals, Greek, Cyrillic, CJK, Arabic.
ALPHABET = "AéßñÅ ỄẦẨỦờ ΓεώρΠΑ КовЖё 伟王李清华 محمدعلي-/"


@pytest.fixture(scope="module")
def event():
    return parse_event_config(EVENT)


def squeezed(text: str) -> str:
    return "".join(normalise(text).split())


def assert_shown_is_a_start(lines, original: str, where) -> None:
    shown = squeezed("".join(lines))
    if shown.endswith(ELLIPSIS) and not squeezed(original).startswith(shown):
        shown = shown.removesuffix(ELLIPSIS)
    assert squeezed(original).startswith(shown), (where, lines, original)


# -- what shows is the start of the text ---------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=ALPHABET, min_size=1, max_size=200),
    layout=st.sampled_from(LAYOUT_NAMES),
    field=st.sampled_from(["given", "family", "position", "organisation", "country", "band"]),
)
def test_fitted_text_is_always_a_start_of_the_original(text, layout, field):
    geometry = LAYOUTS[layout].badge
    width = (geometry.width - 2 * geometry.margin) * mm
    fitted = fit(text, width, geometry.styles[field])
    assert fitted.width <= width + 0.01
    assert len(fitted.lines) <= geometry.styles[field].max_lines
    assert_shown_is_a_start([line.logical for line in fitted.lines], text, (layout, field))


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=ALPHABET + "אבג(«»)1.", max_size=40), bold=st.booleans())
def test_measuring_a_candidate_line_gives_the_width_of_its_shaped_line(text, bold):
    """Line breaking measures candidates without shaping plain text; a difference
    would balance lines by one width and draw them at another."""
    assert unit_width(text, bold) == shape(text, bold).unit_width
    if is_plain(text) and text:
        assert [family for family, _ in split_runs(text)] == ["sans"]


def test_latin_greek_and_cyrillic_take_the_short_cut_and_other_scripts_do_not():
    assert is_plain("Mission permanente de Côte d'Ivoire — Ễ ß ñ (Genève) 1-2")
    assert is_plain("Γεώργιος Παπαδόπουλος, Жёлтый")
    assert not any(is_plain(text) for text in ("محمد", "שלום", "王伟", "A 伟"))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.text(alphabet=ALPHABET, min_size=1, max_size=60),
    last=st.text(alphabet=ALPHABET, max_size=90),
    organisation=st.text(alphabet=ALPHABET, max_size=180),
    layout=st.sampled_from(LAYOUT_NAMES),
)
def test_every_field_on_a_badge_shows_a_start_of_its_text(
    event, first, last, organisation, layout
):
    person = Participant("H2", first, last, organisation=organisation, title=organisation[:50],
                         flags=frozenset({"speaker"}), badge_version=2)
    geometry = LAYOUTS[layout].badge
    plan = compose(person, event, CODE, AS_WRITTEN, geometry)
    assert_inside_and_clear_of_qr(plan, layout)
    originals = {name: text for name, text, _style in name_fields(person, AS_WRITTEN,
                                                                   geometry.styles)}
    originals |= {"organisation": organisation, "position": organisation[:50]}
    for field, original in originals.items():
        lines = [t.line.logical for t in plan.texts if t.field == field]
        assert_shown_is_a_start(lines, original, (layout, field))


def test_a_long_permanent_mission_reads_in_full_on_a_card(event):
    person = Participant("B1", "Marie", "Dupont", title="First Secretary", organisation=MISSION)
    for layout in LAYOUT_NAMES:
        plan = compose(person, event, CODE, BadgeConfig(), LAYOUTS[layout].badge)
        assert_inside_and_clear_of_qr(plan, layout)
        shown = [t.line.logical for t in plan.texts if t.field == "organisation"]
        assert squeezed("".join(shown)) == squeezed(MISSION), (layout, shown)


def test_cut_text_fills_the_first_line_and_ends_in_an_ellipsis():
    style = Style(10, 10, bold=True)
    text = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda"
    fitted = fit(text, shape("Alpha Beta Gamma", True).unit_width * 10 + 1, style)
    assert fitted.truncated and len(fitted.lines) == 2
    assert fitted.lines[0].logical == "Alpha Beta Gamma"  # as full as it goes
    assert fitted.lines[1].logical.startswith("Delta") and fitted.lines[1].logical.endswith("…")


def test_a_field_may_take_three_lines_before_it_is_cut():
    style = Style(10, 10, bold=True, max_lines=3)
    width = shape("Permanent Mission of Belgium to the United", True).unit_width * 10 + 1
    fitted = fit(MISSION, width, style)
    assert not fitted.truncated and len(fitted.lines) == 3


# -- real glyph outlines ---------------------------------------------------------------


def test_line_height_comes_from_the_glyphs_outlines():
    plain, stacked = shape("NGUYEN", False), shape("NGUYỄN", False)
    assert stacked.ascent >= 1.04 > plain.ascent  # Ễ rises above the usual capitals
    assert shape("gjpq", False).descent >= 0.24


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_vietnamese_capitals_stay_inside_on_every_layout(event, layout):
    person = Participant(
        "V1", "Thị Phương Thảo Ễ Ầ Ẩ", "Nguyễn Trịnh Ẩn Ễ Ầ Ẩ Ỗ Ỡ Ậ",
        organisation="Ủy ban nhân dân Thành phố Hồ Chí Minh — ỄẦẨ " * 3,
        title="Phó Chủ tịch Ủy ban", flags=frozenset({"vip"}), badge_version=4,
    )
    plan = compose(person, event, CODE, BadgeConfig(), LAYOUTS[layout].badge)
    assert_inside_and_clear_of_qr(plan, layout)
    family = next(t for t in plan.texts if t.field == "family")
    assert family.line.ascent >= 1.04
    lines = sorted((t for t in plan.texts if t.field != "flag" and t.field != "marker"),
                   key=lambda t: -t.baseline)
    for upper, lower in pairwise(lines):
        if upper.box.x < lower.box.right and lower.box.x < upper.box.right:
            assert lower.box.top <= upper.box.y + 0.01, (upper.line.logical, lower.line.logical)


# -- the A4 sheet: colour only where office printers print ---------------------------------


def test_a4_sheets_keep_band_and_marker_five_millimetres_from_the_paper_edge(event):
    page = LAYOUTS["a4-4up"]
    printable = Box(5 * mm, 5 * mm, page.page_size[0] - 10 * mm, page.page_size[1] - 10 * mm)
    sheet = badges.page_plans([Badge(LONG, CODE)] * 4, event, "a4-4up", BadgeConfig())[0]
    assert len(sheet) == 4
    for placed in sheet:
        for item in placed.plan.items:
            if isinstance(item, Fill | TextLine):
                box = item.box
                on_page = Box(placed.x + box.x, placed.y + box.y, box.w, box.h)
                assert on_page.inside(printable), (item, placed.x, placed.y)
        marker = next(t for t in placed.plan.texts if t.field == "marker")
        assert marker.line.logical == "R3"


def test_a4_sheet_renders_nothing_but_cut_guides_near_the_edge(event):
    pdf = render_pdf([Badge(LONG, CODE)] * 4, event, "a4-4up", BadgeConfig())
    image = pdfium.PdfDocument(pdf)[0].render(scale=100 / 72).to_pil().convert("RGB")
    width, height = image.size
    edge = round(4.8 / 25.4 * 100)  # just under 5 mm at 100 dpi
    pixels = image.load()
    strips = [(x, y) for x in range(width) for y in (*range(edge), *range(height - edge, height))]
    strips += [(x, y) for y in range(height) for x in (*range(edge), *range(width - edge, width))]
    for x, y in strips:
        r, g, b = pixels[x, y]
        grey = max(r, g, b) - min(r, g, b) < 12 and min(r, g, b) > 110  # guides or paper
        assert grey, ((x, y), (r, g, b))


# -- the name reads back from the PDF on every layout ---------------------------------------


@pytest.mark.parametrize("script", sorted(set(SCRIPTS) - set(SHAPED_SCRIPTS)))
@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_the_pdf_text_holds_the_name_on_every_layout(event, script, layout):
    person = SCRIPTS[script]
    pdf = render_pdf([Badge(person, CODE)], event, layout, AS_WRITTEN)
    document = pdfium.PdfDocument(pdf)
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    text = unicodedata.normalize("NFC", text)
    assert person.first_name in text, (layout, text)
    assert person.last_name in text, (layout, text)


@pytest.mark.parametrize("word", [
    "ស្រីពេជ្រ" * 4,  # Khmer: coeng joins the next consonant under it
    "श्रीवास्तव" * 5,  # Devanagari: virama makes conjuncts
    "চট্টোপাধ্যায়" * 3,  # Bengali
    "เพชรไพลินแก้วมณี" * 3,  # Thai: เ ไ แ are written before their consonant
])
def test_a_name_without_spaces_is_never_cut_inside_a_conjunct(word):
    """A long name in a script written without spaces wraps between letters, but never
    after a virama or coeng (the two halves would print misspelt), before a vowel sign,
    or after a Thai leading vowel; nor is it cut there for an ellipsis."""
    def well_cut(line: str) -> bool:
        ending = line.removesuffix("…")
        return not (
            unicodedata.combining(ending[-1]) == 9 or ending[-1] in "เแโใไ"
            or unicodedata.category(line[0]).startswith("M")
        )

    for width in range(60, 400, 7):
        for lines in (2, 3):
            fitted = fit(word, width, Style(30, 14, True, lines))
            assert all(well_cut(line.logical) for line in fitted.lines), (width, fitted)
