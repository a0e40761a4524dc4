"""Settings applied by the window as soon as OK is pressed: the theme, the runs at once (and
the Run menu's choice), the output folder of the next runs."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from gui.settings_dialog import SettingsDialog
from gui.theme import Theme, is_dark
from tests.helpers.driving import SDXL, run


def open_settings(window, qtbot) -> SettingsDialog:
    window.findChild(QAction, "actionSettings").trigger()  # Ctrl+,
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    return dialog


def test_settings_apply_at_once(window, qtbot, tmp_path):
    app = QApplication.instance()
    palette, sheet = app.palette(), app.styleSheet()
    chosen = tmp_path / "Pictures"
    chosen.mkdir()
    try:
        dialog = open_settings(window, qtbot)
        assert open_settings(window, qtbot) is dialog  # one at a time
        pages = dialog
        pages.appearance.theme.setCurrentIndex(pages.appearance.theme.findData(Theme.DARK.value))
        pages.runs.concurrent.setCurrentIndex(pages.runs.concurrent.findData(2))
        pages.files.outputs.edit.setText(str(chosen))
        dialog.accept()
        assert is_dark(app.palette())
        assert window.findChild(QAction, "theme_dark").isChecked()
        assert window.manager.max_concurrent == 2
        checked = [a.data() for a in window.menu_actions.concurrent.actions() if a.isChecked()]
        assert checked == [2]
        assert window.status_label.text() == "Settings saved"
        live = run(window, qtbot, SDXL, "a lighthouse at dusk")  # the next run's files go there
        saved = [tmp_path / "data" / "outputs" / name for name in live.record.files]  # as the views read them
        assert saved and all(chosen in path.parents and path.is_file() for path in saved)
    finally:
        app.setPalette(palette)
        app.setStyleSheet(sheet)
