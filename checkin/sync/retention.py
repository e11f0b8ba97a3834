"""After the event: what Check-in wrote to a shared folder is removed.

The folder holds the participant list with e-mails and the secret that signs
badges (``event/``), every desk's journal (``journals/``) and the day files
(``attendance/``). :func:`erase_folder` removes what Check-in wrote there —
the package's files, journals and their conflict copies, the day files unless
they are to be kept — and leaves any other file where it is, named, so that
nobody's unrelated document is deleted. Snapshots or backups of the share
keep their own copies: their owner deletes those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from checkin.sync.files import io_errors, require_folder
from checkin.sync.names import JOURNAL_SUFFIX
from checkin.sync.package import CONFIG, MANIFEST, PARTICIPANTS, REMOVED, SECRET

EVENT, JOURNALS, ATTENDANCE = "event", "journals", "attendance"
#: A day file (``2015-10-26.csv``) or a sync client's copy of one.
_DAY_FILE = re.compile(r"^\d{4}-\d{2}-\d{2}.*\.(csv|xlsx)$", re.IGNORECASE)


@dataclass(slots=True)
class ErasedShared:
    removed: list[str] = field(default_factory=list)  # paths relative to the folder
    kept: list[str] = field(default_factory=list)  # files Check-in did not write, or kept


def _ours(folder: str, name: str) -> bool:
    if name.startswith("."):  # our temporary files; the OS's .DS_Store
        return True
    if folder == EVENT:
        return name in (CONFIG, PARTICIPANTS, SECRET, MANIFEST, REMOVED) or name.endswith(".tmp")
    if folder == JOURNALS:
        return JOURNAL_SUFFIX in name  # journals and their conflict copies
    return _DAY_FILE.match(name) is not None


def erase_folder(root: Path, *, keep_attendance: bool = False) -> ErasedShared:
    """Remove Check-in's files from ``root``; the folders too once they are empty."""
    require_folder(root)
    erased = ErasedShared()
    folders = [EVENT, JOURNALS] + ([] if keep_attendance else [ATTENDANCE])
    with io_errors(root):
        for name in folders:
            folder = root / name
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                relative = f"{name}/{path.name}"
                if path.is_file() and _ours(name, path.name):
                    path.unlink()
                    erased.removed.append(relative)
                else:
                    erased.kept.append(relative)
            if not any(folder.iterdir()):
                folder.rmdir()
        if keep_attendance and (root / ATTENDANCE).is_dir():
            erased.kept += [f"{ATTENDANCE}/{p.name}" for p in sorted((root / ATTENDANCE).iterdir())]
    return erased
