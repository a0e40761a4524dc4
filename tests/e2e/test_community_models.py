"""Community models as Replicate has them: only official models run by name; any other answers
`404 {"detail", "status"}` (no title) there and runs by version. The model's page says which it
is (`is_official`): the app sends a community model's run by its latest version at once, and
tries the name first only when it does not know (a model opened from the history offline)."""

import asyncio

import httpx
import pytest
import replicate
from replicate.exceptions import ReplicateError

from core.input_values import FormValues
from core.model_ref import ModelRef
from core.run_events import RunStatus
from core.run_manager import LiveRun, RunManager, RunRequest
from core.runner import prepare_input
from core.session import Session
from core.token_store import TokenStore
from tests.conftest import run_async

COMMUNITY_TEXT = "kcaverly/deepseek-coder-6.7b-instruct"
COMMUNITY_IMAGE = "stability-ai/stable-diffusion"
OFFICIAL = "meta/meta-llama-3-8b-instruct"


class Ended:
    def __init__(self) -> None:
        self.queue: asyncio.Queue[LiveRun] = asyncio.Queue()

    def run_added(self, live: LiveRun) -> None:
        pass

    def run_updated(self, live: LiveRun, update: object) -> None:
        pass

    def run_ended(self, live: LiveRun) -> None:
        self.queue.put_nowait(live)


def run_as_the_app_does(server, token, tmp_path, model: str, prompt: str, **values):
    """One run through the app's own core (RunManager → Run → ReplicateService → official client)."""

    async def scenario():
        session = Session(TokenStore(), server.base_url, poll_interval=0.02, data=tmp_path / "data")
        session.token = token
        info = await session.replicate.model(ModelRef.parse(model))
        form = FormValues(info.fields)
        for name, value in values.items():
            form.set(name, value)
        manager, ended = RunManager(session), Ended()
        manager.subscribe(ended)
        server.requests.clear()  # count only what the run sends
        live = await manager.submit(RunRequest(info, prepare_input(info, form, prompt), prompt))
        await asyncio.wait_for(ended.queue.get(), 30)
        record = await session.history.get(live.record_id)
        await session.history.close()
        return info, live, record

    return run_async(scenario(), timeout=60)


def creates(server) -> list[str]:
    return [path for method, path, _ in server.requests if method == "POST" and path.endswith("/predictions")]


@pytest.mark.parametrize(
    ("model", "prompt", "values"),
    [
        (COMMUNITY_TEXT, "Write hello in Rust", {"max_new_tokens": 8}),
        (COMMUNITY_IMAGE, "a lighthouse", {"width": 128, "height": 128}),
    ],
)
def test_a_community_model_runs_by_its_version_with_one_request(server, token, tmp_path, model, prompt, values):
    info, live, record = run_as_the_app_does(server, token, tmp_path, model, prompt, **values)
    assert info.official is False
    assert creates(server) == ["/v1/predictions"]  # no 404 by name first
    [prediction] = server.predictions.newest_first()  # a single prediction, of the latest version
    assert prediction.model_name == model and prediction.version["id"] == info.version_id
    assert record.prediction_id == prediction.id and record.status is RunStatus.SUCCEEDED
    assert live.finished is not None and live.finished.problem is None
    assert record.output_text or record.files  # the model's answer reached the history


def test_an_official_model_runs_by_name_with_one_request(server, token, tmp_path):
    info, _, record = run_as_the_app_does(server, token, tmp_path, OFFICIAL, "hello", max_tokens=4)
    assert info.official is True
    assert creates(server) == [f"/v1/models/{OFFICIAL}/predictions"]
    assert record.status is RunStatus.SUCCEEDED and len(server.predictions.newest_first()) == 1


def test_a_model_not_known_to_be_official_is_tried_by_name_then_by_version(server, token):
    """Opened from the history offline, a model's page is not known: the 404 by name, then the
    version, one prediction."""
    from dataclasses import replace

    async def scenario():
        session = Session(TokenStore(), server.base_url, poll_interval=0.02)
        session.token = token
        info = replace(await session.replicate.model(ModelRef.parse(COMMUNITY_TEXT)), official=None)
        server.requests.clear()
        form = FormValues(info.fields)
        form.set("max_new_tokens", 4)
        state = await session.replicate.create(info, prepare_input(info, form, "hello").json, stream=False)
        return info, state

    info, state = run_async(scenario(), timeout=60)
    assert creates(server) == [f"/v1/models/{COMMUNITY_TEXT}/predictions", "/v1/predictions"]
    [prediction] = server.predictions.newest_first()
    assert prediction.id == state.id and prediction.version["id"] == info.version_id


def test_the_local_server_answers_a_community_model_by_name_as_replicate_does(server, token):
    headers = {"Authorization": f"Bearer {token}"}
    answer = httpx.post(
        f"{server.base_url}/v1/models/{COMMUNITY_IMAGE}/predictions", json={"input": {"prompt": "x"}}, headers=headers
    )
    assert answer.status_code == 404
    assert answer.json() == {"detail": "The requested resource could not be found.", "status": 404}  # no title
    assert server.predictions.newest_first() == []  # nothing was made
    client = replicate.Client(api_token=token, base_url=server.base_url)
    with pytest.raises(ReplicateError) as caught:
        client.models.predictions.create(model=COMMUNITY_IMAGE, input={"prompt": "x"})
    assert caught.value.status == 404
    version = client.models.get(COMMUNITY_IMAGE).latest_version.id
    made = client.predictions.create(version=version, input={"prompt": "x", "width": 64, "height": 64})
    assert made.model == COMMUNITY_IMAGE and made.status == "starting"
