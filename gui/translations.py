"""The user's language: Replidesk's own messages (resources/translations/replidesk_<lang>.qm),
Qt's (qtbase_<lang>.qm: OK, Cancel, the file dialogs), and core's messages through
core.i18n. English is the source language, but its .qm is loaded too: it holds the plural
forms ("%n run(s)" -> "1 run", "2 runs")."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core import i18n

from .resources import resource_path

LANGUAGES = ("en", "de")  # shipped; the first is the source language and the fallback
_installed: list[QTranslator] = []
_language = ""  # "" until install()


def available() -> tuple[str, ...]:
    return LANGUAGES


def current() -> str:
    """The language installed ("" when none is)."""
    return _language


def choose(language: str = "") -> str:
    """The shipped language for a setting ("" follows the OS) or a locale name ("de_AT")."""
    wanted = language.strip() or QLocale.system().name()
    code = wanted.replace("-", "_").split("_")[0].lower()
    if not language.strip():
        # The OS's list of preferred languages, in order: the first one shipped wins.
        for name in QLocale.system().uiLanguages():
            candidate = name.replace("-", "_").split("_")[0].lower()
            if candidate in LANGUAGES:
                return candidate
    return code if code in LANGUAGES else LANGUAGES[0]


def _qt_folders() -> list[Path]:
    """Where Qt's own .qm files are: Qt's answer, else beside PySide6's modules (a frozen build
    keeps the few it ships under PySide6/Qt/translations)."""
    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
    ]


def _core_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install(app: QCoreApplication, language: str = "") -> str:
    """Load and install the translations for `language` ("" = the OS's, else "en" or "de");
    an unknown language falls back to English. Returns the language chosen."""
    global _language
    uninstall(app)
    chosen = choose(language)
    ours = QTranslator(app)
    if ours.load(f"replidesk_{chosen}", str(resource_path("translations"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{chosen}", str(folder)) for folder in _qt_folders()):
        app.installTranslator(qt)
        _installed.append(qt)
    # Numbers and dates follow the language shown (a German UI writes 1.234,5).
    system = QLocale.system()
    QLocale.setDefault(system if system.name().split("_")[0] == chosen else QLocale(chosen))
    i18n.install(_core_translate, QLocale().decimalPoint())
    _language = chosen
    return chosen


def uninstall(app: QCoreApplication) -> None:
    """Back to the English source (tests that switch languages end with this)."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    i18n.install(None)
    QLocale.setDefault(QLocale.system())
    _language = ""
