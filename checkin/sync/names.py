"""Which files in ``journals/`` are desk journals, and which are not.

Cloud-sync clients leave conflict copies beside the file they could not
reconcile (Dropbox ``X (conflicted copy).jsonl``, Syncthing
``X.sync-conflict-20151026-083000-ABC.jsonl``, Google Drive ``X (1).jsonl``,
Nextcloud ``X (conflicted copy 2015-10-26 083000).jsonl``, OneDrive
``X-LAPTOP.jsonl``), and people drop other files there. Reading a copy would
merge a desk's events twice (harmless: merging is idempotent by uuid) or,
worse, events under a name the desk does not own. So a journal is accepted
only when its whole name is ``DESK-ID.jsonl`` with a desk id of letters,
digits and ``_`` — the form :func:`checkin.service.desk.desk_identity`
makes — and readers also drop any line whose desk is not the file's desk.
"""

from __future__ import annotations

import re

from checkin.sync.errors import SyncError

JOURNAL_SUFFIX = ".jsonl"
_DESK_ID = re.compile(r"[A-Za-z0-9_]{1,64}")
_CONFLICT = re.compile(
    r"conflict|\(\d+\)|~|\.(tmp|bak|orig)$|-[A-Z0-9]+-?\d*$|copy|copie|kopie", re.IGNORECASE
)


def is_desk_id(text: str) -> bool:
    return _DESK_ID.fullmatch(text) is not None


def journal_name(desk_id: str) -> str:
    """``D1A2B3C4D.jsonl``; a desk id that cannot name a journal is refused."""
    if not is_desk_id(desk_id):
        raise SyncError(
            "bad_desk_id",
            f"The desk id {desk_id!r} cannot name a journal (letters, digits and _ only).",
            desk=desk_id,
        )
    return desk_id + JOURNAL_SUFFIX


def desk_of_journal(filename: str) -> str | None:
    """The desk whose journal ``filename`` is, or None for anything else."""
    if not filename.endswith(JOURNAL_SUFFIX):
        return None
    stem = filename[: -len(JOURNAL_SUFFIX)]
    return stem if is_desk_id(stem) else None


def is_hidden(filename: str) -> bool:
    """Our own temporary files (``.D1.jsonl.3f9a.tmp``) and the OS's (``.DS_Store``)."""
    return filename.startswith(".") or filename.lower() in ("desktop.ini", "thumbs.db")


def why_ignored(filename: str) -> str:
    """A short label for a file that is not a journal, for the sync report."""
    stem = filename.rsplit(".", 1)[0] if "." in filename else filename
    if _CONFLICT.search(filename) or _CONFLICT.search(stem):
        return "conflict copy"
    return "not a journal"
