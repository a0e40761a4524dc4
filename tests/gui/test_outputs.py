"""Every kind of output a public model returns, shown by the right view and kept on disk."""

import asyncio
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication

from gui.file_views import FileCard, ValueView
from gui.image_view import ImageCard
from gui.output_panel import OutputPanel
from gui.transcript_view import TranscriptView
from tests.helpers.driving import LLAMA, choose, run, wait_shown
from tests.local_replicate.files import wav_bytes
from tests.local_replicate.outputs import png_bytes


def run_model(window, qtbot, model: str, prompt: str = "", **values) -> OutputPanel:
    """Run a model through the window; the output panel of that run, once it is shown."""
    live = run(window, qtbot, model, prompt, **values)
    panel = wait_shown(window, qtbot, live)
    qtbot.waitUntil(lambda: not panel.busy())
    return panel


def served_bytes(server, path: Path) -> list[bytes]:
    """What the server served for the run a saved file belongs to (saved as
    <data>/outputs/<prediction id>/<name>), files of the same suffix."""
    prefix = f"/files/{path.parent.name}/"
    return [
        data for key, data in server.predictions.files.items() if key.startswith(prefix) and key.endswith(path.suffix)
    ]


@pytest.fixture
def picture(tmp_path):
    path = tmp_path / "input.png"
    path.write_bytes(png_bytes(64, 48, seed=2))
    return path


@pytest.fixture
def sound(tmp_path):
    path = tmp_path / "input.wav"
    path.write_bytes(wav_bytes(0.5, 330))
    return path


def test_streamed_text_is_markdown_with_plain_toggle_copy_and_word_count(window, qtbot, server):
    prompt = "Show code\n```python\nprint(1)\n```"
    choose(window, qtbot, LLAMA)
    panel = run_model(window, qtbot, LLAMA, prompt, max_tokens=80)
    text = panel.text
    raw = panel.plain_text()
    assert "```python\nprint(1)\n```" in raw and "<li" in text.document().toHtml()  # lists rendered
    assert text.code_blocks == ["print(1)"]
    text.anchorClicked.emit(QUrl("copy:0"))
    assert QGuiApplication.clipboard().text() == "print(1)"
    panel.markdown_toggle.setChecked(False)
    assert text.toPlainText() == raw
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == raw
    qtbot.waitUntil(lambda: panel.words.text().startswith(f"{len(raw.split())} word"))
    assert "Model time" in panel.metrics.text()
    assert "waiting for a machine to start" in panel.metrics.toolTip()  # why it differs from the header's


def test_list_of_images_shown_and_kept_byte_for_byte(window, qtbot, server):
    panel = run_model(window, qtbot, "stability-ai/sdxl", "two foxes", num_outputs=2, width=320, height=240)
    cards = panel.cards()
    assert len(cards) == 2 and all(isinstance(c, ImageCard) for c in cards)
    assert [(c.image_size.width(), c.image_size.height()) for c in cards] == [(320, 240)] * 2
    for card in cards:
        assert card.path.read_bytes() in served_bytes(server, card.path)
    assert panel.save_all_button.isVisible()
    assert panel.logs.progress.value() == 100  # tqdm lines in the logs drove it
    assert not panel.logs.progress.isVisibleTo(panel)  # and it leaves with the run's end


def test_image_zoom_and_copy(window, qtbot):
    panel = run_model(window, qtbot, "stability-ai/sdxl", "a fox", width=640, height=480)
    card = panel.image_cards()[0]
    fitted = card.view.zoom()
    card.actual_size()
    qtbot.waitUntil(lambda: card.full_loaded and card.view.zoom() == 1.0)
    assert fitted != 1.0 or card.view.width() >= 640
    card.view.fit()
    assert card.view.fitted
    card.copy()
    qtbot.waitUntil(lambda: not QGuiApplication.clipboard().image().isNull())
    assert QGuiApplication.clipboard().image().size().width() == 640


def test_sound_plays_inline_and_is_kept(window, qtbot, server):
    panel = run_model(window, qtbot, "meta/musicgen", "calm piano")
    card = panel.cards()[0]
    assert card.objectName() == "audioCard" and card.path.suffix == ".wav"
    assert card.path.read_bytes() in served_bytes(server, card.path)
    qtbot.waitUntil(lambda: card.player.duration() > 0, timeout=10_000)
    assert card.seek.maximum() == card.player.duration()


def test_video_plays_inline(window, qtbot, server, picture):
    panel = run_model(window, qtbot, "lucataco/ms-img2vid", image=str(picture))
    card = panel.cards()[0]
    assert card.objectName() == "videoCard" and card.video is not None
    qtbot.waitUntil(lambda: card.player.hasVideo() and card.player.duration() > 0, timeout=10_000)
    assert card.path.read_bytes() in served_bytes(server, card.path)


def test_zip_is_a_file_card_and_a_second_run_keeps_the_first(window, qtbot, server):
    panel = run_model(window, qtbot, "lucataco/ai-toolkit", "a dog")
    first = panel.cards()[0]
    assert isinstance(first, FileCard) and first.path.suffix == ".zip"
    first_path, first_bytes = first.path, first.path.read_bytes()
    panel = run_model(window, qtbot, "lucataco/ai-toolkit", "a cat")
    second = panel.cards()[0]
    assert second.path != first_path and first_path.read_bytes() == first_bytes


def test_transcript_object_is_text_with_its_tree_behind_details(window, qtbot, server, sound):
    panel = run_model(window, qtbot, "openai/whisper", audio=str(sound))
    shown = panel.cards()[0]
    assert isinstance(shown, TranscriptView) and shown.plain_text().startswith("the little tales")
    view = shown.details
    assert isinstance(view, ValueView)
    top = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert "segments" in top
    view.copy()
    expected = server.catalog.model("openai", "whisper")["default_example"]["output"]
    assert json.loads(QGuiApplication.clipboard().text()) == expected


def test_number_is_shown_as_a_value(window, qtbot, picture):
    panel = run_model(window, qtbot, "methexis-inc/img2aestheticscore", image=str(picture))
    view = panel.cards()[0]
    assert isinstance(view, ValueView) and float(view.as_json()) > 0


def test_object_holding_urls_shows_each_file_inline(window, qtbot):
    panel = run_model(window, qtbot, "riffusion/riffusion", "funky synth")  # its prompt is `prompt_a`
    kinds = [type(c).__name__ + ":" + c.objectName() for c in panel.cards()]
    assert kinds[0] == "ValueView:valueView"
    assert "MediaCard:audioCard" in kinds and "ImageCard:imageCard" in kinds


def test_hostile_file_names_are_saved_safely_inside_the_data_folder(window, qtbot, tmp_path):
    panel = run_model(window, qtbot, "stability-ai/sdxl", "x #hostile", num_outputs=4, width=32, height=32)
    data = (tmp_path / "data" / "outputs").resolve()
    paths = [c.path.resolve() for c in panel.cards()]
    assert len(paths) == 4 and len(set(paths)) == 4
    for path in paths:
        assert path.parent.parent == data and path.exists()
        assert "\0" not in path.name and ".." not in path.name and len(path.name) <= 120


def test_a_view_dropped_while_its_images_decode_is_left_alone(qloop, qtbot, tmp_path, task_failures):
    """Switching away drops a finished run's view; its files still decoding off the UI thread
    must not touch it after (task_failures fails the test if they do)."""
    from core.run_events import FileReady

    images = []
    for n in range(3):
        path = tmp_path / f"out-{n}.png"
        path.write_bytes(png_bytes(1600, 1600, seed=n))
        images.append(path)
    panel = OutputPanel()
    for path in images:
        panel.take_file(FileReady(path, "", "image/png"))
    assert panel.busy()
    tasks = [task for task in asyncio.all_tasks(qloop) if task.get_name() == "show output files"]
    panel.deleteLater()
    qtbot.waitUntil(lambda: all(task.done() for task in tasks), timeout=10_000)
    assert tasks and all(task.cancelled() for task in tasks)
