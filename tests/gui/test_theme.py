"""Light and dark (issue 12, themes): the prompt's text and every enabled button's label read at a
contrast of at least 4.5 against their background, computed from rendered pixels; a switch while
the window runs restyles it, and the choice is kept."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from gui.theme import SystemLook, Theme, is_dark

WCAG_AA = 4.5


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rendered_contrast(image: QImage, margin: int = 4) -> float:
    """The background is the commonest colour inside the widget's frame; the text is the pixel
    that differs most from it (the ink of the glyphs)."""
    pixels = [
        image.pixelColor(x, y)
        for y in range(margin, image.height() - margin)
        for x in range(margin, image.width() - margin)
    ]
    background = QColor(Counter(p.rgb() for p in pixels).most_common(1)[0][0])
    return max(contrast(background, p) for p in pixels)


def readable_parts(window) -> dict[str, QImage]:
    window.composer.prompt.setPlainText("Explain llamas")
    parts = {"prompt": window.composer.prompt.viewport().grab().toImage()}
    for button in window.findChildren(QPushButton):
        if button.isVisible() and button.isEnabled() and button.text():
            parts[f"button {button.objectName() or button.text()}"] = button.grab().toImage()
    return parts


@pytest.fixture
def restore_theme():
    app = QApplication.instance()
    palette, sheet = app.palette(), app.styleSheet()
    yield
    app.setPalette(palette)
    app.setStyleSheet(sheet)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_text_and_buttons_are_readable_in_each_theme(window, qtbot, restore_theme, theme):
    window.choose_theme(theme)
    qtbot.wait(50)
    assert is_dark(QApplication.instance().palette()) is (theme is Theme.DARK)
    parts = readable_parts(window)
    assert "prompt" in parts and any(name.startswith("button") for name in parts)
    weak = {name: round(rendered_contrast(image), 2) for name, image in parts.items()}
    assert all(ratio >= WCAG_AA for ratio in weak.values()), weak


def test_a_switch_while_running_restyles_the_window_and_is_kept(window, qtbot, restore_theme, settings_file):
    from PySide6.QtCore import QSettings

    from gui.settings import AppSettings

    before = window.composer.prompt.viewport().grab().toImage().pixelColor(2, 2)
    window.menu_actions.themes.actions()[[t for t in Theme].index(Theme.DARK)].trigger()
    qtbot.wait(50)
    after = window.composer.prompt.viewport().grab().toImage().pixelColor(2, 2)
    assert luminance(after) < luminance(before) and luminance(after) < 0.1  # the prompt went dark
    assert AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)).theme() is Theme.DARK
    assert QApplication.instance().palette().color(QPalette.ColorRole.Base).lightness() < 64


def test_high_contrast_keeps_the_systems_own_colours(window, qtbot, restore_theme):
    """With the system asking for high contrast, no softer style of ours covers its palette."""
    from gui.theme import apply

    app = QApplication.instance()
    apply(app, Theme.LIGHT, SystemLook(dark=False, high_contrast=False))
    assert app.styleSheet()
    apply(app, Theme.LIGHT, SystemLook(dark=False, high_contrast=True))
    assert app.styleSheet() == ""
    assert app.palette().resolveMask() == 0  # the platform's palette, nothing of ours
    for name, image in readable_parts(window).items():
        assert rendered_contrast(image) >= WCAG_AA, name


def test_text_follows_the_systems_text_size(qtbot, restore_theme):
    """The style sheet's sizes are relative to the system's font: a larger OS text size
    enlarges the field help and the output too."""
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    from gui.theme import apply

    app = QApplication.instance()
    font = app.font()
    sizes = {}
    try:
        for base in (10.0, 16.0):
            bigger = app.font()
            bigger.setPointSizeF(base)
            app.setFont(bigger)
            apply(app, Theme.LIGHT, SystemLook(dark=False, high_contrast=False))
            help_label, output = QLabel("help"), QPlainTextEdit()
            help_label.setObjectName("fieldHelp")
            output.setObjectName("outputText")
            for widget in (help_label, output):
                qtbot.addWidget(widget)
                widget.ensurePolished()
            sizes[base] = (help_label.font().pointSizeF(), output.font().pointSizeF())
    finally:
        app.setFont(font)
    assert sizes[16.0][0] > sizes[10.0][0] and sizes[16.0][1] > sizes[10.0][1]
    assert sizes[10.0][0] < 10.0 < sizes[10.0][1]  # help smaller than the text, the output larger


def test_the_systems_look_is_remembered_for_the_next_first_frame(tmp_path, restore_theme):
    """The first frame takes the look the last run saw (asking Qt costs 30-50 ms); the keeper
    asks once the window is built, restyles only if the system changed, and remembers."""
    from PySide6.QtCore import QSettings

    from gui.settings import AppSettings
    from gui.theme import ThemeKeeper, system_look

    app = QApplication.instance()
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.system_look() is None  # the first start asks
    now = system_look()
    app.setStyleSheet("QWidget { }")  # what the first frame was given, to see whether it is redone
    ThemeKeeper(app, Theme.LIGHT, None, now, settings.remember_system_look)
    assert app.styleSheet() == "QWidget { }" and settings.system_look() == now
    changed = SystemLook(dark=not now.dark, high_contrast=now.high_contrast)
    settings.remember_system_look(changed)
    assert AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)).system_look() == changed
    ThemeKeeper(app, Theme.LIGHT, None, changed, settings.remember_system_look)  # the system changed since
    assert app.styleSheet() != "QWidget { }" and settings.system_look() == now
