"""Badge PDFs: every script with real glyphs in the right order, QR codes that scan,
and text that stays inside the badge and off the QR code whatever its length."""

from __future__ import annotations

import io
import json
import unicodedata
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr

from checkin import badges
from checkin.badges import Badge, BadgeConfig, BadgeConfigError, parse_badge_config, render_pdf
from checkin.badges.compose import compose
from checkin.badges.fitting import Style, fit
from checkin.badges.layouts import LAYOUTS
from checkin.badges.plan import BadgePlan, Box
from checkin.badges.shaping import visual
from checkin.domain.errors import InputError
from checkin.domain.event_config import parse_event_config
from checkin.domain.model import Participant
from checkin.domain.rules import Status
from checkin.service.event_setup import load_event
from checkin.store import Store
from tests.conftest import EVENT, PEOPLE

ROOT = Path(__file__).resolve().parent.parent
LAYOUT_NAMES = ("a6", "cr80", "a4-4up")
CODE = "CKAEAUSRCNGE2S2MBQGAYTKXCDUKGAME6GCJRN6"

# Names in every script the desk meets: accents, Vietnamese, Greek, Cyrillic, Arabic, Chinese.
SCRIPTS = {
    "latin": Participant("S1", "François-Xavier", "Ødegård Çelik Łukasiewicz", country="NO"),
    "vietnamese": Participant("S2", "Thị Phương Thảo", "Nguyễn", country="VN"),
    "greek": Participant("S3", "Γεώργιος", "Παπαδόπουλος", name_latin="Georgios Papadopoulos"),
    "cyrillic": Participant("S4", "Олена", "Ковальчук", organisation="Київська міська рада"),
    "arabic": Participant("S5", "محمد", "العلي", name_latin="Mohamed Al-Ali", country="KW"),
    "chinese": Participant("S6", "伟", "王", name_latin="Wang Wei", organisation="清华大学"),
    "korean": Participant("S7", "지은", "김", name_latin="Kim Jieun", organisation="서울특별시"),
    "hebrew": Participant("S8", "נועה", "בן־דוד", name_latin="Noa Ben-David"),
    "devanagari": Participant("S9", "प्रियंका", "श्रीवास्तव", name_latin="Priyanka Shrivastava"),
    "bengali": Participant("S10", "রবীন্দ্রনাথ", "চট্টোপাধ্যায়", name_latin="Rabindranath"),
    "tamil": Participant("S11", "தமிழ்செல்வி", "கிருஷ்ணமூர்த்தி", name_latin="Tamilselvi"),
    "thai": Participant("S12", "สมศักดิ์", "ศรีสุวรรณ", name_latin="Somsak Srisuwan"),
    "khmer": Participant("S13", "សុខា", "ស្រីពេជ្រ", name_latin="Sokha Sreypich"),
    "myanmar": Participant("S14", "အောင်ကျော်", "ဦး", name_latin="U Aung Kyaw"),
    "ethiopic": Participant("S15", "ሰላማዊት", "ተስፋዬ", name_latin="Selamawit Tesfaye"),
    "georgian": Participant("S16", "ნინო", "ბერიძე", name_latin="Nino Beridze"),
    "armenian": Participant("S17", "Անահիտ", "Սարգսյան", name_latin="Anahit Sargsyan"),
    "sinhala": Participant("S18", "නිමල්", "පෙරේරා", name_latin="Nimal Perera"),
}
LONG = Participant(
    "L1",
    "Maximiliano Alejandro Francisco de Asís",
    "de la Santísima Trinidad Hohenzollern-Sigmaringen y Borbón-Dos Sicilias",
    title="Deputy Director-General for Intergovernmental Affairs and Multilateral Partnerships",
    organisation="International Federation of Red Cross and Red Crescent Societies — Regional "
    "Delegation for Southern Africa and the Indian Ocean Islands",
    country="GB",
    category="io",
    flags=frozenset({"speaker", "vip", "protocol"}),
    badge_version=3,
)
AS_WRITTEN = BadgeConfig(family_name="as_written")


@pytest.fixture(scope="module")
def event():
    return parse_event_config(EVENT)


def pdf_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def qr_codes(pdf: bytes, dpi: int = 150) -> list[str]:
    found = []
    for page in pdfium.PdfDocument(pdf):
        image = page.render(scale=dpi / 72).to_pil()
        found += [result.text for result in zxingcpp.read_barcodes(image)]
    return found


def assert_inside_and_clear_of_qr(plan: BadgePlan, where: str) -> None:
    bounds = plan.bounds
    for text in plan.texts:
        assert text.box.inside(bounds), (where, text.field, text.line.logical, text.box)
        assert not text.box.intersects(plan.qr.box), (where, text.field, text.line.logical)
    assert plan.qr.box.inside(bounds)


# -- every script ------------------------------------------------------------------------


@pytest.mark.parametrize("script", sorted(SCRIPTS))
@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_every_character_of_a_name_has_a_glyph_in_its_font(event, script, layout):
    person = SCRIPTS[script]
    plan = compose(person, event, CODE, AS_WRITTEN, LAYOUTS[layout].badge)
    assert plan.missing_glyphs == frozenset()
    drawn_names = [t for t in plan.texts if t.field in ("given", "family", "latin")]
    assert drawn_names
    for text in drawn_names:
        for run in text.line.runs:
            cmap = pdfmetrics.getFont(run.font).face.charToGlyph
            missing = [ch for ch in run.text if not ch.isspace() and ord(ch) not in cmap]
            assert not missing, (script, run.font, missing)


#: Scripts drawn as the glyphs HarfBuzz picks: a PDF's text layer cannot give back every
#: conjunct (reportlab maps them to private-use characters), so they are checked on paper.
SHAPED_SCRIPTS = ("bengali", "devanagari", "khmer", "myanmar", "sinhala", "tamil", "thai")


@pytest.mark.parametrize("script", sorted(set(SCRIPTS) - set(SHAPED_SCRIPTS)))
def test_the_pdf_text_holds_the_name_as_written(event, script):
    person = SCRIPTS[script]
    pdf = render_pdf([Badge(person, CODE)], event, "a6", AS_WRITTEN)
    text = unicodedata.normalize("NFC", pdf_text(pdf))
    assert person.first_name in text
    assert person.last_name in text
    if person.organisation:
        assert person.organisation in text


@pytest.mark.parametrize("script", SHAPED_SCRIPTS)
def test_complex_scripts_are_shaped_and_printed(event, script):
    """Devanagari, Thai, Khmer…: a vowel sign before its consonant, conjuncts as one
    glyph. Drawn letter by letter (or with a font that lacks them: blank) they print
    misspelt or not at all; here the name is HarfBuzz's glyphs, and ink on the badge."""
    person = SCRIPTS[script]
    plan = compose(person, event, CODE, AS_WRITTEN, LAYOUTS["a6"].badge)
    given = next(t for t in plan.texts if t.field == "given")
    (run,) = given.line.runs
    assert run.family == script and isinstance(run.text, ShapedStr)
    assert run.font.startswith("Checkin-NotoSans") and plan.missing_glyphs == frozenset()
    image = pdfium.PdfDocument(render_pdf([Badge(person, CODE)], event, "a6", AS_WRITTEN))[
        0].render(scale=2).to_pil().convert("L")
    box = given.box
    top = plan.height - box.top
    area = image.crop((int(box.x * 2), int(top * 2), int(box.right * 2), int((top + box.h) * 2)))
    assert area.getextrema()[0] < 80  # dark glyphs where the name is


def test_a_name_in_a_script_no_font_has_prints_its_latin_spelling(event):
    """Tibetan has no bundled font: the badge prints the passport spelling large rather
    than a blank where the name should be (and says which characters it could not)."""
    person = Participant("S99", "བཀྲ་ཤིས་", "རྡོ་རྗེ་", name_latin="Tashi Dorje")
    plan = compose(person, event, CODE, AS_WRITTEN, LAYOUTS["a6"].badge)
    assert plan.field_text("given") == "Tashi Dorje"
    assert plan.field_text("family") == "" and plan.field_text("latin") == ""
    assert plan.missing_glyphs == frozenset()
    bare = compose(replace(person, name_latin=""), event, CODE, AS_WRITTEN, LAYOUTS["a6"].badge)
    assert "བ" in bare.missing_glyphs  # nothing better to print: the plan says so


def test_devanagari_vowel_sign_i_is_drawn_before_its_consonant():
    """प्रियंका: HarfBuzz puts ि (a variant glyph, outside the font's character map)
    before the conjunct प्र (one glyph); letter by letter, प would come first."""
    from checkin.badges.fitting import shape

    drawn = shape("प्रियंका", True).runs[0].text
    assert isinstance(drawn, ShapedStr) and drawn.endswith("यंका")
    assert drawn[0] != "प" and len(drawn) < len("प्रियंका")


def test_family_names_are_capitalised_by_default_and_greek_capitals_lose_accents(event):
    plan = compose(SCRIPTS["greek"], event, CODE, BadgeConfig(), LAYOUTS["a6"].badge)
    assert plan.field_text("family") == "ΠΑΠΑΔΟΠΟΥΛΟΣ"
    assert plan.field_text("given") == "Γεώργιος"
    assert plan.field_text("latin") == "Georgios Papadopoulos"
    latin = compose(SCRIPTS["latin"], event, CODE, BadgeConfig(), LAYOUTS["a6"].badge)
    assert latin.field_text("family") == "ØDEGÅRD ÇELIK ŁUKASIEWICZ"
    assert latin.field_text("latin") == ""  # a Latin name needs no transliteration


def test_turkish_family_names_keep_their_dotted_capital_i(event):
    person = Participant("T1", "Ayşe", "Çiftçi", country="TR")
    plan = compose(person, event, CODE, BadgeConfig(), LAYOUTS["a6"].badge)
    assert plan.field_text("family") == "ÇİFTÇİ"
    dotless = Participant("T2", "Işıl", "Yılmaz", country="DE")  # the ı says Turkish
    assert compose(dotless, event, CODE, BadgeConfig(), LAYOUTS["a6"].badge).field_text(
        "family") == "YILMAZ"
    other = Participant("T3", "Jean", "Smith", country="FR")
    assert compose(other, event, CODE, BadgeConfig(), LAYOUTS["a6"].badge).field_text(
        "family") == "SMITH"


def test_a_zero_width_non_joiner_is_not_printed():
    """Persian writes می‌خواهم with a ZWNJ: it separates the forms, and is not drawn."""
    drawn = visual("می\u200cخواهم")
    assert "\u200c" not in drawn and "\u200d" not in drawn
    # ی is final (not medial) before the ZWNJ, خ initial after it.
    assert unicodedata.normalize("NFKC", drawn)[::-1] == "میخواهم"
    assert "\ufbfd" in drawn and "\ufbff" not in drawn and "\ufea7" in drawn


def test_arabic_is_shaped_and_drawn_right_to_left(event):
    plan = compose(SCRIPTS["arabic"], event, CODE, AS_WRITTEN, LAYOUTS["a6"].badge)
    given = next(t for t in plan.texts if t.field == "given")
    # Joined forms, in drawing order: dal final, meem medial, hah medial, meem initial.
    assert given.line.drawn == "\ufeaa\ufee4\ufea4\ufee3"
    assert unicodedata.normalize("NFKC", given.line.drawn)[::-1] == "محمد"
    assert given.line.runs[0].font.endswith("NotoNaskhArabic-Bold")
    family = next(t for t in plan.texts if t.field == "family")
    assert unicodedata.normalize("NFKC", family.line.drawn)[::-1] == "العلي"


def test_brackets_in_right_to_left_text_are_mirrored():
    assert visual("(محمد)") == "(\ufeaa\ufee4\ufea4\ufee3)"
    assert visual("abc (def)") == "abc (def)"


def test_a_line_mixing_scripts_uses_a_font_per_run(event):
    person = Participant("M1", "Wei 伟", "Ali علي", organisation="Université de Genève")
    plan = compose(person, event, CODE, AS_WRITTEN, LAYOUTS["a6"].badge)
    fonts_used = {run.font for t in plan.texts for run in t.line.runs}
    assert any("Droid" in f for f in fonts_used)
    assert any("Naskh" in f for f in fonts_used)
    assert any("NotoSans" in f for f in fonts_used)


def test_cjk_names_are_one_line_family_name_first(event):
    plan = compose(SCRIPTS["chinese"], event, CODE, BadgeConfig(), LAYOUTS["a6"].badge)
    assert plan.field_text("given") == "王伟"
    assert plan.field_text("family") == ""
    run = next(t for t in plan.texts if t.field == "given").line.runs[0]
    assert run.fake_bold  # Droid Sans Fallback has no bold face: stroked to match


# -- the QR code ---------------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_the_printed_qr_code_scans_and_checks_the_person_in(desk, layout):
    person = desk.store.participant("P003")
    pdf = render_pdf([Badge(person, desk.code_for(person))], desk.event, layout)
    assert qr_codes(pdf) == [desk.code_for(person)]
    verdict = desk.scan(qr_codes(pdf)[0])
    assert verdict.status is Status.OK
    assert verdict.participant.id == "P003"


def test_four_badges_per_a4_sheet_each_scan(desk):
    people = [desk.store.participant(f"P00{n}") for n in range(1, 6)]
    pdf = render_pdf([Badge(p, desk.code_for(p)) for p in people], desk.event, "a4-4up")
    document = pdfium.PdfDocument(pdf)
    assert len(document) == 2
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (595, 842)
    assert sorted(qr_codes(pdf)) == sorted(desk.code_for(p) for p in people)


# -- long text never leaves the badge ----------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_very_long_names_and_organisations_stay_inside_and_off_the_qr_code(event, layout):
    page = LAYOUTS[layout]
    plan = compose(LONG, event, CODE, BadgeConfig(), page.badge)
    assert_inside_and_clear_of_qr(plan, layout)
    assert plan.field_text("given").startswith("Maximiliano")
    given_sizes = {t.size for t in plan.texts if t.field == "given"}
    assert min(given_sizes) >= page.badge.styles["given"].min_size * 0.8  # still prominent
    assert len([t for t in plan.texts if t.field == "organisation"]) <= 3
    assert plan.field_text("marker") == "R3"
    for placed in badges.page_plans([Badge(LONG, CODE)] * 4, event, layout, BadgeConfig())[0]:
        cell = Box(placed.x, placed.y, placed.plan.width, placed.plan.height)
        assert cell.inside(Box(0, 0, *page.page_size))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.text(alphabet="Aéßñ ΓεώρΟлёнаЖ伟王李محمدعلي-'", min_size=1, max_size=60),
    last=st.text(alphabet="Oçøł ΠαπαδКовальчук清华北京العلي ", min_size=0, max_size=90),
    organisation=st.text(alphabet="Ministry of Iñterior Бюро 大学 منظمة", max_size=160),
    layout=st.sampled_from(LAYOUT_NAMES),
)
def test_any_text_in_any_script_fits(event, first, last, organisation, layout):
    person = Participant("H1", first, last, organisation=organisation, title=organisation[:40],
                         category="civil", flags=frozenset({"speaker"}), badge_version=2)
    plan = compose(person, event, CODE, BadgeConfig(), LAYOUTS[layout].badge)
    assert_inside_and_clear_of_qr(plan, layout)


def test_a_long_text_shrinks_to_the_floor_before_it_wraps():
    style = Style(30, 15, bold=True)
    short = fit("Ana", 200, style)
    assert (len(short.lines), short.size) == (1, 30)
    shrunk = fit("Maximiliano Alejandro", 200, style)
    assert len(shrunk.lines) == 1 and 15 <= shrunk.size < 30
    wrapped = fit("Maximiliano Alejandro Francisco de Asís", 200, style)
    assert len(wrapped.lines) == 2 and wrapped.width <= 200
    cut = fit("Wolfeschlegelsteinhausenbergerdorff " * 6, 200, style)
    assert cut.truncated and cut.width <= 200 and cut.lines[-1].logical.endswith("…")


# -- what is printed, and how -----------------------------------------------------------------


def test_a_replacement_carries_a_discreet_marker_and_a_first_badge_none(event):
    first = compose(SCRIPTS["latin"], event, CODE, BadgeConfig(), LAYOUTS["a6"].badge)
    again = compose(replace(SCRIPTS["latin"], badge_version=2), event, CODE, BadgeConfig(),
                    LAYOUTS["a6"].badge)
    assert first.field_text("marker") == ""
    marker = next(t for t in again.texts if t.field == "marker")
    assert marker.line.logical == "R2"
    assert marker.size < 8


def test_configured_flags_are_printed_and_internal_ones_never(event):
    person = replace(SCRIPTS["latin"], flags=frozenset({"speaker", "see_supervisor"}))
    plan = compose(person, event, CODE, BadgeConfig(), LAYOUTS["a6"].badge)
    assert [t.line.logical for t in plan.texts if t.field == "flag"] == ["SPEAKER"]
    none = compose(person, event, CODE, BadgeConfig(flags=()), LAYOUTS["a6"].badge)
    assert not [t for t in none.texts if t.field == "flag"]


def test_labels_follow_the_participants_language(event):
    person = replace(SCRIPTS["latin"], language="fr", country="CH", category="io")
    plan = compose(person, event, CODE, BadgeConfig(), LAYOUTS["a6"].badge)
    assert plan.field_text("country") == "Suisse"
    assert plan.field_text("dates") == "26–27 oct. 2015"
    english = compose(person, event, CODE, BadgeConfig(label_language="en"), LAYOUTS["a6"].badge)
    assert english.field_text("country") == "Switzerland"
    assert english.field_text("band") == "International organisation"


@pytest.mark.parametrize(("language", "country", "dates"), [
    ("de", "Switzerland", "Oct 26 – 27, 2015"),
    ("ko", "Switzerland", "Oct 26 – 27, 2015"),
    ("fr-CH", "Suisse", "26–27 oct. 2015"),
    ("ES", "Suiza", "26–27 de octubre de 2015"),
])
def test_a_language_outside_the_working_three_prints_in_english(event, language, country,
                                                                 dates):
    """A list may give "de" or "ko": the badge is in one of the event's languages, not
    half German (country, dates) and half English (category, flags)."""
    person = replace(SCRIPTS["latin"], language=language, country="CH", category="io")
    plan = compose(person, event, CODE, BadgeConfig(), LAYOUTS["a6"].badge)
    assert plan.field_text("country") == country
    assert plan.field_text("dates") == dates


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_labels_in_all_three_languages_when_the_event_asks(event, layout):
    """label_language "all": category, country and flags in English, French and Spanish."""
    labelled = parse_event_config(EVENT | {"default_category": "io", "categories": [
        {"id": "io", "colour": "#1878B0", "label": {
            "en": "International organization or United Nations agency",
            "fr": "Organisation internationale ou organisme des Nations Unies",
            "es": "Organización internacional u organismo de las Naciones Unidas"}}]})
    person = replace(LONG, language="fr", country="CH", category="io")
    config = BadgeConfig(label_language="all")
    plan = compose(person, labelled, CODE, config, LAYOUTS[layout].badge)
    assert_inside_and_clear_of_qr(plan, layout)
    band = [t.line.logical for t in plan.texts if t.field == "band"]
    assert any(line.startswith("International") for line in band)
    assert any("Nations Unies" in line for line in band)
    assert any("Naciones Unidas" in line for line in band)
    assert not any(line.endswith("…") for line in band)
    assert plan.field_text("country") == "Switzerland / Suisse / Suiza"
    assert plan.field_text("dates") == "26–27 oct. 2015"  # title and dates: their language


#: The test event with its labels in the three languages (categories and flags).
TRILINGUAL = EVENT | {
    "default_category": "io",
    "categories": [{"id": "io", "colour": "#1878B0", "label": {
        "en": "International organisation", "fr": "Organisation internationale",
        "es": "Organización internacional"}}],
    "flags": {"speaker": {"en": "Speaker", "fr": "Intervenant", "es": "Ponente"},
              "vip": {"en": "VIP", "fr": "VIP", "es": "VIP"}},
}


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_every_flag_is_printed_when_its_labels_in_three_languages_do_not_fit(layout):
    """A CR80 card has room for few chips: three flags in three languages fall back to
    one chip per flag in the badge's language, never to fewer flags."""
    event = parse_event_config(TRILINGUAL | {"flags": TRILINGUAL["flags"] | {
        "protocol": {"en": "Protocol", "fr": "Protocole", "es": "Protocolo"}}})
    person = Participant("F-1", "Ana", "Díaz", organisation="IOM", country="CH",
                         category="io", language="fr",
                         flags=frozenset({"vip", "speaker", "protocol"}))
    plan = compose(person, event, CODE, BadgeConfig(label_language="all"),
                   LAYOUTS[layout].badge)
    assert_inside_and_clear_of_qr(plan, layout)
    chips = " ".join(t.line.logical for t in plan.texts if t.field == "flag")
    assert "VIP" in chips and "INTERVENANT" in chips and "PROTOCOLE" in chips


@pytest.mark.parametrize(("language", "band", "country", "flag"), [
    ("fr", "Organisation internationale", "Suisse", "INTERVENANT"),
    ("es", "Organización internacional", "Suiza", "PONENTE"),
])
def test_labels_in_one_fixed_language(language, band, country, flag):
    """label_language "fr" or "es": every badge in that language, whatever the person's."""
    event = parse_event_config(TRILINGUAL)
    person = replace(SCRIPTS["latin"], language="en", country="CH", category="io",
                     flags=("speaker",))
    plan = compose(person, event, CODE, BadgeConfig(label_language=language),
                   LAYOUTS["a6"].badge)
    assert plan.field_text("band") == band
    assert plan.field_text("country") == country
    assert plan.field_text("flag") == flag


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_flags_in_all_three_languages(layout):
    """label_language "all": a flag in each language once ("VIP", not "VIP / VIP / VIP")."""
    event = parse_event_config(TRILINGUAL)
    person = replace(LONG, country="CH", category="io", flags=("vip", "speaker"))
    plan = compose(person, event, CODE, BadgeConfig(label_language="all"),
                   LAYOUTS[layout].badge)
    assert_inside_and_clear_of_qr(plan, layout)
    flags = [t.line.logical for t in plan.texts if t.field == "flag"]
    assert " / ".join(flags).count("VIP") == 1
    for word in ("SPEAKER", "INTERVENANT", "PONENTE"):  # on one chip, or one chip each
        assert any(word in chip for chip in flags)
    assert not any(chip.endswith("…") for chip in flags)


def test_category_band_uses_the_category_colour_with_readable_text(event):
    person = replace(SCRIPTS["latin"], category="civil")  # orange: dark text reads better
    plan = compose(person, event, CODE, BadgeConfig(), LAYOUTS["a6"].badge)
    band = next(t for t in plan.texts if t.field == "band")
    assert band.line.logical == "Civil society"
    fills = [item for item in plan.items if getattr(item, "colour", "") == "#ef6c00"]
    assert fills and fills[0].box.w == plan.width


def test_a_badge_pdf_is_small_and_one_page(event):
    pdf = render_pdf([Badge(SCRIPTS["chinese"], CODE)], event, "a6")
    assert pdf.startswith(b"%PDF") and len(pdf) < 120_000
    assert len(pdfium.PdfDocument(io.BytesIO(pdf))) == 1


# -- the event's "badge" settings ------------------------------------------------------------


def test_badge_settings_have_defaults_and_reject_typos():
    assert parse_badge_config(None) == BadgeConfig()
    demo = json.loads((ROOT / "data" / "idm2015" / "event.json").read_text(encoding="utf-8"))
    assert parse_badge_config(demo.get("badge")).label_language == "participant"
    assert parse_badge_config({"layout": "cr80", "flags": ["vip"]}).flags == ("vip",)
    with pytest.raises(BadgeConfigError, match=r"badge\.layuot"):
        parse_badge_config({"layuot": "a6"})
    with pytest.raises(BadgeConfigError, match=r"badge\.layout"):
        parse_badge_config({"layout": "a5"})
    with pytest.raises(BadgeConfigError, match=r"badge\.show_title"):
        parse_badge_config({"show_title": "yes"})


def test_an_event_with_bad_badge_settings_is_refused_at_load(home, event_files):
    data = dict(EVENT, badge={"family_name": "shouting"})
    event_files.config.write_text(json.dumps(data), encoding="utf-8")
    store = Store.in_home(home)
    with pytest.raises(InputError, match="family_name"):
        load_event(store, event_files.config, event_files.participants)
    store.close()


def test_every_test_person_renders(desk):
    people = [desk.store.participant(row.id) for row in PEOPLE]
    pdf = render_pdf([Badge(p, desk.code_for(p)) for p in people], desk.event, "a6")
    assert len(pdfium.PdfDocument(pdf)) == len(PEOPLE)
