"""The optional ``"badge"`` object of an event config, with its defaults.

Every key is optional and an event without a ``"badge"`` object prints the
defaults below. The object is checked when the event is loaded (see
:func:`checkin.service.event_setup.load_event`), so a typo is reported to the
administrator at import time, not to a desk operator in the morning queue.

===================== ============================== ===========================================
key                   default                        meaning
===================== ============================== ===========================================
``layout``            ``"a6"``                       layout a desk uses until it picks another:
                                                     ``a6``, ``cr80`` or ``a4-4up``
``label_language``    ``"participant"``              language of the category, country, flags
                                                     and dates: ``participant`` (their preferred
                                                     language, else English), a code (``fr``), or
                                                     ``all``: labels in English, French and Spanish
                                                     (title and dates in the participant's)
``event_title``       ``"short_name"``               ``short_name``, ``name`` or ``none``
``show_dates``        ``true``                       the event's dates under its title
``show_venue``        ``false``                      the venue after the dates
``family_name``       ``"upper"``                    ``upper`` (GARCÍA), ``as_written`` or
                                                     ``hidden``
``show_name_latin``   ``true``                       the Latin passport spelling under a name in
                                                     another script
``show_title``        ``true``                       position / title
``show_organisation`` ``true``                       organisation
``show_country``      ``true``                       country name, localised
``flags``             ``["speaker", "vip",           participant flags printed as chips, in
                      "protocol"]``                  this order (``see_supervisor`` is internal)
``replacement_marker`` ``true``                      a small ``R2`` on a replacement badge
===================== ============================== ===========================================
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from checkin.domain.event_config import ConfigError
from checkin.domain.model import EventConfig

#: The languages a badge is printed in: the event's working languages.
BADGE_LANGUAGES = ("en", "fr", "es")
#: The printable layouts, by the name the CLI and the settings use.
LAYOUT_NAMES = ("a6", "cr80", "a4-4up")

_CHOICES = {
    "layout": LAYOUT_NAMES,
    "event_title": ("short_name", "name", "none"),
    "family_name": ("upper", "as_written", "hidden"),
    "label_language": ("participant", "all", "en", "fr", "es"),
}


class BadgeConfigError(ConfigError):
    """The event's ``badge`` object is not usable; the message names the key."""


@dataclass(frozen=True, slots=True)
class BadgeConfig:
    layout: str = "a6"
    label_language: str = "participant"
    event_title: str = "short_name"
    show_dates: bool = True
    show_venue: bool = False
    family_name: str = "upper"
    show_name_latin: bool = True
    show_title: bool = True
    show_organisation: bool = True
    show_country: bool = True
    flags: tuple[str, ...] = ("speaker", "vip", "protocol")
    replacement_marker: bool = True

    def language_for(self, participant_language: str) -> str:
        """The language a badge's title and dates are printed in.

        A participant's own language counts only when it is one of the working
        languages the event's labels are written in (English, French, Spanish);
        a list may say "de" or "ko", and a badge half in German (the country, the
        dates) and half in English (the category, the flags) is no one's badge.
        """
        if self.label_language in ("participant", "all"):
            own = participant_language.strip().lower().replace("_", "-").split("-")[0]
            return own if own in BADGE_LANGUAGES else "en"
        return self.label_language

    def label_languages(self, language: str) -> tuple[str, ...]:
        """The languages of the category, country and flag labels, in print order."""
        return BADGE_LANGUAGES if self.label_language == "all" else (language,)


def parse_badge_config(data: Any) -> BadgeConfig:
    """Check and convert the ``badge`` object. Raises :class:`BadgeConfigError`."""
    if data is None:
        return BadgeConfig()
    if not isinstance(data, dict):
        raise BadgeConfigError('badge: expected an object, e.g. {"layout": "a6"}')
    defaults = BadgeConfig()
    known = {f.name for f in fields(BadgeConfig)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise BadgeConfigError(
            f"badge.{unknown[0]}: unknown key (known: {', '.join(sorted(known))})"
        )
    values: dict[str, Any] = {}
    for name, value in data.items():
        default = getattr(defaults, name)
        if isinstance(default, bool):
            if not isinstance(value, bool):
                raise BadgeConfigError(f"badge.{name}: expected true or false")
        elif isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise BadgeConfigError(f"badge.{name}: expected a list of names")
            value = tuple(value)
        elif not isinstance(value, str) or not value:
            raise BadgeConfigError(f"badge.{name}: expected a text value")
        choices = _CHOICES.get(name)
        if choices and value not in choices:
            raise BadgeConfigError(f"badge.{name}: {value!r} is not one of {', '.join(choices)}")
        values[name] = value
    return BadgeConfig(**values)


def badge_config(event: EventConfig) -> BadgeConfig:
    """The badge settings of ``event`` (its ``badge`` object, or the defaults)."""
    return parse_badge_config(event.extra.get("badge"))
