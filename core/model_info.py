"""What Replidesk knows about a model once resolved: its version, inputs and kind of output."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .model_ref import ModelRef

TOKEN_LIMIT_FIELDS = ("max_tokens", "max_new_tokens")


class OutputKind(Enum):
    TEXT_STREAM = "text-stream"  # an iterator of strings, shown as it arrives
    FILES = "files"              # one URL or a list of them
    OTHER = "other"              # strings, numbers, objects


@dataclass(frozen=True)
class ModelInfo:
    ref: ModelRef                 # as the user named it
    description: str
    version_id: str | None        # the version that runs (pinned, or the latest)
    input_properties: dict[str, Any] = field(default_factory=dict)
    required_inputs: tuple[str, ...] = ()
    output_kind: OutputKind = OutputKind.OTHER

    @classmethod
    def from_schema(cls, ref: ModelRef, description: str | None, version_id: str | None,
                    openapi_schema: dict | None) -> "ModelInfo":
        schemas = ((openapi_schema or {}).get("components") or {}).get("schemas") or {}
        inputs = schemas.get("Input") or {}
        return cls(ref, (description or "").strip(), version_id,
                   dict(inputs.get("properties") or {}), tuple(inputs.get("required") or ()),
                   _output_kind(schemas.get("Output") or {}))

    @property
    def prompt_field(self) -> str | None:
        """The input the prompt editor fills: `prompt`, else the first required string."""
        if "prompt" in self.input_properties:
            return "prompt"
        for name in self.required_inputs:
            if self.input_properties.get(name, {}).get("type") == "string":
                return name
        return None

    @property
    def token_limit_field(self) -> str | None:
        """The input that caps a language model's answer, if it has one."""
        if self.output_kind is not OutputKind.TEXT_STREAM:
            return None
        return next((f for f in TOKEN_LIMIT_FIELDS if f in self.input_properties), None)

    def default_of(self, name: str) -> Any:
        return self.input_properties.get(name, {}).get("default")

    def bounds_of(self, name: str) -> tuple[float | None, float | None]:
        spec = self.input_properties.get(name, {})
        return spec.get("minimum"), spec.get("maximum")


def _output_kind(output: dict) -> OutputKind:
    items = output.get("items") or {}
    if output.get("type") == "array" and output.get("x-cog-array-type") == "iterator" \
            and items.get("type") == "string" and items.get("format") != "uri":
        return OutputKind.TEXT_STREAM
    if output.get("format") == "uri" or items.get("format") == "uri":
        return OutputKind.FILES
    return OutputKind.OTHER
