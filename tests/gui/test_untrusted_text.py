"""Model output, model metadata and server messages are untrusted (issue 9): rendering them
reads no local file and loads nothing, and long text keeps the window responsive.

"Reads nothing" is measured: a 300 MB sparse file (no disk used) is the bait, and the
process's `rchar` (/proc/self/io) must not grow by anything near its size."""

from __future__ import annotations

import asyncio
import random
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QObject, QPoint, QSize, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot
from replicate.exceptions import ReplicateError

from bench.gaps import GapRecorder
from core.input_fields import FieldKind, InputField
from core.model_info import ModelInfo
from core.model_ref import ModelRef
from gui.error_reporting import install_exception_hook
from gui.file_views import FileCard, ValueView
from gui.image_view import ImageCard
from gui.input_form import InputForm
from gui.model_picker import ModelPicker
from gui.output_panel import OutputPanel
from gui.text_view import TextView
from gui.token_dialog import TokenDialog
from tests.helpers.reading import assert_reads_nothing
from tests.local_replicate.files import wav_bytes

GAP_LIMIT_MS = 1000.0  # generous, for noisy CI machines; the tight figures are in bench/long_text.py
RELATIVE = "<img src=bait.bin>"  # a relative name: Qt resolves it against the working folder
W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True)
def _loop(qloop: asyncio.AbstractEventLoop) -> asyncio.AbstractEventLoop:
    """Output panels count words and add files in tasks: every test here has a running loop."""
    return qloop


def shown(qtbot: QtBot, widget: W) -> W:
    """Show, lay out and paint a widget: what loads resources happens by now."""
    qtbot.addWidget(widget)
    widget.resize(640, 420)
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab()
    QApplication.processEvents()
    return widget


def render(qtbot: QtBot, *tokens: str) -> TextView:
    view = TextView()
    qtbot.addWidget(view)
    view.resize(640, 420)
    view.show()
    for token in tokens:
        view.append(token)
    view.flush()
    view.finish()
    view.grab()
    QApplication.processEvents()
    return view


def anchors(view: TextView) -> Iterator[tuple[str, QPoint]]:
    """Every link in the view, with a point inside it on the viewport."""
    block = view.document().begin()
    while block.isValid():
        for item in block:  # type: ignore[attr-defined]  # PySide6 iterates a block's fragments
            fragment = item.fragment()
            if fragment.charFormat().isAnchor():
                cursor = QTextCursor(view.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                yield fragment.charFormat().anchorHref(), view.cursorRect(cursor).center()
        block = block.next()


# --- the answer's text --------------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "Here is ![pic]({url}) for you",
        "text <img src='{url}'/> more\n\n<p><img src=\"{url}\"/></p>",
        "A reference: ![pic][bait]\n\nAnd a shortcut: ![bait]\n\n[bait]: {url}\n",
        '- a list with ![pic]({url})\n- and <img src="{url}">\n\n> quoted ![q]({url})\n',
    ],
    ids=["markdown-image", "html-img", "reference-images", "nested-images"],
)
def test_an_answer_naming_a_local_file_reads_nothing(qtbot: QtBot, bait: str, template: str) -> None:
    text = template.format(url=bait)
    view = assert_reads_nothing(lambda: render(qtbot, *[text[i : i + 7] for i in range(0, len(text), 7)]))
    assert_reads_nothing(lambda: (view.show_as(False), view.grab(), view.show_as(True), view.grab()))


def test_a_local_file_never_enters_the_document(qtbot: QtBot, tmp_path: Path) -> None:
    marker = tmp_path / "secret.txt"
    marker.write_text("MARKER-" + "7" * 40)
    urls = [QUrl.fromLocalFile(str(marker)).toString(), "file:///etc/hostname", "qrc:/styles/app.qss"]
    text = "\n\n".join(f"![i]({url}) <img src='{url}'> [l]({url})" for url in urls)
    view = render(qtbot, text)
    secrets = [marker.read_bytes()]
    if Path("/etc/hostname").is_file() and Path("/etc/hostname").read_bytes().strip():
        secrets.append(Path("/etc/hostname").read_bytes().strip())
    document = view.document()
    shown_text = (document.toHtml() + document.toPlainText()).encode()
    for url in urls:
        for kind in QTextDocument.ResourceType:
            loaded = document.resource(kind, QUrl(url))
            raw = loaded.data() if hasattr(loaded, "data") else str(loaded or "").encode()
            assert not any(secret in raw for secret in secrets), (url, kind)
    assert not any(secret in shown_text for secret in secrets)


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


SCHEMES = ("file", "qrc", "data", "javascript", "http", "https", "ftp")


@pytest.fixture
def opened() -> Iterator[Opened]:
    """Every URL the app asks the desktop to open, instead of opening it."""
    recorder = Opened()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, recorder, "handle")  # type: ignore[arg-type]  # str at run time
    yield recorder
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


def test_clicking_links_opens_only_web_addresses(qtbot: QtBot, bait: str, opened: Opened) -> None:
    text = (
        f"[local]({bait}) ![pic]({bait}) [web](https://example.com/a) [js](javascript:alert(1)) "
        "[data](data:text/html,hi) [qrc](qrc:/icons/app.png) [ftp](ftp://example.com/f)"
    )
    view = assert_reads_nothing(lambda: render(qtbot, text))
    found = dict(anchors(view))
    assert {"https://example.com/a", bait} <= set(found)
    for point in found.values():

        def click(point: QPoint = point) -> None:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)

        assert_reads_nothing(click)
    assert opened.urls == ["https://example.com/a"]


def test_images_become_links_and_html_stays_text_while_code_stays_as_written(qtbot: QtBot) -> None:
    answer = (
        "Look: ![a cat](https://example.com/cat.png) and <b>bold</b>\n\n![](https://example.com/x.png)\n\n"
        "Write `![alt](src)` for an image:\n\n```markdown\n![alt](src)\n```\n"
    )
    view = render(qtbot, answer)
    links = [href for href, _point in anchors(view)]
    assert links.count("https://example.com/cat.png") == 1 and "https://example.com/x.png" in links
    plain = view.toPlainText()
    assert "a cat" in plain and "<b>bold</b>" in plain
    assert plain.count("![alt](src)") == 2 and view.code_blocks == ["![alt](src)"]
    assert "<img" not in view.document().toHtml()


def test_words_are_counted_as_str_split_counts_them() -> None:
    from gui.markdown_text import WIDE_SPACES, count_words

    assert WIDE_SPACES == "".join(c for c in map(chr, range(128, 0x110000)) if c.isspace())
    rng = random.Random(5)
    alphabet = "ab \n\t\x1c\x1f\xa0\u3000\u2028é漢\x85\ud800"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert count_words(text) == len(text.split()), repr(text)


def test_single_newlines_stay_line_breaks_without_breaking_tables_lists_or_code(qtbot: QtBot) -> None:
    answer = (
        "Roses are red\nviolets are blue\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "```python\nx = 1  \ny = 2\n```\n"
    )
    view = render(qtbot, answer)
    lines = view.toPlainText().splitlines()
    assert "Roses are red" in lines and "violets are blue" in lines
    html = view.document().toHtml()
    assert "<table" in html and "<li" in html
    assert view.code_blocks == ["x = 1  \ny = 2"]
    assert view.raw() == answer


# --- other widgets showing what a model, its author or a server wrote ----------------------


def hostile_model(url: str) -> ModelInfo:
    img = f"<img src='{url}'>"
    fields = (
        InputField("prompt", "Prompt", FieldKind.LONG_TEXT, description=img, order=0),
        InputField("style", img, FieldKind.TEXT, description=img + " the style", order=1),
        InputField("mode", "Mode", FieldKind.CHOICE, description=img, choices=(img, "b"), order=2),
        InputField("image", "Image", FieldKind.FILE, description=img, order=3),
        InputField("steps", "Steps", FieldKind.INTEGER, description=img, has_default=True, default=4, order=4),
    )
    return ModelInfo(ModelRef("probe", "hostile"), img, "v1", fields, example_input={"image": RELATIVE})


def test_a_model_schema_and_description_read_nothing(qtbot: QtBot, bait: str) -> None:
    info = hostile_model(bait)

    def build() -> None:
        form = shown(qtbot, InputForm())
        form.set_model(info)
        form.fill(info.example_input or {})
        form.grab()
        for widget in form.findChildren(QWidget):
            if widget.toolTip():
                QToolTip.showText(widget.mapToGlobal(QPoint(2, 2)), widget.toolTip(), widget)
                QApplication.processEvents()
        QToolTip.hideText()
        picker = shown(qtbot, ModelPicker([]))
        picker.show_description(info.description)
        picker.grab()
        picker.show_problem(info.description)
        picker.grab()

    assert_reads_nothing(build)


def test_output_cards_and_values_read_nothing(qtbot: QtBot, bait: str, tmp_path: Path) -> None:
    named = tmp_path / f"{RELATIVE}.txt"
    named.write_text("x")
    picture = tmp_path / f"{RELATIVE}.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(picture))  # PNG, from the suffix
    img = f"<img src='{bait}'>"

    def build() -> None:
        shown(qtbot, FileCard(named, img))
        shown(qtbot, ImageCard(picture, image, QSize(8, 8)))
        shown(qtbot, ValueView(img))
        shown(qtbot, ValueView({"caption": img, "list": [img, RELATIVE]}))

    assert_reads_nothing(build)


def test_media_card_name_reads_nothing(qtbot: QtBot, bait: str, tmp_path: Path) -> None:
    media_view = pytest.importorskip("gui.media_view", reason="Qt Multimedia (PySide6-Addons) is not installed")
    sound = tmp_path / f"{RELATIVE}.wav"
    sound.write_bytes(wav_bytes(0.1, 330))
    assert_reads_nothing(lambda: shown(qtbot, media_view.MediaCard(sound, False)))


def test_server_messages_read_nothing(qtbot: QtBot, qloop: asyncio.AbstractEventLoop, bait: str) -> None:
    detail = f"<img src='{bait}'> denied"

    class RefusingSession:
        async def sign_in(self, _token: str) -> None:
            raise ReplicateError(status=403, detail=detail)

    parent = shown(qtbot, QWidget())
    dialog = TokenDialog(RefusingSession(), detail, parent)  # type: ignore[arg-type]
    assert_reads_nothing(lambda: shown(qtbot, dialog))
    dialog.token_input.setText("r8_x")
    dialog.check_and_store()
    qtbot.waitUntil(lambda: "denied" in dialog.message.text())
    assert_reads_nothing(lambda: (dialog.grab(), QApplication.processEvents()))

    previous = sys.excepthook
    install_exception_hook(lambda: parent)
    try:
        error = ReplicateError(status=403, detail=detail)
        assert_reads_nothing(lambda: (sys.excepthook(type(error), error, None), QApplication.processEvents()))
    finally:
        sys.excepthook = previous
    box = parent.findChild(QMessageBox, "errorBox")
    assert box is not None and "<img" in box.text()
    assert_reads_nothing(lambda: (box.grab(), QApplication.processEvents()))


# --- values -------------------------------------------------------------------------------


def test_a_huge_string_in_a_value_is_elided_on_screen_and_copied_whole(qtbot: QtBot) -> None:
    huge = "A" * 5_000_000
    view = shown(qtbot, ValueView({"data": huge, "n": 1}))
    item = view.tree.topLevelItem(0)
    assert item is not None and 0 < len(item.text(1)) <= 10_000
    assert view.as_json().count("A") == len(huge)


def test_a_deeply_nested_value_shows_a_note_instead_of_failing(qtbot: QtBot) -> None:
    value: Any = "bottom"
    for depth in range(900):
        value = {"level": value} if depth % 2 else [value]
    view = shown(qtbot, ValueView(value))
    item: QTreeWidgetItem | None = view.tree.topLevelItem(0)
    depth = 1
    while item is not None and item.childCount():
        item, depth = item.child(0), depth + 1
    assert item is not None and 10 <= depth < 900
    assert "deep" in (item.text(0) + item.text(1)).lower()
    assert "bottom" in view.as_json()


# --- long text ----------------------------------------------------------------------------


def prose(size: int, newlines: bool) -> str:
    rng = random.Random(9)
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9))) for _ in range(400)]
    parts, total = [], 0
    while total < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(6, 30))) + (".\n" if newlines else ". ")
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)[:size]


def panel_shown(qtbot: QtBot) -> OutputPanel:
    panel = OutputPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def stream(qtbot: QtBot, panel: OutputPanel, text: str, chunk: int) -> None:
    """Feed the text the way a stream arrives: one chunk every event-loop turn."""
    pieces = iter(range(0, len(text), chunk))
    state = {"done": False}

    def feed() -> None:
        start = next(pieces, None)
        if start is None:
            state["done"] = True
            feeder.stop()
        else:
            panel.append_text(text[start : start + chunk])

    feeder = QTimer(interval=0)
    feeder.timeout.connect(feed)
    feeder.start()
    qtbot.waitUntil(lambda: state["done"], timeout=240_000)


def finish_and_wait(qtbot: QtBot, panel: OutputPanel, text: str, words: int) -> None:
    panel.finish({})
    qtbot.waitUntil(lambda: not panel.text.pending(), timeout=240_000)
    assert panel.plain_text() == text
    # "1 word", "2 words" once the English plurals are loaded; "2 word(s)" without them
    qtbot.waitUntil(
        lambda: (
            panel.words.text().split(" ")[:2] in ([str(words), "word"], [str(words), "words"])
            or panel.words.text() == f"{words} word(s)"
        ),
        timeout=30_000,
    )


@pytest.mark.parametrize(
    "text",
    [
        "".join(random.Random(1).choice(string.ascii_letters + string.digits) for _ in range(1_000_000)),
        prose(1_000_000, newlines=False),
    ],
    ids=["no-spaces", "prose"],
)
def test_a_one_megabyte_line_streams_without_freezing(qtbot: QtBot, text: str) -> None:
    panel, words = panel_shown(qtbot), len(text.split())
    beat = GapRecorder()
    beat.start()
    stream(qtbot, panel, text, 1024)
    finish_and_wait(qtbot, panel, text, words)
    assert max(beat.stop()) < GAP_LIMIT_MS  # the longest time the window could not react


@pytest.mark.parametrize("newlines", [True, False], ids=["lines", "one-line"])
def test_a_20_megabyte_answer_streams_and_reopens_without_freezing(qtbot: QtBot, newlines: bool) -> None:
    text = prose(20_000_000, newlines)
    panel, words = panel_shown(qtbot), len(text.split())
    beat = GapRecorder()
    beat.start()
    stream(qtbot, panel, text, 64 * 1024)
    finish_and_wait(qtbot, panel, text, words)
    panel.clear()  # reopened from the history: the whole answer at once
    panel.append_text(text)
    finish_and_wait(qtbot, panel, text, words)
    assert max(beat.stop()) < GAP_LIMIT_MS  # the longest time the window could not react


def test_a_five_megabyte_string_value_is_shown_without_freezing(qtbot: QtBot) -> None:
    text = "data:application/octet-stream;base64," + "QUJD" * 1_250_000
    panel, words = panel_shown(qtbot), len(text.split())
    beat = GapRecorder()
    beat.start()
    panel.show_value(text)
    finish_and_wait(qtbot, panel, text, words)
    assert max(beat.stop()) < GAP_LIMIT_MS  # the longest time the window could not react
