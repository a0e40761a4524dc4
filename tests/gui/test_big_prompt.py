"""A huge prompt pasted into the composer (issue 13: a 10 MB prompt stalled the window): it goes
in by slices, Run reads all of it at any moment, and it stays one step of Undo. The time it
takes is measured in bench/prompt_size.py, not here."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication

from core.prompt_text import prompt_start
from gui.composer import PASTE_SLICE, Composer

BIG = "".join(f"line {n} of a long document pasted into the prompt\n" for n in range(20_000))  # ~1 MB


def _inside(composer: Composer) -> int:
    """Characters in the editor now, without finishing a paste (toPlainText would)."""
    return composer.prompt.document().characterCount() - 1


def _paste(composer: Composer, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    composer.prompt.setFocus()
    composer.prompt.paste()  # what Ctrl+V does


def test_a_big_paste_goes_in_by_slices_and_is_one_undo(qtbot: Any) -> None:
    composer = Composer([])
    qtbot.addWidget(composer)
    composer.show()
    composer.prompt.setPlainText("before ")
    composer.prompt.moveCursor(composer.prompt.textCursor().MoveOperation.End)
    _paste(composer, BIG)
    assert 0 < _inside(composer) - len("before ") < len(BIG)  # the rest goes in on later turns
    assert composer.prompt.isReadOnly()  # nothing typed lands inside the paste
    qtbot.waitUntil(lambda: _inside(composer) == len("before ") + len(BIG), timeout=10_000)
    assert not composer.prompt.isReadOnly()
    assert composer.prompt.toPlainText() == "before " + BIG
    assert composer.prompt.textCursor().position() == len("before ") + len(BIG)  # after the paste
    composer.prompt.undo()
    assert composer.prompt.toPlainText() == "before "  # one step, the whole paste


def test_run_during_a_big_paste_takes_all_of_it(qtbot: Any) -> None:
    composer = Composer([])
    qtbot.addWidget(composer)
    composer.show()
    _paste(composer, BIG)
    assert _inside(composer) < len(BIG)
    assert composer.state().prompt == BIG  # the snapshot Run sends: never a part of the paste
    assert not composer.prompt.isReadOnly()
    qtbot.wait(50)
    assert composer.prompt.toPlainText() == BIG  # and nothing is inserted twice


def test_a_small_paste_is_qts_own(qtbot: Any) -> None:
    composer = Composer([])
    qtbot.addWidget(composer)
    _paste(composer, "x" * PASTE_SLICE)
    assert _inside(composer) == PASTE_SLICE and not composer.prompt.isReadOnly()


def test_replacing_the_prompt_during_a_paste_drops_the_rest(qtbot: Any) -> None:
    composer = Composer([])
    qtbot.addWidget(composer)
    _paste(composer, BIG)
    composer.prompt.setPlainText("a past run's prompt")  # Reuse, while the paste goes in
    qtbot.wait(50)
    assert composer.prompt.toPlainText() == "a past run's prompt" and not composer.prompt.isReadOnly()


def test_a_sent_question_leaves_the_box_empty_and_one_undo_away(qtbot: Any) -> None:
    composer = Composer([])
    qtbot.addWidget(composer)
    composer.prompt.setPlainText(BIG)
    composer.set_prompt("")
    assert composer.prompt.toPlainText() == ""
    composer.prompt.undo()
    assert composer.prompt.toPlainText() == BIG
    composer.set_prompt(BIG)  # the same text: no edit of its own (an edit would drop the Redo)
    assert composer.prompt.document().isRedoAvailable()


def _start_of(text: str, count: int) -> str:
    return prompt_start(text, count, "…")


def test_the_conversations_start_is_read_from_the_prompts_start() -> None:
    assert _start_of("  a   b\n\nc ", 60) == "a b c"
    assert _start_of("x" * 60, 60) == "x" * 60
    assert _start_of("x" * 61, 60) == "x" * 60 + "…"
    assert _start_of("hello" + " " * 300, 60) == "hello"  # trailing spaces are not more
    assert _start_of("word " * 2_000_000, 60) == ("word " * 12)[:60] + "…"
    assert _start_of(" " * 1000 + "late", 60) == "late"


def test_the_run_list_reads_only_the_start_of_a_huge_prompt() -> None:
    """Its row was made by splitting the whole prompt on every paint: 0.2-0.3 s each at 10 MB."""
    from core.run_events import RunStatus
    from core.run_record import RunRecord
    from gui.run_list_model import row_text
    from tests.core.test_prompt_text import WholeText

    record = RunRecord("meta/meta-llama-3-8b-instruct", RunStatus.SUCCEEDED, prompt=WholeText("word " * 2_000_000))
    assert row_text(record, None).startswith("word word")
