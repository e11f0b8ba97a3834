"""UI language: Qt translators for the app and for Qt's own dialogs, switchable live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from checkin.domain.model import LANGUAGES
from checkin.paths import resources

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}


def system_language() -> str:
    """The system locale's language when it is one of ours, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


class Translations:
    """Installs the translators of one language; installing sends LanguageChange."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> str:
        language = language if language in LANGUAGES else "en"
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        if language != "en":
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for folder, name in (
                (str(resources() / "translations"), f"checkin_{language}"),
                (qt_folder, f"qtbase_{language}"),
            ):
                translator = QTranslator(app)
                if translator.load(name, folder):
                    app.installTranslator(translator)
                    self._installed.append(translator)
        self.language = language
        QLocale.setDefault(QLocale(language))
        return language
