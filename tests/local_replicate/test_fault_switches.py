"""The fault switches of polling, of a revoked token and of a model without a version, armed as
`python -m tests.local_replicate` arms them and met over plain HTTP (the fault matrix,
tests/gui/test_fault_matrix_*.py, meets them through the window)."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.local_replicate.__main__ import arrange, parse
from tests.local_replicate.server import LocalReplicate

LLAMA = "meta/meta-llama-3-8b-instruct"


def test_the_polling_token_and_version_switches(server: LocalReplicate, token: str) -> None:
    """`--poll-fault`, `--no-version` and `--revoke-token-after`, each met over plain HTTP."""
    switches = "--poll-fault html502,cut --poll-fault-times 2 --poll-fault-after 1"
    said = arrange(server, parse([*switches.split(), "--no-version", "stability-ai/stable-diffusion"]))
    assert len(said) == 2
    auth = {"Authorization": f"Bearer {token}"}
    model = httpx.get(f"{server.base_url}/v1/models/stability-ai/stable-diffusion", headers=auth).json()
    assert model["latest_version"] is None
    by_name = httpx.post(
        f"{server.base_url}/v1/models/stability-ai/stable-diffusion/predictions", json={"input": {}}, headers=auth
    )
    assert by_name.status_code == 404 and not server.predictions.newest_first()

    def create() -> dict:
        body = {"input": {"prompt": "x", "max_tokens": 2}}
        return httpx.post(f"{server.base_url}/v1/models/{LLAMA}/predictions", json=body, headers=auth).json()

    made = create()
    url = made["urls"]["get"]
    assert httpx.get(url, headers=auth).json()["id"] == made["id"]  # the first poll: as usual
    page = httpx.get(url, headers=auth)
    assert page.status_code == 502 and page.text.startswith("<html>")
    with pytest.raises(httpx.RemoteProtocolError):  # cut short: Content-Length promised more
        httpx.get(url, headers=auth)
    assert httpx.get(url, headers=auth).json()["id"] == made["id"]  # two faults, then as usual
    assert server.poll_faults.served == ["ok", "html502", "cut", "ok"]

    assert arrange(server, parse(["--revoke-token-after", "0"]))
    url = create()["urls"]["get"]
    deadline = time.monotonic() + 5
    while httpx.get(url, headers=auth).status_code != 401 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert httpx.get(url, headers=auth).status_code == 401  # revoked once the prediction existed
