"""Qt fixtures: offscreen platform, the application context with an inline task
runner, and the main window on the small test event of ``tests/conftest.py``."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

import pytest

from checkin.store import Store


@pytest.fixture
def context(qapp, desk):
    from checkin.ui.app import load_fonts
    from checkin.ui.context import AppContext
    from checkin.ui.i18n import Translations
    from checkin.ui.sounds import Sounds
    from checkin.ui.tasks import ImmediateRunner

    load_fonts()
    translations = Translations()
    translations.apply("en")
    reader = Store(desk.store.path)
    yield AppContext(desk=desk, reader=reader, runner=ImmediateRunner(),
                     translations=translations, sounds=Sounds())
    translations.apply("en")
    reader.close()


@pytest.fixture
def window(qtbot, context):
    from checkin.ui.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def page(window):
    return window.desk_page
