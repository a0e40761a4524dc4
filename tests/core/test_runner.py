"""The core run flow against the local Replicate-compatible server, over real HTTP."""

import pytest

from core.downloads import Downloader
from core.input_values import FormValues
from core.model_ref import ModelRef
from core.replicate_service import ReplicateService
from core.run_events import Created, FileReady, Finished, LogAppended, RunStatus, StatusChanged, TextAppended
from core.runner import Run, file_urls, prepare_input
from tests.conftest import run_async
from tests.local_replicate.outputs import text_tokens
from tests.local_replicate.server import Injected

LLAMA = "meta/meta-llama-3-8b-instruct"


def make_service(server, token):
    return ReplicateService(lambda: token, server.base_url, poll_interval=0.02)


def inputs(info, prompt, **values):
    form = FormValues(info.fields)
    for name, value in values.items():
        form.set(name, value)
    return prepare_input(info, form, prompt)


async def run_model(server, token, tmp_path, ref, prompt, limit=None, on_created=None, **values):
    service = make_service(server, token)
    info = await service.model(ModelRef.parse(ref))
    if limit is not None:
        values["max_tokens"] = limit
    run = Run(service, Downloader(tmp_path), info, inputs(info, prompt, **values))
    updates = []
    async for update in run.updates():
        updates.append(update)
        if isinstance(update, Created) and on_created:
            await on_created(run)
    return run, updates


def test_llama_streams_every_token_in_order(server, token, tmp_path):
    run, updates = run_async(run_model(server, token, tmp_path, LLAMA, "Why is the sky blue?", 40))
    text = "".join(u.text for u in updates if isinstance(u, TextAppended))
    model = server.catalog.model("meta", "meta-llama-3-8b-instruct")
    assert text == "".join(text_tokens("Why is the sky blue?", model["default_example"]["output"], 40))
    assert [u.status for u in updates if isinstance(u, StatusChanged)] == [RunStatus.STARTING, RunStatus.PROCESSING]
    assert updates[-1] == Finished(RunStatus.SUCCEEDED, None, updates[-1].metrics)
    assert updates[-1].metrics["predict_time"] > 0
    assert server.predictions.get(run.prediction_id).input["max_tokens"] == 40


def test_sdxl_image_is_downloaded_at_its_size(server, token, tmp_path):
    run, updates = run_async(run_model(server, token, tmp_path, "stability-ai/sdxl", "a red fox"))
    files = [u for u in updates if isinstance(u, FileReady)]
    assert len(files) == 1
    served = server.predictions.files[f"/files/{run.prediction_id}/out-0.png"]
    assert files[0].path.read_bytes() == served
    assert served[16:24] == (1024).to_bytes(4, "big") * 2  # IHDR width and height: SDXL's defaults
    assert any(isinstance(u, LogAppended) and "100%" in u.text for u in updates)
    assert updates[-1].status is RunStatus.SUCCEEDED


def test_pinned_version_runs_by_version(server, token, tmp_path):
    version = server.catalog.model("stability-ai", "sdxl")["latest_version"]["id"]
    run, updates = run_async(run_model(server, token, tmp_path, f"stability-ai/sdxl:{version}", "x"))
    assert updates[-1].status is RunStatus.SUCCEEDED
    assert ("POST", "/v1/predictions") in [r[:2] for r in server.requests]


def test_cancel_while_streaming_reaches_the_server(server, token, tmp_path):
    """Cancelled mid-stream (some text already shown): the cancel goes to Replicate by id and
    the run ends as canceled with the text so far."""
    server.predictions.pace.token_delay = 0.05

    async def scenario():
        service = make_service(server, token)
        info = await service.model(ModelRef.parse(LLAMA))
        run = Run(service, Downloader(tmp_path), info, inputs(info, "long story", max_tokens=400))
        updates = []
        async for update in run.updates():
            updates.append(update)
            if sum(isinstance(u, TextAppended) for u in updates) == 5:
                await run.cancel()  # the stream is open: this is the mid-run path, not the pre-create one
        return run, updates

    run, updates = run_async(scenario())
    assert updates[-1].status is RunStatus.CANCELED
    texts = [u for u in updates if isinstance(u, TextAppended)]
    assert 5 <= len(texts) < 400  # it stopped well before the end
    on_server = server.predictions.get(run.prediction_id)
    assert on_server.cancel_requested and on_server.status == "canceled"
    assert ("POST", f"/v1/predictions/{run.prediction_id}/cancel") in [r[:2] for r in server.requests]


def test_cancel_before_the_create_is_sent_sends_nothing(server, token, tmp_path):
    async def scenario():
        service = make_service(server, token)
        info = await service.model(ModelRef.parse(LLAMA))
        run = Run(service, Downloader(tmp_path), info, inputs(info, "hi"))
        await run.cancel()  # before anything was created
        return run, [u async for u in run.updates()]

    run, updates = run_async(scenario())
    assert updates[-1] == Finished(RunStatus.CANCELED)  # nothing made: nothing to confirm
    assert run.prediction_id is None and not server.predictions.newest_first()
    assert not [r for r in server.requests if r[0] == "POST"]


def test_model_failure_is_explained(server, token, tmp_path):
    _, updates = run_async(run_model(server, token, tmp_path, "stability-ai/sdxl", "a cat #fail"))
    assert updates[-1].status is RunStatus.FAILED
    assert "out of memory" in updates[-1].problem.message


@pytest.mark.parametrize("status, words", [(500, "servers"), (503, "servers")])
def test_api_failures_on_create_are_explained(server, token, tmp_path, status, words):
    server.injected.append(Injected(status, "Injected", "injected failure"))
    _, updates = run_async(run_model(server, token, tmp_path, LLAMA, "hello"))
    assert updates[-1].status is RunStatus.FAILED
    assert words in updates[-1].problem.message.lower()


def test_invalid_input_names_the_field(server, token, tmp_path):
    async def scenario():
        service = make_service(server, token)
        info = await service.model(ModelRef.parse(LLAMA))
        form = FormValues(info.fields)
        form.values.update(prompt="x", max_tokens="lots")  # what a buggy front end might send
        checked = form.check()
        checked.json["max_tokens"] = "lots"
        run = Run(service, Downloader(tmp_path), info, checked)
        return [u async for u in run.updates()]

    updates = run_async(scenario())
    assert "max_tokens" in updates[-1].problem.message


def test_refused_token_asks_for_a_new_one(server, tmp_path):
    _, updates = run_async(run_model(server, "local-test-token", tmp_path, LLAMA, "hi", 3))
    assert updates[-1].status is RunStatus.SUCCEEDED

    async def with_bad_token():
        service = make_service(server, "wrong-token")
        with pytest.raises(Exception) as caught:
            await service.model(ModelRef.parse(LLAMA))
        return caught.value

    error = run_async(with_bad_token())
    from core.errors import explain

    assert explain(error).needs_token


def test_unreachable_server_is_explained(tmp_path, token):
    async def scenario():
        service = ReplicateService(lambda: token, "http://127.0.0.1:9", poll_interval=0.02)
        with pytest.raises(Exception) as caught:
            await service.model(ModelRef.parse(LLAMA))
        return caught.value

    from core.errors import explain

    assert "could not connect" in explain(run_async(scenario())).message


def test_file_urls_are_found_anywhere_in_an_output():
    output = {"a": ["https://x/1.png", {"b": "http://x/2.wav"}], "c": "text", "d": 3}
    assert file_urls(output) == ["https://x/1.png", "http://x/2.wav"]


def test_local_files_are_uploaded_and_the_model_receives_them(server, token, tmp_path):
    from tests.local_replicate.outputs import png_bytes

    picture = tmp_path / "input picture.png"
    picture.write_bytes(png_bytes(48, 32, seed=9))
    run, updates = run_async(
        run_model(
            server, token, tmp_path, "stability-ai/sdxl", "make it blue", image=str(picture), width=256, height=256
        )
    )
    assert updates[-1].status is RunStatus.SUCCEEDED
    assert [u.file_name for u in updates if type(u).__name__ == "Uploading"] == ["input picture.png"]
    on_server = server.predictions.get(run.prediction_id)
    assert on_server.received_files["image"] == [picture.read_bytes()]
    assert on_server.input["image"].startswith(server.base_url + "/v1/files/")


def test_problems_are_found_before_anything_is_sent(server, token, tmp_path):
    from core.runner import InvalidInput

    async def scenario():
        info = await make_service(server, token).model(ModelRef.parse("stability-ai/sdxl"))
        with pytest.raises(InvalidInput) as caught:
            inputs(info, "a cat", num_outputs=9, image=str(tmp_path / "gone.png"), scheduler="NOPE")
        return caught.value.problems

    problems = run_async(scenario())
    assert problems == {
        "num_outputs": "Number of outputs must be between 1 and 4.",
        "image": "Image: the file “gone.png” was not found. Choose it again.",
        "scheduler": "Scheduler must be one of: DDIM, DPMSolverMultistep, HeunDiscrete, "
        "KarrasDPM, K_EULER_ANCESTRAL, K_EULER, PNDM.",
    }
    assert not [r for r in server.requests if r[0] == "POST"]


def test_reattaching_after_replicate_removed_the_files_says_so(server, token, tmp_path):
    from core.input_values import CheckedInput

    run, updates = run_async(run_model(server, token, tmp_path, "stability-ai/sdxl", "a fox", width=32, height=32))
    server.predictions.files.clear()  # an hour later: Replicate has deleted the outputs

    async def follow_again():
        service = make_service(server, token)
        info = await service.model(ModelRef.parse("stability-ai/sdxl"))
        again = Run(service, Downloader(tmp_path / "again"), info, CheckedInput(), attach_to=run.prediction_id)
        return [u async for u in again.updates()]

    later = run_async(follow_again())
    assert later[-1].status is RunStatus.SUCCEEDED
    assert later[-1].problem.title == "Some outputs are gone"
    assert "deletes them an hour after a run" in later[-1].problem.message


def test_losing_replicate_after_the_prediction_exists_only_detaches(tmp_path, token):
    from core.following import FollowPolicy
    from core.input_values import CheckedInput

    async def follow_offline():
        service = ReplicateService(lambda: token, "http://127.0.0.1:9", poll_interval=0.02)
        info = llama_info()
        quick = FollowPolicy(backoff_first=0.05, outage_limit=0.3)
        run = Run(service, Downloader(tmp_path), info, CheckedInput(), attach_to="still-running", policy=quick)
        return [u async for u in run.updates()]

    last = run_async(follow_offline())[-1]
    assert last.status is not RunStatus.FAILED and last.detached  # parked, never failed
    assert "or Replidesk does at its next start" in last.problem.message


def test_a_failure_before_the_prediction_exists_is_not_detached(tmp_path, token):
    async def create_offline():
        service = ReplicateService(lambda: token, "http://127.0.0.1:9", poll_interval=0.02)
        run = Run(service, Downloader(tmp_path), llama_info(), inputs(llama_info(), "hi"))
        return [u async for u in run.updates()]

    last = run_async(create_offline())[-1]
    assert last.status is RunStatus.FAILED and not last.detached


def llama_info():
    from core.model_info import ModelInfo
    from tests.local_replicate.catalog import Catalog

    model = Catalog.from_fixture().model("meta", "meta-llama-3-8b-instruct")
    version = model["latest_version"]
    return ModelInfo.from_schema(ModelRef.parse(LLAMA), "", version["id"], version["openapi_schema"])


def test_files_returned_inline_as_data_uris_are_saved_as_files(server, token, tmp_path):
    run, updates = run_async(
        run_model(server, token, tmp_path, "stability-ai/sdxl", "a fox #inline", num_outputs=2, width=64, height=48)
    )
    files = [u for u in updates if isinstance(u, FileReady)]
    assert [f.media_type for f in files] == ["image/png", "image/png"]
    assert all(f.path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for f in files)
    output = server.predictions.get(run.prediction_id).output
    assert all(o.startswith("data:image/png;base64,") for o in output)  # the model did return them inline
    assert not any(isinstance(u, TextAppended) for u in updates)  # never shown as text
    assert updates[-1].status is RunStatus.SUCCEEDED


def test_a_file_grown_past_the_limit_since_it_was_checked_is_not_sent(server, token, tmp_path):
    """The size is checked when the run is asked for and again as the file is read to be sent
    (a recording still being written grows in between): nothing past the limit leaves."""
    from tests.local_replicate.outputs import png_bytes

    picture = tmp_path / "growing.png"
    picture.write_bytes(png_bytes(48, 32, seed=3))

    async def scenario():
        service = make_service(server, token)
        info = await service.model(ModelRef.parse("stability-ai/sdxl"))
        checked = inputs(info, "make it blue", image=str(picture))
        service.max_upload_bytes = 100  # as if the file had grown past the limit since
        run = Run(service, Downloader(tmp_path / "out"), info, checked)
        return [update async for update in run.updates()]

    updates = run_async(scenario())
    assert updates[-1].status is RunStatus.FAILED
    assert "has grown past" in updates[-1].problem.message and "growing.png" in updates[-1].problem.message
    assert not [r for r in server.requests if r[0] == "POST"]  # no upload, no prediction
