"""Translations, Qt Linguist end to end.

    python tools/i18n.py update    # refresh resources/translations/*.ts from the code
    python tools/i18n.py release   # compile .ts -> .qm (committed, loaded at run time)
    python tools/i18n.py check     # exit 1 if a UI string is missing or unfinished

Translators edit the .ts files with Qt Linguist (or any XML editor); English
is the source language. A count is written ``%n`` (``%Ln`` with the language's
digit grouping) and translated with one ``<numerusform>`` per plural form;
``checkin_en.ts`` holds only those, for English's own "1 badge" / "2 badges".
``check`` runs in the test suite: every message and every plural form filled.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es")
PLURAL_ONLY = ("en",)  # the source language: only its plural forms are translated
ALL = LANGUAGES + PLURAL_ONLY
SOURCES = ROOT / "checkin"


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"checkin_{language}.ts"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: pip install PySide6-Essentials")
    return found


def update(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    command = [_tool("lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "none",
               str(SOURCES)]
    files = [str(ts_file(lang, folder)) for lang in LANGUAGES]
    subprocess.run([*command, "-ts", *files], check=True, capture_output=True)
    for language in PLURAL_ONLY:
        subprocess.run(
            [*command, "-pluralonly", "-source-language", "en", "-target-language", language,
             "-ts", str(ts_file(language, folder))],
            check=True, capture_output=True,
        )


def release() -> None:
    for language in ALL:
        source = ts_file(language)
        subprocess.run(
            [_tool("lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
            check=True,
        )


def problems(folder: Path = FOLDER) -> list[str]:
    """Strings in the code but missing or unfinished in a .ts file."""
    found = []
    for language in ALL:
        tree = ET.parse(ts_file(language, folder))
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "vanished":
                    continue
                if translation is None or translation.get("type") == "unfinished":
                    filled = False
                elif message.get("numerus") == "yes":
                    forms = translation.findall("numerusform")
                    filled = bool(forms) and all(
                        "%n" in (f.text or "") or "%Ln" in (f.text or "") for f in forms
                    )
                else:
                    filled = bool((translation.text or "").strip())
                if not filled:
                    found.append(f"{language}: {name}: {message.findtext('source')!r}")
    return found


def check() -> int:
    """Run lupdate on a copy (so new strings show up as unfinished) and report."""
    with tempfile.TemporaryDirectory() as temp:
        copy = Path(temp)
        for language in ALL:
            if ts_file(language).exists():
                shutil.copy(ts_file(language), ts_file(language, copy))
        update(copy)
        missing = problems(copy)
    for line in missing:
        print(line)
    return 1 if missing else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        sys.exit(check())
    else:
        sys.exit(__doc__)
