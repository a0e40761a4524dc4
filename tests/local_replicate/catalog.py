"""The seeded models and the validation of prediction inputs against a version's schema."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).with_name("models.json")

# Models Replicate marks as official (always on, run without a version id).
OFFICIAL = frozenset({"meta/meta-llama-3-8b-instruct", "black-forest-labs/flux-schnell"})
# The models run by name (`POST /v1/models/{owner}/{name}/predictions`); any other answers 404
# there and runs by version only, as on Replicate. Beyond the official ones: meta-llama-3-8b
# (official on Replicate too) and stability-ai/sdxl (a community model on Replicate, by name here
# so that the official client's `run("stability-ai/sdxl")` and the request counts of tests hold).
RUN_BY_NAME = OFFICIAL | {"meta/meta-llama-3-8b", "stability-ai/sdxl"}

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


@dataclass(frozen=True)
class InvalidField:
    field: str
    type: str
    description: str


class Catalog:
    """Public model metadata keyed by `owner/name`."""

    def __init__(self, models: list[dict]) -> None:
        self._models = {f"{m['owner']}/{m['name']}": m for m in models}

    @classmethod
    def from_fixture(cls, path: Path = FIXTURE) -> Catalog:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def model(self, owner: str, name: str) -> dict | None:
        found = self._models.get(f"{owner}/{name}")
        if found is None:
            return None
        return {**found, "is_official": f"{owner}/{name}" in OFFICIAL}

    def models(self) -> list[dict]:
        """Every model, as `model()` gives it, in the fixture's order (by owner and name)."""
        return [found for key in self._models if (found := self.model(*key.split("/", 1))) is not None]

    def version(self, owner: str, name: str, version_id: str) -> dict | None:
        model = self._models.get(f"{owner}/{name}")
        if model and model["latest_version"]["id"] == version_id:
            return model["latest_version"]
        return None

    def model_of_version(self, version_id: str) -> dict | None:
        for model in self._models.values():
            if model["latest_version"]["id"] == version_id:
                return model
        return None


def input_schema(version: dict) -> dict:
    return version["openapi_schema"]["components"]["schemas"]["Input"]


def output_schema(version: dict) -> dict:
    return version["openapi_schema"]["components"]["schemas"].get("Output", {})


def _resolve(prop: dict, schemas: dict) -> dict:
    """Merge `allOf: [{$ref}]` (how Cog writes enums) into one property schema."""
    merged = {k: v for k, v in prop.items() if k != "allOf"}
    for part in prop.get("allOf", []):
        ref = part.get("$ref", "")
        target = schemas.get(ref.rsplit("/", 1)[-1], {}) if ref else part
        merged = {**target, **merged}
    return merged


def validate_input(version: dict, given: dict[str, Any]) -> tuple[dict[str, Any], list[InvalidField]]:
    """Return the input with defaults filled in, and what is wrong with it (as Cog checks it)."""
    schemas = version["openapi_schema"]["components"]["schemas"]
    schema = input_schema(version)
    props = schema.get("properties", {})
    problems: list[InvalidField] = []
    for name in schema.get("required", []):
        if name not in given:
            problems.append(InvalidField(f"input.{name}", "missing", "Field required"))
    filled: dict[str, Any] = {}
    for name, prop in props.items():
        spec = _resolve(prop, schemas)
        if name in given:
            value = _coerce(spec, given[name])
            problem = _check_value(spec, value)
            if problem:
                problems.append(InvalidField(f"input.{name}", *problem))
            filled[name] = value
        elif "default" in spec:
            filled[name] = spec["default"]
    return filled, problems


def _coerce(spec: dict, value: Any) -> Any:
    """Numbers sent as text ("5"), which Cog's pydantic accepts in its lax mode."""
    if spec.get("type") in ("integer", "number") and isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return value
        if spec["type"] == "number":
            return number
        return int(number) if number.is_integer() else value
    if "enum" in spec and value not in spec["enum"]:
        return next((choice for choice in spec["enum"] if str(choice) == str(value)), value)
    return value


def _check_value(spec: dict, value: Any) -> tuple[str, str] | None:
    kind = spec.get("type")
    if value is None and "default" in spec and spec["default"] is None:
        return None  # an Optional input sent as null
    if "enum" in spec and value not in spec["enum"]:
        allowed = ", ".join(repr(v) for v in spec["enum"])
        return "enum", f"Input should be one of: {allowed}"
    if kind in _JSON_TYPES:
        is_bool = isinstance(value, bool)
        if not isinstance(value, _JSON_TYPES[kind]) or (is_bool and kind != "boolean"):
            return f"{kind}_type", f"Input should be a valid {kind}"
    if kind == "string" and spec.get("format") == "uri" and not value.startswith(("http://", "https://", "data:")):
        return "url_parsing", "Input should be a valid URL"
    if kind in ("integer", "number"):
        if "minimum" in spec and value < spec["minimum"]:
            return "greater_than_equal", f"Input should be greater than or equal to {spec['minimum']}"
        if "maximum" in spec and value > spec["maximum"]:
            return "less_than_equal", f"Input should be less than or equal to {spec['maximum']}"
    return None
