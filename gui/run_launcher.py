"""From a press of Run to runs: everything that can be checked is checked before anything is
sent (model, prompt, token, each input), a follow-up carries its conversation, no file leaves
the computer that the user did not pick in this session without asking, and comparisons and
batches become one run per model or per prompt."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from core.conversation import Turn, chat_style, conversation_inputs
from core.errors import Problem, UserError, explain, prompt_missing, token_missing
from core.history import RunRecord
from core.input_fields import FieldKind
from core.input_values import FormValues
from core.model_info import ModelInfo
from core.model_ref import ModelRef
from core.run_manager import LiveRun, RunManager, RunRequest, model_info_for
from core.runner import InvalidInput, prepare_input

from .composer import ComposerState
from .model_controller import ModelController
from .output_stack import COMPARE_GROUP
from .questions import confirm_many, confirm_uploads

CONFIRM_ABOVE = 4  # more predictions than this at once are confirmed first
CONVERSATION_FIELDS = ("prompt_template", "messages")  # built from the turns: never reused as typed


class RunLauncher(QObject):
    started = Signal(object)  # list[LiveRun]: the runs of one press, shown at once
    problem = Signal(object)  # Problem, for the composer
    field_problems = Signal(dict)  # field name -> what is wrong
    token_needed = Signal(str)  # the reason to ask for the token
    needs_fixing = Signal(object, dict)  # RunRecord whose inputs must be fixed in the composer; problems

    def __init__(
        self,
        manager: RunManager,
        models: ModelController,
        remembered: Callable[[str], dict[str, Any]],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.manager = manager
        self.session = manager.session
        self.models = models
        self.remembered = remembered
        self.dialog_parent = dialog_parent
        self.picked: set[Path] = set()  # files the user chose in this session: sent without asking
        self.waiting_for_token: ComposerState | None = None

    def note_picked(self, path: Path) -> None:
        self.picked.add(path.expanduser().resolve())

    # --- the composer's Run --------------------------------------------------------------
    async def launch(self, state: ComposerState) -> list[LiveRun]:
        try:
            request = await self._request(state, state.prompt)
        except Exception as error:  # told in the composer: nothing was sent
            self._refused(error, state)
            return []
        return await self._start([request])

    async def compare(self, state: ComposerState, models: list[str]) -> list[LiveRun]:
        """One prompt and the shared inputs sent to each model, to be seen side by side."""
        group = f"{COMPARE_GROUP}{uuid.uuid4().hex}"
        try:
            requests = [await self._shared_request(state, name, group) for name in models]
        except Exception as error:
            self._refused(error, state)
            return []
        return await self._start(requests)

    async def batch(self, state: ComposerState, repeat: int, per_line: bool) -> list[LiveRun]:
        """The same run `repeat` times (new seeds where the model has one), or one per line."""
        group = f"batch:{uuid.uuid4().hex}"
        prompts = [line.strip() for line in state.prompt.splitlines() if line.strip()] if per_line else []
        try:
            if per_line and not prompts:
                raise prompt_missing()
            requests = [await self._request(state, prompt, group) for prompt in prompts or [state.prompt] * repeat]
            if not per_line and repeat > 1:
                requests = [_with_new_seed(r) for r in requests]
        except Exception as error:
            self._refused(error, state)
            return []
        return await self._start(requests)

    # --- a past run ----------------------------------------------------------------------
    async def run_again(self, record: RunRecord) -> list[LiveRun]:
        """A new run with the same inputs (a turn of a conversation: the same question again).
        Inputs that cannot be sent as they are (a secret, a file from another computer) go to
        the composer to be fixed."""
        try:
            info = await model_info_for(self.session, record)
            self.models.remember(info)
            values = FormValues(info.fields)
            values.fill(record.inputs)
            checked = values.check()
            if checked.problems:  # a secret to type again, a file to choose: in the composer
                self.needs_fixing.emit(record, checked.problems)
                self.problem.emit(InvalidInput(checked.problems).problem)
                return []
            if not self.session.token:
                raise token_missing()
        except Exception as error:
            self._refused(error, None)
            return []
        return await self._start([RunRequest(info, checked, record.prompt, record.parent_id, record.group_id)])

    @staticmethod
    def reusable_inputs(record: RunRecord) -> dict[str, Any]:
        """A past run's inputs as the composer should take them: a follow-up's conversation is
        rebuilt from its turns when sent again, so its built form is left out."""
        if record.parent_id is None:
            return dict(record.inputs)
        return {k: v for k, v in record.inputs.items() if k not in CONVERSATION_FIELDS}

    # --- building requests ---------------------------------------------------------------
    async def _request(self, state: ComposerState, prompt: str, group: str | None = None) -> RunRequest:
        ref = ModelRef.parse(state.model_text)  # a mistyped name is told before any request
        known = self.models.known(state.model_text)
        if known is not None:
            known.require_prompt(prompt)
        if not self.session.token:
            raise token_missing()
        info = await self.models.resolve(str(ref))
        values = state.values if state.info is info else self._fresh_values(info)
        shown_prompt = prompt if info.prompt_field else ""  # a model that takes no prompt records none
        checked = prepare_input(info, values, shown_prompt)
        follow = state.follow_up if group is None and _continues(state.follow_up, info) else None
        turns: list[Turn] = []
        if follow is not None and follow.id is not None:
            turns = [Turn(r.prompt, r.output_text) for r in await self.session.history.thread(follow.id)]
        checked.json = conversation_inputs(info, checked.json, shown_prompt, turns)
        return RunRequest(info, checked, shown_prompt, follow.id if follow else None, group)

    async def _shared_request(self, state: ComposerState, name: str, group: str) -> RunRequest:
        """The composer's prompt and every input the other model also has, of the same kind."""
        info = await self.models.resolve(name)
        own = state.info.fields if state.info is not None else ()
        kinds = {f.name: f.kind for f in own}
        values = FormValues(info.fields)
        for field in info.fields:
            if field.name in state.values.values and kinds.get(field.name) is field.kind:
                values.set(field.name, state.values.values[field.name])
        shared = ComposerState(name, state.prompt, values, info, None)
        return await self._request(shared, state.prompt, group)

    def _fresh_values(self, info: ModelInfo) -> FormValues:
        """The inputs a model named but not shown yet would get: what was kept from last time."""
        values = FormValues(info.fields)
        for name, value in self.remembered(info.ref.slug).items():
            values.set(name, value)
        return values

    # --- sending -------------------------------------------------------------------------
    async def _start(self, requests: list[RunRequest]) -> list[LiveRun]:
        unpicked = sorted(
            {p for r in requests for paths in r.checked.uploads.values() for p in paths if not self._picked(p)}
        )
        if unpicked and not await confirm_uploads(self.dialog_parent, unpicked):
            self.problem.emit(
                Problem(
                    self.tr("Nothing was sent"), self.tr("The run was not started: its files stay on your computer.")
                )
            )
            return []
        if len(requests) > CONFIRM_ABOVE:
            model = str(requests[0].info.ref)
            last = await self.session.history.last_duration(model)
            if not await confirm_many(self.dialog_parent, len(requests), model, last):
                return []
        try:
            started = [await self.manager.submit(request) for request in requests]
        except UserError as error:  # a history that cannot record runs (newer, read-only): nothing sent
            self.problem.emit(error.problem)
            return []
        self.started.emit(started)
        return started

    def _picked(self, path: Path) -> bool:
        return path.expanduser().resolve() in self.picked

    def _refused(self, error: BaseException, state: ComposerState | None) -> None:
        if isinstance(error, InvalidInput):
            self.field_problems.emit(error.problems)
        problem = explain(error, state.model_text.strip() if state else None)
        self.problem.emit(problem)
        if problem.needs_token:
            self.waiting_for_token = state
            self.token_needed.emit(problem.message)


def _continues(record: RunRecord | None, info: ModelInfo) -> bool:
    """Whether a run replies to `record`: a conversation turn of this very model."""
    if record is None or chat_style(info) is None:
        return False
    try:
        return ModelRef.parse(record.model).slug == info.ref.slug
    except UserError:
        return False


def _with_new_seed(request: RunRequest) -> RunRequest:
    seed = next((f for f in request.info.fields if f.kind is FieldKind.INTEGER and "seed" in f.name.lower()), None)
    if seed is None:
        return request  # without a seed the model varies by itself, or not at all
    low = int(seed.minimum) if seed.minimum is not None else 0
    high = int(seed.maximum) if seed.maximum is not None else 2**31 - 1
    request.checked.json[seed.name] = random.randint(low, high)
    return request


def describe_refusal(problem: Problem) -> str:
    said = QCoreApplication.translate("RunLauncher", "{title}: {message}")
    return said.format(title=problem.title, message=problem.message)
