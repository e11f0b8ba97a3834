"""What one distinct cell of a country, category, language, days or flags column means.

:class:`checkin.importing.columns.RowReader` asks once per distinct value (a
100,000-row list has a few dozen countries); each answer comes with the
issues to report, as ``(code, params)``, on every row holding that value.
"""

from __future__ import annotations

from checkin.domain.model import EventConfig
from checkin.importing.country_names import country_code
from checkin.importing.days import parse_days
from checkin.importing.values import Categories, key, language_code, parse_flags, yes_no

#: What lists write for "no country" (folded): left empty, not an unknown country.
_NO_COUNTRY = frozenset(["n a", "n d", "none", "aucun", "ninguno", "sans objet", "no aplica"])


class CellMeanings:
    """Cell text -> the event's vocabulary (ISO codes, category ids, stored days and flags)."""

    def __init__(self, config: EventConfig) -> None:
        self.event_days = config.days
        self.categories = Categories(config)
        self.default_category = config.default_category if config.categories else ""

    def country(self, value: str, issues: list) -> str:
        if not value or key(value) in _NO_COUNTRY:  # "N/A", "n.d.", "none": no country
            return ""
        code = country_code(value)
        if code == "NA" and key(value) == "na":  # Namibia, or "not available"?
            issues.append(("country_na", {"value": value}))
        if code is None:
            issues.append(("unknown_country", {"value": value}))
            return value
        return code

    def category(self, value: str, issues: list) -> str:
        if not value:
            return self.default_category
        category = self.categories.resolve(value)
        if category is None:
            issues.append(("unknown_category", {"value": value, "default": self.default_category}))
            return self.default_category
        return category

    def language(self, value: str, issues: list) -> str:
        code = language_code(value)
        if code is None:
            issues.append(("unknown_language", {"value": value}))
            return ""
        return code

    def days(self, value: str, issues: list) -> str:
        if not value:
            return ""
        reading = parse_days(value, self.event_days)
        for outside in reading.not_event_days:
            issues.append(("not_event_day", {"value": outside}))
        if not reading.understood:
            if reading.days:
                shown = ", ".join(d.isoformat() for d in reading.days)
                issues.append(("days_partly", {"value": value, "days": shown}))
            else:
                issues.append(("bad_days", {"value": value}))
        return ";".join(d.isoformat() for d in reading.days)

    @staticmethod
    def flags(key: tuple[str, ...], flag_columns: list[str], issues: list) -> str:
        flags: set[str] = set()
        if key[0]:
            found, unknown = parse_flags(key[0])
            flags |= found
            issues.extend(("unknown_flag", {"value": u}) for u in unknown)
        for flag, cell in zip(flag_columns, key[1:], strict=True):
            answer = yes_no(cell, flag)
            if answer:
                flags.add(flag)
            elif answer is None:
                issues.append(("unclear_flag", {"value": cell, "keys": (flag,)}))
        return ";".join(sorted(flags))
