"""Cell values -> the event's own vocabulary: categories, languages, flags, e-mails.

Lists write categories as the registration system labels them ("Member
State", "Délégation d'un État Membre", "member_state"), so a category is
matched on its id and on its label in every language, then on a label that
contains all the words given. Each resolver remembers what it has seen: a
100,000-row list has a few dozen distinct categories and countries.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from checkin.domain.model import FLAGS, LANGUAGES, EventConfig
from checkin.domain.text import fold
from checkin.importing.country_names import LINK_WORDS

_WORD = re.compile(r"[a-z0-9]+")
#: "… or United Nations agency", "u organismo", and the articles: "UN" is not
#: "Délégation d'un État Membre".
_STOP = LINK_WORDS | {"or", "o", "u", "a", "un", "une", "una", "uno"}
#: The United Nations as lists abbreviate it (upper case only: "un" is an article).
_UNITED_NATIONS = re.compile(r"\b(?:UN|U\.N\.|ONU|NU|NNUU|NN\.UU\.)(?=\W|$)")
_NGO = re.compile(r"\b(?:NGOs?|ONGs?)\b", re.IGNORECASE)
_EMAIL_BODY = r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]{2,}"
_EMAIL = re.compile(f"^{_EMAIL_BODY}$")
#: Lines that are each empty or an e-mail (none may hold a line break: \s excludes it).
_EMAIL_LINES = re.compile(f"(?:{_EMAIL_BODY})?(?:\n(?:{_EMAIL_BODY})?)*")
_FALSE = frozenset(
    [
        "no",
        "n",
        "non",
        "not",
        "0",
        "false",
        "faux",
        "falso",
        "none",
        "aucun",
        "ninguno",
        "ninguna",
        "nada",
    ]
)
_TRUE = frozenset(
    ["yes", "y", "oui", "o", "si", "s", "x", "1", "true", "vrai", "verdadero", "ok", "v"]
)
_TICKS = frozenset("✓✔☑✅☒●•*")  # ✗ is a no as often as a yes: asked about
_BLANKS = frozenset(["", "-", "–", "—", ".", "/"])
_NOT_APPLICABLE = frozenset(["n a", "na", "sans objet", "s o", "no aplica", "nd", "n d"])
#: Yes words that still say yes with more after them ("Yes - confirmed"); not "si"
#: ("si besoin": if needed) nor single letters ("S/O": sans objet).
_TRUE_WORDS = frozenset(["yes", "oui", "true", "vrai", "verdadero", "ok"])
_FLAG_WORDS = {
    "vip": ("vip", "v i p"),
    "speaker": (
        "speaker",
        "orateur",
        "oratrice",
        "intervenant",
        "intervenante",
        "ponente",
        "orador",
        "oradora",
        "conferencier",
        "panelist",
        "panelliste",
        "panelista",
    ),
    "protocol": ("protocol", "protocole", "protocolo"),
    "see_supervisor": (
        "see supervisor",
        "see_supervisor",
        "voir superviseur",
        "voir le superviseur",
        "ver supervisor",
        "ver al supervisor",
        "supervisor",
        "superviseur",
    ),
}


def key(text: str) -> str:
    """Folded words joined by single spaces: how labels are compared."""
    return " ".join(_WORD.findall(fold(text.replace("_", " "))))


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def all_emails(cells: list[str]) -> bool:
    """Whether every cell is empty or :func:`is_email`: one regex over the whole
    column instead of a call per cell (a 100,000-row list, issue #3)."""
    joined = "\n".join(cells)
    if joined.count("\n") != len(cells) - 1:  # a cell with a line break: cell by cell
        return all(is_email(cell) for cell in cells if cell)
    return _EMAIL_LINES.fullmatch(joined) is not None


def yes_no(text: str, flag: str) -> bool | None:
    """A yes/no cell of the ``flag`` column: True, False, or None when it says neither.

    Only an explicit yes sets a flag: a VIP column holding "N/A", "TBC" or
    "No (declined)" must not send a delegate to the protocol desk. A cell
    naming the flag ("VIP", "Orateur") is a yes; a cell beginning with no
    ("Non applicable") or empty is a no.
    """
    stripped = text.strip()
    if stripped in _TICKS:
        return True
    folded = key(text)
    if not folded:
        return False if stripped in _BLANKS else None
    if folded in _FALSE or folded in _NOT_APPLICABLE:
        return False
    first = folded.split()[0]
    if first in _FALSE:
        return False
    if folded in _TRUE or first in _TRUE_WORDS:  # "x", "s" alone; "Yes - confirmed"
        return True
    found, unknown = parse_flags(text)
    if found == {flag} and not unknown:
        return True
    return None


class Categories:
    """Category labels (any language) -> category ids of the event."""

    def __init__(self, config: EventConfig) -> None:
        self.default = config.default_category
        self.ids = tuple(c.id for c in config.categories)
        self._exact: dict[str, str] = {}
        self._words: list[tuple[frozenset[str], str]] = []
        for category in config.categories:
            for text in (category.id, *category.label.values()):
                self._exact.setdefault(key(text), category.id)
                self._words.append((frozenset(key(text).split()) - _STOP, category.id))
        self._seen: dict[str, str | None] = {}

    def resolve(self, value: str) -> str | None:
        """The category id, or None when ``value`` names no category of the event."""
        if not self.ids:
            return value
        if value not in self._seen:
            self._seen[value] = self._match(value)
        return self._seen[value]

    def _match(self, value: str) -> str | None:
        """As written first ("DÉLÉGATION D'UN ÉTAT MEMBRE", a label "UN system"), then
        with the abbreviations spelt out ("UN agency", "NGO")."""
        found = self._match_key(key(value))
        if found is not None:
            return found
        spelled = _NGO.sub(" civil society ", _UNITED_NATIONS.sub(" united nations ", value))
        return self._match_key(key(spelled)) if spelled != value else None

    def _match_key(self, folded: str) -> str | None:
        if folded in self._exact:
            return self._exact[folded]
        words = frozenset(folded.split()) - _STOP
        if not words:
            return None
        matches = {cid for label_words, cid in self._words if words <= label_words}
        if len(matches) == 1:
            return matches.pop()
        prefixed = {
            cid for text, cid in self._exact.items() if len(folded) >= 4 and text.startswith(folded)
        }
        return prefixed.pop() if len(prefixed) == 1 else None


@cache
def _language_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in Locale.parse(language).languages.items():
            if len(code) == 2:
                names.setdefault(key(name), code)
    names.update(
        {
            "castellano": "es",
            "eng": "en",
            "fra": "fr",
            "fre": "fr",
            "spa": "es",
            "esp": "es",
            "ang": "en",
            "anglais": "en",
            "ingles": "en",
        }
    )
    return names


@cache
def language_code(value: str) -> str | None:
    """``English``, ``français``, ``Español``, ``fr-CH``, ``ES`` -> ``en``/``fr``/``es``."""
    text = value.strip()
    if not text:
        return ""
    lowered = text.lower().replace("_", "-")
    if re.fullmatch(r"[a-z]{2}(-[a-z0-9]+)*", lowered):
        return lowered[:2]
    return _language_names().get(key(text))


@cache
def _flag_table() -> dict[str, str]:
    table = {key(word): flag for flag, words in _FLAG_WORDS.items() for word in words}
    table.update({flag: flag for flag in FLAGS})
    return table


def parse_flags(value: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """``"VIP; orateur"`` -> ({vip, speaker}, unknown items)."""
    flags, unknown = set(), []
    for item in re.split(r"[;,/|+\n]", value):
        if not item.strip():
            continue
        flag = _flag_table().get(key(item))
        if flag:
            flags.add(flag)
        else:
            unknown.append(item.strip())
    return frozenset(flags), tuple(unknown)
