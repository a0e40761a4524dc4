"""Light, dark, or as the system is: the palette (Fusion's, or a dark one) and the style sheet,
written against the palette's roles with a few tokens (the accent, errors) per scheme. Applied at
start and again whenever the system switches while the app runs."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .resources import resource_path


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


def wants_dark(theme: Theme) -> bool:
    if theme is Theme.SYSTEM:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return theme is Theme.DARK


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


def wants_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()  # kept: a chained call's temporary frees the hints under us
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def apply(app: QApplication, theme: Theme, high_contrast: bool | None = None) -> None:
    """The palette and style sheet for `theme` (as the system is now, for SYSTEM). When the
    system asks for high contrast, its own palette is used as it is, with no style sheet: our
    softer borders and greys would undo what the user chose."""
    if wants_high_contrast() if high_contrast is None else high_contrast:
        app.setPalette(QPalette())  # nothing set: the platform's palette, all of it
        app.setStyleSheet("")
        return
    dark = wants_dark(theme)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setStyleSheet(style_sheet(dark))


class ThemeKeeper(QObject):
    """Keeps the app in the chosen theme, following the system's switches while it runs."""

    def __init__(self, app: QApplication, theme: Theme, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.theme = theme
        apply(app, theme)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._system_changed)
        app.fontChanged.connect(self._font_changed)

    def choose(self, theme: Theme) -> None:
        self.theme = theme
        apply(self.app, theme)

    def _system_changed(self, _change: object) -> None:  # a slot: gone with its window
        if self.theme is Theme.SYSTEM or wants_high_contrast():
            apply(self.app, self.theme)

    def _font_changed(self, _font: object) -> None:  # sizes follow the OS's text size
        apply(self.app, self.theme)
