"""UI language: Qt translators for the app and for Qt's own dialogs, switchable live.

Besides English, French and Spanish there are two pseudo-locales for testing
layouts (as Vorta's ``TRANS_SCALE``): ``pseudo-long`` lengthens every string
by about 40 % with accented look-alikes, ``pseudo-rtl`` also mirrors the
layout right to left. Choose them with ``CHECKIN_LANGUAGE=pseudo-long``.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from checkin.domain.model import LANGUAGES
from checkin.paths import resources

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}
PSEUDO = ("pseudo-long", "pseudo-rtl")

_LOOKALIKE = str.maketrans("aceinoszACEINOSZ", "åçéîñøšžÅÇÉÎÑØŠŽ")
_PLACEHOLDER = re.compile(r"(\{[^}]*\}|&\w|%L?\w)")


def pseudo_translate(text: str) -> str:
    """``Checked in`` -> ``[Çhéçkéð îñ ~~~~]``: 40 % longer, placeholders intact."""
    parts = _PLACEHOLDER.split(text)
    body = "".join(p if _PLACEHOLDER.fullmatch(p) else p.translate(_LOOKALIKE) for p in parts)
    padding = "~" * max(2, round(len(text) * 0.4))
    return f"[{body} {padding}]"


class _PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        return pseudo_translate(source_text) if source_text else source_text

    def isEmpty(self) -> bool:
        return False


def system_language() -> str:
    """``CHECKIN_LANGUAGE``, else the system locale's language when ours, else English."""
    forced = os.environ.get("CHECKIN_LANGUAGE", "")
    if forced in LANGUAGES or forced in PSEUDO:
        return forced
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


class Translations:
    """Installs the translators of one language; installing sends LanguageChange."""

    def __init__(self) -> None:
        self.ui_language = "en"  # what the operator chose (may be a pseudo-locale)
        self._installed: list[QTranslator] = []

    @property
    def language(self) -> str:
        """The language for dates, numbers, countries and labels (never a pseudo one)."""
        return self.ui_language if self.ui_language in LANGUAGES else "en"

    def apply(self, language: str) -> str:
        if language not in LANGUAGES and language not in PSEUDO:
            language = "en"
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        if language in PSEUDO:
            self._install(_PseudoTranslator(app))
        else:  # English too: its plural forms ("1 badge", "2 badges") are in checkin_en
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files = [(str(resources() / "translations"), f"checkin_{language}")]
            if language != "en":
                files.append((qt_folder, f"qtbase_{language}"))
            for folder, name in files:
                translator = QTranslator(app)
                if translator.load(name, folder):
                    self._install(translator)
        self.ui_language = language
        if isinstance(app, QApplication):
            rtl = language == "pseudo-rtl"
            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
        QLocale.setDefault(QLocale(self.language))
        # Deliver LanguageChange now, so every widget is relabelled when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return language

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.instance().installTranslator(translator)
        self._installed.append(translator)
