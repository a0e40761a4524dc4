"""Conversations with language models: a follow-up carries the earlier turns in the form the
model takes them: a `messages` list where its schema has one, else its chat format through a
`prompt_template` input (Llama 3, ChatML), else a plain transcript in the prompt."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from .input_fields import FieldKind
from .model_info import ModelInfo, OutputKind

if TYPE_CHECKING:
    from .history import RunRecord

# Llama 3's chat format, for its instruct models whose schema default is only "{prompt}".
LLAMA3_TEMPLATE = (
    "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n{system_prompt}<|eot_id|>"
    "<|start_header_id|>user<|end_header_id|>\n\n{prompt}<|eot_id|>"
    "<|start_header_id|>assistant<|end_header_id|>\n\n"
)
# A special token right after {prompt} ends the user's turn (<|eot_id|>, <|im_end|>, <|end|>).
_END_OF_TURN = re.compile(r"<\|[a-z_]+\|>")


class ChatStyle(Enum):
    MESSAGES = "messages"  # a `messages` input: a list of {role, content}
    TEMPLATE = "template"  # a `prompt_template` input with a chat format around {prompt}
    TRANSCRIPT = "transcript"  # anything else that streams text from a prompt


@dataclass(frozen=True)
class Turn:
    question: str
    answer: str


@dataclass(frozen=True)
class ChatFormat:
    """A chat template cut around its first user turn."""

    head: str  # everything before the first user turn (the system part)
    user: str  # what opens a user turn
    reply: str  # what closes the user turn and opens the assistant's
    end: str  # what closes the assistant's turn

    @classmethod
    def parse(cls, template: str) -> ChatFormat | None:
        if template.count("{prompt}") != 1:
            return None
        before, after = template.split("{prompt}")
        marker = _END_OF_TURN.match(after)
        if marker is None or marker.group(0) not in before:
            return None  # no chat format: "{prompt}" alone, or one Replidesk cannot read
        end = marker.group(0)
        user = before[before.rindex(end) + len(end) :]
        return cls(before[: len(before) - len(user)], user, after, end)

    def with_turns(self, turns: list[Turn]) -> str:
        """The template again, with the earlier turns written in before the new {prompt}. The
        model fills it with Python's str.format: braces in the turns are doubled."""
        earlier = "".join(f"{self.user}{_braces(t.question)}{self.reply}{_braces(t.answer)}{self.end}" for t in turns)
        return f"{self.head}{earlier}{self.user}{{prompt}}{self.reply}"


def chat_style(info: ModelInfo) -> ChatStyle | None:
    """How this model takes a conversation; None when it is no language model."""
    if info.output_kind is not OutputKind.TEXT_STREAM or info.prompt_field is None:
        return None
    if _messages_field(info) is not None:
        return ChatStyle.MESSAGES
    if info.field("prompt_template") is not None and chat_format(info, None) is not None:
        return ChatStyle.TEMPLATE
    return ChatStyle.TRANSCRIPT


def continues(record: RunRecord | None, info: ModelInfo | None) -> bool:
    """Whether Run with `info` replies to this run: an answered turn of that same chat model."""
    from .run_events import RunStatus

    if record is None or info is None or chat_style(info) is None:
        return False
    same_model = record.model.split(":")[0] == info.ref.slug
    return same_model and record.status is RunStatus.SUCCEEDED and bool(record.output_text)


def chat_format(info: ModelInfo, given: object) -> ChatFormat | None:
    """The model's chat format: the template the user set, else its example's, else its
    default, else Llama 3's for a Llama 3 instruct model."""
    field = info.field("prompt_template")
    candidates = [given, (info.example_input or {}).get("prompt_template"), field.default if field else None]
    if "llama-3" in info.ref.name and ("instruct" in info.ref.name or "chat" in info.ref.name):
        candidates.append(LLAMA3_TEMPLATE)
    for candidate in candidates:
        if isinstance(candidate, str) and (found := ChatFormat.parse(candidate)) is not None:
            return found
    return None


def conversation_inputs(info: ModelInfo, inputs: dict[str, Any], question: str, turns: list[Turn]) -> dict[str, Any]:
    """The input of one turn: `inputs` as checked (the question in its prompt field), rewritten
    to carry the earlier turns. A first turn changes only for a `messages` model."""
    style = chat_style(info)
    if style is None:
        return inputs
    result = dict(inputs)
    if style is ChatStyle.MESSAGES:
        name = _messages_field(info)
        assert name is not None
        messages = [m for t in turns for m in _pair(t)] + [{"role": "user", "content": question}]
        field = info.field(name)
        as_text = field is not None and field.kind in (FieldKind.TEXT, FieldKind.LONG_TEXT)  # "a json string"
        result[name] = json.dumps(messages, ensure_ascii=False) if as_text else messages
        return result
    if not turns:
        return result
    if style is ChatStyle.TEMPLATE:
        found = chat_format(info, inputs.get("prompt_template"))
        assert found is not None
        result["prompt_template"] = found.with_turns(turns)
        return result
    prompt_field = info.prompt_field
    assert prompt_field is not None
    result[prompt_field] = transcript(turns, question)
    return result


def transcript(turns: list[Turn], question: str) -> str:
    lines = [f"User: {t.question}\nAssistant: {t.answer}" for t in turns]
    return "\n\n".join([*lines, f"User: {question}\nAssistant:"])


def _pair(turn: Turn) -> list[dict[str, str]]:
    return [{"role": "user", "content": turn.question}, {"role": "assistant", "content": turn.answer}]


def _messages_field(info: ModelInfo) -> str | None:
    field = info.field("messages")
    if field is None or field.kind not in (FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.JSON, FieldKind.LIST):
        return None
    return field.name


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")
