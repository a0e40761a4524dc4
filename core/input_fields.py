"""A model's inputs, read from its version's OpenAPI schema (`components.schemas.Input`)
into typed fields that any front end can render. Odd schema parts become a JSON field with
a note, never an error."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

ADVANCED_AFTER = 6  # with more fields than this, the rarely used ones fold under "Advanced"
LONG_TEXT_HINTS = ("prompt", "text", "template", "message", "instruction", "question", "context")


class FieldKind(Enum):
    TEXT = "text"  # one line
    LONG_TEXT = "long-text"  # several lines
    SECRET = "secret"  # format: password; never stored or remembered
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    CHOICE = "choice"  # an enum
    FILE = "file"  # format: uri: a local file (uploaded) or a URL
    LIST = "list"  # an array of one of the kinds above
    JSON = "json"  # anything else, typed in as JSON


@dataclass(frozen=True)
class InputField:
    name: str
    title: str
    kind: FieldKind
    description: str = ""
    has_default: bool = False
    default: Any = None
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple = ()
    item_kind: FieldKind | None = None  # for LIST
    order: int = 0
    advanced: bool = False
    random_seed: bool = False  # a seed with no default: "random" unless set
    note: str = ""  # why a field fell back to JSON

    @property
    def label(self) -> str:
        return self.title or self.name.replace("_", " ").capitalize()

    @property
    def bounded(self) -> bool:
        return self.minimum is not None and self.maximum is not None


def _resolve(prop: dict, schemas: dict) -> dict:
    """Merge `allOf: [{$ref: '#/components/schemas/X'}]` (how Cog writes enums) into the property."""
    merged = {k: v for k, v in prop.items() if k != "allOf"}
    for part in prop.get("allOf") or []:
        ref = part.get("$ref", "") if isinstance(part, dict) else ""
        target = schemas.get(ref.rsplit("/", 1)[-1], {}) if ref else part
        if isinstance(target, dict):  # the enum schema's own title ("scheduler") is no label
            merged = {**{k: v for k, v in target.items() if k != "title"}, **merged}
    if "anyOf" in merged:  # `X or null` is an optional X; other unions stay JSON
        options = [o for o in merged["anyOf"] if isinstance(o, dict) and o.get("type") != "null"]
        if len(options) == 1:
            merged = {**options[0], **{k: v for k, v in merged.items() if k != "anyOf"}}
    return merged


def _kind(name: str, spec: dict) -> tuple[FieldKind, FieldKind | None, str]:
    kind = spec.get("type")
    if "enum" in spec:
        return FieldKind.CHOICE, None, ""
    if kind == "string":
        if spec.get("format") == "uri":
            return FieldKind.FILE, None, ""
        if spec.get("format") == "password":
            return FieldKind.SECRET, None, ""
        default = spec.get("default")
        long = any(hint in name.lower() for hint in LONG_TEXT_HINTS) or (
            isinstance(default, str) and ("\n" in default or len(default) > 60)
        )
        return (FieldKind.LONG_TEXT if long else FieldKind.TEXT), None, ""
    if kind in ("integer", "number", "boolean"):
        return FieldKind(kind), None, ""
    if kind == "array":
        items: dict[str, Any] = spec["items"] if isinstance(spec.get("items"), dict) else {}
        item_kind, _, _ = (
            _kind(name, items) if items.get("type") in ("string", "integer", "number") else (None, None, "")
        )
        if item_kind in (FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.INTEGER, FieldKind.NUMBER, FieldKind.FILE):
            return FieldKind.LIST, (FieldKind.TEXT if item_kind is FieldKind.LONG_TEXT else item_kind), ""
        return FieldKind.JSON, None, "A list Replidesk has no editor for yet: type it as JSON."
    if "anyOf" in spec:
        return FieldKind.JSON, None, "This input takes several types: type it as JSON."
    return FieldKind.JSON, None, "An input Replidesk has no editor for yet: type it as JSON."


def _number(value: Any) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def input_fields(openapi_schema: dict | None) -> list[InputField]:
    """The fields of a version's input schema, in `x-order` order."""
    schemas = (((openapi_schema or {}).get("components") or {}).get("schemas")) or {}
    schema: dict[str, Any] = schemas["Input"] if isinstance(schemas.get("Input"), dict) else {}
    properties: dict[str, Any] = schema["properties"] if isinstance(schema.get("properties"), dict) else {}
    required = set(schema.get("required") or ())
    ordered = sorted(
        properties.items(),
        key=lambda item: (item[1].get("x-order", 10_000) if isinstance(item[1], dict) else 10_000, item[0]),
    )
    fields = []
    for position, (name, prop) in enumerate(ordered):
        spec = _resolve(prop if isinstance(prop, dict) else {}, schemas)
        kind, item_kind, note = _kind(name, spec)
        choices = tuple(spec.get("enum") or ())
        fields.append(
            InputField(
                name=name,
                title=str(spec.get("title") or ""),
                kind=kind,
                description=str(spec.get("description") or "").strip(),
                has_default="default" in spec,
                default=spec.get("default"),
                required=name in required,
                minimum=_number(spec.get("minimum")),
                maximum=_number(spec.get("maximum")),
                choices=choices,
                item_kind=item_kind,
                order=position,
                note=note,
                random_seed=kind is FieldKind.INTEGER and "seed" in name.lower() and spec.get("default") is None,
            )
        )
    return _fold_advanced(fields)


def prompt_field_name(fields: list[InputField]) -> str | None:
    """The input the big prompt editor fills: `prompt`, else the first required text field,
    else the first text field named like a prompt (`prompt_a`, `prompt_start`)."""
    texts = [f for f in fields if f.kind in (FieldKind.TEXT, FieldKind.LONG_TEXT)]
    for choose in (lambda f: f.name == "prompt", lambda f: f.required, lambda f: "prompt" in f.name.lower()):
        found = next((f.name for f in texts if choose(f)), None)
        if found:
            return found
    return None


def _fold_advanced(fields: list[InputField]) -> list[InputField]:
    if len(fields) <= ADVANCED_AFTER:
        return fields
    prompt = prompt_field_name(fields)
    shown = 0
    folded = []
    for field in fields:
        keep = field.required or field.name == prompt or field.kind is FieldKind.FILE or shown < ADVANCED_AFTER - 1
        if keep and field.name != prompt:
            shown += 1
        folded.append(field if keep else _with(field, advanced=True))
    return folded


def _with(field: InputField, **changes: Any) -> InputField:
    from dataclasses import replace

    return replace(field, **changes)
