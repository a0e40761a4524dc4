"""What Replidesk knows about a model once resolved: its version, inputs and kind of output."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from .errors import prompt_missing
from .input_fields import InputField, input_fields, prompt_field_name
from .model_ref import ModelRef


class OutputKind(Enum):
    TEXT_STREAM = "text-stream"  # an iterator of strings, shown as it arrives
    FILES = "files"  # one URL or a list of them
    OTHER = "other"  # strings, numbers, objects


@dataclass(frozen=True)
class ModelInfo:
    ref: ModelRef  # as the user named it
    description: str
    version_id: str | None  # the version that runs (pinned, or the latest)
    fields: tuple[InputField, ...] = ()
    output_kind: OutputKind = OutputKind.OTHER
    example_input: dict[str, Any] | None = None  # the model's default example, to fill the form
    openapi_schema: dict | None = None  # kept with the history, for offline opening
    # Maintained by Replicate: runs by its name. False: runs by its version only; None: not known
    # (opened from the history offline), tried by name first.
    official: bool | None = None

    @classmethod
    def from_schema(
        cls,
        ref: ModelRef,
        description: str | None,
        version_id: str | None,
        openapi_schema: dict | None,
        example_input: dict | None = None,
        official: bool | None = None,
    ) -> ModelInfo:
        schemas = ((openapi_schema or {}).get("components") or {}).get("schemas") or {}
        output = schemas["Output"] if isinstance(schemas.get("Output"), dict) else {}
        return cls(
            ref,
            (description or "").strip(),
            version_id,
            tuple(input_fields(openapi_schema)),
            _output_kind(output),
            example_input if isinstance(example_input, dict) else None,
            openapi_schema,
            official,
        )

    @property
    def prompt_field(self) -> str | None:
        """The input the prompt editor fills."""
        return prompt_field_name(list(self.fields))

    @property
    def prompt_required(self) -> bool:
        """Whether an empty prompt editor is a mistake: for `prompt` and required fields; an
        optional prompt-like field (whisper's `initial_prompt`) may stay empty."""
        field = self.field(self.prompt_field) if self.prompt_field else None
        return field is not None and (field.name == "prompt" or field.required)

    def field(self, name: str) -> InputField | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def prompt_label(self) -> str:
        """The prompt box's label as shown ("Prompt", "Text"), or "" for a model without one."""
        field = self.field(self.prompt_field) if self.prompt_field else None
        return field.label if field is not None else ""

    def require_prompt(self, prompt: str) -> None:
        """Raise the empty-prompt problem, naming the box, when the model needs one and has none."""
        if self.prompt_required and not prompt.strip():
            raise prompt_missing(self.prompt_label)


def _output_kind(output: dict) -> OutputKind:
    items = output.get("items") or {}
    if (
        output.get("type") == "array"
        and output.get("x-cog-array-type") == "iterator"
        and items.get("type") == "string"
        and items.get("format") != "uri"
    ):
        return OutputKind.TEXT_STREAM
    if output.get("format") == "uri" or items.get("format") == "uri":
        return OutputKind.FILES
    return OutputKind.OTHER
