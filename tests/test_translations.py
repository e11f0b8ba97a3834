"""Every UI string is translated into French and Spanish, and the .qm files are current."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
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


@pytest.mark.parametrize("language", ["fr", "es"])
def test_compiled_translations_match_their_sources(tmp_path, language):
    tool = _i18n()
    source = tool.ts_file(language)
    fresh = tmp_path / f"checkin_{language}.qm"
    subprocess.run([tool._tool("lrelease"), "-silent", str(source), "-qm", str(fresh)],
                   check=True)
    assert fresh.read_bytes() == source.with_suffix(".qm").read_bytes(), (
        "run: python tools/i18n.py release"
    )


def test_french_typography_uses_no_break_spaces():
    text = (ROOT / "resources" / "translations" / "checkin_fr.ts").read_text(encoding="utf-8")
    for mark in (" :", " ;", " ?", " !", "« ", " »"):
        assert f"<translation>{mark}" not in text
        assert mark not in "".join(
            line for line in text.splitlines() if "<translation" in line
        ), f"ordinary space before {mark!r} in a French translation"


def test_pseudo_locale_lengthens_and_keeps_placeholders():
    sys.path.insert(0, str(ROOT))
    from checkin.ui.i18n import pseudo_translate

    text = "First checked in at {time} at desk {desk} by {operator}."
    pseudo = pseudo_translate(text)
    assert len(pseudo) >= len(text) * 1.4
    for placeholder in ("{time}", "{desk}", "{operator}"):
        assert placeholder in pseudo
