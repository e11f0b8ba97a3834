"""Other names of countries: everyday ones ("USA", "Holland", "Ivory Coast",
"Burma"), former ones ("Swaziland", "Zaire") and formal ones in the three
working languages, as registration lists and people write them.

Registration lists are read with them (:mod:`checkin.importing.country_names`)
and search finds a country by them (:func:`checkin.domain.countries.codes_named`).
"""

from __future__ import annotations

OTHER_NAMES: dict[str, str] = {  # names separated by "|"
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
