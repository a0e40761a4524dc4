"""The window's actions and menus, in one place: each action named (`actionRun`, …), with its
shortcut shown in the menu and in its tooltip. Built once; the window connects them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from core import APP_NAME

from .theme import Theme

Key = QKeySequence | QKeySequence.StandardKey | str


def _action(parent: QObject, name: str, text: str, *shortcuts: Key, tip: str = "") -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    keys = [key if isinstance(key, QKeySequence) else QKeySequence(key) for key in shortcuts]
    keys = [key for n, key in enumerate(keys) if not key.isEmpty() and key not in keys[:n]]  # as this OS has them
    if keys:
        action.setShortcuts(keys)
    shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    action.setToolTip(f"{tip or text.replace('&', '').rstrip('…')}" + (f" ({shown})" if shown else ""))
    return action


class WindowActions:
    def __init__(self, window: QMainWindow) -> None:
        tr = QCoreApplication.translate
        self.run = _action(
            window,
            "actionRun",
            tr("WindowActions", "&Run"),
            "Ctrl+Return",
            "Ctrl+Enter",
            tip=tr("WindowActions", "Start a run"),
        )
        self.compare = _action(
            window,
            "actionCompare",
            tr("WindowActions", "&Compare models…"),
            "Ctrl+Shift+Return",
            tip=tr("WindowActions", "Send the prompt to several models"),
        )
        self.batch = _action(
            window,
            "actionBatch",
            tr("WindowActions", "Run &several times…"),
            tip=tr("WindowActions", "Repeat a run, or run each line"),
        )
        self.new_conversation = _action(
            window, "actionNewConversation", tr("WindowActions", "&New conversation"), QKeySequence.StandardKey.New
        )
        self.choose_model = _action(
            window,
            "actionChooseModel",
            tr("WindowActions", "Choose &model"),
            "Ctrl+L",
            tip=tr("WindowActions", "Type a model's name or what it should do"),
        )
        self.browse_models = _action(
            window,
            "actionBrowseModels",
            tr("WindowActions", "&Browse models…"),
            "Ctrl+K",
            tip=tr("WindowActions", "Find a model by what it does"),
        )
        self.cancel = _action(
            window, "actionCancel", tr("WindowActions", "Cance&l run"), QKeySequence(Qt.Key.Key_Escape)
        )
        self.cancel_all = _action(window, "actionCancelAll", tr("WindowActions", "Cancel &all runs"))
        self.search_history = _action(
            window,
            "actionSearchHistory",
            tr("WindowActions", "&Search runs"),
            QKeySequence.StandardKey.Find,
            tip=tr("WindowActions", "Find a past run by its prompt or model"),
        )
        self.save_output = _action(
            window,
            "actionSaveOutput",
            tr("WindowActions", "&Save output as…"),
            QKeySequence.StandardKey.Save,
            tip=tr("WindowActions", "Save the shown run's output where you choose"),
        )
        self.import_from_replicate = _action(
            window,
            "actionImportFromReplicate",
            tr("WindowActions", "Import from &Replicate…"),
            tip=tr("WindowActions", "Bring in the runs already on your Replicate account"),
        )
        self.data_folder = _action(window, "actionDataFolder", tr("WindowActions", "&Data folder…"))
        self.settings = _action(
            window, "actionSettings", tr("WindowActions", "Se&ttings…"), "Ctrl+,", QKeySequence.StandardKey.Preferences
        )
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = _action(window, "actionQuit", tr("WindowActions", "&Quit"), QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.reset_layout = _action(
            window,
            "actionResetLayout",
            tr("WindowActions", "Reset &layout"),
            tip=tr("WindowActions", "Put the window's size and columns back as they were at first"),
        )
        self.show_runs = _action(window, "actionShowRuns", tr("WindowActions", "Show the &run list"), "Ctrl+Shift+H")
        self.show_runs.setCheckable(True)
        self.set_token = _action(window, "actionSetToken", tr("WindowActions", "Set API &token…"))
        self.sign_out = _action(window, "actionSignOut", tr("WindowActions", "Sign &out"))
        self.guide = _action(
            window, "actionGuide", tr("WindowActions", "&Getting started"), QKeySequence.StandardKey.HelpContents, "F1"
        )
        self.shortcuts = _action(window, "actionShortcuts", tr("WindowActions", "&Keyboard shortcuts"), "Ctrl+/")
        self.report_problem = _action(
            window,
            "actionReportProblem",
            tr("WindowActions", "&Report a problem…"),
            tip=tr("WindowActions", "Put the log into a file you can send with a description"),
        )
        self.check_updates = _action(
            window,
            "actionCheckUpdates",
            tr("WindowActions", "Check for &updates…"),
            tip=tr("WindowActions", "See whether a newer version of Replidesk has been released"),
        )
        self.about = _action(window, "actionAbout", tr("WindowActions", "&About {app}").format(app=APP_NAME))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        for action in self.everywhere():
            window.addAction(action)  # shortcuts work wherever the focus is, even with the menu bar hidden

    def everywhere(self) -> list[QAction]:
        return [
            self.run,
            self.cancel,
            self.new_conversation,
            self.compare,
            self.choose_model,
            self.browse_models,
            self.search_history,
            self.save_output,
            self.settings,
            self.show_runs,
            self.guide,
            self.shortcuts,
        ]

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
        tr = QCoreApplication.translate
        menus = window.menuBar()
        file_menu = [self.save_output, None, *file, None, self.data_folder, None, self.quit]
        _fill(menus.addMenu(tr("WindowActions", "&File")), file_menu)
        _fill(menus.addMenu(tr("WindowActions", "&Edit")), [*edit, None, self.search_history, None, self.settings])
        view = menus.addMenu(tr("WindowActions", "&View"))
        self.themes = _themes(view.addMenu(tr("WindowActions", "&Theme")), theme, on_theme)
        _fill(view, [None, self.show_runs, self.reset_layout])
        _fill(menus.addMenu(tr("WindowActions", "&Models")), [self.choose_model, self.browse_models])
        run_menu = menus.addMenu(tr("WindowActions", "&Run"))
        _fill(run_menu, [self.run, self.compare, self.batch, None, self.new_conversation, None, self.cancel])
        _fill(run_menu, [self.cancel_all, None])
        self.concurrent = _choices(
            run_menu.addMenu(tr("WindowActions", "Runs at &once")), CONCURRENT_CHOICES, concurrent, on_concurrent
        )
        _fill(menus.addMenu(tr("WindowActions", "&Account")), [self.set_token, self.sign_out])
        help_menu = [
            self.guide,
            self.shortcuts,
            None,
            self.data_folder,
            self.report_problem,
            self.check_updates,
            None,
            self.about,
        ]
        _fill(menus.addMenu(tr("WindowActions", "&Help")), help_menu)

    def all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)]


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
        action = QAction(QCoreApplication.translate("WindowActions", "%n run(s) at once", "", count), group)
        action.setCheckable(True)
        action.setChecked(count == current)
        action.setData(count)
        action.triggered.connect(lambda _on, count=count: chosen(count))
        menu.addAction(action)
    return group


def check_concurrent(group: QActionGroup, count: int) -> None:
    """The Run menu's choice follows a change made elsewhere (the Settings dialog)."""
    for action in group.actions():
        action.setChecked(action.data() == count)


def _fill(menu: QMenu, actions: list[QAction | None]) -> None:
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
