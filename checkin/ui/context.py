"""The application context handed to windows and pages (no globals)."""

from __future__ import annotations

from dataclasses import dataclass

from checkin.service.desk import Desk
from checkin.store import Store
from checkin.ui.i18n import Translations
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner


@dataclass
class AppContext:
    desk: Desk
    reader: Store  # a second connection for background reads (WAL: readers never block)
    runner: TaskRunner
    translations: Translations
    sounds: Sounds

    @property
    def language(self) -> str:
        return self.translations.language
