"""Build hook: a wheel carries ``resources/`` and ``data/idm2015`` as package data.

The repository keeps them at its root (the app, the PyInstaller spec and the tools
read them there). A non-editable build copies them into ``checkin/_bundle/``, where
``checkin.paths.bundle_root()`` finds them in an installed wheel. Everything else is
configured in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent

#: What an installed desk needs, relative to the repository root (no .ts sources).
SHIPPED = (
    "resources/fonts/*",
    "resources/icons/*",
    "resources/sounds/*.wav",
    "resources/translations/*.qm",
    "data/idm2015/*",
)


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the source tree
        target = Path(self.build_lib) / "checkin" / "_bundle"
        for pattern in SHIPPED:
            for source in sorted(ROOT.glob(pattern)):
                if source.is_file():
                    destination = target / source.relative_to(ROOT)
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, destination)


setup(cmdclass={"build_py": BuildWithResources})
