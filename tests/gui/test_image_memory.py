"""Memory stays flat however many images are shown (issue 13): only the cards on screen and a
few painted last keep a decoded picture; the others let it go (their place in the layout
stays) and decode it again when they come back into view. Counted in pictures held, not RSS."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from core.history import RunRecord
from core.run_events import FileReady, RunStatus
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
    qtbot.waitUntil(lambda: not panel.busy() and len(panel.image_cards()) == 40, timeout=30_000)
    qtbot.wait(50)
    first = panel.image_cards()[0]
    height = first.view.height()
    assert first.holds_pixels() and shows_its_colour(first)
    bar = panel.items_area.verticalScrollBar()
    most = 0
    for value in range(0, bar.maximum() + 1, 150):  # down to the end, as a reader scrolls
        bar.setValue(value)
        qtbot.wait(5)
        most = max(most, held())
    bar.setValue(bar.maximum())
    qtbot.wait(50)
    assert 0 < most <= KEEP_DECODED + on_screen() + 2, most  # not one picture per card (40)
    assert not first.on_screen() and not first.holds_pixels() and first.released
    assert first.view.height() == height  # its place kept: the layout does not jump
    bar.setValue(0)  # back to the top: decoded again, off the UI thread
    qtbot.waitUntil(lambda: first.holds_pixels() and not first.released, timeout=5_000)
    qtbot.wait(50)
    assert shows_its_colour(first)
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
