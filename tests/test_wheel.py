"""``pip install`` (not editable) gives a working desk: the wheel carries the fonts,
translations, sounds, icons and the demo event as package data (setup.py), and
``checkin --self-test`` passes from a throwaway venv, run outside the repository."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("checkin", "resources", "data", "pyproject.toml", "setup.py", "MANIFEST.in",
           "README.md")
SHIPPED = (
    "resources/fonts/NotoSans-Regular.ttf",
    "resources/fonts/NotoSans-Bold.ttf",
    "resources/fonts/NotoNaskhArabic-Regular.ttf",
    "resources/fonts/NotoNaskhArabic-Bold.ttf",
    "resources/fonts/DroidSansFallbackFull.ttf",
    "resources/fonts/LICENSE-Noto-OFL.txt",
    "resources/fonts/LICENSE-DroidSansFallback-Apache2.txt",
    "resources/translations/checkin_fr.qm",
    "resources/translations/checkin_es.qm",
    "resources/sounds/ok.wav",
    "resources/sounds/warning.wav",
    "resources/sounds/error.wav",
    "resources/icons/checkin.png",
    "resources/icons/checkin.ico",
    "data/idm2015/event.json",
    "data/idm2015/participants.csv",
)


def _isolation() -> list[str]:
    """Build with the installed setuptools when it can make wheels (saves ~5 s of
    setting up an isolated build environment), else as pip does by default."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        major, minor = (int(n) for n in version("setuptools").split(".")[:2])
    except (PackageNotFoundError, ValueError):
        return []
    can_build = (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None
    return ["--no-build-isolation"] if (major, minor) >= (68, 0) and can_build else []


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, f"{command}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def test_wheel_ships_resources_and_its_self_test_passes(tmp_path):
    source = tmp_path / "source"  # a clean copy: the build writes build/ and *.egg-info
    for name in SOURCES:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy2
        copy(ROOT / name, source / name, **({"ignore": shutil.ignore_patterns(
            "__pycache__", "_bundle", "*.ts")} if (ROOT / name).is_dir() else {}))
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", *_isolation(), ".",
          "-w", str(tmp_path)], cwd=source)
    (wheel,) = tmp_path.glob("checkin-*.whl")
    import checkin

    assert wheel.name.startswith(f"checkin-{checkin.__version__}-")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in SHIPPED if f"checkin/_bundle/{name}" not in names]
    assert not missing, missing
    assert not any(name.endswith(".ts") for name in names)  # translation sources stay home

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)])
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
          "--no-index", "--force-reinstall", str(wheel)])

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CHECKIN_HOME")}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", HOME=str(outside))
    result = _run([str(python), "-m", "checkin", "--self-test"], cwd=outside, env=env)
    assert "All checks passed." in result.stdout
    resources_line = next(line for line in result.stdout.splitlines() if "resources" in line)
    assert str(venv.resolve()) in resources_line and "_bundle" in resources_line  # not ROOT
