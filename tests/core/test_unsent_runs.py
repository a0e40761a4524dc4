"""Runs a session closed on during their create request, found at the next start: their
prediction is looked for on the account (same model and input, around the time the create went
out) and followed, or the run is said plainly not to have run, or that it may have."""

from core.run_events import RunStatus
from core.run_manager import RunManager, RunRequest
from core.session import Session
from core.unsent_runs import NO_TRACE, NOT_CONFIRMED
from tests.conftest import run_async
from tests.helpers.run_manager import LLAMA, reattach_all, request, session_for


async def unsent_row(session: Session, req: RunRequest, created_at: float | None = None, sent_at: float | None = None):
    """A run's row as a crash during its create request leaves it: starting, no prediction id."""
    from core.recorder import RunRecorder

    recorder = RunRecorder.new(session.history, session.outputs, req.info, req.checked.json, req.prompt)
    recorder.record.status = RunStatus.STARTING
    if created_at is not None:
        recorder.record.created_at = created_at
    recorder.record.sent_at = sent_at
    await recorder.start()
    return recorder.run_id


def test_a_run_closed_during_its_create_is_found_on_the_account_and_followed(server, token, tmp_path):
    """The create reached Replicate but its answer never reached the app: the prediction is found in
    the account's list (same model, same input, around the row's time) and followed to its end."""

    async def scenario():
        session = session_for(server, token, tmp_path)
        asked = await request(session, LLAMA, "lost answer", max_tokens=7)
        other = await request(session, LLAMA, "another question", max_tokens=7)
        decoy = await session.replicate.create(other.info, other.checked.json, stream=True)  # other input
        run_id = await unsent_row(session, asked)
        made = await session.replicate.create(asked.info, asked.checked.json, stream=True)  # what the app sent
        await session.replicate.create(other.info, other.checked.json, stream=True)  # made later, other input
        followed = await reattach_all(session)
        record = await session.history.get(run_id)
        await session.history.close()
        return followed, made.id, decoy.id, record

    followed, made, decoy, record = run_async(scenario(), timeout=30)
    assert followed == 1 and record.prediction_id == made != decoy
    assert record.status is RunStatus.SUCCEEDED and record.error is None
    assert record.output_text == "".join(server.predictions.get(made).output)
    assert len(server.predictions.newest_first()) == 3  # followed, never sent again
    assert [p for m, p, _ in server.requests if m == "GET" and p == "/v1/predictions"]  # the account's list


def test_each_prediction_goes_to_one_run_and_old_ones_are_not_taken(server, token, tmp_path):
    import time

    async def scenario():
        session = session_for(server, token, tmp_path)
        asked = await request(session, LLAMA, "same words", max_tokens=3)
        made = await session.replicate.create(asked.info, asked.checked.json, stream=False)
        twins = [await unsent_row(session, asked) for _ in range(2)]  # asked twice, sent once
        old = await unsent_row(session, asked, created_at=time.time() - 3 * 3600)  # the window is long past
        followed = await reattach_all(session)
        rows = [await session.history.get(i) for i in (*twins, old)]
        await session.history.close()
        return followed, made.id, rows

    followed, made, rows = run_async(scenario(), timeout=30)
    assert followed == 1
    assert (rows[0].prediction_id, rows[0].status) == (made, RunStatus.SUCCEEDED)
    assert (rows[1].prediction_id, rows[1].status, rows[1].error) == (None, RunStatus.FAILED, NO_TRACE)
    assert (rows[2].prediction_id, rows[2].status, rows[2].error) == (None, RunStatus.FAILED, NO_TRACE)


def test_when_the_account_cannot_be_asked_the_run_may_have_run(server, token, tmp_path):
    from tests.local_replicate.server import Injected

    async def scenario():
        session = session_for(server, token, tmp_path)
        asked = await request(session, LLAMA, "offline", max_tokens=3)
        run_id = await unsent_row(session, asked)
        server.injected.append(Injected(500, "Internal Server Error", "boom", method="GET"))
        followed = await RunManager(session).reattach_unfinished()
        record = await session.history.get(run_id)
        await session.history.close()
        return followed, record

    followed, record = run_async(scenario(), timeout=30)
    assert followed == 0 and (record.status, record.error) == (RunStatus.FAILED, NOT_CONFIRMED)


def test_a_prediction_whose_input_replicate_removed_is_not_taken_but_leaves_a_doubt(server, token, tmp_path):
    async def scenario():
        session = session_for(server, token, tmp_path)
        asked = await request(session, LLAMA, "long ago", max_tokens=3)
        made = await session.replicate.create(asked.info, asked.checked.json, stream=False)
        server.predictions.remove_data(server.predictions.get(made.id))  # an hour on: input and output gone
        run_id = await unsent_row(session, asked)
        followed = await RunManager(session).reattach_unfinished()
        record = await session.history.get(run_id)
        await session.history.close()
        return followed, record

    followed, record = run_async(scenario(), timeout=30)
    assert followed == 0 and record.prediction_id is None
    assert (record.status, record.error) == (RunStatus.FAILED, NOT_CONFIRMED)  # it may have run: not "no trace"


def test_the_input_kept_matches_what_replicate_received_secrets_and_uploads_aside():
    from core.input_values import SECRET_MASK
    from core.unsent_runs import _same_input

    kept = {"prompt": "x", "api_key": SECRET_MASK, "image": "/home/me/a.png", "frames": ["/tmp/1.png", "https://e/2"]}
    frames = ["https://f/1", "https://e/2"]
    sent = {"prompt": "x", "api_key": "pw", "image": "https://f/a.png", "frames": frames, "n": 1}
    assert _same_input(kept, sent)  # defaults Replicate filled in ("n") do not matter
    assert not _same_input({**kept, "prompt": "y"}, sent)
    assert not _same_input({**kept, "image": "https://elsewhere/a.png"}, sent)
    assert not _same_input(kept, {})  # Replicate removed it


def test_a_run_queued_long_before_its_create_went_out_is_still_found(server, token, tmp_path):
    """It waited 50 minutes for a free slot (or uploaded big files), then the app closed during its
    create: its prediction is looked for around the time the request went out, not its queue time."""
    import time

    async def scenario():
        session = session_for(server, token, tmp_path)
        asked = await request(session, LLAMA, "waited its turn", max_tokens=3)
        now = time.time()
        run_id = await unsent_row(session, asked, created_at=now - 3000, sent_at=now)
        made = await session.replicate.create(asked.info, asked.checked.json, stream=False)
        followed = await reattach_all(session)
        record = await session.history.get(run_id)
        await session.history.close()
        return followed, made.id, record

    followed, made, record = run_async(scenario(), timeout=30)
    assert followed == 1 and record.prediction_id == made
    assert record.status is RunStatus.SUCCEEDED and record.error is None
