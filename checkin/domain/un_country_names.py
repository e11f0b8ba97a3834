"""The United Nations' short names of its Member States and observer States.

CLDR (through babel) names countries as a phone or a map does: "Russia",
"South Korea", "Vatican City", "Palestinian Territories", "St. Kitts &
Nevis", "Myanmar (Burma)". A UN conference's badges, lists and screens use
the names the UN itself uses (the UN Terminology Database, UNTERM, in its
list of Member States), in each working language: "Russian Federation",
"Republic of Korea", "Holy See", "State of Palestine", "Saint Kitts and
Nevis", "Myanmar". Here are the names that differ from CLDR's in English,
French or Spanish; every other country keeps CLDR's name, and so do
territories that are not UN Member or observer States (their names are a
matter for the organisers' protocol office, not for a desk app).

Each entry is (English, French, Spanish). Check it against UNTERM when the
UN changes a name (Türkiye in 2022, the Netherlands in 2023).
"""

from __future__ import annotations

UN_NAMES: dict[str, tuple[str, str, str]] = {
    "AG": ("Antigua and Barbuda", "Antigua-et-Barbuda", "Antigua y Barbuda"),
    "BA": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BD": ("Bangladesh", "Bangladesh", "Bangladesh"),
    "BH": ("Bahrain", "Bahreïn", "Bahrein"),
    "BJ": ("Benin", "Bénin", "Benin"),
    "BN": ("Brunei Darussalam", "Brunéi Darussalam", "Brunei Darussalam"),
    "BO": (
        "Bolivia (Plurinational State of)",
        "Bolivie (État plurinational de)",
        "Bolivia (Estado Plurinacional de)",
    ),
    "BT": ("Bhutan", "Bhoutan", "Bhután"),
    "BW": ("Botswana", "Botswana", "Botswana"),
    "BY": ("Belarus", "Bélarus", "Belarús"),
    "CD": (
        "Democratic Republic of the Congo",
        "République démocratique du Congo",
        "República Democrática del Congo",
    ),
    "CG": ("Congo", "Congo", "Congo"),
    "CV": ("Cabo Verde", "Cabo Verde", "Cabo Verde"),
    "DJ": ("Djibouti", "Djibouti", "Djibouti"),
    "FJ": ("Fiji", "Fidji", "Fiji"),
    "FM": (
        "Micronesia (Federated States of)",
        "Micronésie (États fédérés de)",
        "Micronesia (Estados Federados de)",
    ),
    "GB": (
        "United Kingdom of Great Britain and Northern Ireland",
        "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
        "Reino Unido de Gran Bretaña e Irlanda del Norte",
    ),
    "GW": ("Guinea-Bissau", "Guinée-Bissau", "Guinea-Bissau"),
    "IQ": ("Iraq", "Iraq", "Iraq"),
    "IR": (
        "Iran (Islamic Republic of)",
        "Iran (République islamique d’)",
        "Irán (República Islámica del)",
    ),
    "KE": ("Kenya", "Kenya", "Kenya"),
    "KG": ("Kyrgyzstan", "Kirghizistan", "Kirguistán"),
    "KN": ("Saint Kitts and Nevis", "Saint-Kitts-et-Nevis", "Saint Kitts y Nevis"),
    "KP": (
        "Democratic People’s Republic of Korea",
        "République populaire démocratique de Corée",
        "República Popular Democrática de Corea",
    ),
    "KR": ("Republic of Korea", "République de Corée", "República de Corea"),
    "KZ": ("Kazakhstan", "Kazakhstan", "Kazajstán"),
    "LA": (
        "Lao People’s Democratic Republic",
        "République démocratique populaire lao",
        "República Democrática Popular Lao",
    ),
    "LC": ("Saint Lucia", "Sainte-Lucie", "Santa Lucía"),
    "LR": ("Liberia", "Libéria", "Liberia"),
    "LS": ("Lesotho", "Lesotho", "Lesotho"),
    "MD": ("Republic of Moldova", "République de Moldova", "República de Moldova"),
    "ML": ("Mali", "Mali", "Malí"),
    "MM": ("Myanmar", "Myanmar", "Myanmar"),
    "MW": ("Malawi", "Malawi", "Malawi"),
    "NG": ("Nigeria", "Nigéria", "Nigeria"),
    "NL": ("Netherlands (Kingdom of the)", "Pays-Bas (Royaume des)", "Países Bajos (Reino de los)"),
    "NZ": ("New Zealand", "Nouvelle-Zélande", "Nueva Zelandia"),
    "PG": ("Papua New Guinea", "Papouasie-Nouvelle-Guinée", "Papua Nueva Guinea"),
    "PS": ("State of Palestine", "État de Palestine", "Estado de Palestina"),
    "PW": ("Palau", "Palaos", "Palau"),
    "QA": ("Qatar", "Qatar", "Qatar"),
    "RO": ("Romania", "Roumanie", "Rumania"),
    "RU": ("Russian Federation", "Fédération de Russie", "Federación de Rusia"),
    "RW": ("Rwanda", "Rwanda", "Rwanda"),
    "SA": ("Saudi Arabia", "Arabie saoudite", "Arabia Saudita"),
    "SR": ("Suriname", "Suriname", "Suriname"),
    "ST": ("Sao Tome and Principe", "Sao Tomé-et-Principe", "Santo Tomé y Príncipe"),
    "SV": ("El Salvador", "El Salvador", "El Salvador"),
    "SY": ("Syrian Arab Republic", "République arabe syrienne", "República Árabe Siria"),
    "SZ": ("Eswatini", "Eswatini", "Eswatini"),
    "TL": ("Timor-Leste", "Timor-Leste", "Timor-Leste"),
    "TR": ("Türkiye", "Türkiye", "Türkiye"),
    "TT": ("Trinidad and Tobago", "Trinité-et-Tobago", "Trinidad y Tabago"),
    "TZ": (
        "United Republic of Tanzania",
        "République-Unie de Tanzanie",
        "República Unida de Tanzanía",
    ),
    "US": ("United States of America", "États-Unis d’Amérique", "Estados Unidos de América"),
    "VA": ("Holy See", "Saint-Siège", "Santa Sede"),
    "VC": (
        "Saint Vincent and the Grenadines",
        "Saint-Vincent-et-les Grenadines",
        "San Vicente y las Granadinas",
    ),
    "VE": (
        "Venezuela (Bolivarian Republic of)",
        "Venezuela (République bolivarienne du)",
        "Venezuela (República Bolivariana de)",
    ),
    "VN": ("Viet Nam", "Viet Nam", "Viet Nam"),
    "ZW": ("Zimbabwe", "Zimbabwe", "Zimbabwe"),
}

_LANGUAGE_INDEX = {"en": 0, "fr": 1, "es": 2}


def un_name(code: str, language: str) -> str | None:
    """The UN's short name of ``code`` in ``language`` (en, fr, es), or None when the
    UN's name is CLDR's (or the country is not a UN Member or observer State)."""
    names = UN_NAMES.get(code)
    index = _LANGUAGE_INDEX.get(language)
    if names is None or index is None:
        return None
    return names[index]
