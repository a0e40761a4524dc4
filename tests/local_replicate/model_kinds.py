"""The collections of the local server, derived from the seeded models: what each model takes
and returns (its schemas and its real example), plus a few words of its name and description.
Deterministic: the same models.json always gives the same collections in the same order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .catalog import OFFICIAL, input_schema, output_schema
from .files import IMAGES, SOUNDS, VIDEOS

_TEXT_INPUTS = {"prompt", "messages"}


def _suffixes(value: Any) -> list[str]:
    """The file suffixes of the URLs in a value (an example's output or input), in order."""
    if isinstance(value, str):
        if not value.startswith(("http://", "https://")):
            return []
        last = value.split("?", 1)[0].rsplit("/", 1)[-1]
        return [last.rsplit(".", 1)[-1].lower()] if "." in last else [""]
    if isinstance(value, list):
        return [s for item in value for s in _suffixes(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _suffixes(item)]
    return []


@dataclass(frozen=True)
class Traits:
    """What a model takes and returns, as far as its schemas and its example tell."""

    inputs: frozenset[str]  # input names
    takes: frozenset[str]  # kinds of file it was given in its example: image, audio, video
    gives: frozenset[str]  # kinds of file its example returned
    streams_text: bool  # output: an iterator of (non-URL) strings
    gives_value: bool  # output holds no file at all
    file_schema: bool  # the output schema says URL (a file, or files)
    words: str  # owner, name and description, lower case

    def says(self, pattern: str) -> bool:
        return re.search(pattern, self.words) is not None


def _kinds(suffixes: list[str]) -> frozenset[str]:
    kinds = {"image" if s in IMAGES else "audio" if s in SOUNDS else "video" if s in VIDEOS else "" for s in suffixes}
    return frozenset(kinds - {""})


def traits(model: dict) -> Traits:
    version = model.get("latest_version") or {}
    example = model.get("default_example") or {}
    inputs = frozenset(input_schema(version).get("properties", {})) if version else frozenset()
    out = output_schema(version) if version else {}
    items = out.get("items", {})
    given = _suffixes(example.get("input"))
    returned = _suffixes(example.get("output"))
    file_schema = "uri" in (out.get("format"), items.get("format"))
    return Traits(
        inputs=inputs,
        takes=_kinds(given),
        gives=_kinds(returned),
        streams_text=out.get("type") == "array"
        and out.get("x-cog-array-type") == "iterator"
        and items.get("type") == "string"
        and items.get("format") != "uri",
        gives_value=not returned and not file_schema,
        file_schema=file_schema,
        words=f"{model['owner']} {model['name']} {model.get('description') or ''}".lower(),
    )


@dataclass(frozen=True)
class Kind:
    slug: str
    name: str
    description: str
    belongs: Callable[[str, Traits], bool]  # (owner/name, traits) -> in the collection


_UPSCALE = r"upscal|esrgan|super.?resolution|swinir"

KINDS: tuple[Kind, ...] = (
    Kind(
        "text-generation",
        "Generate text",
        "Language models that answer a prompt or a conversation, streamed token by token.",
        lambda _, t: t.streams_text and bool(t.inputs & _TEXT_INPUTS),
    ),
    Kind(
        "text-to-image",
        "Generate images",
        "Models that make images from a text prompt.",
        lambda _, t: "prompt" in t.inputs and "image" in t.gives and not t.says(_UPSCALE),
    ),
    Kind(
        "super-resolution",
        "Super resolution",
        "Upscaling models that create high-quality images from low-quality images.",
        lambda _, t: "image" in t.takes and "image" in t.gives and t.says(_UPSCALE),
    ),
    Kind(
        "image-restoration",
        "Restore images",
        "Models that repair faces and old photos.",
        lambda _, t: "image" in t.takes and "image" in t.gives and t.says(r"restor"),
    ),
    Kind(
        "image-to-text",
        "Caption images",
        "Models that read, caption or describe an image in words.",
        lambda _, t: "image" in t.takes and t.gives_value and t.says(r"caption|ocr|extract text|describ|assistant"),
    ),
    Kind(
        "speech-to-text",
        "Transcribe speech",
        "Models that turn speech in a recording into text.",
        lambda _, t: "audio" in t.takes and t.gives_value and t.says(r"speech|transcri|whisper"),
    ),
    Kind(
        "text-to-speech",
        "Generate speech",
        "Models that read text aloud, some in a cloned voice.",
        lambda _, t: "audio" in t.gives and t.says(r"speech|tts"),
    ),
    Kind(
        "ai-music-generation",
        "Generate music",
        "Models that make music and songs.",
        lambda _, t: "audio" in t.gives and t.says(r"music|song"),
    ),
    Kind(
        "video",
        "Generate videos",
        "Models that make or edit videos.",
        lambda _, t: "video" in t.gives,
    ),
    Kind(
        "embedding-models",
        "Embeddings",
        "Models that turn text or images into vectors, for search and similarity.",
        lambda _, t: not t.file_schema and t.says(r"embed|clip"),
    ),
    Kind(
        "official",
        "Official models",
        "Models Replicate maintains: always on, run by name, with stable APIs and predictable pricing.",
        lambda model_id, _: model_id in OFFICIAL,
    ),
)


@dataclass(frozen=True)
class Collection:
    slug: str
    name: str
    description: str
    models: tuple[str, ...]  # owner/name, most run first

    def summary(self) -> dict:
        """As `GET /v1/collections` lists it."""
        return {"name": self.name, "slug": self.slug, "description": self.description}

    def full_description(self) -> str:
        return f"## {self.name}\n\n{self.description}\n\nThis collection has {len(self.models)} models."


def seed_collections(models: list[dict]) -> list[Collection]:
    """Every kind that has at least one of the given models, in the order of KINDS."""
    ranked = sorted(models, key=lambda m: (-(m.get("run_count") or 0), m["owner"], m["name"]))
    seen = [(f"{m['owner']}/{m['name']}", traits(m)) for m in ranked]
    found = []
    for kind in KINDS:
        members = tuple(model_id for model_id, t in seen if kind.belongs(model_id, t))
        if members:
            found.append(Collection(kind.slug, kind.name, kind.description, members))
    return found
