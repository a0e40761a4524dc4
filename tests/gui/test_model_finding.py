"""Finding a model in the real window (issue 11): plain words in the picker, every address of a
model, the model browser (collections, search, a card, versions, favourites, Use this model, a run
of it), debouncing, out-of-order answers, and the catalog answering offline. Against the local
server over real HTTP; waits are on widgets' state and signals. The one timed window is where an
older answer must NOT change what is shown (pytest-qt's assertNotEmitted, after the answer is sent)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QListWidget

from core.model_ref import ModelRef
from core.run_events import RunStatus
from gui.main_window import MainWindow
from gui.model_browser import ModelBrowser
from gui.model_list_model import runs_text
from gui.model_picker import ModelPicker
from tests.helpers.driving import LLAMA, fill, posts, start, wait_end
from tests.local_replicate.search import rank

WHISPER = "openai/whisper"
ESRGAN = "nightmareai/real-esrgan"


@pytest.fixture(autouse=True)
def settled(qtbot, qloop):
    """After each test, the window's background work (searches, look-ups, cover images) ends before
    the fixtures cancel what is left: a request cancelled while it connects leaves the HTTP library's
    `connect_tcp.<locals>.try_connect` coroutine unawaited, a RuntimeWarning that pyproject.toml
    makes an error of whichever test comes next."""
    yield
    qtbot.waitUntil(lambda: all(task.done() for task in asyncio.all_tasks(qloop)), timeout=10_000)


# --- helpers ---------------------------------------------------------------------------------------
def ranked(server: Any, query: str, limit: int = 30) -> list[str]:
    """What the server's search answers for `query`, best first (its own ranking, not ours)."""
    return [f"{hit.model['owner']}/{hit.model['name']}" for hit in rank(server.catalog.models(), query)[:limit]]


def rows(model: Any) -> list[str]:
    return [model.summary_at(row).slug for row in range(model.rowCount())]


def picker_of(window: MainWindow) -> ModelPicker:
    return window.composer.picker


def type_in(qtbot: Any, line: QLineEdit, text: str, delay: int = -1) -> None:
    """Replace what the field holds by typing `text` key by key (each key a `textEdited`)."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text, delay=delay)


def paste_in(qtbot: Any, line: QLineEdit, text: str) -> None:
    """Replace what the field holds by pasting `text` (Ctrl+V), as a copied address is."""
    QGuiApplication.clipboard().setText(text)
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == text


def wait_model(window: MainWindow, qtbot: Any, ref: ModelRef, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: window.composer.info is not None and window.composer.info.ref == ref, timeout=timeout)


def await_in_loop(qtbot: Any, work: Coroutine[Any, Any, Any], timeout: int = 5_000) -> Any:
    task = asyncio.ensure_future(work)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def latest_version(server: Any, slug: str) -> str:
    return server.catalog.model(*slug.split("/"))["latest_version"]["id"]


def stop_server(server: Any) -> None:
    """The network going away: the server closes its kept-alive connections too."""
    server.stop()


def categories(browser: ModelBrowser) -> list[str]:
    return [browser.collections.item(row).text() for row in range(browser.collections.count())]


def open_browser(window: MainWindow, qtbot: Any, server: Any = None) -> ModelBrowser:
    """Ctrl+K; with `server`, also wait until Replicate's collections are listed (typing before
    they arrive is a test of its own)."""
    window.menu_actions.browse_models.trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "modelBrowser") is not None, timeout=5_000)
    browser = window.findChild(QDialog, "modelBrowser")
    assert isinstance(browser, ModelBrowser)
    qtbot.waitUntil(browser.isVisible, timeout=5_000)
    if server is not None:
        names = [c.name for c in server.collections]
        qtbot.waitUntil(lambda: categories(browser)[-len(names) :] == names, timeout=5_000)
    return browser


def select_row(qtbot: Any, view: QListView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def hold_search(server: Any, held: str) -> tuple[threading.Event, list[str]]:
    """The server holds its answer to `held` until the event is set; `answered` then lists it."""
    release = threading.Event()
    answered: list[str] = []

    def delay(query: str) -> float:
        if query == held:
            release.wait(10)
            answered.append(query)
        return 0.0

    server.search_delay = delay
    return release, answered


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
    wait_model(window, qtbot, ModelRef.parse(WHISPER))
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
    wait_model(window, qtbot, ModelRef("stability-ai", "sdxl", version if pinned else None))
    assert window.composer.info.version_id == version
    assert picker.description.text() == server.catalog.model("stability-ai", "sdxl")["description"]
    assert not picker.description.property("problem")
    assert server.searches == []  # an address is not a search


def test_a_pasted_version_address_runs_that_version(window, qtbot, server):
    version = latest_version(server, LLAMA)
    picker = picker_of(window)
    paste_in(qtbot, picker.line, f"https://replicate.com/{LLAMA}/versions/{version}/api#output")
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    wait_model(window, qtbot, ModelRef("meta", "meta-llama-3-8b-instruct", version))
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


# --- the model browser ---------------------------------------------------------------------------
def test_ctrl_k_opens_the_browser_on_the_collections_before_any_search(window, qtbot, server):
    action = window.findChild(QAction, "actionBrowseModels")
    assert action is window.menu_actions.browse_models
    assert action.shortcut().toString() == "Ctrl+K"
    browser = open_browser(window, qtbot, server)
    assert browser.findChild(QLineEdit, "modelSearch") is browser.search_field
    assert browser.findChild(QListView, "modelResults") is browser.results
    assert browser.findChild(QListWidget, "modelCollections") is browser.collections
    shown = categories(browser)
    assert "Favourites" in shown[0]
    assert shown[-len(server.collections) :] == [c.name for c in server.collections]  # in Replicate's order
    assert server.searches == [] and browser.search_field.text() == ""
    # before any search, the category chosen lists its models (no favourites yet: a collection)
    current = browser.collections.currentItem()
    assert current is not None
    slug = current.data(Qt.ItemDataRole.UserRole)
    wanted = next(c for c in server.collections if c.slug == slug)
    qtbot.waitUntil(lambda: rows(browser.results_model) == list(wanted.models), timeout=5_000)
    # another collection, chosen, lists its own
    speech = next(c for c in server.collections if c.slug == "speech-to-text")
    browser.collections.setCurrentRow(categories(browser).index(speech.name))
    qtbot.waitUntil(lambda: rows(browser.results_model) == list(speech.models), timeout=5_000)
    assert server.searches == []
    assert ("GET", "/v1/collections/speech-to-text", f"Bearer {window.session.token}") in server.requests


def test_the_pickers_browse_button_opens_the_same_one_browser(window, qtbot, server):
    picker = picker_of(window)
    qtbot.mouseClick(picker.browse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.finder.browser is not None and window.finder.browser.isVisible(), timeout=5_000)
    browser = window.finder.browser
    assert browser.objectName() == "modelBrowser"
    window.menu_actions.browse_models.trigger()
    assert window.finder.browser is browser
    assert len(window.findChildren(QDialog, "modelBrowser")) == 1


def test_the_status_speaks_of_the_category_shown(window, qtbot, server):
    """No favourites yet: the browser opens on a collection, and the favourites' hint is not left
    under that collection's models."""
    browser = open_browser(window, qtbot, server)
    current = browser.collections.currentItem()
    assert current is not None and current.data(Qt.ItemDataRole.UserRole) != "favourites"
    wanted = next(c for c in server.collections if c.slug == current.data(Qt.ItemDataRole.UserRole))
    qtbot.waitUntil(lambda: rows(browser.results_model) == list(wanted.models), timeout=5_000)
    assert "Favourite" not in browser.status.text()


def test_words_typed_as_the_browser_opens_are_kept_when_the_collections_arrive(window, qtbot, server):
    browser = open_browser(window, qtbot)  # not waiting for Replicate's collections: typing at once
    names = [c.name for c in server.collections]
    assert categories(browser)[-len(names) :] != names  # they have not arrived yet
    type_in(qtbot, browser.search_field, "whisper")
    qtbot.waitUntil(lambda: categories(browser)[-len(names) :] == names, timeout=5_000)
    assert browser.search_field.text() == "whisper"
    qtbot.waitUntil(lambda: server.searches == ["whisper"], timeout=5_000)
    qtbot.waitUntil(lambda: rows(browser.results_model)[:1] == [WHISPER], timeout=5_000)


def test_browse_from_words_typed_in_the_picker_searches_them(window, qtbot, server):
    picker = picker_of(window)
    type_in(qtbot, picker.line, "whisper")
    qtbot.waitUntil(lambda: WHISPER in rows(picker.matches), timeout=5_000)
    qtbot.mouseClick(picker.browse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.finder.browser is not None and window.finder.browser.isVisible(), timeout=5_000)
    browser = window.finder.browser
    names = [c.name for c in server.collections]
    qtbot.waitUntil(lambda: categories(browser)[-len(names) :] == names, timeout=5_000)
    assert browser.search_field.text() == "whisper"
    qtbot.waitUntil(lambda: rows(browser.results_model)[:1] == [WHISPER], timeout=5_000)
    assert rows(browser.results_model) == ranked(server, "whisper")


def test_search_in_the_browser_then_card_pin_favourite_use_and_run(window, qtbot, server):
    browser = open_browser(window, qtbot, server)
    type_in(qtbot, browser.search_field, "llama")
    expected = ranked(server, "llama")
    qtbot.waitUntil(lambda: rows(browser.results_model) == expected, timeout=5_000)
    assert expected[0] == LLAMA and server.searches == ["llama"]

    select_row(qtbot, browser.results, 0)
    card = browser.card
    llama = server.catalog.model("meta", "meta-llama-3-8b-instruct")
    qtbot.waitUntil(lambda: card.model is not None and card.model.slug == LLAMA, timeout=5_000)
    assert card.title.text() == LLAMA
    assert card.description.text() == llama["description"]
    assert card.runs.text() == runs_text(llama["run_count"])
    assert str(llama["run_count"])[:3] in card.runs.text().replace(".", "")  # e.g. 280.4M for 280402234
    qtbot.waitUntil(lambda: card.takes.text() not in ("", "Looking up…"), timeout=5_000)
    assert "Prompt" in card.takes.text() or "prompt" in card.takes.text()
    assert card.example.text().startswith("Input: ")

    version = llama["latest_version"]["id"]
    qtbot.waitUntil(lambda: card.versions.findData(version) >= 0, timeout=5_000)
    assert card.versions.itemData(0) == ""  # latest by default
    assert card.versions.currentIndex() == 0
    card.versions.setCurrentIndex(card.versions.findData(version))
    assert card.chosen_text() == f"{LLAMA}:{version}"

    qtbot.mouseClick(card.favourite, Qt.MouseButton.LeftButton)
    assert card.favourite.isChecked()
    picker = picker_of(window)
    qtbot.waitUntil(lambda: picker.combo.itemData(0) == LLAMA and picker.favourites == [LLAMA], timeout=5_000)
    assert picker.combo.itemText(0).startswith("★")
    # the catalog's one worker thread takes its calls in order: the favourite is written before this read
    assert await_in_loop(qtbot, window.session.catalog.favourites()) == [LLAMA]

    with qtbot.waitSignal(browser.finished, timeout=5_000):
        qtbot.mouseClick(card.use, Qt.MouseButton.LeftButton)
    wait_model(window, qtbot, ModelRef("meta", "meta-llama-3-8b-instruct", version))
    assert picker.text() == f"{LLAMA}:{version}"

    fill(window, "Tell me about llamas", max_tokens=8)
    live = start(window, qtbot)[0]
    finished = wait_end(window, qtbot, live)
    assert finished.status is RunStatus.SUCCEEDED, finished.problem
    assert "/v1/predictions" in posts(server)  # by version, not by the model's name
    assert f"/v1/models/{LLAMA}/predictions" not in posts(server)
    assert server.predictions.get(live.record.prediction_id).version["id"] == version
    assert live.record.model == f"{LLAMA}:{version}"  # the pinned version is kept with the run


def test_a_favourite_comes_first_in_the_picker_and_in_the_next_window(
    window, qtbot, server, make_window, memory_keyring
):
    browser = open_browser(window, qtbot, server)
    type_in(qtbot, browser.search_field, "whisper")
    qtbot.waitUntil(lambda: WHISPER in rows(browser.results_model), timeout=5_000)
    select_row(qtbot, browser.results, rows(browser.results_model).index(WHISPER))
    qtbot.waitUntil(lambda: browser.card.model is not None and browser.card.model.slug == WHISPER, timeout=5_000)
    picker = picker_of(window)
    assert WHISPER not in [picker.combo.itemData(row) for row in range(picker.combo.count())]
    qtbot.mouseClick(browser.card.favourite, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: picker.combo.itemData(0) == WHISPER, timeout=5_000)
    assert picker.combo.itemText(0) == f"★ {WHISPER}"
    assert picker.text() == LLAMA  # the model chosen stays chosen
    # the catalog's one worker thread takes its calls in order: the favourite is written before this read
    assert await_in_loop(qtbot, window.session.catalog.favourites()) == [WHISPER]
    # the favourites group of the browser lists it
    browser.collections.setCurrentRow(0)
    qtbot.waitUntil(lambda: rows(browser.results_model) == [WHISPER], timeout=5_000)
    # the card's look-ups are done before it closes: an answer arriving just as it closes reaches the
    # deleted card (gui/model_browser.py `_versions`), a race no test here can time
    qtbot.waitUntil(lambda: browser.card.versions.findData(latest_version(server, WHISPER)) >= 0, timeout=5_000)
    browser.reject()

    again = make_window(memory_keyring)
    qtbot.waitUntil(lambda: picker_of(again).combo.itemData(0) == WHISPER, timeout=10_000)
    assert picker_of(again).combo.itemText(0) == f"★ {WHISPER}"


# --- offline -------------------------------------------------------------------------------------
def test_offline_known_models_are_found_from_the_catalog_and_the_browser_says_so(window, qtbot, server):
    picker = picker_of(window)
    type_in(qtbot, picker.line, "whisper")
    online = ranked(server, "whisper")
    qtbot.waitUntil(lambda: rows(picker.matches)[: len(online)] == online, timeout=5_000)
    assert server.searches == ["whisper"]

    stop_server(server)
    type_in(qtbot, picker.line, "whisp")
    qtbot.waitUntil(lambda: set(online) <= set(rows(picker.matches)), timeout=5_000)
    assert rows(picker.matches)[0] == WHISPER
    qtbot.waitUntil(lambda: "did not reach Replicate" in picker.description.text(), timeout=10_000)
    assert "known on this computer" in picker.description.text()
    assert server.searches == ["whisper"]  # the stopped server saw nothing more

    browser = open_browser(window, qtbot)
    qtbot.waitUntil(lambda: "offline" in browser.status.text(), timeout=10_000)
    assert "Replicate cannot be reached" in browser.status.text()
    type_in(qtbot, browser.search_field, "whisper")
    qtbot.waitUntil(lambda: set(online) <= set(rows(browser.results_model)), timeout=5_000)
    assert rows(browser.results_model)[0] == WHISPER
    qtbot.waitUntil(lambda: "did not reach Replicate" in browser.status.text(), timeout=10_000)


def test_typing_never_waits_on_a_slow_search(window, qtbot, server):
    """The catalog answers while Replicate's answer is held: the known model is listed first."""
    release = threading.Event()
    server.search_delay = lambda query: 0.0 if release.wait(10) else 0.0
    picker = picker_of(window)
    type_in(qtbot, picker.line, "meta llama")
    # the window looked the default model up at start: the catalog knows it
    qtbot.waitUntil(lambda: rows(picker.matches)[:1] == [LLAMA], timeout=5_000)
    qtbot.waitUntil(lambda: server.searches == ["meta llama"], timeout=5_000)
    assert not release.is_set()  # listed while Replicate's answer was still held
    release.set()
    qtbot.waitUntil(lambda: rows(picker.matches)[:3] == ranked(server, "meta llama")[:3], timeout=5_000)
