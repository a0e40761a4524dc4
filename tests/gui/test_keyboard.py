"""Every action reachable from the keyboard, shortcuts shown in menus and tooltips, a tab order
that goes model → prompt → inputs → Run before the history, every focusable widget named."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from gui.help_dialogs import shortcut_rows, show_shortcuts
from tests.helpers.driving import LLAMA, SDXL, choose

ISSUE_SHORTCUTS = {  # issue 12's list
    "actionRun": "Ctrl+Return",
    "actionCancel": "Esc",
    "actionChooseModel": "Ctrl+L",
    "actionBrowseModels": "Ctrl+K",
    "actionSearchHistory": "Ctrl+F",
    "actionSaveOutput": "Ctrl+S",
    "actionNewConversation": "Ctrl+N",
    "actionSettings": "Ctrl+,",
    "actionGuide": "F1",
}


def _menu_actions(window) -> list[QAction]:
    found = []
    for menu in window.menuBar().findChildren(QMenu):
        found += [action for action in menu.actions() if not action.isSeparator() and action.menu() is None]
    return found


def test_the_issue_shortcuts_are_bound_and_shown(window):
    for name, keys in ISSUE_SHORTCUTS.items():
        action = window.findChild(QAction, name)
        assert action is not None, name
        bound = [key.toString() for key in action.shortcuts()]
        assert keys in bound, (name, bound)
        shown = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
        assert f"({shown})" in action.toolTip(), (name, action.toolTip())
        assert action in _menu_actions(window), f"{name} is in no menu"
        assert action in window.actions() or name in ("actionSettings",), f"{name} works only from its menu"


def test_no_shortcut_is_bound_twice(window):
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen or seen[text] == action.objectName(), (text, seen.get(text), action.objectName())
            seen[text] = action.objectName()


def test_every_menu_title_and_item_has_a_mnemonic(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert all("&" in title for title in titles), titles
    letters = [title[title.index("&") + 1].lower() for title in titles]
    assert len(letters) == len(set(letters)), titles
    for menu in window.menuBar().findChildren(QMenu):
        items = [a.text() for a in menu.actions() if not a.isSeparator() and a.objectName().startswith("action")]
        assert all("&" in text for text in items), (menu.title(), items)


def test_shortcuts_act(window, qtbot):
    choose(window, qtbot, LLAMA)
    window.activateWindow()
    window.run_list.panel.list.setFocus()
    window.findChild(QAction, "actionChooseModel").trigger()
    assert QApplication.focusWidget() in (window.composer.picker.combo, window.composer.picker.combo.lineEdit())
    window.findChild(QAction, "actionSearchHistory").trigger()
    qtbot.waitUntil(lambda: window.run_list.panel.isAncestorOf(QApplication.focusWidget()))
    assert window.findChild(QAction, "actionSaveOutput").isEnabled()


def test_tab_goes_model_prompt_inputs_run_before_the_history(window, qtbot):
    choose(window, qtbot, SDXL)
    composer = window.composer
    order: list[QWidget] = []
    widget: QWidget = composer.picker.combo
    for _ in range(200):
        order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is composer.picker.combo:
            break
    focusable = [w for w in order if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window)]
    position = {id(w): n for n, w in enumerate(focusable)}
    prompt, run = position[id(composer.prompt)], position[id(composer.run_button)]
    inputs = [position[id(w)] for w in focusable if composer.form.isAncestorOf(w)]
    history = [position[id(w)] for w in focusable if window.run_list.panel.isAncestorOf(w)]
    assert inputs, "no input of SDXL's form takes the focus"
    assert 0 < prompt < min(inputs) and max(inputs) < run, (prompt, inputs, run)
    assert history, "the run list takes no focus"
    assert all(run < place for place in history), "the history comes before Run"


def test_every_focusable_widget_is_named(window, qtbot):
    choose(window, qtbot, SDXL)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.accessibleName()
        and not w.objectName().startswith("qt_")  # Qt's own parts (scroll bars' viewports)
        and not (w.parentWidget() and w.parentWidget().accessibleName() and w is _inner_editor(w.parentWidget()))
    ]
    assert not unnamed, unnamed


def _inner_editor(widget: QWidget) -> QWidget | None:
    """The line edit inside a combo or spin box is reached through its named owner."""
    return widget.findChild(QWidget, "qt_spinbox_lineedit") or getattr(widget, "lineEdit", lambda: None)()


def test_the_shortcuts_window_lists_what_the_actions_bind(window, qtbot):
    rows = dict(shortcut_rows(window.menu_actions.all()))
    assert rows["Run"].startswith(QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText))
    assert "Settings" in rows and "Getting started" in rows
    dialog = show_shortcuts(window, window.menu_actions.all())
    table = dialog.findChild(QWidget, "shortcutsTable")
    assert table.rowCount() == len(rows)
    dialog.close()
