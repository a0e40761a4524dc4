"""A model's inputs, read from its version's OpenAPI schema (`components.schemas.Input`)
into typed fields that any front end can render. Odd schema parts become a JSON field with
a note, never an error."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from .i18n import number_text, translate

ADVANCED_AFTER = 6  # with more fields than this, the rarely used ones fold under "More options"
LONG_TEXT_HINTS = ("prompt", "text", "template", "message", "instruction", "question", "context")
# What a user sets on nearly every run (how many images, their size, how long): never folded.
IMPORTANT_NAMES = frozenset(
    {
        "num_outputs",
        "num_images",
        "number_of_images",
        "batch_size",
        "width",
        "height",
        "aspect_ratio",
        "resolution",
        "duration",
        "seconds",
        "length",
        "num_frames",
    }
)
MAX_DECIMALS = 4  # a number shows at most this many decimals unless the user types more


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
        """Plain words: the app's own for a few common names when the schema's title is only
        the name Cog made readable ("Num Outputs"), else that title, else the name."""
        automatic = not self.title or self.title == self.name.replace("_", " ").title()  # Cog's own
        if automatic:  # "Negative Prompt" reads as "Negative prompt", beside "Number of outputs"
            return _plain_label(self.name) or _sentence_case(self.name)
        return self.title

    @property
    def plain_help(self) -> str:
        """A line of the app's own about what a common setting does (the schema's description
        is the model author's, often technical); empty when the app has nothing to add."""
        return _plain_help(self.name)

    @property
    def decimals(self) -> int:
        """How many decimals the schema's own numbers use (0.6 → 1, 7.5 → 1, 1 → 0)."""
        if self.kind is not FieldKind.NUMBER:
            return 0
        return min(MAX_DECIMALS, max(_decimals_of(v) for v in (self.default, self.minimum, self.maximum)))

    @property
    def bounded(self) -> bool:
        return self.minimum is not None and self.maximum is not None


def _decimals_of(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0
    try:
        exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    except InvalidOperation:  # inf, nan
        return 0
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


# Kept in capitals when a name is made a label ("Output fps" would read as a typo).
_ACRONYMS = {"api", "cfg", "fps", "gpu", "hdr", "id", "ip", "lcm", "llm", "rgb", "sdxl", "url", "vae"}
_ACRONYMS_MIXED = {"lora": "LoRA"}


def _sentence_case(name: str) -> str:
    """A schema name as a label: first word capitalised, acronyms and one-letter words ("Top P",
    as Replicate shows it) in capitals, the rest lower case."""
    words = [word for word in name.split("_") if word]
    shown = [
        _ACRONYMS_MIXED.get(word.lower())
        or (word.upper() if word.lower() in _ACRONYMS or len(word) == 1 else word.lower())
        for word in words
    ]
    if shown and shown[0].islower():
        shown[0] = shown[0].capitalize()
    return " ".join(shown) or name


def _plain_label(name: str) -> str:
    # Called when shown, not at import: the user's language is installed at start.
    labels = {
        "num_outputs": translate("InputFields", "Number of outputs"),
        "num_images": translate("InputFields", "Number of images"),
        "num_inference_steps": translate("InputFields", "Number of steps"),
        "max_tokens": translate("InputFields", "Maximum length (tokens)"),
        "max_new_tokens": translate("InputFields", "Maximum length (tokens)"),
        "min_tokens": translate("InputFields", "Minimum length (tokens)"),
        "min_new_tokens": translate("InputFields", "Minimum length (tokens)"),
        "lora_scale": translate("InputFields", "LoRA strength"),
        "aspect_ratio": translate("InputFields", "Aspect ratio"),
        # Common names, in the user's language (the rest are shown as the schema names them)
        "prompt": translate("InputFields", "Prompt"),
        "negative_prompt": translate("InputFields", "Negative prompt"),
        "system_prompt": translate("InputFields", "System prompt"),
        "image": translate("InputFields", "Image"),
        "mask": translate("InputFields", "Mask"),
        "width": translate("InputFields", "Width"),
        "height": translate("InputFields", "Height"),
        "seed": translate("InputFields", "Seed"),
        "temperature": translate("InputFields", "Temperature"),
        "scale": translate("InputFields", "Scale"),
        "guidance_scale": translate("InputFields", "Guidance scale"),
        "prompt_strength": translate("InputFields", "Prompt strength"),
        "face_enhance": translate("InputFields", "Face enhance"),
        "output_format": translate("InputFields", "Output format"),
        "output_quality": translate("InputFields", "Output quality"),
        "duration": translate("InputFields", "Duration"),
        "audio": translate("InputFields", "Audio"),
    }
    return labels.get(name, "")


def _plain_help(name: str) -> str:
    helps = {
        "temperature": translate(
            "InputFields", "Higher gives more varied, creative answers; lower gives more predictable ones."
        ),
        "top_p": translate(
            "InputFields",
            "The model picks each next word among the most likely ones whose chances add up to this share "
            "(1 = all words). Lower keeps the answer focused.",
        ),
        "top_k": translate(
            "InputFields",
            "The model picks each next word among this many most likely words. Lower keeps the answer focused.",
        ),
        "max_tokens": translate("InputFields", "A token is about three quarters of a word."),
        "max_new_tokens": translate("InputFields", "A token is about three quarters of a word."),
        "min_tokens": translate("InputFields", "A token is about three quarters of a word."),
        "presence_penalty": translate("InputFields", "Higher makes the model more likely to move to new topics."),
        "frequency_penalty": translate("InputFields", "Higher makes the model repeat the same words less often."),
        "repetition_penalty": translate("InputFields", "Higher makes the model repeat itself less."),
        "seed": translate("InputFields", "The same seed with the same inputs gives the same result again."),
        "guidance_scale": translate("InputFields", "Higher follows the prompt more closely; lower is freer."),
        "num_inference_steps": translate("InputFields", "More steps take longer and often add detail."),
        "negative_prompt": translate("InputFields", "What you do not want to see in the result."),
    }
    return helps.get(name, "")


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
        return (
            FieldKind.JSON,
            None,
            translate("InputFields", "A list Replidesk has no editor for yet: type it as JSON."),
        )
    if "anyOf" in spec:
        return FieldKind.JSON, None, translate("InputFields", "This input takes several types: type it as JSON.")
    return FieldKind.JSON, None, translate("InputFields", "An input Replidesk has no editor for yet: type it as JSON.")


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


def is_important(field: InputField) -> bool:
    """A setting shown even among many: how many outputs, their size, how long."""
    return field.name.lower() in IMPORTANT_NAMES


def _fold_advanced(fields: list[InputField]) -> list[InputField]:
    if len(fields) <= ADVANCED_AFTER:
        return fields
    prompt = prompt_field_name(fields)
    shown = 0
    folded = []
    for field in fields:
        keep = (
            field.required
            or field.name == prompt
            or field.kind is FieldKind.FILE
            or is_important(field)
            or shown < ADVANCED_AFTER - 1
        )
        if keep and field.name != prompt:
            shown += 1
        folded.append(field if keep else replace(field, advanced=True))
    return folded


def describe_default(spec: InputField) -> str:
    """The default in words ("Default: 0.6", "Default: on"), or whether the field is needed."""
    if spec.random_seed:
        return translate("InputFields", "Random unless set")
    if not spec.has_default or spec.default is None:
        return translate("InputFields", "Required") if spec.required else translate("InputFields", "Optional")
    if spec.kind is FieldKind.SECRET or spec.default == "":
        return ""
    default = spec.default
    if isinstance(default, bool):
        shown = translate("InputFields", "on") if default else translate("InputFields", "off")
    elif isinstance(default, (int, float)):
        shown = number_text(default)
    else:
        shown = elide_words(" ".join(str(default).split()), 60)
    return translate("InputFields", "Default: {value}").format(value=shown)


def help_text(spec: InputField) -> str:
    """What shows under a field: its default, the app's plain words, the author's help in full
    (unless it only repeats the field's name)."""
    description = spec.note or spec.description
    bare = description.strip()
    if bare.lower().startswith("input "):  # Cog's habit: "Input image", "Input Negative Prompt"
        bare = bare[len("input ") :]
    if any(
        _same_words(text, name) for text in (description, bare) for name in (spec.label, spec.name.replace("_", " "))
    ):
        description = ""
    first = " · ".join(p for p in (describe_default(spec), spec.plain_help) if p)
    return "\n".join(p for p in (first, description) if p)


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.lower().strip(" .").split()) == " ".join(b.lower().strip(" .").split())


def elide_words(text: str, limit: int) -> str:
    """At most about `limit` characters, cut between words and marked with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(None, 1)[0] if " " in text[:limit] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"
