"""The model card fits its column at the browser's default size (trial report items 1 and 14): a
model whose example holds a long web address (nightmareai/real-esrgan) gives no sideways
scrolling, a whole Favourite button, and its example as "name: value" lines, not JSON."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from core.model_summary import ModelSummary
from gui.model_card import example_preview
from tests.helpers.model_finding import ESRGAN, open_browser, rows, select_row, type_in

pytestmark = pytest.mark.usefixtures("settled")


def test_the_card_of_a_model_with_a_long_example_fits_its_column(window, qtbot, server):
    browser = open_browser(window, qtbot, server)
    assert (browser.width(), browser.height()) == (1000, 620)  # its default size
    type_in(qtbot, browser.search_field, "upscale")
    qtbot.waitUntil(lambda: ESRGAN in rows(browser.results_model), timeout=5_000)
    select_row(qtbot, browser.results, rows(browser.results_model).index(ESRGAN))
    card = browser.card
    qtbot.waitUntil(lambda: card.model is not None and card.model.slug == ESRGAN, timeout=5_000)
    qtbot.waitUntil(lambda: card.takes.text() not in ("", "Looking up…"), timeout=5_000)
    assert "https://" in card.example.text().replace("\u200b", "")  # the address that used to widen the card
    scroll = card.findChild(QScrollArea)
    assert scroll is not None
    inner = scroll.widget()
    layout = inner.layout()
    assert layout is not None
    layout.activate()
    column = scroll.viewport().width()
    assert inner.minimumSizeHint().width() <= column, "the card's minimum width is wider than its column"
    qtbot.waitUntil(lambda: inner.width() <= scroll.viewport().width(), timeout=5_000)  # laid out to it
    assert not scroll.horizontalScrollBar().isVisible()
    favourite = card.favourite
    assert favourite.isVisible() and favourite.width() >= favourite.sizeHint().width(), "the button is cut"
    for shown in (card.title, favourite, card.description, card.takes, card.gives, card.example):
        right = shown.mapTo(scroll.viewport(), shown.rect().topRight()).x()
        assert right < column, f"{shown.objectName() or shown.text()[:20]} reaches past the column"
    assert card.title.text() == ESRGAN and ESRGAN in card.title.toolTip()


def test_the_example_reads_as_name_value_lines_with_long_values_cut_in_the_middle():
    address = "https://replicate.delivery/pbxt/" + "Ing7Fa4YMk6YtcoG1YZnaK3UwbgDB5guRc5M2dEjV6OIAWSU" * 2 + "/cat.jpg"
    model = ModelSummary(
        owner="nightmareai",
        name="real-esrgan",
        example_input={"scale": 2, "image": address, "face_enhance": False},
        example_output="https://replicate.delivery/out.png",
    )
    shown = example_preview(model)
    assert shown.startswith("Input: ")
    assert "{" not in shown and '"' not in shown  # no JSON braces nor quotes
    lines = shown.replace("\u200b", "").splitlines()
    assert lines[1].startswith("image: https://replicate.delivery/") and lines[1].endswith("/cat.jpg")
    assert "…" in lines[1] and address not in shown  # the long address cut in its middle
    assert "scale: 2" in lines and "face_enhance: false" in lines
    assert lines[-1] == "Output: https://replicate.delivery/out.png"


def test_what_a_model_gives_is_told_from_its_examples_files(qapp):
    from core.model_info import OutputKind
    from gui.model_card import output_words

    files = OutputKind.FILES
    assert output_words(files, "https://replicate.delivery/pbxt/x/output.png").startswith("Images")
    assert output_words(files, ["https://a.test/1.webp", "https://a.test/2.jpg?x=1"]).startswith("Images")
    assert output_words(files, "https://a.test/song.mp3").startswith("Sound")
    assert output_words(files, ["https://a.test/clip.mp4"]).startswith("Video")
    mixed = ["https://a.test/1.png", "https://a.test/voice.wav"]
    assert output_words(files, mixed).startswith("Files (images, sound")  # not one kind: said in general
    assert output_words(files, None).startswith("Files (images, sound")


def test_the_empty_card_says_what_to_do_in_a_line_that_wraps(qtbot):
    from gui.model_card import ModelCard

    card = ModelCard()
    qtbot.addWidget(card)
    card.show_model(None)
    assert card.title.text() == "" and card.description.text() == "Choose a model to see what it does."
    assert card.description.wordWrap()  # German's longer sentence wraps, never cut in its middle
