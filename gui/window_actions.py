"""The window's actions and menus, in one place: each action named (`actionRun`, …), with its
shortcut shown in the menu and in its tooltip. Built once; the window connects them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from core import APP_NAME

from .theme import Theme


def _action(
    parent: QObject, name: str, text: str, *shortcuts: QKeySequence | QKeySequence.StandardKey | str, tip: str = ""
) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    keys = [key if isinstance(key, QKeySequence) else QKeySequence(key) for key in shortcuts]
    if keys:
        action.setShortcuts(keys)
    shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    action.setToolTip(f"{tip or text.replace('&', '').rstrip('…')}" + (f" ({shown})" if shown else ""))
    return action


class WindowActions:
    def __init__(self, window: QMainWindow) -> None:
        self.run = _action(window, "actionRun", "&Run", "Ctrl+Return", "Ctrl+Enter", tip="Start a run")
        self.compare = _action(
            window, "actionCompare", "&Compare models…", "Ctrl+Shift+Return", tip="Send the prompt to several models"
        )
        self.batch = _action(window, "actionBatch", "Run &several times…", tip="Repeat a run, or run each line")
        self.new_conversation = _action(
            window, "actionNewConversation", "&New conversation", QKeySequence.StandardKey.New
        )
        self.browse_models = _action(
            window, "actionBrowseModels", "&Browse models…", "Ctrl+K", tip="Find a model by what it does"
        )
        self.cancel = _action(window, "actionCancel", "&Cancel run", QKeySequence(Qt.Key.Key_Escape))
        self.cancel_all = _action(window, "actionCancelAll", "Cancel &all runs")
        self.import_from_replicate = _action(
            window,
            "actionImportFromReplicate",
            "Import from &Replicate…",
            tip="Bring in the runs already on your Replicate account",
        )
        self.data_folder = _action(window, "actionDataFolder", "&Data folder…")
        self.quit = _action(window, "actionQuit", "&Quit", QKeySequence.StandardKey.Quit)
        self.set_token = _action(window, "actionSetToken", "Set API &token…")
        self.sign_out = _action(window, "actionSignOut", "Sign &out")
        self.about = _action(window, "actionAbout", f"&About {APP_NAME}")
        for action in (self.run, self.cancel, self.new_conversation, self.compare, self.browse_models):
            window.addAction(action)  # shortcuts work wherever the focus is

    def build_menus(
        self,
        window: QMainWindow,
        edit: list[QAction | None],
        file: list[QAction | None],
        concurrent: int,
        on_concurrent: Callable[[int], None],
        theme: Theme,
        on_theme: Callable[[Theme], None],
    ) -> None:
        menus = window.menuBar()
        _fill(menus.addMenu("&File"), [*file, None, self.data_folder, None, self.quit])
        _fill(menus.addMenu("&Edit"), edit)
        self.themes = _themes(menus.addMenu("&View").addMenu("&Theme"), theme, on_theme)
        _fill(menus.addMenu("&Models"), [self.browse_models])
        run_menu = menus.addMenu("&Run")
        _fill(run_menu, [self.run, self.compare, self.batch, None, self.new_conversation, None, self.cancel])
        _fill(run_menu, [self.cancel_all, None])
        self.concurrent = _choices(run_menu.addMenu("Runs at &once"), CONCURRENT_CHOICES, concurrent, on_concurrent)
        _fill(menus.addMenu("&Account"), [self.set_token, self.sign_out])
        _fill(menus.addMenu("&Help"), [self.about])


def _themes(menu: QMenu, current: Theme, chosen: Callable[[Theme], None]) -> QActionGroup:
    menu.setObjectName("themeMenu")
    group = QActionGroup(menu)
    for theme in Theme:
        action = QAction(theme.label, group)
        action.setObjectName(f"theme_{theme.value}")
        action.setCheckable(True)
        action.setChecked(theme is current)
        action.triggered.connect(lambda _on, theme=theme: chosen(theme))
        menu.addAction(action)
    return group


CONCURRENT_CHOICES = (1, 2, 4, 8, 16)  # runs sent to Replicate at once; more wait, queued


def _choices(menu: QMenu, counts: tuple[int, ...], current: int, chosen: Callable[[int], None]) -> QActionGroup:
    menu.setObjectName("concurrentRunsMenu")
    group = QActionGroup(menu)
    for count in counts:
        action = QAction(f"{count} run{'s' if count != 1 else ''} at once", group)
        action.setCheckable(True)
        action.setChecked(count == current)
        action.setData(count)
        action.triggered.connect(lambda _on, count=count: chosen(count))
        menu.addAction(action)
    return group


def _fill(menu: QMenu, actions: list[QAction | None]) -> None:
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
