"""Runs of the user's deployments (issue 11): listed, looked up as the model version of their
current release, and sent to the deployment's own endpoint; a re-run reads the same target back
from the history. Real HTTP against the local server, real SQLite."""

from __future__ import annotations

from core.model_ref import ModelRef
from core.run_events import RunStatus
from core.run_manager import RunManager, model_info_for
from tests.conftest import run_async
from tests.helpers.run_manager import Events, request, session_for, wait_ended

MY_LLAMA = "deployments/local-tester/my-llama"


def test_the_accounts_deployments_are_listed_as_targets(server, token, tmp_path):
    async def scenario():
        session = session_for(server, token, tmp_path)
        try:
            return await session.models.deployments()
        finally:
            await session.close()

    found = run_async(scenario())
    assert {d.target for d in found} == {MY_LLAMA, "deployments/local-tester/my-sdxl"}
    llama = next(d for d in found if d.target == MY_LLAMA)
    assert llama.deployment and "meta/meta-llama-3-8b-instruct" in llama.description


def test_a_deployment_run_goes_to_the_deployment_endpoint_and_is_kept_as_its_target(server, token, tmp_path):
    async def scenario():
        session = session_for(server, token, tmp_path)
        manager, events = RunManager(session), Events()
        manager.subscribe(events)
        asked = await request(session, MY_LLAMA, "hello from my deployment", max_tokens=12)
        live = await manager.submit(asked)
        [ended] = await wait_ended(events, 1)
        record = await session.history.get(live.record_id)
        again = await model_info_for(session, record)  # what Run again looks up
        await session.close()
        return asked, ended, record, again

    asked, ended, record, again = run_async(scenario())
    assert asked.info.ref == ModelRef("local-tester", "my-llama", deployment=True)
    assert "Your deployment local-tester/my-llama" in asked.info.description
    assert asked.info.prompt_field == "prompt"  # the form is the model's
    assert ended.finished is not None and ended.finished.status is RunStatus.SUCCEEDED
    created = [path for method, path, _auth in server.requests if method == "POST" and "predictions" in path]
    assert created == ["/v1/deployments/local-tester/my-llama/predictions"]
    [prediction] = server.predictions.newest_first()
    assert prediction.deployment == "local-tester/my-llama"
    assert record.model == MY_LLAMA and record.version == asked.info.version_id
    assert again.ref == asked.info.ref
