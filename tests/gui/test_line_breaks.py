"""A poem or a line-per-item list keeps its lines (issue 12): single newlines from a model are
line breaks, finished or streaming, on screen and when copied; code, lists, tables and
headings are left as Markdown makes them."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.markdown_text import MARKDOWN_SLICE
from gui.text_view import SYNC_LIMIT, TextView

POEM = "roses are red\nviolets are blue\nsugar is sweet\nand so are you"


@pytest.fixture(autouse=True)
def _loop(qloop: asyncio.AbstractEventLoop) -> asyncio.AbstractEventLoop:
    return qloop


def view_of(qtbot: QtBot) -> TextView:
    view = TextView()
    qtbot.addWidget(view)
    view.resize(640, 420)
    view.show()
    return view


def finished(qtbot: QtBot, *tokens: str) -> TextView:
    view = view_of(qtbot)
    for token in tokens:
        view.append(token)
    view.finish()
    qtbot.waitUntil(lambda: not view.pending(), timeout=10_000)
    return view


def shown_lines(document: QTextDocument) -> list[str]:
    """The document's lines as laid out: its blocks, each cut at line separators (U+2028)."""
    lines: list[str] = []
    block = document.begin()
    while block.isValid():
        lines += block.text().split("\u2028")
        block = block.next()
    return lines


def copied(view: TextView) -> str:
    view.selectAll()
    view.copy()
    return QGuiApplication.clipboard().text()


def test_a_finished_poem_keeps_its_lines_on_screen_and_when_copied(qtbot: QtBot) -> None:
    view = finished(qtbot, "roses are red\nviolets are blue")
    assert view._shown == "markdown"  # rendered, not shown plain
    assert shown_lines(view.document()) == ["roses are red", "violets are blue"]
    assert copied(view) == "roses are red\nviolets are blue"
    assert view.raw() == "roses are red\nviolets are blue"


def test_a_streaming_poem_keeps_its_lines_and_still_does_once_finished(qtbot: QtBot) -> None:
    view = view_of(qtbot)
    for token in ("roses are", " red\nvio", "lets are blue\nsugar is sweet", "\nand so are you"):
        view.append(token)
        view.flush()
    assert shown_lines(view.document()) == POEM.split("\n")
    assert copied(view) == POEM
    view.finish()
    qtbot.waitUntil(lambda: not view.pending(), timeout=10_000)
    assert shown_lines(view.document()) == POEM.split("\n") and copied(view) == POEM


def test_a_line_per_item_list_and_markdown_blocks_keep_their_shape(qtbot: QtBot) -> None:
    answer = (
        "# Shopping\nfor the weekend\n\n"
        "Milk\nBread\nEggs\n\n"
        "- one\n  still one\n- two\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "Title\n-----\n"
        "> quoted\n> lines\n"
    )
    view = finished(qtbot, answer)
    document = view.document()
    lines = shown_lines(document)
    for line in ("Shopping", "for the weekend", "Milk", "Bread", "Eggs", "one", "still one", "two", "Title"):
        assert line in lines, line
    assert document.begin().blockFormat().headingLevel() == 1 and document.begin().text() == "Shopping"
    html = document.toHtml()
    assert "<table" in html and html.count("<li") == 2  # two items: a line break in one is no new item
    assert "-----" not in document.toPlainText()  # a setext heading is still a heading
    assert copied(view).splitlines()[:5] == ["Shopping", "for the weekend", "Milk", "Bread", "Eggs"]


def test_code_is_left_exactly_as_written(qtbot: QtBot) -> None:
    answer = (
        "Fenced:\n\n```python\nx = 1  \ny = 2\n```\n\nIndented:\n\n    a = 1\n    b = ![not](an-image)\n\nafter\nthat"
    )
    view = finished(qtbot, answer)
    lines = shown_lines(view.document())
    assert view.code_blocks == ["x = 1  \ny = 2"]
    assert "x = 1  " in lines and "y = 2" in lines
    assert "a = 1" in lines and "b = ![not](an-image)" in lines  # no break added, no link made
    assert "after" in lines and "that" in lines


def test_a_long_answer_rendered_in_chunks_keeps_every_line(qtbot: QtBot) -> None:
    stanza = POEM + "\n\n"
    answer = stanza * (4 * MARKDOWN_SLICE // len(stanza))
    assert len(answer) > max(SYNC_LIMIT, 2 * MARKDOWN_SLICE)  # the chunked, turn-by-turn path
    view = finished(qtbot, answer)
    assert view._shown == "markdown"
    lines = [line for line in shown_lines(view.document()) if line]
    assert lines == [line for line in answer.split("\n") if line]
    QApplication.processEvents()


def test_a_line_break_inside_a_list_item_or_a_quote_adds_no_item(qtbot: QtBot) -> None:
    """Markdown's own hard break becomes a new block in Qt, which in a list is a new item (a
    wrong number in an ordered list): a line break is a line separator inside the item."""
    answer = "1. first\n   still first\n2. second  \n   said twice\\\n   and thrice\n\n> quoted\n> lines\nlazy line"
    view = finished(qtbot, answer)
    items = []
    block = view.document().begin()
    while block.isValid():
        if block.textList() is not None:
            items.append(block.text().split("\u2028"))
        block = block.next()
    assert items == [["first", "still first"], ["second", "said twice", "and thrice"]]
    assert "quoted\u2028lines\u2028lazy line" in view.document().toRawText()
    assert copied(view) == "first\nstill first\nsecond\nsaid twice\nand thrice\nquoted\nlines\nlazy line"
