"""The fault matrix (tests/helpers/fault_matrix.py), faults of creating a prediction and following
it by polling: a refused create, a community model or one without a version, a create held, the
model stopped by Replicate, polls answered with what is not Replicate's JSON, a token revoked mid-run.
Run it with its other half: `-s tests/gui/test_fault_matrix_*.py | grep MATRIX`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from core.run_events import RunStatus
from core.run_manager import LiveRun
from gui.main_window import MainWindow
from tests.local_replicate.poll_faults import PollFaults
from tests.local_replicate.server import Injected, LocalReplicate
from tests.local_replicate.stream_host import StreamFaults

pytest.register_assert_rewrite("tests.helpers.fault_matrix")  # its checks' failures say what they compared

from tests.helpers.fault_matrix import OK, Expect, Fault, cells, run_cell, serve_stream_faults  # noqa: E402


def _none(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    pass


def _rate_limited(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    server.injected.append(Injected(429, "Too many requests", "slow down", headers={"Retry-After": "1"}))


def _slow_model(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    server.predictions.pace.image_steps = 40
    server.predictions.pace.token_delay = 0.05


def _abort(server: LocalReplicate, live: LiveRun) -> None:
    server.predictions.set_status(str(live.record.prediction_id), "aborted")


def _create_delay(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    server.create_delay = 0.5


def _refused_once(server: LocalReplicate, stream: StreamFaults, kind: str) -> None:
    assert not server.injected  # the 429 was answered, and the create sent again


def _by_version(server: LocalReplicate, stream: StreamFaults, kind: str) -> None:
    posts = [path for method, path, _ in server.requests if method == "POST" and path.endswith("/predictions")]
    assert posts == ["/v1/predictions"]  # its page says it is no official model: no 404 by name first


def _polls_fail_twice(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    server.poll_faults = PollFaults(["html502", "html500"], times=2)  # a gateway's pages, then JSON again


def _polls_cut_twice(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    server.poll_faults = PollFaults(["cut", "text"], times=2)  # a body cut short, then one not JSON


def _polls_html_for_good(server: LocalReplicate, live: LiveRun) -> None:
    server.poll_faults = PollFaults(["html500"], times=None)  # from now on, mid-run


def _polls_cut_for_good(server: LocalReplicate, live: LiveRun) -> None:
    server.poll_faults = PollFaults(["cut"], times=None)


def _slow_image(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    server.predictions.pace.image_steps = 40  # the image runs long enough to lose contact mid-run


def _revoke_token(server: LocalReplicate, window: MainWindow, stream: StreamFaults) -> None:
    server.revoke_token_after = 0.0  # refused from the moment the prediction exists


def _polls_served(*answers: str) -> Callable[[LocalReplicate, StreamFaults, str], None]:
    """The polls began with these answers (the text model polls once its stream has ended)."""

    def check(server: LocalReplicate, stream: StreamFaults, kind: str) -> None:
        served = server.poll_faults.served
        assert served[: len(answers)] == list(answers), served

    return check


def _polled_for_good(fault: str) -> Callable[[LocalReplicate, StreamFaults, str], None]:
    """Every poll since the fault began met it, and the run was polled again (with backoff)."""

    def check(server: LocalReplicate, stream: StreamFaults, kind: str) -> None:
        served = server.poll_faults.served
        assert served.count(fault) >= 2 and set(served[served.index(fault) :]) == {fault}, served

    return check


def _refused_after_create(server: LocalReplicate, stream: StreamFaults, kind: str) -> None:
    polls = [p for m, p, _ in server.requests if m == "GET" and p.startswith("/v1/predictions/")]
    assert not server.tokens and polls  # every poll met the revoked token (401)
    assert server.poll_faults.served == []  # none of them got past the token check


def _nothing_created(server: LocalReplicate, stream: StreamFaults, kind: str) -> None:
    posts = [p for m, p, _ in server.requests if m == "POST" and p.endswith("/predictions")]
    assert posts == []  # refused before any create: its page says it is no official model


GOES_ON = "or Replidesk does at its next start"
FAULTS = [
    Fault("none", _none, OK, OK),
    Fault(
        "429 on create",
        _rate_limited,
        Expect(RunStatus.SUCCEEDED, creates=2),
        Expect(RunStatus.SUCCEEDED, creates=2),
        said="Replicate asks to wait 1 s…",
        met=_refused_once,
    ),
    Fault(
        "aborted",
        _slow_model,
        Expect(RunStatus.CANCELED, "Stopped by Replicate (a deadline was reached)"),
        Expect(RunStatus.CANCELED, "Stopped by Replicate (a deadline was reached)", files_kept=False),
        during=_abort,
    ),
    Fault(
        "community model",
        _none,
        OK,
        OK,
        community=True,
        met=_by_version,
    ),
    Fault("create delay", _create_delay, OK, OK),
    Fault("poll HTML 502/500 twice", _polls_fail_twice, OK, OK, met=_polls_served("html502", "html500", "ok")),
    Fault("poll cut/not JSON twice", _polls_cut_twice, OK, OK, met=_polls_served("cut", "text", "ok")),
    Fault(
        "poll HTML 500 for good",
        _slow_image,
        OK,  # the whole answer had streamed, and `done` said succeeded
        Expect(RunStatus.PROCESSING, GOES_ON, parked=True, files_kept=False),
        during=_polls_html_for_good,
        met=_polled_for_good("html500"),
    ),
    Fault(
        "poll cut for good",
        _slow_image,
        OK,
        Expect(RunStatus.PROCESSING, GOES_ON, parked=True, files_kept=False),
        during=_polls_cut_for_good,
        met=_polled_for_good("cut"),
    ),
    Fault(
        "token revoked mid-run",
        _revoke_token,
        OK,  # the stream (no token needed) brought the whole answer
        Expect(RunStatus.STARTING, "Replicate did not accept the API token", parked=True, files_kept=False),
        met=_refused_after_create,
    ),
    Fault(
        "model without a version",
        _none,
        Expect(RunStatus.FAILED, "has no version to run yet", creates=0, predictions=0),
        Expect(RunStatus.FAILED, "has no version to run yet", creates=0, predictions=0, files_kept=False),
        community=True,  # a model nobody published a version of: on Replicate, not an official one
        no_version=True,
        met=_nothing_created,
    ),
]


@pytest.mark.parametrize(("fault", "kind"), cells(FAULTS))
def test_fault_matrix(
    window: MainWindow, qtbot: Any, server: LocalReplicate, monkeypatch: pytest.MonkeyPatch, fault: Fault, kind: str
) -> None:
    run_cell(window, qtbot, server, serve_stream_faults(monkeypatch), fault, kind)
