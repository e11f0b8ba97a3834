"""Which column holds what: header names in English, French and Spanish.

Headers are compared folded (case, accents, punctuation and spacing ignored),
so ``Prénom``, ``PRENOM`` and ``prénom :`` are the same header. An exact
synonym wins over a header that merely contains one (``Country of
residence``); a *weak* synonym only applies when nothing better claims the
field: Indico exports both ``Title`` (Mr, Dr) and ``Position`` (the job), and
then ``Position`` is the title we print. A ``Title`` column of honorifics alone
is no position at all (:func:`honorifics`, checked on the values by the plan).

A bare ``Name`` beside a family-name column is the given name (British forms:
*Name* | *Surname*), and beside a given-name column the family name; a header
naming a first or family name "as in passport" is that name, not the separate
Latin spelling.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from checkin.domain.text import fold

#: Fields a column can map to, in the order the mapping screen lists them.
FIELDS = (
    "id",
    "first_name",
    "last_name",
    "second_last_name",
    "full_name",
    "name_latin",
    "title",
    "organisation",
    "country",
    "category",
    "email",
    "language",
    "days",
    "flags",
    "vip",
    "speaker",
    "protocol",
    "see_supervisor",
    "notes",
    "ticket_code",
)
NAME_FIELDS = ("first_name", "last_name", "full_name")

#: Synonyms by field, separated by ``|``, compared with :func:`header_key`.
_STRONG: dict[str, str] = {
    "id": (
        "id|participant id|registration id|registrant id|registration number|"
        "registration no|reg id|reg no|ref|reference|identifiant|id participant|"
        "numero d inscription|n d inscription|no d inscription|identificador|"
        "numero de inscripcion|n de inscripcion|id de inscripcion|id del participante|"
        "no de inscripcion|numero de registro|id de registro|no de registro|"
        "numero de participant|no de participant|n de participant|numero de participante|"
        "participant number|attendee id|attendee number|badge id|badge number|"
        "numero de badge|friendly id"
    ),
    "first_name": (
        "first name|firstname|first|given name|given names|forename|prenom|prenoms|"
        "nombre|nombres|nombre de pila|first_name"
    ),
    "last_name": (
        "last name|lastname|surname|family name|last|nom|nom de famille|apellido|"
        "apellidos|primer apellido|apellido paterno|apellido 1|1er apellido|last_name"
    ),
    "second_last_name": (
        "segundo apellido|apellido materno|apellido 2|2do apellido|second surname|second last name"
    ),
    "full_name": (
        "name|full name|fullname|participant name|nom complet|nom et prenom|"
        "prenom et nom|nom prenom|nom du participant|nombre completo|"
        "nombre y apellidos|nombre del participante"
    ),
    "name_latin": (
        "name latin|latin name|name in latin script|passport name|name as in passport|"
        "name in latin characters|nom latin|nom en caracteres latins|nom caracteres latins|"
        "nom passeport|nombre en caracteres latinos|nombre en alfabeto latino|nombre latino|"
        "nombre pasaporte"
    ),
    "title": "position|job title|function|designation|poste|fonction|cargo|puesto|funcion",
    "organisation": (
        "organisation|organization|affiliation|institution|company|employer|organisme|"
        "entite|entreprise|societe|institucion|organizacion|entidad|empresa|afiliacion|"
        "organisation name|organization name|org"
    ),
    "country": (
        "country|country code|pays|pais|country territory|code pays|codigo de pais|country region"
    ),
    "category": (
        "category|participant category|participant type|registration type|"
        "delegate type|badge type|categorie|type de participant|"
        "categorie de participant|type de badge|categoria|tipo de participante|"
        "categoria de participante|tipo de credencial"
    ),
    "email": (
        "email|e mail|email address|e mail address|mail|courriel|adresse electronique|"
        "adresse e mail|adresse email|adresse courriel|correo|correo electronico|"
        "correo e|email_address"
    ),
    "language": (
        "language|preferred language|langue|langue preferee|idioma|lengua|"
        "idioma preferido|working language|langue de travail"
    ),
    "days": (
        "days|registered days|dates|attendance days|days attending|jours|journees|"
        "dates de participation|jours de presence|dias|fechas|dias de asistencia|"
        "days of attendance|date s de presence|dates de presence|date de presence"
    ),
    "flags": "flags|marqueurs|indicateurs|marcadores",
    "vip": "vip|v i p",
    "speaker": (
        "speaker|orateur|oratrice|intervenant|intervenante|ponente|orador|oradora|conferencier"
    ),
    "protocol": "protocol|protocole|protocolo",
    "see_supervisor": (
        "see supervisor|voir superviseur|voir le superviseur|ver supervisor|ver al supervisor"
    ),
    "notes": (
        "notes|note|comments|comment|remarks|remarques|commentaires|observations|"
        "observaciones|comentarios|notas"
    ),
    "ticket_code": (
        "ticket|ticket code|ticket number|barcode|bar code|code barre|code barres|"
        "billet|numero de billet|code billet|codigo de barras|entrada|"
        "numero de entrada|boleto|codigo de entrada|ticket_code"
    ),
}
#: Synonyms that only count when no better column claims the field.
_WEAK: dict[str, str] = {
    "title": "title|titre|titulo|role|job",
    "country": "nationality|nationalite|nacionalidad|country of residence",
    "category": "type|group|groupe|tipo|grupo",
    "organisation": "delegation|delegacion",
}
#: Headers that say "the official spelling", not "the Latin spelling of a non-Latin name".
_PASSPORT = frozenset(("passport", "passeport", "pasaporte"))
_EXACT_STRONG, _EXACT_WEAK = 4, 3
_CONTAINS_STRONG = 2


def header_key(text: str) -> str:
    """``"  Prénom :"`` -> ``"prenom"``: what headers are compared by."""
    text = text.replace("_", " ").replace("#", " number ")  # "Registration #"
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def _table() -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for weight, synonyms in ((_EXACT_WEAK, _WEAK), (_EXACT_STRONG, _STRONG)):
        for field, words in synonyms.items():
            for word in words.split("|"):
                table[header_key(word)] = (field, weight)
    return table


_EXACT = _table()
_CONTAINED = sorted(
    (
        (header_key(word), field)
        for field, words in _STRONG.items()
        for word in words.split("|")
        if len(header_key(word)) > 3
    ),
    key=lambda item: -len(item[0]),
)


#: Words for given and family names: a header with one of each heads whole names.
_GIVEN = tuple(header_key(w) for w in _STRONG["first_name"].split("|"))
_FAMILY = tuple(header_key(w) for w in _STRONG["last_name"].split("|"))


def _candidate(header: str) -> tuple[str, int, int] | None:
    """``(field, weight, specificity)`` for one header, or None."""
    key = header_key(header)
    if not key:
        return None
    if key in _EXACT:
        field, weight = _EXACT[key]
        return field, weight, 0
    padded = f" {key} "
    if any(f" {w} " in padded for w in _GIVEN) and any(f" {w} " in padded for w in _FAMILY):
        return "full_name", _EXACT_STRONG, 0  # "Last name, First name", "Prénom NOM"
    for synonym, field in _CONTAINED:
        if f" {synonym} " in padded:
            if field == "name_latin" and _PASSPORT.intersection(key.split()):
                return _passport_name(padded) or (field, _CONTAINS_STRONG, len(synonym))
            return field, _CONTAINS_STRONG, len(synonym)
    return None


def _passport_name(padded: str) -> tuple[str, int, int] | None:
    """``Last name (as in passport)``: the family name, spelt as in the passport."""
    for synonym, field in _CONTAINED:
        if field in ("first_name", "last_name") and f" {synonym} " in padded:
            return field, _CONTAINS_STRONG, len(synonym)
    return None


#: Bare headers that say "name" and may mean either name beside the other's column.
_BARE_NAME = frozenset({"name", "names"})


def guess_mapping(headers: Sequence[str]) -> tuple[str | None, ...]:
    """The field of each column (None: not imported). Each field goes to one column."""
    candidates = []
    for column, header in enumerate(headers):
        found = _candidate(header)
        if found:
            field, weight, specificity = found
            candidates.append((-weight, -specificity, column, field))
    mapping: list[str | None] = [None] * len(headers)
    taken: set[str] = set()
    for _, _, column, field in sorted(candidates):
        if field not in taken:
            mapping[column] = field
            taken.add(field)
    if "full_name" in taken and len(taken & {"first_name", "last_name"}) == 1:
        # "Name | Surname": a whole-name column beside one of the two names would be
        # ignored (the names come from the name columns); a bare "Name" is the other one.
        column = mapping.index("full_name")
        if header_key(headers[column]) in _BARE_NAME:
            mapping[column] = "last_name" if "first_name" in taken else "first_name"
    return tuple(mapping)


#: Words honorifics are made of (folded): "Mr", "H.E.", "Mme", "Sra.", "Prof. Dr."...
_HONORIFIC_WORDS = frozenset(
    {
        *("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady"),
        *("lord", "rev", "revd", "hon", "honourable", "honorable", "excellency", "his", "her"),
        *("h", "e", "s", "son", "excellence", "m", "mm", "mme", "mmes", "mlle", "me", "pr"),
        *("su", "excelencia", "sr", "sra", "srta", "sres", "dra", "don", "dona", "excmo"),
        *("excma", "ilmo", "ilma", "ing", "lic", "eng"),
    }
)


def may_be_honorifics(header: str) -> bool:
    """"Title", "Titre", "Título": a header that may head honorifics rather than positions."""
    return header_key(header) in _TITLE_WORDS


_TITLE_WORDS = frozenset(header_key(w) for w in ("title", "titre", "título", "titles"))


def honorifics(values: Iterable[str]) -> bool:
    """Whether most of these (non-empty) cells are honorifics, not positions."""
    counts = Counter(values)  # each distinct cell looked at once
    counts.pop("", None)
    total = sum(counts.values())
    said = sum(
        n
        for value, n in counts.items()
        if (words := header_key(value).split()) and _HONORIFIC_WORDS.issuperset(words)
    )
    return total > 0 and said * 2 > total


def field_names(field: str) -> frozenset[str]:
    """The names a header may give ``field`` (folded, as :func:`header_key` makes them)."""
    return frozenset(k for k, (f, _) in _EXACT.items() if f == field)


def mapping_score(mapping: Sequence[str | None]) -> int:
    """How much a row looks like a header: recognised columns, names counting double."""
    return sum(2 if f in NAME_FIELDS or f == "id" else 1 for f in mapping if f)


def duplicates_of(headers: Sequence[str], mapping: Sequence[str | None]) -> list[tuple[int, str]]:
    """Columns left out because another column already holds their field."""
    mapped = set(mapping)
    out = []
    for column, header in enumerate(headers):
        if mapping[column] is None:
            found = _candidate(header)
            if found and found[0] in mapped:
                out.append((column, found[0]))
    return out
