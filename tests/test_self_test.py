"""``checkin --self-test`` from source, and from the one-folder bundle built by checkin.spec."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ("resources", "fonts", "translations", "sound", "server sync", "database", "badge",
          "printing")
#: What the bundle must leave out, on any OS's file names (mirrors checkin.spec).
UNUSED_QT = re.compile(r"^(lib)?Qt6?(Quick|Qml|WebEngine)", re.IGNORECASE)


def _env(tmp_path: Path, **changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CHECKIN_HOME"}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", HOME=str(tmp_path),
               PYTHONPATH=str(ROOT))  # this checkout, not whatever checkin is installed
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def _self_test(env: dict[str, str], cwd: Path, *command: str) -> subprocess.CompletedProcess:
    command = command or (sys.executable, "-m", "checkin")
    return subprocess.run([*command, "--self-test"], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_self_test_from_source_passes(tmp_path):
    result = _self_test(_env(tmp_path), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in CHECKS:
        assert f"ok    {name}" in result.stdout
    assert "--    display       skipped: QT_QPA_PLATFORM=offscreen" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland variables")
def test_no_screen_skips_the_display_check_and_says_why(tmp_path):
    env = _env(tmp_path, QT_QPA_PLATFORM=None, DISPLAY=None, WAYLAND_DISPLAY=None)
    result = _self_test(env, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "--    display       skipped: no screen (DISPLAY and WAYLAND_DISPLAY unset)" \
        in result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 display names")
def test_a_window_that_cannot_open_fails_the_report_instead_of_aborting_it(tmp_path):
    """A laptop without libxcb-cursor0 (or without the X server it names): Qt aborts in the
    child process; the report says what Qt said, what to install, and goes on."""
    env = _env(tmp_path, QT_QPA_PLATFORM=None, WAYLAND_DISPLAY=None, DISPLAY=":237")
    result = _self_test(env, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    display = next(line for line in result.stdout.splitlines() if "display" in line)
    assert display.startswith("  FAIL  display")
    assert "xcb" in display and "sudo apt install libxcb-cursor0" in display
    assert "ok    badge" in result.stdout  # the other checks still ran, offscreen
    assert "Some checks FAILED" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_self_test_fails_clearly_when_resources_are_missing(tmp_path):
    """A broken copy of the app says what is missing and exits 1 (no traceback)."""
    broken = tmp_path / "app"
    shutil.copytree(ROOT / "checkin", broken / "checkin")
    shutil.copytree(ROOT / "data", broken / "data")
    shutil.copytree(ROOT / "resources", broken / "resources")
    (broken / "resources" / "fonts" / "NotoSans-Bold.ttf").unlink()
    (broken / "resources" / "fonts" / "DroidSansFallbackFull.ttf").unlink()
    (broken / "resources" / "sounds" / "warning.wav").write_bytes(b"not a sound")
    result = _self_test(_env(tmp_path, PYTHONPATH=str(broken)), broken)
    assert result.returncode == 1
    assert "FAIL  resources" in result.stdout and "NotoSans-Bold.ttf" in result.stdout
    assert re.search(r"FAIL  fonts .*not loaded: Droid Sans Fallback", result.stdout)
    assert re.search(r"FAIL  sound .*warning\.wav is not a readable sound", result.stdout)
    assert "Traceback" not in result.stdout + result.stderr


def test_bundle_builds_and_passes_its_self_test(tmp_path):
    """What a desk laptop gets: the folder from checkin.spec runs with no Python installed,
    and leaves out what the app never loads (about 50 s)."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is missing: it is in the test extras (pip install -e '.[test]')")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         "checkin.spec"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    folder = tmp_path / "dist" / "checkin"
    suffix = ".exe" if os.name == "nt" else ""
    assert (folder / f"checkin{suffix}").is_file()  # the desk (windowed on Windows)
    cli = folder / f"checkin-cli{suffix}"  # the same program with a console

    files = [path.relative_to(folder) for path in folder.rglob("*")]
    unused = [str(path) for path in files if any(UNUSED_QT.match(part) for part in path.parts)]
    assert not unused, unused
    qt_translations = sorted(
        path.name for path in files if path.suffix == ".qm" and "PySide6" in path.parts
    )
    assert qt_translations == ["qtbase_es.qm", "qtbase_fr.qm"]

    env = _env(tmp_path, PYTHONPATH=None)
    result = _self_test(env, tmp_path, str(cli))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All checks passed." in result.stdout
    assert "QtMultimedia loads" in result.stdout  # QtNetwork and QtMultimedia still bundled
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle size: {size / 1e6:.0f} MB in {len(files)} files")
    assert size < 240e6, f"the bundle grew to {size / 1e6:.0f} MB (214 MB on Linux in 0.1.0)"
