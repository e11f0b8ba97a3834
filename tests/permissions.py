"""Real read-only files and folders in tests, also when the suite runs as root (CI does).

Root ignores file permissions through two capabilities, CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH. A child process started under ``setpriv`` (util-linux)
without them in its bounding and inheritable sets obeys ``chmod`` like any
user, while it stays root for everything else (it can still read the Python
installation under /root).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

_CAPS = "-dac_override,-dac_read_search"


def unprivileged() -> list[str]:
    """A command prefix under which permissions hold: ``[]`` for a normal user."""
    if sys.platform == "win32":
        pytest.skip("chmod cannot make a folder read-only on Windows")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.fail("running as root: install setpriv (util-linux) so read-only tests can run")
    prefix = [setpriv, f"--inh-caps={_CAPS}", f"--bounding-set={_CAPS}"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.fail(f"setpriv cannot drop root's file-permission override: {probe.stderr}")
    return prefix


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """``path`` (a file or a folder) read-only for the duration; restored afterwards."""
    before = path.stat().st_mode
    path.chmod(before & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        yield path
    finally:
        path.chmod(before)
