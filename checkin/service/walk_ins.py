"""Before registering a walk-in: is this person already on the list?

An operator who does not find "Sofia Aberg" (typed without the ring) may
register her on the spot; she is then on the list twice, counted twice, and
her own registration shows her as never arrived. The walk-in form asks
first when someone on the list has the same family name and the same (or no)
given name, accents, case and script aside.
"""

from __future__ import annotations

from checkin.domain.model import Participant
from checkin.domain.text import fold, transliterate
from checkin.service.desk import Desk, WalkIn


def already_registered(desk: Desk, walk_in: WalkIn, limit: int = 3) -> list[Participant]:
    """People on the desk's list the walk-in may be ("Giorgos Papadopoulos" is
    "Γιώργος Παπαδόπουλος"), at most ``limit``."""
    first, last = _words(walk_in.first_name), _words(walk_in.last_name)
    if not last and not first:
        return []
    found = []
    for person in desk.search(" ".join(first + last), 50):
        their_first, their_last = _words(person.first_name), _words(person.last_name)
        same_family = their_last == last or (not last and their_first == first)
        same_given = not first or not their_first or their_first[:1] == first[:1]
        whole = their_first + their_last == first + last  # a list with one name column
        if (same_family and same_given) or whole:
            found.append(person)
    return found[:limit]


def _words(name: str) -> list[str]:
    """A name's words as a search compares them: folded, in Latin letters."""
    return (transliterate(name) or fold(name)).split()
