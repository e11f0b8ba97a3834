"""Where things live: the desk's home folder and the bundled resources.

``bundle_root()`` is the folder holding ``resources/`` and ``data/``:

- the PyInstaller bundle: ``sys._MEIPASS`` (``_internal/`` next to the executable);
- an installed wheel: ``checkin/_bundle/``, copied there at build time by setup.py;
- a source checkout or an editable install: the repository root.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from checkin import APP_ID

PACKAGE = Path(__file__).resolve().parent


def default_home() -> Path:
    """``CHECKIN_HOME`` if set (portable installs, tests), else the OS data folder."""
    override = os.environ.get("CHECKIN_HOME")
    return Path(override) if override else Path(user_data_dir(APP_ID, appauthor=False))


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``data/`` (see the module's docstring)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = PACKAGE / "_bundle"
    return installed if installed.is_dir() else PACKAGE.parent


def resources() -> Path:
    return bundle_root() / "resources"


def demo_event_dir() -> Path:
    return bundle_root() / "data" / "idm2015"
