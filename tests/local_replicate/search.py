"""Search over the seeded models, for `GET /v1/search` and `QUERY /v1/models`: simple and
deterministic. Case-insensitive; every word of the query must appear in the model's owner, name,
`owner/name` or description (as a part of a word: "lla" finds llama); models whose name holds
more of the words come first, then the most run."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .catalog import input_schema
from .model_kinds import Collection, traits

REQUIRED = 'Query parameter "query" is required'  # Replicate's own detail for a missing query


def query_words(query: str) -> list[str]:
    return query.lower().split()


@dataclass(frozen=True)
class Hit:
    model: dict  # the catalog's model, as stored
    score: float


def rank(models: list[dict], query: str) -> list[Hit]:
    """The models that match every word of the query, best first. No words: no hits."""
    words = query_words(query)
    if not words:
        return []
    hits = []
    for model in models:
        owner, name = model["owner"].lower(), model["name"].lower()
        fields = (owner, name, f"{owner}/{name}", (model.get("description") or "").lower())
        if all(any(word in field for field in fields) for word in words):
            in_name = sum(word in name for word in words)
            runs = model.get("run_count") or 0
            # The run count's share stays below 1, so the score orders as the ranking does.
            hits.append(Hit(model, round(in_name + math.log10(runs + 1) / 10, 6)))
    hits.sort(key=lambda h: (-h.score, h.model["owner"], h.model["name"]))
    return hits


def matching_collections(collections: list[Collection], query: str) -> list[dict]:
    """Collections whose slug, name or description holds every word, as the search lists them."""
    words = query_words(query)
    found = []
    for collection in collections:
        text = f"{collection.slug} {collection.name} {collection.description}".lower()
        if words and all(word in text for word in words):
            found.append({**collection.summary(), "models": list(collection.models)})
    return found


def metadata(model: dict, score: float, collections: list[Collection]) -> dict:
    """The `metadata` the search gives each model: a longer description, tags, the score."""
    model_id = f"{model['owner']}/{model['name']}"
    return {
        "generated_description": generated_description(model),
        "tags": [c.slug for c in collections if model_id in c.models and c.slug != "official"],
        "score": score,
    }


def generated_description(model: dict) -> str:
    """A longer description, made from the model's own and what its schemas say it does."""
    t = traits(model)
    said = (model.get("description") or "").strip().rstrip(".") or f"The {model['name']} model by {model['owner']}"
    props = input_schema(model["latest_version"]).get("properties", {}) if model.get("latest_version") else {}
    names = sorted(props, key=lambda name: (props[name].get("x-order", 1_000), name))
    takes = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    kinds = " and ".join(sorted(t.gives))
    if t.streams_text:
        gives = "text, streamed token by token"
    elif t.file_schema:
        gives = f"{kinds} files" if kinds else "files"
    else:
        gives = f"a value (JSON) naming {kinds} files" if kinds else "a value (JSON)"
    return f"{said}. Inputs: {takes or 'none'}. Output: {gives}."
