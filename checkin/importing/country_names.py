"""Country names as registration lists write them -> ISO 3166-1 alpha-2 codes.

CLDR (through babel) gives each country's name in English, French and
Spanish, and the alpha-3 codes. Lists also use the UN's formal names
("Iran (Islamic Republic of)", "Korea, Republic of") and everyday ones
("USA", "Holland", "Ivory Coast"), so those are listed here. Names are
compared by their words, folded, in any order, without "of", "the", "de"…
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.core import get_global

from checkin.domain.countries import country_codes
from checkin.domain.model import LANGUAGES
from checkin.domain.text import fold
from checkin.domain.un_country_names import UN_NAMES

_PSEUDO = {"XA", "XB", "ZZ"}
#: "Korea, Dem. Rep." is not "Korea": after a comma, these words change the country.
_QUALIFIERS = frozenset(
    [
        "dem",
        "democratic",
        "democratique",
        "democratica",
        "people",
        "peoples",
        "popular",
        "populaire",
        "north",
        "nord",
        "norte",
    ]
)
#: Linking words of English, French and Spanish names, ignored when matching
#: country and category names ("Republic of Korea" = "Korea, Republic of").
LINK_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "la",
        "le",
        "les",
        "l",
        "el",
        "los",
        "las",
        "de",
        "del",
        "des",
        "du",
        "d",
        "y",
        "et",
    ]
)
_STOP = LINK_WORDS | {"da", "do", "dos", "e"}  # Portuguese names too
_VARIANTS: dict[str, str] = {  # names separated by "|"
    "US": (
        "USA|U.S.A.|US|U.S.|United States of America|America|EEUU|EE.UU.|"
        "Estados Unidos de América|États-Unis d'Amérique|Etats-Unis"
    ),
    "GB": (
        "UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|"
        "United Kingdom of Great Britain and Northern Ireland|"
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord|Grande-Bretagne|"
        "Reino Unido de Gran Bretaña e Irlanda del Norte|Gran Bretaña|Angleterre|"
        "Inglaterra"
    ),
    "KR": (
        "Republic of Korea|Korea, Republic of|Korea (Republic of)|South Korea|"
        "République de Corée|República de Corea|Korea South|Korea"
    ),
    "KP": (
        "Democratic People's Republic of Korea|Korea, Democratic People's Republic of|"
        "DPRK|DPR Korea|North Korea|République populaire démocratique de Corée|"
        "República Popular Democrática de Corea|Korea, Dem. People's Rep.|"
        "Korea, Dem. Rep.|Korea DPR|Korea North"
    ),
    "CD": (
        "Democratic Republic of the Congo|Congo, Democratic Republic of the|"
        "Congo (Democratic Republic of the)|DR Congo|DRC|RDC|RD Congo|Congo DR|"
        "Congo-Kinshasa|République démocratique du Congo|"
        "República Democrática del Congo|Zaire|Congo, Dem. Rep.|Dem. Rep. Congo|"
        "Congo DRC"
    ),
    "CG": (
        "Republic of the Congo|Congo Republic|Congo-Brazzaville|République du Congo|"
        "República del Congo|Congo"
    ),
    "RU": "Russia|Russian Federation|Fédération de Russie|Federación de Rusia",
    "IR": ("Iran|Islamic Republic of Iran|République islamique d'Iran|República Islámica del Irán"),
    "SY": "Syria|Syrian Arab Republic|République arabe syrienne|República Árabe Siria",
    "TZ": (
        "Tanzania|United Republic of Tanzania|Tanzania, United Republic of|"
        "République-Unie de Tanzanie|República Unida de Tanzanía"
    ),
    "VN": "Viet Nam|Vietnam",
    "LA": (
        "Laos|Lao PDR|Lao People's Democratic Republic|"
        "République démocratique populaire lao|República Democrática Popular Lao"
    ),
    "MD": (
        "Moldova|Republic of Moldova|Moldova, Republic of|République de Moldova|"
        "República de Moldova"
    ),
    "MK": (
        "Macedonia|North Macedonia|The former Yugoslav Republic of Macedonia|FYROM|"
        "ex-République yougoslave de Macédoine|ex República Yugoslava de Macedonia"
    ),
    "CZ": "Czech Republic|Czechia|République tchèque|República Checa|Tchéquie",
    "TR": "Turkey|Türkiye|Turquie|Turquía",
    "SZ": "Swaziland|Eswatini",
    "CV": "Cape Verde|Cabo Verde|Cap-Vert",
    "CI": "Ivory Coast|Côte d'Ivoire|Cote d Ivoire|Costa de Marfil",
    "NL": "Holland|The Netherlands|Netherlands (Kingdom of the)|Pays-Bas|Países Bajos|Nederland",
    "PS": (
        "Palestine|State of Palestine|Occupied Palestinian Territory|"
        "Palestinian Territories|État de Palestine|Estado de Palestina|Palestina"
    ),
    "VA": "Holy See|Vatican|Vatican City|Saint-Siège|Santa Sede",
    "MM": "Burma|Myanmar|Birmanie|Birmania",
    "BO": (
        "Plurinational State of Bolivia|État plurinational de Bolivie|"
        "Estado Plurinacional de Bolivia"
    ),
    "VE": (
        "Bolivarian Republic of Venezuela|République bolivarienne du Venezuela|"
        "República Bolivariana de Venezuela"
    ),
    "FM": (
        "Federated States of Micronesia|États fédérés de Micronésie|Estados Federados de Micronesia"
    ),
    "KN": "St Kitts and Nevis|Saint Kitts and Nevis",
    "LC": "St Lucia|Saint Lucia",
    "VC": "St Vincent and the Grenadines|Saint Vincent and the Grenadines",
    "BN": "Brunei Darussalam",
    "BA": "Bosnia|Bosnia-Herzegovina|Bosnie",
    "GM": "The Gambia|Gambia (Republic of The)|Gambie",
    "TW": "Taiwan, Province of China|Chinese Taipei|Taipei",
    "HK": "Hong Kong|Hong Kong SAR|Hong Kong, China",
    "MO": "Macao|Macau|Macao SAR",
    "CH": "Schweiz|Svizzera|Confederation suisse|Swiss Confederation",
    "DE": "Deutschland|Federal Republic of Germany",
    "AT": "Österreich",
    "TL": "East Timor|Timor Leste|Timor-Leste",
    "SK": "Slovak Republic",
    "KG": "Kyrgyz Republic|Kirghizistan|Kirguizistán|Kirguistán",
    "IE": "Republic of Ireland|Eire|Éire",
    "BF": "Burkina",
    "EG": "Arab Republic of Egypt",
    "LY": "Libyan Arab Jamahiriya|State of Libya",
    "GN": "Guinea Conakry",
    "GW": "Guinea Bissau",
}


#: Abbreviations of UN-style short names: "Central African Rep.", "Russian Fed.".
_ABBREVIATIONS = {"st": "saint", "rep": "republic", "fed": "federation"}


def country_key(text: str) -> str:
    """Words of a country name, folded, without little words, in a fixed order."""
    words = re.findall(r"[a-z0-9]+", fold(text.replace("&", " and ").replace("St.", "Saint")))
    words = [_ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(sorted(set(words) - _STOP)) or " ".join(words)


@cache
def _lookup() -> dict[str, str]:
    codes = [c for c in country_codes() if c not in _PSEUDO]
    known = set(codes)
    table: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        table.setdefault(country_key(name), code)

    for code in codes:  # official codes first: "NO" is Norway, not "no"
        table[code.lower()] = code
    for alias, targets in get_global("territory_aliases").items():
        usable = len(alias) in (2, 3) and alias.isalpha() and len(targets) == 1
        if usable and targets[0] in known and alias.lower() not in table:
            table[alias.lower()] = targets[0]
    for code, names in _VARIANTS.items():
        for name in names.split("|"):
            add(name, code)
    for code, names in UN_NAMES.items():  # as the app shows them
        for name in names:
            add(name, code)
    for language in LANGUAGES:
        territories = Locale.parse(language).territories
        for code in codes:
            if code in territories:
                add(territories[code], code)
    return table


@cache
def country_code(text: str) -> str | None:
    """``"Suisse"``, ``"CHE"``, ``"ch"`` -> ``"CH"``; None when not a known country."""
    text = text.strip()
    if not text:
        return None
    table = _lookup()
    if text.isalpha() and len(text) in (2, 3) and text.lower() in table:
        return table[text.lower()]
    attempts = [text, re.sub(r"\(.*?\)", " ", text)]
    base, comma, rest = text.partition(",")
    if comma and not set(country_key(rest).split()) & _QUALIFIERS:
        attempts.append(base)  # "Korea, Republic of", "Bahamas, The"
    for attempt in attempts:
        code = table.get(country_key(attempt))
        if code:
            return code
    parts = [p for p in re.split(r"\s*/\s*|\s+-\s+", text) if p.strip()]
    if len(parts) > 1:  # "Suisse / Switzerland"
        found = {country_code(p) for p in parts} - {None}
        if len(found) == 1:
            return found.pop()
    return None
