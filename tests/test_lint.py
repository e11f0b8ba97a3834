"""Lint and architecture rules, run with the suite so CI enforces them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_is_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_layer_contracts_hold():
    """Qt and SQL stay out of the domain; ui/cli above service above store above domain."""
    lint_imports = shutil.which("lint-imports")
    if lint_imports is None:
        pytest.fail("import-linter is not installed (pip install -e '.[test]')")
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_modules_stay_small():
    """A window assembles pages; no module grows into a 2,000-line regret."""
    too_big = [
        (path.relative_to(ROOT), n)
        for path in (ROOT / "checkin").rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    ]
    assert not too_big, too_big
