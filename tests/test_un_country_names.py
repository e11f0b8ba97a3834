"""Country names as the UN writes them, on every screen and badge; CLDR's still found."""

from __future__ import annotations

import pytest
from babel import Locale

from checkin.domain.countries import NOT_COUNTRIES, codes_named, country_name, known_codes
from checkin.domain.un_country_names import UN_NAMES
from checkin.importing.country_names import country_code


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("RU", "en", "Russian Federation"),
        ("KR", "fr", "République de Corée"),
        ("VA", "es", "Santa Sede"),
        ("PS", "en", "State of Palestine"),
        ("IR", "fr", "Iran (République islamique d’)"),
        ("VN", "es", "Viet Nam"),
        ("KN", "en", "Saint Kitts and Nevis"),
        ("MM", "en", "Myanmar"),
        ("TR", "fr", "Türkiye"),
        ("CH", "fr", "Suisse"),  # the same in both: CLDR's
        ("HK", "en", "Hong Kong SAR China"),  # not a UN Member State: CLDR's
    ],
)
def test_the_un_name_in_each_working_language(code, language, name):
    assert country_name(code, language) == name


def test_every_entry_is_a_country_whose_un_name_differs_from_cldrs():
    for code, names in UN_NAMES.items():
        assert code in known_codes() and code not in NOT_COUNTRIES, code
        cldr = [dict(Locale.parse(language).territories)[code] for language in ("en", "fr", "es")]
        assert list(names) != cldr, f"{code}: nothing to correct"
        assert all(name.strip() == name and name for name in names), code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("russian", "RU"), ("russia", "RU"), ("holy", "VA"), ("vatican", "VA"), ("viet", "VN"),
     ("vietnam", "VN"), ("palestine", "PS"), ("tabago", "TT"), ("turqu", "TR"),
     ("turkey", "TR"), ("burma", "MM"), ("holland", "NL"), ("ivory", "CI"), ("england", "GB")],
)
def test_search_finds_a_country_by_its_un_name_and_its_everyday_one(typed, code):
    assert code in codes_named(typed)


def test_abbreviations_are_not_search_words():
    """"usa" or "dprk" as a prefix would list a country's people under names typed."""
    assert codes_named("usa") == () and codes_named("dprk") == () and codes_named("eeuu") == ()


@pytest.mark.parametrize(
    ("written", "code"),
    [("Viet Nam", "VN"), ("Trinidad y Tabago", "TT"), ("Bélarus", "BY"),
     ("Saint-Kitts-et-Nevis", "KN"), ("Estado de Palestina", "PS"), ("Saint-Siège", "VA"),
     ("Pays-Bas (Royaume des)", "NL"), ("Türkiye", "TR")],
)
def test_a_list_written_with_un_names_imports_their_codes(written, code):
    assert country_code(written) == code
