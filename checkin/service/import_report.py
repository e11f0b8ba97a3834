"""The description of what an import did (or would do): counts, issues, changes.

The CLI prints it (``--json`` gives :meth:`ImportReport.as_dict`), the
wizard shows it, and ``meta["last_import"]`` keeps its :meth:`summary`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checkin.importing.issues import Issue
from checkin.importing.plan import ImportPlan
from checkin.importing.table import Source


@dataclass(frozen=True, slots=True)
class Change:
    """One updated participant: which stored fields changed, and which of them are printed."""

    id: str
    fields: tuple[str, ...]
    printed: tuple[str, ...] = ()


@dataclass(slots=True)
class ImportReport:
    source: Source
    mapping: dict[str, str] = field(default_factory=dict)  # header -> field
    rows: int = 0  # data rows in the file
    imported: int = 0  # new participants
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows not imported (errors, duplicate ids, empty rows)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)  # on the desk, not in the new list
    removed: list[str] = field(default_factory=list)  # vanished and removed on request
    kept: list[str] = field(default_factory=list)  # vanished, checked in: never removed
    #: People whose name the list spells otherwise than a correction made at a desk:
    #: the desk's correction is kept (a badge was printed with it).
    corrected: list[str] = field(default_factory=list)
    #: Why this file may not remove the people it does not name ('' if it may):
    #: "nothing_imported" or "unidentified_rows" (rows refused for want of an id or name).
    removal_blocked: str = ""
    removal_refused: bool = False  # removal was asked for and refused for that reason
    dry_run: bool = False
    seconds: float = 0.0

    @classmethod
    def from_plan(cls, plan: ImportPlan) -> ImportReport:
        mapping = {
            header or f"#{index + 1}": target
            for index, (header, target) in enumerate(zip(plan.headers, plan.mapping, strict=True))
            if target
        }
        return cls(
            source=plan.source,
            mapping=mapping,
            rows=plan.data_rows,
            skipped=plan.skipped,
            errors=plan.errors,
            warnings=plan.warnings,
        )

    @property
    def valid(self) -> int:
        """Rows that could be imported (new, updated or unchanged)."""
        return self.imported + self.updated + self.unchanged

    @property
    def nothing_imported(self) -> bool:
        return self.valid == 0

    @property
    def reprint(self) -> list[Change]:
        return [change for change in self.changes if change.printed]

    def summary(self, **extra: Any) -> dict[str, Any]:
        return {
            "file": self.source.name,
            "format": self.source.format,
            **extra,
            "rows": self.rows,
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "vanished": len(self.vanished),
            "removed": len(self.removed),
            "reprint": len(self.reprint),
            "corrections_kept": len(self.corrected),
        }

    def as_dict(self) -> dict[str, Any]:
        source = self.source
        return {
            "file": source.name,
            "format": source.format,
            "encoding": source.encoding or None,
            "delimiter": source.delimiter or None,
            "sheet": source.sheet or None,
            "dry_run": self.dry_run,
            "mapping": self.mapping,
            "rows": self.rows,
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "errors": [issue.as_dict() for issue in self.errors],
            "warnings": [issue.as_dict() for issue in self.warnings],
            "updates": [
                {"id": c.id, "fields": list(c.fields), "reprint": bool(c.printed)}
                for c in self.changes
            ],
            "reprint": [c.id for c in self.reprint],
            "vanished": self.vanished,
            "removed": self.removed,
            "kept_checked_in": self.kept,
            "removal_refused": self.removal_blocked if self.removal_refused else None,
            "corrections_kept": self.corrected,
            "seconds": round(self.seconds, 3),
        }
