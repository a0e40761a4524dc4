"""Pick the models the local server is seeded with from the npm package
`all-the-public-replicate-models` (real public metadata: schemas and example predictions).

    npm pack all-the-public-replicate-models && tar xzf all-the-public-replicate-models-*.tgz
    python -m tests.local_replicate.make_fixture package/models.json

The selection keeps the two reference models, the most-run models of every output
shape, and a few odd ones, so that forms and output views meet every kind of schema.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

# The two reference models, and a chat model that takes its conversation as `messages` (the
# only kind of follow-up input no other model here has).
SEEDS = ("meta/meta-llama-3-8b-instruct", "stability-ai/sdxl", "kcaverly/deepseek-coder-6.7b-instruct")
PER_OUTPUT_SHAPE = 3
FIXTURE = Path(__file__).with_name("models.json")


def output_shape(model: dict) -> str:
    """A short label for the shape of a model's output schema."""
    try:
        out = model["latest_version"]["openapi_schema"]["components"]["schemas"]["Output"]
    except (KeyError, TypeError):
        return "none"
    if out.get("type") == "array":
        items = out.get("items", {})
        return f"array:{items.get('type')}:{items.get('format')}:{out.get('x-cog-array-type')}"
    return f"{out.get('type')}:{out.get('format')}"


def input_features(model: dict) -> set[str]:
    """Labels for the rarer kinds of input a model has (lists, secrets, unions, int enums…)."""
    try:
        schemas = model["latest_version"]["openapi_schema"]["components"]["schemas"]
        props = schemas["Input"]["properties"]
    except (KeyError, TypeError):
        return set()
    found = set()
    for prop in props.values():
        if "anyOf" in prop:
            found.add("input:anyOf")
        if prop.get("format") == "password":
            found.add("input:password")
        if prop.get("type") == "array":
            found.add(f"input:array-of-{prop.get('items', {}).get('format') or prop.get('items', {}).get('type')}")
        for ref in prop.get("allOf", []):
            target = schemas.get(ref.get("$ref", "").rsplit("/", 1)[-1], {})
            if target.get("type") in ("integer", "number"):
                found.add("input:numeric-enum")
    return found


def output_features(model: dict) -> set[str]:
    """Labels for the kinds of file and value a model's real example returned."""
    output = (model.get("default_example") or {}).get("output")
    found = set()

    def walk(value) -> None:
        if isinstance(value, str) and value.startswith("http"):
            found.add("output-file:" + value.rsplit(".", 1)[-1].lower()[:5])
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    walk(output)
    if isinstance(output, dict):
        found |= {"output:object"} | ({"output:segments"} if "segments" in output else set())
        if any(f.startswith("output-file:") for f in found):
            found.add("output:object-with-files")
    return found & {
        "output-file:mp4",
        "output-file:wav",
        "output-file:mp3",
        "output-file:zip",
        "output:segments",
        "output:object-with-files",
    }


def select(models: list[dict]) -> list[dict]:
    by_id = {f"{m['owner']}/{m['name']}": m for m in models}
    chosen = {key: by_id[key] for key in SEEDS}
    shapes: dict[str, list[dict]] = defaultdict(list)
    for model in sorted(models, key=lambda m: m.get("run_count") or 0, reverse=True):
        shapes[output_shape(model)].append(model)
        for feature in input_features(model) | output_features(model):
            shapes[feature].append(model)
    for group in shapes.values():
        for model in group[:PER_OUTPUT_SHAPE]:
            chosen.setdefault(f"{model['owner']}/{model['name']}", model)
    return sorted(chosen.values(), key=lambda m: (m["owner"], m["name"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("models_json", type=Path, help="models.json from the npm package")
    args = parser.parse_args()
    models = json.loads(args.models_json.read_text(encoding="utf-8"))
    chosen = select(models)
    FIXTURE.write_text(json.dumps(chosen, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(chosen)} models written to {FIXTURE}")


if __name__ == "__main__":
    main()
