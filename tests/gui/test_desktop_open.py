"""Open, Show in folder and web links when the desktop has no program for them: said, with the
path or address to copy, never a click that does nothing. And image cards that tell their
files apart (the name cut in the middle) and show where they are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QContextMenuEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton, QWidget

from core import ISSUE_PAGE
from gui.desktop_open import BOX_NAME, open_url
from gui.file_views import FileCard
from gui.image_view import ImageCard
from tests.helpers.driving import SDXL, run, wait_shown


class Desktop:
    """Stands in for the desktop: records what it is asked to open; opens nothing unless `works`."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []
        self.works = False

    def open(self, url: QUrl) -> bool:
        self.urls.append(QUrl(url))
        return self.works


@pytest.fixture
def desktop(monkeypatch) -> Desktop:
    shown = Desktop()
    monkeypatch.setattr(QDesktopServices, "openUrl", shown.open)
    return shown


def not_opened_box(parent: QWidget) -> QMessageBox | None:
    boxes = [box for box in parent.window().findChildren(QMessageBox, BOX_NAME) if box.isVisible()]
    assert len(boxes) <= 1  # clicked again: still one box
    return boxes[0] if boxes else None


def image_cards(window, qtbot, prompt: str, count: int) -> list[ImageCard]:
    live = run(window, qtbot, SDXL, prompt, num_outputs=count, width=320, height=240)
    panel = wait_shown(window, qtbot, live)
    qtbot.waitUntil(lambda: not panel.busy() and len(panel.image_cards()) == count)
    return panel.image_cards()


def test_open_on_an_image_with_no_viewer_says_where_the_file_is(window, qtbot, desktop):
    card = image_cards(window, qtbot, "a cat", 1)[0]
    open_button = card.findChild(QPushButton, "openImageButton")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in desktop.urls] == [str(card.path)]
    qtbot.waitUntil(lambda: not_opened_box(card) is not None)
    box = not_opened_box(card)
    assert box is not None
    assert box.text().startswith("No program to open this file was found.") and str(card.path) in box.text()
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)  # again: the box is replaced, not piled
    qtbot.waitUntil(lambda: not_opened_box(card) is not None and not_opened_box(card) is not box)
    box = not_opened_box(card)
    assert box is not None
    box.findChild(QPushButton, "copyNotOpenedButton").click()
    assert QGuiApplication.clipboard().text() == str(card.path)
    qtbot.waitUntil(lambda: not_opened_box(card) is None)

    # A desktop that opens it: nothing more is said.
    desktop.works = True
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert len(desktop.urls) == 3
    assert not_opened_box(card) is None


def test_the_issue_page_with_no_browser_gives_its_address(window, qtbot, desktop):
    window.findChild(QAction, "actionReportProblem").trigger()
    dialog = window.findChild(QWidget, "reportProblemDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.findChild(QPushButton, "issuePageButton").click()
    assert [url.toString() for url in desktop.urls] == [ISSUE_PAGE]
    box = not_opened_box(dialog)
    assert box is not None
    assert box.text().startswith("No web browser could be opened.") and ISSUE_PAGE in box.text()
    copy = box.findChild(QPushButton, "copyNotOpenedButton")
    assert copy.text() == "Copy address"
    copy.click()
    assert QGuiApplication.clipboard().text() == ISSUE_PAGE
    dialog.close()


def test_open_folder_of_a_file_card_with_no_file_manager_says_so(qtbot, tmp_path, desktop):
    path = tmp_path / "runs" / "answer.json"
    path.parent.mkdir()
    path.write_text("{}")
    card = FileCard(path)
    qtbot.addWidget(card)
    card.show()
    card.findChild(QPushButton, "openFolderButton").click()
    assert [url.toLocalFile() for url in desktop.urls] == [str(path.parent)]
    box = not_opened_box(card)
    assert box is not None and str(path.parent) in box.text() and "folder" in box.text()
    assert box.findChild(QPushButton, "showNotOpenedInFolderButton") is None  # it is the folder
    box.close()


def test_image_names_are_cut_in_the_middle_keeping_what_tells_them_apart(window, qtbot):
    cards = image_cards(window, qtbot, "an astronaut riding a rainbow unicorn", 4)
    names = [card.path.name for card in cards]
    assert [name[-11:] for name in names] == [f"_sdxl_{n}.png" for n in range(1, 5)]
    for card in cards:
        info = card.info
        info.resize(160, info.height())  # a narrow card
        qtbot.waitUntil(lambda info=info: "…" in info.text())
        assert info.text().endswith(card.path.name[-11:]), info.text()
        assert info.fontMetrics().horizontalAdvance(info.text()) <= 160
        assert card.path.name in info.toolTip() and str(card.path.parent) in info.toolTip()
        assert info.accessibleName().startswith(card.path.name)
        info.resize(2000, info.height())  # room enough: the whole name and its size
        qtbot.waitUntil(lambda info=info, name=card.path.name: info.text().startswith(name))
        assert info.text().endswith(card.details) and "…" not in info.text()


def test_an_image_card_shows_its_file_in_its_folder(window, qtbot, desktop):
    card = image_cards(window, qtbot, "a lighthouse", 1)[0]
    desktop.works = True
    viewport = card.view.viewport()
    centre = viewport.rect().center()
    QApplication.sendEvent(
        viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, viewport.mapToGlobal(centre))
    )
    menu = card.findChild(QMenu, "imageMenu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    menu.findChild(QAction, "showImageInFolderAction").trigger()
    menu.close()
    assert [Path(url.toLocalFile()) for url in desktop.urls] == [card.path.parent]
    assert not_opened_box(card) is None
    # The row of buttons stays as it was: Show in folder is in the menu only.
    assert [b.objectName() for b in card.buttons] == [
        "fitButton",
        "actualSizeButton",
        "openImageButton",
        "copyImageButton",
        "saveImageButton",
    ]


def test_a_file_gone_from_disk_is_said_without_asking_the_desktop(qtbot, tmp_path, desktop):
    parent = QWidget()
    qtbot.addWidget(parent)
    gone = tmp_path / "moved.png"
    assert not open_url(QUrl.fromLocalFile(str(gone)), parent)
    assert desktop.urls == []
    box = not_opened_box(parent)
    assert box is not None and box.text().startswith("Nothing was found at:") and str(gone) in box.text()
    box.close()
