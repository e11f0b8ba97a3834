"""Where things live: the desk's home folder and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from checkin import APP_ID


def default_home() -> Path:
    """``CHECKIN_HOME`` if set (portable installs, tests), else the OS data folder."""
    override = os.environ.get("CHECKIN_HOME")
    return Path(override) if override else Path(user_data_dir(APP_ID, appauthor=False))


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``data/`` (the source tree, or the frozen app)."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resources() -> Path:
    return bundle_root() / "resources"


def demo_event_dir() -> Path:
    return bundle_root() / "data" / "idm2015"
