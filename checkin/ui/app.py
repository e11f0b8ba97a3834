"""Starting the desktop application."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin import APP_NAME, __version__
from checkin.domain.errors import InputError
from checkin.paths import resources
from checkin.service.desk import Desk
from checkin.service.event_setup import load_demo
from checkin.store import Store, StoreError
from checkin.store.file_lock import hold_app_lock
from checkin.ui import crash_handler, texts
from checkin.ui.context import AppContext
from checkin.ui.fonts import load_fonts
from checkin.ui.i18n import Translations, system_language
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

def open_context(home: Path, runner: TaskRunner | None = None) -> AppContext:
    """Open the desk (loading the bundled demo on a desk that has no event yet)."""
    store = Store.in_home(home, auto_checkpoint=False)  # MainWindow checkpoints in background
    if not store.has_event():
        load_demo(store)
    desk = Desk(store)
    translations = Translations()
    translations.apply(desk.settings.language or system_language())
    return AppContext(
        desk=desk,
        reader=Store(store.path),
        runner=runner or TaskRunner(),
        translations=translations,
        sounds=Sounds(muted=desk.settings.muted),
    )


def identify(app: QApplication) -> None:
    """Name, version and icon: the window's title bar, the task bar and the About box."""
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources() / "icons" / "checkin.png")))


def run(home: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    identify(app)
    load_fonts()
    app_lock = hold_app_lock(home)  # held while the app runs: `checkin reset` waits for it
    try:
        context = open_context(home)
    except (StoreError, InputError) as error:
        Translations().apply(system_language())
        QMessageBox.critical(None, APP_NAME, texts.error_message(error) + f"\n\n{home}")
        return 1
    window = MainWindow(context)
    crash_handler.install(
        home, window.status_message.show_message, lambda: context.sounds.play("error")
    )
    window.show()
    window.badge_actions.printing.warm_up()  # badge fonts parsed off the UI thread
    try:
        return app.exec()
    finally:
        if app_lock is not None:
            app_lock.close()
