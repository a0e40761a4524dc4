"""A run's output fits the window: images scaled to their pane, every button of an image, sound
or file output inside the window or reachable by scrolling down (never sideways), at the sizes
people use and with a large font; several images in a grid; Save as… by the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QScrollArea, QWidget

from gui import save_dialogs
from gui.file_views import FileCard
from gui.image_grid import MIN_COLUMN, ImageGrid
from gui.image_view import ImageCard
from gui.main_window import MainWindow
from gui.output_panel import OutputPanel
from tests.helpers.driving import SDXL, run, wait_shown

SIZES = [(1024, 640), (1280, 720), (1920, 1080)]
OUTPUTS = [  # a model of each kind, its inputs, and the card it gives
    (SDXL, "a lighthouse at dusk", {"width": 1024, "height": 768}, "imageCard"),
    ("meta/musicgen", "calm piano", {}, "audioCard"),
    ("lucataco/ai-toolkit", "a dog", {}, "fileCard"),
]


def run_shown(window: MainWindow, qtbot, model: str, prompt: str, **values) -> OutputPanel:
    live = run(window, qtbot, model, prompt, **values)
    panel = wait_shown(window, qtbot, live)
    qtbot.waitUntil(lambda: not panel.busy() and bool(panel.cards()), timeout=10_000)
    return panel


def resize(window: MainWindow, qtbot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height), timeout=3_000)
    qtbot.wait(80)  # layouts settle (height for width is worked out in a second pass)


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def unreachable(panel: OutputPanel, window: MainWindow) -> list[str]:
    """The output's visible buttons that the user can neither see nor scroll down to."""
    bad = []
    for button in panel.findChildren(QAbstractButton):
        if not button.isVisibleTo(window):
            continue
        name = f"{button.objectName() or button.text()!r}"
        if window.rect().contains(in_window(button, window)):
            continue
        area = scroll_area_of(button)
        if area is None:
            bad.append(f"{name} at {in_window(button, window)} outside {window.rect()}")
            continue
        inner = QRect(button.mapTo(area.widget(), QPoint(0, 0)), button.size())
        viewport = area.viewport()
        if not area.widget().rect().contains(inner):
            bad.append(f"{name} at {inner} outside the scrolled {area.widget().rect()}")
        elif inner.right() >= viewport.width():  # would need scrolling sideways
            bad.append(f"{name} at {inner} wider than the viewport {viewport.width()}")
        elif not window.rect().contains(in_window(viewport, window)):
            bad.append(f"{name}: its scroll area {in_window(viewport, window)} is outside the window")
    return bad


def check_fits(panel: OutputPanel, window: MainWindow, where: str) -> None:
    assert not unreachable(panel, window), where
    viewport = panel.items_area.viewport()
    assert panel.items_area.isVisible() and viewport.height() > 0, where
    assert panel.items.width() <= viewport.width(), where  # never scrolls sideways
    for card in panel.cards():
        assert card.width() <= viewport.width(), where
    for card in panel.image_cards():
        view = card.view
        assert view.width() <= viewport.width(), where
        shown = view.mapFromScene(view.sceneRect()).boundingRect()
        assert shown.width() <= view.viewport().width() + 1 and shown.height() <= view.viewport().height() + 1
        assert view.height() >= 100, where  # the image is shown, not squeezed away


@pytest.mark.parametrize(("model", "prompt", "values", "kind"), OUTPUTS, ids=["image", "sound", "file"])
def test_every_button_of_an_output_is_reachable_at_each_size(window, qtbot, model, prompt, values, kind):
    panel = run_shown(window, qtbot, model, prompt, **values)
    assert panel.cards()[0].objectName() == kind
    saves = [b for b in panel.findChildren(QAbstractButton) if b.objectName().startswith("save")]
    assert any(b.text() == "Save as…" for b in saves)  # the same words on every output
    for width, height in SIZES:
        resize(window, qtbot, width, height)
        check_fits(panel, window, f"{kind} at {width}×{height}")
        for button in panel.findChildren(QAbstractButton):
            if button.isVisibleTo(window):
                assert button.accessibleName(), button.objectName()


def test_an_image_fills_its_pane_keeping_its_shape(window, qtbot):
    panel = run_shown(window, qtbot, SDXL, "a wide view", width=1024, height=512)
    card = panel.image_cards()[0]
    for width, height in SIZES:
        resize(window, qtbot, width, height)
        viewport = panel.items_area.viewport()
        shown = card.view.mapFromScene(card.view.sceneRect()).boundingRect()
        assert abs(shown.width() / shown.height() - 2.0) < 0.05  # the image's own shape
        assert shown.width() <= viewport.width()
        # As wide as the pane allows (a 2:1 image is limited by width, not by height).
        assert shown.width() >= card.view.viewport().width() - 4
        wide = shown.width()
        qtbot.waitUntil(lambda wide=wide: card.view.item.pixmap().width() <= wide + 2)  # resampled: sharp


def test_with_a_large_font_the_buttons_wrap_and_stay_reachable(window, qtbot):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.75)
    try:
        app.setFont(large)
        for model, prompt, values, kind in OUTPUTS:
            panel = run_shown(window, qtbot, model, prompt, **values)
            for width, height in SIZES[:2]:
                resize(window, qtbot, width, height)
                check_fits(panel, window, f"{kind} at {width}×{height}, large font")
        card = panel.cards()[0]
        assert isinstance(card, FileCard)
        assert card.save_button.fontInfo().pointSizeF() > normal.pointSizeF() * 1.5  # the text did grow
    finally:
        app.setFont(normal)


def test_several_images_show_as_a_grid_of_two_columns_when_they_fit(window, qtbot):
    panel = run_shown(window, qtbot, SDXL, "two foxes", num_outputs=3, width=512, height=512)
    qtbot.waitUntil(lambda: len(panel.image_cards()) == 3)
    cards = panel.image_cards()
    resize(window, qtbot, 1920, 1080)
    lefts = sorted({card.mapTo(panel.items, QPoint(0, 0)).x() for card in cards})
    assert len(lefts) == 2  # two columns
    viewport = panel.items_area.viewport().width()
    assert all(card.width() <= viewport // 2 for card in cards)
    assert cards[0].y() == cards[1].y() < cards[2].y()
    for width, height in SIZES[:2]:
        resize(window, qtbot, width, height)
        grid = cards[0].parentWidget()
        assert isinstance(grid, ImageGrid)
        columns = len({card.mapTo(panel.items, QPoint(0, 0)).x() for card in cards})
        assert columns == (2 if grid.width() >= 2 * MIN_COLUMN + 12 else 1)
        check_fits(panel, window, f"three images at {width}×{height}")
    assert all(isinstance(card, ImageCard) for card in panel.cards())
    opened: list[str] = []
    cards[1].open_full = lambda *_: opened.append("open")  # type: ignore[method-assign]
    cards[1].findChild(QAbstractButton, "openImageButton").clicked.disconnect()
    cards[1].findChild(QAbstractButton, "openImageButton").clicked.connect(cards[1].open_full)
    cards[1].findChild(QAbstractButton, "openImageButton").click()
    assert opened == ["open"]


def test_a_grid_narrower_than_two_columns_has_one(qtbot):
    grid = ImageGrid()
    qtbot.addWidget(grid)
    cards = [QLabel(str(n)) for n in range(3)]
    for card in cards:
        grid.add(card)
    grid.resize(2 * MIN_COLUMN - 20, 600)
    grid.show()
    qtbot.wait(20)
    assert grid.columns() == 1 and len({card.x() for card in cards}) == 1
    assert all(card.width() <= grid.width() for card in cards)
    grid.resize(2 * MIN_COLUMN + 40, 600)
    qtbot.wait(20)
    assert grid.columns() == 2 and len({card.x() for card in cards}) == 2
    assert cards[0].y() == cards[1].y() < cards[2].y()


def test_the_header_names_the_model_not_the_prediction(window, qtbot):
    live = run(window, qtbot, SDXL, "a lighthouse at dusk", width=64, height=64)
    view = window.outputs.primary()
    assert view is not None and live.record.prediction_id
    shown = [view.model_label.text(), view.status_label.text(), view.question.text()]
    assert view.model_label.text() == SDXL and "a lighthouse at dusk" in view.question.text()
    assert not any(live.record.prediction_id in text for text in shown)
    assert live.record.prediction_id in view.model_label.toolTip()  # there for whoever needs it
    assert live.record.prediction_id not in window.windowTitle()


def open_dialogs() -> list[QFileDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]


def test_save_shown_asks_where_in_the_pictures_folder_and_remembers_it(window, qtbot, tmp_path):
    save_dialogs.forget()
    assert window.outputs.save_shown() is False  # nothing shown: nothing asked
    assert not open_dialogs()
    panel = run_shown(window, qtbot, SDXL, "a lighthouse", width=64, height=64)
    assert window.outputs.save_shown() is True
    dialog = open_dialogs()[0]
    try:
        assert not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        assert Path(dialog.directory().absolutePath()) == save_dialogs.start_folder("image")
        assert dialog.nameFilters() == ["PNG image (*.png)", "All files (*)"]
        assert dialog.selectedFiles()[0].endswith(panel.files[0].name)
        target = tmp_path / "kept" / "mine.png"
        target.parent.mkdir()
        dialog.fileSelected.emit(str(target))
        qtbot.waitUntil(target.exists)
        assert target.read_bytes() == panel.files[0].read_bytes()
        assert save_dialogs.start_folder("audio") == target.parent  # the session remembers it
    finally:
        dialog.reject()
        save_dialogs.forget()


def test_save_shown_with_several_files_asks_for_a_folder(window, qtbot, tmp_path):
    panel = run_shown(window, qtbot, SDXL, "two foxes", num_outputs=2, width=64, height=64)
    qtbot.waitUntil(lambda: len(panel.files) == 2)
    assert window.outputs.save_shown() is True
    dialog = open_dialogs()[0]
    try:
        assert dialog.fileMode() == QFileDialog.FileMode.Directory
        dialog.fileSelected.emit(str(tmp_path))
        qtbot.waitUntil(lambda: all((tmp_path / path.name).exists() for path in panel.files))
    finally:
        dialog.reject()
        save_dialogs.forget()


def test_standard_folders_and_filters():
    save_dialogs.forget()
    assert save_dialogs.kind_of("a.wav") == "audio" and save_dialogs.kind_of("a.mp4") == "video"
    assert save_dialogs.kind_of("a.zip") == "document"
    assert save_dialogs.name_filters([".wav"]) == ["WAV sound (*.wav)", "All files (*)"]
    assert save_dialogs.name_filters([".txt", ".srt"])[:2] == ["Plain text (*.txt)", "SubRip subtitles (*.srt)"]
    assert save_dialogs.start_folder("image").is_dir()
