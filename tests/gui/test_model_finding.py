"""Finding a model in the real window (issue 11): plain words in the picker and every address of a
model, debouncing and out-of-order answers. Against the local server over real HTTP; waits are on
widgets' state and signals. The one timed window is where an older answer must NOT change what is
shown (pytest-qt's assertNotEmitted, after the answer is sent). The browser's tests are in
test_model_browser.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.model_ref import ModelRef
from core.run_events import RunStatus
from tests.helpers.driving import LLAMA, fill, posts, start, wait_end, wait_form
from tests.helpers.model_finding import (
    ESRGAN,
    WHISPER,
    hold_search,
    latest_version,
    open_browser,
    paste_in,
    picker_of,
    ranked,
    rows,
    select_row,
    type_in,
)

pytestmark = pytest.mark.usefixtures("settled")


# --- plain words in the picker ------------------------------------------------------------------
@pytest.mark.parametrize("how", ["enter", "click", "enter without choosing"])
def test_plain_words_in_the_picker_list_matches_and_a_match_is_picked(window, qtbot, server, how):
    picker = picker_of(window)
    type_in(qtbot, picker.line, "whisper")
    expected = ranked(server, "whisper")
    assert expected[0] == WHISPER
    qtbot.waitUntil(lambda: rows(picker.matches)[: len(expected)] == expected, timeout=5_000)
    qtbot.waitUntil(picker.popup.isVisible, timeout=5_000)
    assert picker.popup.model().rowCount() >= len(expected)
    assert window.composer.info is not None and window.composer.info.ref.slug == LLAMA  # nothing picked yet
    if how == "enter":
        qtbot.keyClick(picker.popup, Qt.Key.Key_Down)  # the first match
        assert picker.popup.currentIndex().row() == 0
        qtbot.keyClick(picker.popup, Qt.Key.Key_Return)
    elif how == "click":
        select_row(qtbot, picker.popup, 0)
    else:  # Enter on the words, no row highlighted: the best match, not a dead end
        assert not picker.popup.currentIndex().isValid()
        qtbot.keyClick(picker.popup, Qt.Key.Key_Return)
    wait_form(window, qtbot, ModelRef.parse(WHISPER))
    assert picker.text() == WHISPER
    assert not picker.popup.isVisible()
    assert window.composer.form.editors  # the form is the model's: whisper takes an audio file
    assert "audio" in window.composer.form.editors


def test_plain_words_are_searched_once_the_typing_pauses_not_per_key(window, qtbot, server):
    picker = picker_of(window)
    type_in(qtbot, picker.line, "upscale", delay=20)  # one key at a time, quicker than the pause
    qtbot.waitUntil(lambda: ESRGAN in rows(picker.matches), timeout=5_000)
    assert server.searches == ["upscale"]
    assert window.finder.search.asked_replicate == 1


def test_each_pause_in_the_typing_sends_one_search(window, qtbot, server):
    picker = picker_of(window)
    type_in(qtbot, picker.line, "ups", delay=20)
    qtbot.waitUntil(lambda: server.searches == ["ups"], timeout=5_000)  # the first pause
    qtbot.waitUntil(lambda: ESRGAN in rows(picker.matches), timeout=5_000)
    picker.line.end(False)
    qtbot.keyClicks(picker.line, "cale", delay=20)
    qtbot.waitUntil(lambda: len(server.searches) == 2, timeout=5_000)
    assert server.searches == ["ups", "upscale"]  # none for "upsc", "upsca", "upscal"
    assert window.finder.search.asked_replicate == 2


def test_an_older_search_answered_last_does_not_replace_the_newer_results(window, qtbot, server):
    """The server holds the answer to "lla" until the one to "llama" is shown."""
    picker = picker_of(window)
    release, answered = hold_search(server, "lla")
    type_in(qtbot, picker.line, "lla")
    qtbot.waitUntil(lambda: server.searches == ["lla"], timeout=5_000)
    picker.line.end(False)
    qtbot.keyClicks(picker.line, "ma")
    newer = ranked(server, "llama")
    older = ranked(server, "lla")
    assert set(older) - set(newer)  # the stale answer would show models "llama" does not find
    qtbot.waitUntil(lambda: server.searches == ["lla", "llama"], timeout=5_000)
    qtbot.waitUntil(lambda: rows(picker.matches) == newer, timeout=5_000)
    with qtbot.assertNotEmitted(window.finder.search.results, wait=500):
        release.set()
        qtbot.waitUntil(lambda: answered == ["lla"], timeout=5_000)
    assert rows(picker.matches) == newer
    assert picker.text() == "llama"


def test_an_older_search_answered_last_does_not_replace_the_browsers_results(window, qtbot, server):
    release, answered = hold_search(server, "lla")
    browser = open_browser(window, qtbot, server)
    type_in(qtbot, browser.search_field, "lla")
    qtbot.waitUntil(lambda: server.searches == ["lla"], timeout=5_000)
    browser.search_field.end(False)
    qtbot.keyClicks(browser.search_field, "ma")
    newer = ranked(server, "llama")
    qtbot.waitUntil(lambda: rows(browser.results_model) == newer, timeout=5_000)
    with qtbot.assertNotEmitted(browser.search.results, wait=500):
        release.set()
        qtbot.waitUntil(lambda: answered == ["lla"], timeout=5_000)
    assert rows(browser.results_model) == newer


def test_a_pick_is_not_covered_by_a_later_answer_to_the_words_that_found_it(window, qtbot, server):
    picker = picker_of(window)
    type_in(qtbot, picker.line, "upscale")  # Replicate's answer: the catalog now knows the upscaler
    qtbot.waitUntil(lambda: ESRGAN in rows(picker.matches), timeout=5_000)
    release, answered = hold_search(server, "upscal")
    type_in(qtbot, picker.line, "upscal")
    qtbot.waitUntil(lambda: server.searches == ["upscale", "upscal"], timeout=5_000)  # held
    qtbot.waitUntil(lambda: rows(picker.matches)[:1] == [ESRGAN], timeout=5_000)  # the catalog's
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    wait_form(window, qtbot, ModelRef.parse(ESRGAN))
    described = window.composer.info.description
    assert described and picker.description.text() == described
    with qtbot.assertNotEmitted(window.finder.search.results, wait=500):
        release.set()
        qtbot.waitUntil(lambda: answered == ["upscal"], timeout=5_000)
    assert picker.description.text() == described  # not "1 model found: pick one…"


def test_what_was_said_of_words_goes_when_a_name_is_typed(window, qtbot, server):
    picker = picker_of(window)
    type_in(qtbot, picker.line, "xyzzy qwerty")
    qtbot.waitUntil(lambda: "No models found" in picker.description.text(), timeout=10_000)
    type_in(qtbot, picker.line, "foo/this-model-does-not-exist")
    assert picker.description.text() == ""


# --- every address of a model --------------------------------------------------------------------
ADDRESSES = [  # {version}: the latest version of the model, from the server's catalog
    ("stability-ai/sdxl", False),
    ("https://replicate.com/stability-ai/sdxl", False),
    ("http://replicate.com/stability-ai/sdxl", False),
    ("replicate.com/stability-ai/sdxl", False),
    ("https://www.replicate.com/stability-ai/sdxl", False),
    ("www.replicate.com/stability-ai/sdxl", False),
    ("https://replicate.com/stability-ai/sdxl/", False),
    ("https://replicate.com/stability-ai/sdxl/api", False),
    ("replicate.com/stability-ai/sdxl/api", False),
    ("https://replicate.com/stability-ai/sdxl/examples", False),
    ("https://replicate.com/stability-ai/sdxl/playground", False),
    ("https://replicate.com/stability-ai/sdxl/versions/{version}", True),
    ("www.replicate.com/stability-ai/sdxl/versions/{version}", True),
    ("https://replicate.com/stability-ai/sdxl/versions/{version}/api", True),
    ("stability-ai/sdxl:{version}", True),
    ("https://replicate.com/stability-ai/sdxl?input=prompt%3Da+red+fox", False),
    ("https://replicate.com/stability-ai/sdxl/examples#gallery", False),
    ("https://replicate.com/stability-ai/sdxl#readme", False),
    ("https://replicate.com/stability-ai/sdxl/versions/{version}?input=x#output", True),
    ("  https://replicate.com/stability-ai/sdxl/api  ", False),
]


@pytest.mark.parametrize(("address", "pinned"), ADDRESSES)
def test_every_address_of_a_model_pasted_in_the_picker_opens_it(window, qtbot, server, address, pinned):
    version = latest_version(server, "stability-ai/sdxl")
    text = address.format(version=version)
    picker = picker_of(window)
    paste_in(qtbot, picker.line, text)
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    wait_form(window, qtbot, ModelRef("stability-ai", "sdxl", version if pinned else None))
    assert window.composer.info.version_id == version
    assert picker.description.text() == server.catalog.model("stability-ai", "sdxl")["description"]
    assert not picker.description.property("problem")
    assert server.searches == []  # an address is not a search


def test_a_pasted_version_address_runs_that_version(window, qtbot, server):
    version = latest_version(server, LLAMA)
    picker = picker_of(window)
    paste_in(qtbot, picker.line, f"https://replicate.com/{LLAMA}/versions/{version}/api#output")
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    wait_form(window, qtbot, ModelRef("meta", "meta-llama-3-8b-instruct", version))
    fill(window, "Tell me about llamas", max_tokens=5)
    live = start(window, qtbot)[0]
    finished = wait_end(window, qtbot, live)
    assert finished.status is RunStatus.SUCCEEDED, finished.problem
    assert posts(server) == ["/v1/predictions"]  # by version
    assert server.predictions.get(live.record.prediction_id).version["id"] == version
    assert live.record.model == f"{LLAMA}:{version}"


@pytest.mark.parametrize("address", ["nobody/no-such-model", "https://replicate.com/nobody/no-such-model/api"])
def test_a_model_that_does_not_exist_says_so_and_offers_the_search(window, qtbot, server, address):
    picker = picker_of(window)
    paste_in(qtbot, picker.line, address)
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(picker.description.property("problem")), timeout=10_000)
    said = picker.description.text()
    assert "nobody/no-such-model" in said and "not found" in said
    assert "search" in said.lower() and "Browse" in said
    assert window.composer.info is None  # no form of another model stays behind
    assert ("GET", "/v1/models/nobody/no-such-model", f"Bearer {window.session.token}") in server.requests
    window.composer.prompt.setPlainText("hello")
    window.composer.prompt.setFocus()
    asked = len(server.requests)
    qtbot.mouseClick(window.composer.run_button, Qt.MouseButton.LeftButton)  # looked up again: the same answer
    qtbot.waitUntil(lambda: len(server.requests) > asked and picker.combo.hasFocus(), timeout=10_000)
    assert not window.composer.banner.isVisibleTo(window)  # said once, under the model box
    assert picker.description.text() == said and posts(server) == []
