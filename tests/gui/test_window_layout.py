"""The window's first size fits the screen it opens on; its size and columns are remembered,
with Reset layout as the way back; the run list can be hidden; runs finished in the background
are told; the Help menu's windows."""

import zipfile

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from core import ISSUE_PAGE
from gui.help_dialogs import write_report
from gui.window_layout import SMALLEST, column_sizes, first_size
from tests.helpers.driving import LLAMA, run


@pytest.mark.parametrize(
    "available",
    [
        QRect(0, 0, 1024, 640),  # a small laptop
        QRect(0, 0, 1280, 690),  # 1080p at 150 %, less the taskbar
        QRect(0, 0, 960, 540),  # 1080p at 200 %
        QRect(0, 0, 3840, 2100),  # 4K at 100 %
    ],
)
def test_the_first_size_fits_the_screen(available):
    size = first_size(available)
    assert size.width() <= available.width() and size.height() <= available.height()
    assert size.width() >= min(SMALLEST.width(), available.width())
    assert size.height() >= min(SMALLEST.height(), available.height())


def test_a_large_screen_gets_the_preferred_size_not_all_of_it():
    assert first_size(QRect(0, 0, 3840, 2100)) == QSize(1280, 800)


def test_columns_are_remembered_and_reset_brings_them_back(make_window, memory_keyring, token, qtbot):
    memory_keyring.set_password("Replidesk", "replicate-api-token", token)
    window = make_window(memory_keyring, start=False)
    columns = window.layout_keeper.splitter
    first = columns.sizes()
    assert first[2] > first[0] and all(size > 0 for size in first)  # the outputs get the room
    window.resize(1400, 860)  # larger than the first size, with a narrowed composer
    qtbot.waitUntil(lambda: window.width() == 1400)
    narrowed = [200, columns.widget(1).minimumWidth(), sum(columns.sizes()) - 200 - columns.widget(1).minimumWidth()]
    columns.setSizes(narrowed)
    narrowed = columns.sizes()
    window.close()

    again = make_window(memory_keyring, start=False)
    assert again.width() == 1400 and again.layout_keeper.splitter.sizes() == narrowed  # remembered
    again.findChild(QAction, "actionShowRuns").setChecked(False)
    again.close()

    again = make_window(memory_keyring, start=False)
    kept = again.layout_keeper.splitter
    assert again.run_list.panel.isHidden() and not again.findChild(QAction, "actionShowRuns").isChecked()
    again.findChild(QAction, "actionResetLayout").trigger()
    assert not again.run_list.panel.isHidden() and again.findChild(QAction, "actionShowRuns").isChecked()
    screen = again.screen().availableGeometry()
    assert again.size() == first_size(screen)
    expected = column_sizes(again.width())
    qtbot.waitUntil(lambda: all(abs(a - b) <= 12 for a, b in zip(kept.sizes(), expected, strict=True)))


def test_a_run_finished_in_the_background_is_told(window, qtbot):
    told: list[tuple[str, str]] = []
    window.notifier.notified.connect(lambda title, message: told.append((title, message)))
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    run(window, qtbot, LLAMA, "Write a haiku about dusk", max_tokens=20)
    qtbot.waitUntil(lambda: bool(told))
    assert told[0][0] == "meta-llama-3-8b-instruct finished" and told[0][1] == "Write a haiku about dusk"
    assert window.windowTitle() == "Replidesk"  # the count of runs going is gone with the run


def test_a_run_finished_in_front_of_the_user_is_not_told(window, qtbot):
    told: list[str] = []
    window.notifier.notified.connect(lambda title, _message: told.append(title))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    titles: list[str] = []
    window.windowTitleChanged.connect(titles.append)
    run(window, qtbot, LLAMA, "Hello", max_tokens=5)
    qtbot.wait(50)
    assert not told
    assert "Replidesk — 1 run going" in titles  # the taskbar entry says a run is going


def test_the_report_holds_the_log_without_the_token(tmp_path, token):
    log = tmp_path / "replidesk.log"
    log.write_text(f"started\nAuthorization: Bearer {token}\n", encoding="utf-8")
    (tmp_path / "replidesk.log.1").write_text("older\n", encoding="utf-8")
    report = write_report(log, tmp_path / "out", [token])
    with zipfile.ZipFile(report) as archive:
        names = set(archive.namelist())
        text = archive.read("replidesk.log").decode()
    assert names == {"about.txt", "replidesk.log", "replidesk.log.1"}
    assert "started" in text and token not in text


def test_help_menu_has_guide_shortcuts_data_folder_and_report(window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    names = [a.objectName() for a in help_menu.actions() if not a.isSeparator()]
    assert names == [
        "actionGuide",
        "actionShortcuts",
        "actionDataFolder",
        "actionReportProblem",
        "actionCheckUpdates",
        "actionAbout",
    ]
    window.findChild(QAction, "actionGuide").trigger()
    guide = window.findChild(QWidget, "guideDialog")
    assert guide is not None and guide.isVisible()
    assert "Replicate bills each run" in guide.findChild(QWidget, "guideText").toPlainText()
    guide.close()
    assert QApplication.instance() is not None


def test_report_a_problem_offers_the_issue_page(window, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    window.findChild(QAction, "actionReportProblem").trigger()
    dialog = window.findChild(QWidget, "reportProblemDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.findChild(QPushButton, "issuePageButton").click()
    assert opened == [ISSUE_PAGE] and ISSUE_PAGE.startswith("https://github.com/replidesk/replidesk/")
    dialog.close()
