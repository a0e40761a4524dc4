"""Memory stays flat however many images are shown (issue 13): only the cards on screen and a
few painted last keep a decoded picture; the others let it go (their place in the layout
stays) and decode it again when they come back into view. Counted in pictures held, not RSS.
Beyond a few images, cards themselves exist only near the screen: made as they come into view,
each with its own picture and buttons, dropped far out of it."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from core.history import RunRecord
from core.run_events import FileReady, RunStatus
from gui import save_dialogs
from gui.image_grid import ImageGrid
from gui.image_view import KEEP_DECODED, ImageCard
from gui.output_panel import OutputPanel
from gui.tasks import spawn

COLOUR = QColor(200, 40, 90)


def write_png(path: Path, side: int, colour: QColor = COLOUR) -> Path:
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(colour)
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path))
    return path


def cards() -> list[ImageCard]:
    return [w for w in QApplication.allWidgets() if isinstance(w, ImageCard) and shiboken6.isValid(w)]


def held() -> int:
    """Image cards, anywhere in the application, that hold a decoded picture."""
    return sum(1 for card in cards() if card.holds_pixels())


def on_screen() -> int:
    return sum(1 for card in cards() if card.on_screen())


def finish(qtbot: Any, coro: Any, timeout: int = 10_000) -> Any:
    task = spawn(coro, "test step")
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def shows_its_colour(card: ImageCard) -> bool:
    picture = card.view.viewport().grab().toImage()
    middle = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    return abs(middle.red() - COLOUR.red()) < 8 and abs(middle.green() - COLOUR.green()) < 8


def test_a_long_run_of_images_keeps_few_decoded_and_a_card_back_in_view_shows_again(
    qloop: Any, qtbot: Any, tmp_path: Path
) -> None:
    panel = OutputPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    for n in range(40):
        panel.take_file(FileReady(write_png(tmp_path / f"out-{n}.png", 1024), "", "image/png"))
        qtbot.wait(1)
    qtbot.waitUntil(lambda: not panel.busy() and len(panel.files) == 40, timeout=30_000)
    qtbot.wait(50)
    first = panel.image_cards()[0]
    assert first.path.name == "out-0.png" and first.holds_pixels() and shows_its_colour(first)
    bar = panel.items_area.verticalScrollBar()
    length = bar.maximum()
    most = 0
    for value in range(0, bar.maximum() + 1, 150):  # down to the end, as a reader scrolls
        bar.setValue(value)
        qtbot.wait(5)
        most = max(most, held())
    bar.setValue(bar.maximum())
    qtbot.wait(50)
    assert 0 < most <= KEEP_DECODED + on_screen() + 2, most  # not one picture per card (40)
    assert not shiboken6.isValid(first) or not first.holds_pixels()  # dropped with its card, or let go
    assert bar.maximum() == length  # every image's place kept: the layout does not jump
    bar.setValue(0)  # back to the top: made again, decoded off the UI thread
    qtbot.waitUntil(lambda: panel.image_cards()[0].path.name == "out-0.png", timeout=5_000)
    again = panel.image_cards()[0]
    qtbot.waitUntil(lambda: again.holds_pixels() and not again.released, timeout=5_000)
    qtbot.wait(50)
    assert shows_its_colour(again)
    assert held() <= KEEP_DECODED + on_screen() + 2


def test_browsing_many_runs_holds_a_bounded_number_of_pictures(window: Any, qtbot: Any) -> None:
    outputs = window.session.outputs
    now = time.time() - 3600
    records = [
        RunRecord(
            model="stability-ai/sdxl",
            status=RunStatus.SUCCEEDED,
            prompt=f"a lighthouse {n}",
            files=[f"seed{n}/out-0.png", f"seed{n}/out-1.png"],
            created_at=now + n,
            completed_at=now + n + 2,
        )
        for n in range(24)
    ]
    for record in records:
        for name in record.files:
            write_png(outputs / name, 512)
    finish(qtbot, window.session.history.add_many(records))
    model, panel = window.run_list.model, window.run_list.panel
    finish(qtbot, model.reload())
    assert len(model.rows) == 24
    most = 0
    first_id = model.rows[0].id
    for row in range(len(model.rows)):
        record = model.rows[row]
        panel.list.setCurrentIndex(model.index(row))
        qtbot.waitUntil(
            lambda r=record: window.outputs.current is not None and window.outputs.current.id == r.id, timeout=10_000
        )
        shown = window.outputs.shown_panel()
        qtbot.waitUntil(lambda s=shown: not s.busy() and len(s.image_cards()) == 2, timeout=10_000)
        qtbot.wait(10)
        most = max(most, held())
        assert len(window.outputs.views) <= 2  # past runs' views are not kept (built again when shown)
    qtbot.wait(100)
    assert 2 <= most <= KEEP_DECODED + 2, most  # 48 images shown in all
    assert held() <= KEEP_DECODED + 2
    panel.list.setCurrentIndex(model.index(0))  # the first run again: its pictures shown
    qtbot.waitUntil(lambda: window.outputs.current is not None and window.outputs.current.id == first_id)
    again = window.outputs.shown_panel()
    qtbot.waitUntil(lambda: len(again.image_cards()) == 2 and all(c.holds_pixels() for c in again.image_cards()))
    assert again.image_cards()[0].image_size == QSize(512, 512)


COLOURS = [COLOUR, QColor(40, 160, 90), QColor(60, 80, 210)]


def shows(card: ImageCard, colour: QColor) -> bool:
    picture = card.view.viewport().grab().toImage()
    middle = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    return all(abs(a - b) < 8 for a, b in zip(middle.getRgb()[:3], colour.getRgb()[:3], strict=True))


def thousand_images(qtbot: Any, tmp_path: Path) -> OutputPanel:
    """A panel showing one run of 1,000 small images (three pictures, hard-linked), 2 columns."""
    sources = [write_png(tmp_path / "seed" / f"{k}.png", 64, colour) for k, colour in enumerate(COLOURS)]
    panel = OutputPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    for n in range(1000):
        path = tmp_path / "run" / f"out-{n}.png"
        path.parent.mkdir(exist_ok=True)
        os.link(sources[n % 3], path)
        panel.take_file(FileReady(path, "", "image/png"))
    qtbot.waitUntil(lambda: not panel.busy() and len(panel.files) == 1000, timeout=60_000)
    qtbot.wait(20)
    return panel


def number(card: ImageCard) -> int:
    return int(card.path.stem.split("-")[1])


def alive() -> int:
    """Image cards in the whole application, once those dropped are deleted."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(cards())


def test_a_run_of_1000_images_makes_cards_near_the_screen_only_each_with_its_image_and_buttons(
    qloop: Any, qtbot: Any, tmp_path: Path
) -> None:
    panel = thousand_images(qtbot, tmp_path)
    bar, viewport = panel.items_area.verticalScrollBar(), panel.items_area.viewport()
    grid = panel.image_cards()[0].parentWidget()
    assert isinstance(grid, ImageGrid) and grid.columns() == 2
    row = panel.image_cards()[0].height()
    screen = grid.columns() * (viewport.height() // row + 2)  # cards that can be on screen at once
    length = bar.maximum()
    assert length > 400 * row  # room for all 500 rows: the scroll bar tells the whole run
    most, seen = 0, set()
    for step, value in enumerate(range(0, length + viewport.height(), viewport.height())):
        bar.setValue(value)
        qtbot.wait(1)
        most = max(most, alive())
        visible = [card for card in panel.image_cards() if card.on_screen()]
        assert visible, value
        for card in visible:  # each made with its buttons, named for screen readers
            names = {b.objectName() for b in card.buttons if b.accessibleName()}
            assert names == {"fitButton", "actualSizeButton", "openImageButton", "copyImageButton", "saveImageButton"}
            assert card.view.accessibleName() == f"Output image {card.path.name}"
        if step % 10 == 0 or value >= length:  # and its own picture, decoded off the UI thread
            qtbot.waitUntil(lambda v=visible: all(c.holds_pixels() for c in v), timeout=5_000)
            qtbot.wait(20)
            for card in visible:
                assert shows(card, COLOURS[number(card) % 3]), card.path.name
        seen.update(number(card) for card in visible)
    assert most <= 5 * screen, (most, screen)  # on screen and a screen or two around it: not 1,000
    assert seen == set(range(1000))  # every image came into view, in its place
    assert bar.maximum() == length  # and nothing jumped while cards came and went

    # A card made late saves its own file; Tab goes on to the next card; focus keeps a card.
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: any(number(card) == 999 for card in panel.image_cards()), timeout=5_000)
    last = next(card for card in panel.image_cards() if number(card) == 999)
    save_dialogs.forget()
    qtbot.mouseClick(last.save_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
    try:
        assert dialog.selectedFiles()[0].endswith("/out-999.png")
        bar.setValue(0)  # scrolled far away while asked: the card and its dialog stay
        qtbot.wait(20)
        assert shiboken6.isValid(last) and dialog.isVisible()
        target = tmp_path / "kept" / "mine.png"
        target.parent.mkdir()
        dialog.fileSelected.emit(str(target))
        qtbot.waitUntil(target.exists)
        assert target.read_bytes() == (tmp_path / "seed" / "0.png").read_bytes()  # 999 is a multiple of 3
    finally:
        dialog.reject()
        save_dialogs.forget()

    bar.setValue(bar.maximum() // 2)  # the middle, then up a little: cards made above those made first
    qtbot.waitUntil(lambda: any(c.on_screen() for c in panel.image_cards()), timeout=5_000)
    top = min(number(c) for c in panel.image_cards())
    bar.setValue(bar.value() - 2 * viewport.height())
    qtbot.waitUntil(lambda: any(number(c) == top - 1 for c in panel.image_cards()), timeout=5_000)
    card = next(c for c in panel.image_cards() if number(c) == top - 1)  # made after the card below it
    after = card.save_button.nextInFocusChain()
    while not after.focusPolicy() & Qt.FocusPolicy.TabFocus or after.focusProxy() is not None:
        after = after.nextInFocusChain()
    assert after.objectName() == "outputImage"  # Tab: the next image, not a card made earlier
    made = after.parentWidget()
    assert isinstance(made, ImageCard) and number(made) == number(card) + 1

    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    card.view.setFocus()  # a card holding the focus is kept, however far the pane scrolls
    qtbot.waitUntil(card.view.hasFocus)
    bar.setValue(0)
    qtbot.wait(20)
    assert shiboken6.isValid(card) and card.parentWidget() is not None
    assert number(panel.image_cards()[0]) == 0


def test_past_the_first_images_only_the_size_is_read_and_a_broken_one_says_so_when_shown(
    qloop: Any, qtbot: Any, tmp_path: Path
) -> None:
    panel = OutputPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    for n in range(20):
        path = write_png(tmp_path / f"out-{n}.png", 64)
        if n == 19:  # its header whole (the size is known), its pixels cut off
            path.write_bytes(path.read_bytes()[:80])
        panel.take_file(FileReady(path, "", "image/png"))
    qtbot.waitUntil(lambda: not panel.busy() and len(panel.files) == 20, timeout=10_000)
    grid = panel.image_cards()[0].parentWidget()
    assert isinstance(grid, ImageGrid)
    assert [slot.lazy.size for slot in grid.slots[16:]] == [QSize(64, 64)] * 4  # type: ignore[union-attr]
    bar = panel.items_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: any(number(card) == 19 for card in panel.image_cards()), timeout=5_000)
    broken = next(card for card in panel.image_cards() if number(card) == 19)
    qtbot.waitUntil(lambda: "could not be read" in broken.info.text(), timeout=5_000)
    assert broken.info.text().startswith("out-19.png")
    fine = next(card for card in panel.image_cards() if number(card) == 18)
    qtbot.waitUntil(fine.holds_pixels, timeout=5_000)
