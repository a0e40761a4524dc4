"""`owner/name` and `owner/name:version`: how a user names a model."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import UserError

# Offered in the model picker before the user has recent models of their own.
SUGGESTED_MODELS = ("meta/meta-llama-3-8b-instruct", "stability-ai/sdxl")

_REF = re.compile(r"^(?P<owner>[A-Za-z0-9][\w.-]*)/(?P<name>[A-Za-z0-9][\w.-]*)(?::(?P<version>[A-Za-z0-9]+))?$")


@dataclass(frozen=True)
class ModelRef:
    owner: str
    name: str
    version: str | None = None

    @classmethod
    def parse(cls, text: str) -> ModelRef:
        cleaned = text.strip()
        if cleaned.startswith("https://replicate.com/"):  # a pasted model page address
            cleaned = cleaned.removeprefix("https://replicate.com/").rstrip("/")
        match = _REF.match(cleaned)
        if not match:
            shown = cleaned or "(nothing)"
            raise UserError(
                "That is not a model name",
                f"“{shown}” is not a model name. Write it as owner/name, for example "
                "meta/meta-llama-3-8b-instruct, or owner/name:version.",
            )
        return cls(match["owner"], match["name"], match["version"])

    @property
    def slug(self) -> str:
        return f"{self.owner}/{self.name}"

    def __str__(self) -> str:
        return f"{self.slug}:{self.version}" if self.version else self.slug
