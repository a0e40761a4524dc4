"""A transcript (Whisper) shown as text to read, copy and save as .txt or .srt; the JSON
behind it one click away."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QGuiApplication

from core.transcript import find_transcript, to_srt
from gui.file_views import ValueView
from gui.transcript_view import TranscriptView, write_transcript
from tests.helpers.driving import run, wait_shown
from tests.local_replicate.files import wav_bytes

WHISPER_SRT_START = (
    "1\n00:00:00,000 --> 00:00:18,600\nthe little tales they tell are false the door was barred locked and bolted"
    " as well ripe pears are fit for a queen's table a big wet stain was on the round carpet\n\n"
    "2\n00:00:18,600 --> 00:00:31,840\nthe kite dipped and swayed but stayed aloft"
)


@pytest.fixture
def sound(tmp_path):
    path = tmp_path / "memo.wav"
    path.write_bytes(wav_bytes(0.5, 330))
    return path


def test_whisper_output_is_text_to_read_copy_and_save(window, qtbot, server, sound, tmp_path):
    live = run(window, qtbot, "openai/whisper", "", audio=str(sound))
    panel = wait_shown(window, qtbot, live)
    qtbot.waitUntil(lambda: bool(panel.cards()))
    expected = server.catalog.model("openai", "whisper")["default_example"]["output"]
    view = panel.cards()[0]
    assert isinstance(view, TranscriptView) and view.isVisible()
    assert view.text.isReadOnly() and view.text.isVisible()
    assert view.plain_text() == expected["transcription"].strip()
    assert view.title == "Transcript" and view.text.accessibleName() == "Transcript"

    view.copy_button.click()
    assert QGuiApplication.clipboard().text() == expected["transcription"].strip()

    srt = tmp_path / "memo.srt"
    write_transcript(view.transcript, srt)
    assert srt.read_text(encoding="utf-8").startswith(WHISPER_SRT_START)
    assert srt.read_text(encoding="utf-8").count(" --> ") == len(expected["segments"])
    txt = tmp_path / "memo.txt"
    write_transcript(view.transcript, txt)
    assert txt.read_text(encoding="utf-8") == expected["transcription"].strip() + "\n"

    # The tree is still there, behind Show details, with Copy as JSON.
    assert not view.details.isVisible()
    view.details_button.click()
    assert view.details.isVisible() and isinstance(view.details, ValueView)
    view.details.copy()
    assert json.loads(QGuiApplication.clipboard().text()) == expected


def test_the_type_picked_in_the_save_dialog_decides_the_format(qloop, qtbot, tmp_path):
    value = {
        "segments": [{"start": 0, "end": 1.25, "text": " Hi."}, {"start": 1.25, "end": 2, "text": " Bye."}],
        "transcription": " Hi. Bye.",
    }
    transcript = find_transcript(value)
    assert transcript is not None
    view = TranscriptView(transcript, value)
    qtbot.addWidget(view)
    dialog = view.ask_where()
    try:
        assert dialog.nameFilters()[:2] == ["Plain text (*.txt)", "SubRip subtitles (*.srt)"]
    finally:
        dialog.reject()
    view._chosen(tmp_path / "transcript.txt", "SubRip subtitles (*.srt)")
    target = tmp_path / "transcript.srt"
    qtbot.waitUntil(target.exists)
    assert target.read_text(encoding="utf-8") == to_srt(transcript.segments)
    assert target.read_text(encoding="utf-8").startswith("1\n00:00:00,000 --> 00:00:01,250\nHi.\n\n2\n")
    view._chosen(tmp_path / "notes", "Plain text (*.txt)")
    qtbot.waitUntil((tmp_path / "notes.txt").exists)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "Hi. Bye.\n"


def test_a_caption_without_times_offers_text_only(qtbot):
    value = [{"text": "Caption: a dog on a beach"}]
    transcript = find_transcript(value)
    assert transcript is not None
    view = TranscriptView(transcript, value)
    qtbot.addWidget(view)
    assert view.title == "Caption" and view.plain_text() == "Caption: a dog on a beach"
    dialog = view.ask_where()
    try:
        assert dialog.nameFilters() == ["Plain text (*.txt)", "All files (*)"]
    finally:
        dialog.reject()


def test_a_save_the_disk_refuses_is_told_in_plain_words(qtbot, qloop, tmp_path):
    """A folder gone, a full or read-only disk: a message, not the app's error dialog."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from gui.saving import SaveButton

    window = QWidget()
    qtbot.addWidget(window)
    source = tmp_path / "a.png"
    source.write_bytes(b"png")
    button = SaveButton(source, window)
    button.save_to(str(tmp_path / "gone" / "a.png"))
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "problemBox") is not None, timeout=5_000)
    box = window.findChild(QMessageBox, "problemBox")
    assert box.windowTitle() == "Not saved" and "could not be written" in box.text()
