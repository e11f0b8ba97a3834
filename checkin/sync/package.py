"""The event package in the shared folder: what a new desk joins from.

``event/`` holds ``event.json`` (the config), ``participants.csv`` (Check-in's
own list format, :mod:`checkin.importing.canonical`), ``secret.txt`` and,
written last, ``package.json``: the manifest with a SHA-256 of each file. A
desk trusts a package only when every file matches its manifest, so a package
still being copied or published is "try again", never half an event.

The secret is stored in the clear. It signs badge codes, so whoever can read
the folder can forge a badge — but the folder is trusted like the desks
(each desk's database holds the same secret in the clear too), and keeping it
beside the list lets a desk join with no passphrase to type at 7 a.m.
The alternative — the secret encrypted with a passphrase entered at every
desk — protects a leaked copy of the folder, at the price of a passphrase to
distribute and a new dependency (no AES in the standard library). Restrict
the share to the desk laptops and the organisers; the file is made readable
by its owner only where the file system has POSIX permissions.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from checkin.domain.errors import InputError
from checkin.importing.canonical import read_participants
from checkin.importing.writing import write_participants
from checkin.sync.errors import SyncError
from checkin.sync.files import io_errors, replace_file
from checkin.sync.transport import EventPackage, PackageInfo, secret_check

PACKAGE_FORMAT = 1
CONFIG, PARTICIPANTS, SECRET, MANIFEST = (
    "event.json",
    "participants.csv",
    "secret.txt",
    "package.json",
)
#: The people removed from the list and set aside, when there are any (older
#: desks, which read only the files above, ignore it).
REMOVED = "removed.csv"


def read_info(folder: Path) -> PackageInfo | None:
    """The manifest of ``folder/event``, or None when no package is published there."""
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (ValueError, UnicodeDecodeError):
        raise _bad(folder, "its manifest is damaged") from None
    if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT:
        raise _bad(folder, "it was written by another version of Check-in")
    try:
        return PackageInfo(
            event_id=str(data["event_id"]),
            published_at=str(data["published_at"]),
            published_by=str(data["published_by"]),
            participants=int(data["participants"]),
            secret_check=str(data["secret_check"]),
            publication=str(data.get("publication", "")),
        )
    except (KeyError, TypeError, ValueError):
        raise _bad(folder, "its manifest is incomplete") from None


def read_package(folder: Path) -> EventPackage:
    with io_errors(folder.parent):
        info = read_info(folder)
        if info is None:
            raise SyncError(
                "no_package",
                f"No event is published in {folder.parent} yet. Publish it from the "
                "administrator's desk first (checkin sync FOLDER --publish).",
                folder=str(folder.parent),
            )
        manifest = json.loads((folder / MANIFEST).read_bytes())
        files = manifest.get("files", {})
        contents = {}
        for name in (CONFIG, PARTICIPANTS, SECRET, *([REMOVED] if REMOVED in files else [])):
            try:
                data = (folder / name).read_bytes()
            except FileNotFoundError:
                raise _bad(folder, f"{name} is missing") from None
            if hashlib.sha256(data).hexdigest() != files.get(name):
                raise _bad(folder, f"{name} does not match the manifest (still being copied?)")
            contents[name] = data
    try:
        config = json.loads(contents[CONFIG].decode("utf-8"))
        people = read_participants(folder / PARTICIPANTS)
        removed = read_participants(folder / REMOVED) if REMOVED in contents else []
    except (ValueError, UnicodeDecodeError, InputError) as error:
        raise _bad(folder, str(error)) from None
    secret = contents[SECRET].decode("ascii", "replace").strip()
    if not isinstance(config, dict) or not secret or secret_check(secret) != info.secret_check:
        raise _bad(folder, "its config or secret is damaged")
    return EventPackage(config, people, secret, info, removed)


def read_config(folder: Path) -> dict:
    """Only the published event's config (``event.json``), checked against the manifest:
    enough to know its PIN when the rest of the package is damaged (erasing it)."""
    with io_errors(folder.parent):
        if read_info(folder) is None:
            raise SyncError(
                "no_package",
                f"No event is published in {folder.parent}.",
                folder=str(folder.parent),
            )
        manifest = json.loads((folder / MANIFEST).read_bytes())
        try:
            data = (folder / CONFIG).read_bytes()
        except FileNotFoundError:
            raise _bad(folder, f"{CONFIG} is missing") from None
    if hashlib.sha256(data).hexdigest() != manifest.get("files", {}).get(CONFIG):
        raise _bad(folder, f"{CONFIG} does not match the manifest")
    try:
        config = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        config = None
    if not isinstance(config, dict):
        raise _bad(folder, f"{CONFIG} is damaged")
    return config


def write_package(folder: Path, package: EventPackage) -> None:
    """Write the files, then the manifest: readers never trust a half-written package."""
    folder.mkdir(exist_ok=True)
    config = json.dumps(package.config, ensure_ascii=False, indent=2).encode("utf-8")
    replace_file(folder / CONFIG, config)
    try:
        write_participants(folder / PARTICIPANTS, package.participants)
    except InputError as error:
        raise SyncError("folder_unavailable", str(error), folder=str(folder.parent)) from None
    replace_file(folder / SECRET, package.secret.encode("ascii") + b"\n")
    names = [CONFIG, PARTICIPANTS, SECRET]
    if package.removed:
        try:
            write_participants(folder / REMOVED, package.removed)
        except InputError as error:
            raise SyncError("folder_unavailable", str(error), folder=str(folder.parent)) from None
        names.append(REMOVED)
    info = package.info
    manifest = {
        "format": PACKAGE_FORMAT,
        "event_id": info.event_id,
        "published_at": info.published_at,
        "published_by": info.published_by,
        "participants": info.participants,
        "secret_check": info.secret_check,
        "publication": info.publication,
        "files": {
            name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
            for name in names
        },
    }
    replace_file(folder / MANIFEST, json.dumps(manifest, indent=2).encode("utf-8"))


def _bad(folder: Path, why: str) -> SyncError:
    return SyncError(
        "bad_package",
        f"The event package in {folder} cannot be used: {why}. Publish it again, or wait "
        "until it is copied completely.",
        folder=str(folder),
    )
