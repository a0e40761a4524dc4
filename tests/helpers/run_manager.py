"""Driving core's RunManager with no Qt, against the local server: a listener that keeps what it
was told, a signed-in session, a run request as the composer makes it, and waiting for runs' ends."""

import asyncio

from core.input_values import FormValues
from core.model_ref import ModelRef
from core.run_events import RunStatus, StatusChanged, TextAppended
from core.run_manager import LiveRun, RunManager, RunRequest
from core.runner import prepare_input
from core.session import Session
from core.token_store import TokenStore

LLAMA = "meta/meta-llama-3-8b-instruct"


class Events:
    """A listener that keeps what it was told, in order."""

    def __init__(self) -> None:
        self.log: list[tuple[str, int, object]] = []
        self.ended: asyncio.Queue[LiveRun] = asyncio.Queue()

    def run_added(self, live: LiveRun) -> None:
        self.log.append(("added", live.key, None))

    def run_updated(self, live: LiveRun, update: object) -> None:
        self.log.append(("update", live.key, update))

    def run_ended(self, live: LiveRun) -> None:
        self.log.append(("ended", live.key, None))
        self.ended.put_nowait(live)

    def text(self, live: LiveRun) -> str:
        return "".join(u.text for kind, key, u in self.log if key == live.key and isinstance(u, TextAppended))

    def statuses(self, live: LiveRun) -> list[RunStatus]:
        return [u.status for _, key, u in self.log if key == live.key and isinstance(u, StatusChanged)]


def session_for(server, token, tmp_path) -> Session:
    session = Session(TokenStore(), server.base_url, poll_interval=0.02, data=tmp_path / "data")
    session.token = token
    return session


async def request(session: Session, model: str, prompt: str, **values) -> RunRequest:
    info = await session.replicate.model(ModelRef.parse(model))
    form = FormValues(info.fields)
    for name, value in values.items():
        form.set(name, value)
    return RunRequest(info, prepare_input(info, form, prompt), prompt)


async def wait_ended(events: Events, count: int, timeout: float = 20) -> list[LiveRun]:
    return [await asyncio.wait_for(events.ended.get(), timeout) for _ in range(count)]


async def reattach_all(session: Session) -> int:
    """What a next start does with the runs left unfinished: a new manager re-attaches them;
    returns how many it followed, once all have ended."""
    manager, events = RunManager(session), Events()
    manager.subscribe(events)
    followed = await manager.reattach_unfinished()
    await wait_ended(events, followed)
    return followed
