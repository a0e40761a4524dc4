"""A run that succeeded with a file the host would not give: Try again fetches what is missing,
from the same prediction (no new run, nothing fetched twice), and the message goes."""

from PySide6.QtCore import Qt

from core.run_events import RunStatus
from tests.helpers.driving import SDXL, run, wait_shown
from tests.local_replicate.files import file_faults
from tests.local_replicate.poll_faults import PollFaults


def creates(server) -> int:
    return sum(1 for method, path, _auth in server.requests if method == "POST" and path.endswith("/predictions"))


def test_try_again_fetches_the_file_that_failed_and_only_it(window, qtbot, server):
    window.session.downloader.retry_delays = (0.01, 0.01, 0.01)  # the host's refusals come quickly
    faults = file_faults(server)
    faults.statuses = [(503, {})] * 4  # every try of the first file: it is given up
    live = run(window, qtbot, SDXL, "two lighthouses", num_outputs=2, width=64, height=64)
    assert live.finished.status is RunStatus.SUCCEEDED and live.finished.problem is not None
    view = window.outputs.primary()
    panel = wait_shown(window, qtbot, live)
    qtbot.waitUntil(lambda: len(panel.image_cards()) == 1, timeout=5_000)
    assert view.banner.isVisibleTo(window) and "could not be downloaded" in view.banner.text()
    assert view.fetch_again_button.isVisibleTo(window)
    served_before = len(faults.requests)

    with qtbot.waitSignal(window.live.added, timeout=5_000):
        qtbot.mouseClick(view.fetch_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.image_cards()) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: window.live.by_record(live.record_id) is None, timeout=10_000)
    assert not view.banner.isVisibleTo(window) and not view.fetch_again_button.isVisibleTo(window)
    assert creates(server) == 1  # the same prediction, read again: no new run
    assert len(faults.requests) - served_before == 1  # only the file that was missing
    record = qtbot_wait_record(window, qtbot, live.record_id)
    assert record.status is RunStatus.SUCCEEDED and record.error is None and len(record.files) == 2
    assert len(set(record.files)) == 2


def qtbot_wait_record(window, qtbot, record_id):
    from gui.tasks import spawn

    got = []
    spawn(_get(window, record_id, got), "read the run")
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    return got[0]


async def _get(window, record_id, got):
    got.append(await window.session.history.get(record_id))


def test_try_again_while_replicate_cannot_be_reached_leaves_the_run_as_it_was(window, qtbot, server):
    """Offline is when files fail: Try again then must not turn a finished run into a running
    or failed one (the history kept 'starting' and 'Lost contact… goes on at Replicate')."""
    from tests.local_replicate.server import Injected

    window.session.downloader.retry_delays = (0.01, 0.01, 0.01)
    file_faults(server).statuses = [(503, {})] * 4
    live = run(window, qtbot, SDXL, "a lighthouse", num_outputs=2, width=64, height=64)
    view = window.outputs.primary()
    qtbot.waitUntil(view.fetch_again_button.isVisible, timeout=5_000)
    server.injected.extend(Injected(502, "Bad gateway", "down", method="GET") for _ in range(200))
    with qtbot.waitSignal(window.live.added, timeout=5_000):
        qtbot.mouseClick(view.fetch_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.live.by_record(live.record_id) is None, timeout=15_000)
    server.injected.clear()
    record = qtbot_wait_record(window, qtbot, live.record_id)
    assert record.status is RunStatus.SUCCEEDED and len(record.files) == 1
    assert "as it was" in (record.error or ""), record.error
    assert "could not be fetched again" in view.banner.text()
    assert view.fetch_again_button.isVisibleTo(window)  # and it can be tried again later


def test_try_again_follows_a_run_left_going_when_contact_was_lost(window, qtbot, server):
    """Polls failing past the outage limit park the run ("goes on at Replicate"); Try again
    follows it at once, not at the next start: the same prediction, its images, the message gone."""
    server.poll_faults = PollFaults(kinds=["html502"], times=None)  # every poll: a gateway's page
    live = run(window, qtbot, SDXL, "a harbour", expect=RunStatus.STARTING, num_outputs=2, width=64, height=64)
    assert live.finished.detached and "Try again follows it now" in live.finished.problem.message
    view = window.outputs.primary()
    assert view.fetch_again_button.isVisibleTo(window) and "Ask Replicate" in view.fetch_again_button.toolTip()
    server.poll_faults = PollFaults()  # contact is back
    with qtbot.waitSignal(window.live.added, timeout=5_000):
        qtbot.mouseClick(view.fetch_again_button, Qt.MouseButton.LeftButton)
    assert not view.banner.isVisibleTo(window)  # no longer true: it is followed again
    again = window.live.by_record(live.record_id)
    assert again is not None and again is not live
    qtbot.waitUntil(lambda: window.live.by_record(live.record_id) is None, timeout=15_000)
    panel = wait_shown(window, qtbot, again)
    qtbot.waitUntil(lambda: len(panel.image_cards()) == 2, timeout=10_000)
    record = qtbot_wait_record(window, qtbot, live.record_id)
    assert record.status is RunStatus.SUCCEEDED and record.error is None and len(record.files) == 2
    assert creates(server) == 1 and not view.fetch_again_button.isVisibleTo(window)
