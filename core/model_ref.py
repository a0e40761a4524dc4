"""`owner/name` and `owner/name:version`: how a user names a model, typed or pasted as any
replicate.com address of it; anything else typed is words to search for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import UserError

# Offered in the model picker before the user has recent models of their own.
SUGGESTED_MODELS = ("meta/meta-llama-3-8b-instruct", "stability-ai/sdxl")

_PART = r"[A-Za-z0-9][\w.-]*"  # an owner's or a model's name
_REF = re.compile(rf"^(?P<owner>{_PART})/(?P<name>{_PART})(?::(?P<version>[A-Za-z0-9]+))?$")
_NAME_PART = re.compile(rf"^{_PART}$")
_SITE = re.compile(r"^(?:https?://)?(?:www\.)?replicate\.com(?=/|$)", re.IGNORECASE)
_VERSION = re.compile(r"^[A-Za-z0-9]+$")
# Pages of a model on replicate.com below its address: they all name the same model.
MODEL_PAGES = frozenset({"api", "examples", "playground", "versions", "readme", "train", "README"})


def is_name_part(text: str) -> bool:
    """Whether `text` can be an owner's or a model's name on its own (no `/`, no `:version`)."""
    return bool(_NAME_PART.match(text))


@dataclass(frozen=True)
class ModelRef:
    owner: str
    name: str
    version: str | None = None
    deployment: bool = False  # one of the user's deployments (its runs go to its own endpoint)

    @classmethod
    def parse(cls, text: str) -> ModelRef:
        found = cls.read(text)
        if found is None:
            shown = text.strip() or "(nothing)"
            raise UserError(
                "That is not a model name",
                f"“{shown}” is not a model name. Write it as owner/name, for example "
                "meta/meta-llama-3-8b-instruct, or owner/name:version, or search for a model by what it does.",
            )
        return found

    @classmethod
    def read(cls, text: str) -> ModelRef | None:
        """The model `text` names (owner/name[:version] or a replicate.com address of the model,
        with or without https:// and www., and any of its pages, query or fragment), or the
        deployment it names (deployments/owner/name, as in its replicate.com address); None when
        it names no model (plain words: a search)."""
        cleaned = text.strip()
        site = _SITE.match(cleaned)
        if site is None:
            match = _REF.match(cleaned)
            if match:
                return cls(match["owner"], match["name"], match["version"])
            path = cleaned
        else:
            path = urlsplit("https://replicate.com/" + cleaned[site.end() :].lstrip("/")).path
        parts = [part for part in path.split("/") if part]
        deployment = len(parts) >= 3 and parts[0] == "deployments"
        if deployment:
            parts = parts[1:]
        elif site is None:
            return None
        if len(parts) < 2:
            return None
        owner, name, *page = parts
        if not _REF.match(f"{owner}/{name}"):
            return None
        if deployment:  # any of its pages (settings, predictions…) names it
            return cls(owner, name, deployment=True)
        if page and page[0] not in MODEL_PAGES:
            return None
        version = page[1] if len(page) >= 2 and page[0] == "versions" and _VERSION.match(page[1]) else None
        return cls(owner, name, version)

    @property
    def slug(self) -> str:
        """owner/name, or deployments/owner/name: the key under which its settings are kept."""
        return f"deployments/{self.owner}/{self.name}" if self.deployment else f"{self.owner}/{self.name}"

    def __str__(self) -> str:
        return f"{self.slug}:{self.version}" if self.version else self.slug
