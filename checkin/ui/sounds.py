"""Three distinct verdict sounds (ok, warning, error), mutable per desk."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl

from checkin.paths import resources

log = logging.getLogger(__name__)


class Sounds:
    def __init__(self, muted: bool = False) -> None:
        self.muted = muted
        self.last_played = ""  # for tests and the self-test
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as error:  # e.g. libpulse missing: the desk works silently
            log.warning("no sound: %s", error)
            return
        for name in ("ok", "warning", "error"):
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(resources() / "sounds" / f"{name}.wav")))
            effect.setVolume(0.8)
            self._effects[name] = effect

    def play(self, severity: str) -> None:
        if self.muted:
            return
        self.last_played = severity
        effect = self._effects.get(severity)
        if effect is not None:
            effect.play()
