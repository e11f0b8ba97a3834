"""The self-test's checks one by one: each failure says what is wrong (no Qt abort, no
traceback). The whole report runs in tests/test_self_test.py."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from checkin.paths import resources
from checkin.ui import self_test

XCB_ABORT = """\
qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb \
platform plugin.
qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.
This application failed to start because no Qt platform plugin could be initialized.

Available platform plugins are: minimal, linuxfb, offscreen, xcb, vkkhrdisplay.
"""


@pytest.fixture
def bundled(tmp_path, monkeypatch) -> Path:
    """A copy of resources/ that a test may break, in place of the real one."""
    copy = tmp_path / "resources"
    shutil.copytree(resources(), copy)
    monkeypatch.setattr(self_test, "resources", lambda: copy)
    return copy


def test_fonts_fail_unless_every_family_is_loaded(qapp, bundled):
    for path in bundled.glob("fonts/*.ttf"):
        if not path.name.startswith("NotoSans-"):
            path.unlink()
    missing = r"not loaded: Noto Naskh Arabic, Noto Sans Hebrew, .*Droid Sans Fallback"
    with pytest.raises(RuntimeError, match=missing):
        self_test.check_fonts()


def test_fonts_fail_when_there_are_none(qapp, bundled):
    """A pip install without its package data used to pass with an empty list."""
    shutil.rmtree(bundled / "fonts")
    with pytest.raises(RuntimeError, match=r"not loaded: Noto Sans, .*\(loaded: none\)"):
        self_test.check_fonts()


def test_fonts_pass_with_the_bundled_fonts(qapp):
    from checkin.ui.fonts import FONT_FAMILIES

    assert self_test.check_fonts().startswith(f"{len(FONT_FAMILIES)} families")


def test_sound_fails_on_an_unreadable_wav(qapp, bundled):
    (bundled / "sounds" / "ok.wav").write_bytes(b"RIFF")
    with pytest.raises(RuntimeError, match=r"ok\.wav is not a readable sound"):
        self_test.check_sound()


def test_sound_fails_when_qtmultimedia_does_not_load(qapp, monkeypatch):
    """e.g. a bundle built without QtNetwork: the desk would be silent."""
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    with pytest.raises(RuntimeError, match="QtMultimedia does not load"):
        self_test.check_sound()


def test_sound_passes_without_an_audio_device(qapp):
    assert "3 sounds readable, " in self_test.check_sound()


def test_qt_message_keeps_qts_words_without_the_plugin_list():
    said = self_test.qt_message(XCB_ABORT)
    assert said.startswith("From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed")
    assert 'Could not load the Qt platform plugin "xcb"' in said
    assert "Available platform plugins" not in said


def test_display_is_skipped_offscreen_or_without_a_screen(monkeypatch):
    offscreen = self_test.display_skipped({"QT_QPA_PLATFORM": "offscreen"})
    assert "QT_QPA_PLATFORM=offscreen" in offscreen
    monkeypatch.setattr(sys, "platform", "linux")
    assert "no screen" in self_test.display_skipped({})
    assert self_test.display_skipped({"DISPLAY": ":0"}) is None
    assert self_test.display_skipped({"WAYLAND_DISPLAY": "wayland-0"}) is None
    monkeypatch.setattr(sys, "platform", "win32")
    assert self_test.display_skipped({}) is None


def test_display_failure_reports_qt_and_what_to_install(monkeypatch):
    crash = f"import sys; sys.stderr.write({XCB_ABORT!r}); sys.exit(134)"
    monkeypatch.setattr(self_test, "display_skipped", lambda: None)
    monkeypatch.setattr(self_test, "probe_command", lambda: [sys.executable, "-c", crash])
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(RuntimeError) as failure:
        self_test.check_display()
    assert str(failure.value).startswith("From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed")
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in str(failure.value)


def test_display_probe_reports_the_platform_that_opened(monkeypatch):
    """The child process itself (here on the offscreen platform of the test run)."""
    monkeypatch.setattr(self_test, "display_skipped", lambda: None)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert self_test.check_display().startswith("a window can open (Qt platform offscreen")


def test_an_unexpected_error_ends_the_report_with_exit_1(monkeypatch, capsys):
    def broken(report):
        raise ValueError("something nobody foresaw")

    monkeypatch.setattr(self_test, "run_checks", broken)
    assert self_test.main() == 1
    out = capsys.readouterr().out
    assert "FAIL  self-test     stopped: ValueError: something nobody foresaw" in out
    assert out.rstrip().endswith("Some checks FAILED: see the lines above.")
