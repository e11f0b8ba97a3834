"""``checkin --self-test`` from source, and from the one-folder bundle built by checkin.spec."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CHECKIN_HOME"}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", HOME=str(tmp_path))
    return env


def test_self_test_from_source_passes(tmp_path):
    result = subprocess.run([sys.executable, "-m", "checkin", "--self-test"], cwd=tmp_path,
                            env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("resources", "fonts", "translations", "database", "badge", "printing"):
        assert f"ok    {name}" in result.stdout
    assert "Traceback" not in result.stderr


def test_self_test_fails_clearly_when_resources_are_missing(tmp_path):
    """A broken copy of the app says what is missing and exits 1 (no traceback)."""
    broken = tmp_path / "app"
    shutil.copytree(ROOT / "checkin", broken / "checkin")
    shutil.copytree(ROOT / "data", broken / "data")
    shutil.copytree(ROOT / "resources", broken / "resources")
    (broken / "resources" / "fonts" / "NotoSans-Bold.ttf").unlink()
    env = _env(tmp_path) | {"PYTHONPATH": str(broken)}
    result = subprocess.run([sys.executable, "-m", "checkin", "--self-test"], cwd=broken,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "FAIL  resources" in result.stdout and "NotoSans-Bold.ttf" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("pyinstaller") is None, reason="PyInstaller not installed")
def test_bundle_builds_and_passes_its_self_test(tmp_path):
    """What a desk laptop gets: the folder from checkin.spec runs with no Python installed."""
    build = subprocess.run(
        ["pyinstaller", "--noconfirm", "--log-level", "ERROR", "--distpath",
         str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"), "checkin.spec"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    executable = tmp_path / "dist" / "checkin" / ("checkin.exe" if os.name == "nt" else "checkin")
    env = _env(tmp_path)
    env.pop("PYTHONPATH", None)
    result = subprocess.run([str(executable), "--self-test"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All checks passed." in result.stdout
    size_mb = sum(f.stat().st_size for f in (tmp_path / "dist").rglob("*") if f.is_file()) / 1e6
    print(f"bundle size: {size_mb:.0f} MB")
