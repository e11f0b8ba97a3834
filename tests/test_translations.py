"""Every UI string is translated into French and Spanish, and the .qm files are current."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _i18n():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_ui_string_is_missing_or_unfinished(capsys):
    assert _i18n().check() == 0, capsys.readouterr().out


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_compiled_translations_match_their_sources(tmp_path, language):
    tool = _i18n()
    source = tool.ts_file(language)
    fresh = tmp_path / f"checkin_{language}.qm"
    subprocess.run([tool._tool("lrelease"), "-silent", str(source), "-qm", str(fresh)],
                   check=True)
    assert fresh.read_bytes() == source.with_suffix(".qm").read_bytes(), (
        "run: python tools/i18n.py release"
    )


def _french_translations() -> list[str]:
    tree = ET.parse(ROOT / "resources" / "translations" / "checkin_fr.ts")
    texts = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        texts += [f.text or "" for f in forms] if forms else [translation.text or ""]
    return texts


#: French typography as the UN French style sheet has it, one mistake per rule.
FRENCH_MISTAKES = {
    "a narrow no-break space (U+202F) before ; ? !": re.compile(r"(?<!\u202f)[;?!]"),
    "a no-break space (U+00A0) before :": re.compile(r"(?<!\u00a0):(?=\s|$)"),
    "no-break spaces (U+00A0) inside « »": re.compile(r"«(?!\u00a0)|(?<!\u00a0)»"),
    "the typographic apostrophe ’": re.compile(r"\w'\w"),
}


def french_mistakes(text: str) -> list[str]:
    text = text.replace(";;", "")  # file-dialog filter separators, not punctuation
    return [rule for rule, mistake in FRENCH_MISTAKES.items() if mistake.search(text)]


def test_french_typography_uses_no_break_spaces():
    for text in _french_translations():
        assert not french_mistakes(text), f"{text!r} needs {french_mistakes(text)}"


@pytest.mark.parametrize("wrong", [
    "Nom :", "Nom:", "Nom\u202f:", "Vraiment ?", "Vraiment\u00a0?", "oui ; non", "«x»",
    "« x »", "«\u00a0x»", "l'entrée",
])
def test_french_typography_rules_catch_the_usual_mistakes(wrong):
    assert french_mistakes(wrong)
    assert not french_mistakes("Pays\u00a0: «\u00a0x\u00a0»\u202f; l’entrée\u202f? (*.csv);;(*)")


def test_pseudo_locale_lengthens_and_keeps_placeholders():
    sys.path.insert(0, str(ROOT))
    from checkin.ui.i18n import pseudo_translate

    text = "First checked in at {time} at desk {desk} by {operator}."
    pseudo = pseudo_translate(text)
    assert len(pseudo) >= len(text) * 1.4
    for placeholder in ("{time}", "{desk}", "{operator}"):
        assert placeholder in pseudo
