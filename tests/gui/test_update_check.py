"""Help → Check for updates, and the check at start that Settings can turn on (issue 14): a real
HTTP server on loopback stands in for GitHub's "latest release" answer."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from core import __version__
from core.updates import RELEASES_PAGE, Release, version_key
from gui.update_check import UpdateCheck


class Releases:
    """What the stand-in answers, and the requests it got."""

    def __init__(self) -> None:
        self.status = 200
        self.body: bytes = b""
        self.requests: list[str] = []

    def latest(self, tag: str, page: str = "https://github.com/replidesk/replidesk/releases/tag/") -> None:
        self.body = json.dumps({"tag_name": tag, "html_url": page + tag if page.endswith("/") else page}).encode()


@pytest.fixture
def releases(monkeypatch: pytest.MonkeyPatch) -> Iterator[Releases]:
    state = Releases()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            self.send_response(state.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(state.body)))
            self.end_headers()
            self.wfile.write(state.body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("REPLIDESK_UPDATES_URL", f"http://127.0.0.1:{server.server_address[1]}/latest")
    yield state
    server.shutdown()
    server.server_close()


def newer_version() -> str:
    key = version_key(__version__)
    assert key is not None
    return f"{key[0]}.{key[1] + 1}.0"


def answer(qtbot, check: UpdateCheck, quietly: bool = False) -> QMessageBox | None:
    check.box = None
    check.check(quietly)
    if quietly:
        qtbot.wait(300)
        return check.box
    qtbot.waitUntil(lambda: check.box is not None, timeout=10_000)
    return check.box


def click_open(box: QMessageBox) -> list[str]:
    """Open the download page as the user does; the URLs the desktop was asked to open."""
    opened: list[str] = []

    class Opener(QObject):
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            opened.append(url.toString())

    opener = Opener()
    QDesktopServices.setUrlHandler("https", opener, "open")  # type: ignore[arg-type]
    try:
        box.findChild(QObject, "openReleasePage").click()
    finally:
        QDesktopServices.unsetUrlHandler("https")
    return opened


def test_versions_compare_as_numbers_and_odd_tags_are_never_offered() -> None:
    assert Release("0.10.0", RELEASES_PAGE).newer_than("0.9.9")
    assert not Release("0.9.9", RELEASES_PAGE).newer_than("0.10.0")
    assert not Release("0.2.0", RELEASES_PAGE).newer_than("0.2.0")
    for tag in ("1.3.0-rc1", "latest", "v1.2", "", "1.2.3.4", "٣.٤.٥"):
        assert version_key(tag) is None


def test_a_newer_release_is_offered_with_its_page(qtbot, qloop, releases) -> None:
    parent = QMessageBox()  # any widget: the box's parent
    qtbot.addWidget(parent)
    check = UpdateCheck(parent)
    releases.latest("v" + newer_version())
    box = answer(qtbot, check)
    assert box is not None and newer_version() in box.text() and __version__ in box.text()
    opened = click_open(box)
    assert opened == [f"https://github.com/replidesk/replidesk/releases/tag/v{newer_version()}"]
    assert releases.requests == ["/latest"]


def test_a_page_elsewhere_is_never_offered(qtbot, qloop, releases) -> None:
    check = UpdateCheck(QMessageBox())
    releases.latest(newer_version(), page="https://github.com.evil.example/replidesk/replidesk/releases/x")
    assert click_open(answer(qtbot, check)) == [RELEASES_PAGE]


@pytest.mark.parametrize(
    ("status", "body", "said"),
    [
        (404, b"{}", "No release has been published yet."),
        (502, b"<html>Bad gateway</html>", "GitHub answered 502. Try again later."),
        (200, b"<html>not json</html>", "GitHub's answer could not be read."),
        (200, b'{"tag_name": "tomorrow"}', "GitHub's answer could not be read."),
    ],
)
def test_a_failed_check_says_why_in_plain_words(qtbot, qloop, releases, status, body, said) -> None:
    check = UpdateCheck(QMessageBox())
    releases.status, releases.body = status, body
    box = answer(qtbot, check)
    assert box is not None and box.windowTitle() == "Could not check for updates" and box.text() == said


def test_the_latest_version_is_said_when_asked_and_nothing_at_start(qtbot, qloop, releases) -> None:
    check = UpdateCheck(QMessageBox())
    releases.latest(__version__)
    box = answer(qtbot, check)
    assert box is not None and "You have the latest version" in box.text()
    assert answer(qtbot, check, quietly=True) is None
    releases.status = 500
    assert answer(qtbot, check, quietly=True) is None  # a failure at start is no news either
    assert len(releases.requests) == 3


def test_no_check_at_start_unless_turned_on_in_settings(make_window, memory_keyring, token, releases, qtbot) -> None:
    memory_keyring.set_password("Replidesk", "replicate-api-token", token)
    releases.latest("v" + newer_version())
    window = make_window(memory_keyring)
    qtbot.waitUntil(lambda: window.composer.info is not None, timeout=10_000)
    qtbot.wait(200)
    assert releases.requests == [] and not window.settings.check_updates()
    window.settings.set_check_updates(True)
    later = make_window(memory_keyring)
    qtbot.waitUntil(lambda: later.updates.box is not None, timeout=10_000)
    assert releases.requests == ["/latest"] and newer_version() in later.updates.box.text()
