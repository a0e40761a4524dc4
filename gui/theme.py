"""Light, dark, or as the system is: the palette (Fusion's, or a dark one) and the style sheet,
written against the palette's roles with a few tokens (the accent, errors) per scheme. Applied at
start and again whenever the system switches while the app runs.

The first frame uses the system's look as the last run saw it (AppSettings.system_look): asking
Qt for it makes PySide build Qt's whole `Qt` namespace, 30-50 ms. ThemeKeeper asks once the
window is built, and corrects the look if the system changed in between."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .resources import resource_path


class SystemLook(NamedTuple):
    dark: bool  # the system's colour scheme is dark
    high_contrast: bool  # the system asks for high contrast


class Theme(Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @property
    def label(self) -> str:
        if self is Theme.LIGHT:
            return QCoreApplication.translate("Theme", "&Light")
        if self is Theme.DARK:
            return QCoreApplication.translate("Theme", "&Dark")
        return QCoreApplication.translate("Theme", "As the &system")


# Colours that are no palette role, each readable (contrast ≥ 4.5) on the scheme's surfaces.
TOKENS = {
    False: {  # light
        "accent": "#3b5bdb",
        "accent_hover": "#364fc7",
        "accent_text": "#ffffff",
        "error": "#e03131",
        "error_text": "#a51d24",
        "error_background": "#fff5f5",
    },
    True: {  # dark
        "accent": "#4263eb",
        "accent_hover": "#5c7cfa",
        "accent_text": "#ffffff",
        "error": "#ff6b6b",
        "error_text": "#ffa8a8",
        "error_background": "#3b1f22",
    },
}


def application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # a widget exists only in a QApplication
    return app


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202225",
        QPalette.ColorRole.WindowText: "#e9ecef",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26282c",
        QPalette.ColorRole.Text: "#e9ecef",
        QPalette.ColorRole.Button: "#2c2f33",
        QPalette.ColorRole.ButtonText: "#e9ecef",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#4263eb",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#91a7ff",
        QPalette.ColorRole.LinkVisited: "#b197fc",
        QPalette.ColorRole.ToolTipBase: "#2c2f33",
        QPalette.ColorRole.ToolTipText: "#e9ecef",
        QPalette.ColorRole.PlaceholderText: "#a0a6ad",
        QPalette.ColorRole.Light: "#3a3d42",
        QPalette.ColorRole.Midlight: "#34373c",
        QPalette.ColorRole.Mid: "#4a4e54",
        QPalette.ColorRole.Dark: "#141517",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868d"))
    return palette


def system_look() -> SystemLook:
    from PySide6.QtCore import Qt  # 30-50 ms the first time: never before the first frame

    hints = QGuiApplication.styleHints()  # kept: a chained call's temporary frees the hints under us
    return SystemLook(
        dark=hints.colorScheme() == Qt.ColorScheme.Dark,
        high_contrast=hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def font_tokens(base_points: float) -> dict[str, str]:
    """Sizes relative to the system's font, so that a larger OS text size enlarges everything."""
    return {"small_pt": f"{base_points * 0.85:.1f}", "large_pt": f"{base_points * 1.15:.1f}"}


def style_sheet(dark: bool, base_points: float | None = None) -> str:
    points = base_points or QGuiApplication.font().pointSizeF()
    if points <= 0:  # a font sized in pixels
        points = 10.0
    text = resource_path("styles/app.qss").read_text(encoding="utf-8")
    return text.format(**TOKENS[dark], **font_tokens(points))


def apply(app: QApplication, theme: Theme, look: SystemLook | None = None) -> None:
    """The palette and style sheet for `theme`, with the system's `look` (asked for when None).
    When the system asks for high contrast, its own palette is used as it is, with no style
    sheet: our softer borders and greys would undo what the user chose."""
    look = look or system_look()
    if look.high_contrast:
        app.setPalette(QPalette())  # nothing set: the platform's palette, all of it
        app.setStyleSheet("")
        return
    dark = look.dark if theme is Theme.SYSTEM else theme is Theme.DARK
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setStyleSheet(style_sheet(dark))


class ThemeKeeper(QObject):
    """Keeps the app in the chosen theme, following the system's switches while it runs.
    `shown`: the look the first frame was given (applied again only if the system's differs);
    `remember`: told the system's look at start and at every switch, for the next first frame."""

    def __init__(
        self,
        app: QApplication,
        theme: Theme,
        parent: QObject | None = None,
        shown: SystemLook | None = None,
        remember: Callable[[SystemLook], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.theme = theme
        self.remember = remember or (lambda _look: None)
        look = system_look()
        if look != shown:
            apply(app, theme, look)
        self.remember(look)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._system_changed)
        app.fontChanged.connect(self._font_changed)

    def choose(self, theme: Theme) -> None:
        self.theme = theme
        apply(self.app, theme)

    def _system_changed(self, _change: object) -> None:  # a slot: gone with its window
        look = system_look()
        self.remember(look)
        apply(self.app, self.theme, look)  # high contrast turned off must bring our style back too

    def _font_changed(self, _font: object) -> None:  # sizes follow the OS's text size
        apply(self.app, self.theme)
