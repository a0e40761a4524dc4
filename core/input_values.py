"""What the user set in a model's input form, checked field by field and turned into the
exact input JSON the API expects. Only values the user set are sent: the model's own
defaults apply to the rest, so the example's input comes back exactly as it went in."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .input_fields import FieldKind, InputField

MAX_UPLOAD_BYTES = 100 * 1024 * 1024
URL_SCHEMES = ("http", "https", "data")
SECRET_MASK = "[secret]"  # what the history keeps of a password input, never sent back
# An input file of a run imported from another computer: the path means nothing here, so the
# user chooses the file again (a path from an import is never read, nor uploaded).
FOREIGN_FILE_PREFIX = "replidesk:file-from-another-computer/"


def foreign_file(name: str) -> str:
    return FOREIGN_FILE_PREFIX + name


def is_foreign_file(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FOREIGN_FILE_PREFIX)


@dataclass
class CheckedInput:
    """The input JSON, the local files to upload first (by field, in list order), and what is wrong."""

    json: dict[str, Any] = field(default_factory=dict)
    uploads: dict[str, list[Path]] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)


class FormValues:
    """The values the user set, by field name. JSON fields hold their text as typed."""

    def __init__(self, fields: list[InputField] | tuple[InputField, ...]) -> None:
        self.fields = {f.name: f for f in fields}
        self.values: dict[str, Any] = {}

    def copy(self) -> FormValues:
        """A snapshot for one run: later edits in the form never reach a run already asked for."""
        twin = FormValues(tuple(self.fields.values()))
        twin.values = dict(self.values)
        return twin

    def set(self, name: str, value: Any) -> None:
        if name in self.fields:
            self.values[name] = value

    def unset(self, name: str) -> None:
        self.values.pop(name, None)

    def shown(self, name: str) -> Any:
        """What a widget shows: the set value, else the default."""
        if name in self.values:
            return self.values[name]
        spec = self.fields[name]
        if spec.kind is FieldKind.JSON and spec.has_default:
            return json.dumps(spec.default)
        return spec.default

    def reset(self) -> None:
        self.values.clear()

    def fill(self, given: dict[str, Any]) -> list[str]:
        """Set exactly the given input (a model's example); returns the names the form lacks."""
        self.reset()
        unknown = []
        for name, value in given.items():
            if name not in self.fields:
                unknown.append(name)
            elif self.fields[name].kind is FieldKind.JSON:
                self.values[name] = json.dumps(value)
            else:
                self.values[name] = coerce(self.fields[name], value)
        return unknown

    def remembered(self) -> dict[str, Any]:
        """What may be kept between sessions: everything but secrets."""
        return {k: v for k, v in self.values.items() if self.fields[k].kind is not FieldKind.SECRET}

    def check(self) -> CheckedInput:
        result = CheckedInput()
        for name, spec in self.fields.items():
            value = self.values.get(name)
            empty = value is None or (isinstance(value, str) and not value.strip())
            if empty and spec.required and not spec.has_default:
                result.problems[name] = f"{spec.label} is required."
                continue
            if name not in self.values:  # unset: the model's default applies
                continue
            if value is None:  # an explicit null, as some examples send
                result.json[name] = None
                continue
            if empty and spec.kind not in (FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.SECRET):
                continue  # a cleared file, list or JSON box: back to the default
            if spec.kind is FieldKind.SECRET and value == SECRET_MASK:
                result.problems[name] = f"{spec.label}: type it again (secrets are never saved)."
                continue
            try:
                result.json[name], files = _convert(spec, value)
            except ValueError as problem:
                joiner = " " if str(problem).startswith(("must", "is ")) else ": "
                result.problems[name] = f"{spec.label}{joiner}{problem}"
                continue
            if files:
                result.uploads[name] = files
        return result


def coerce(spec: InputField, value: Any) -> Any:
    """A value typed loosely, as old examples on Replicate are ("5" for a number), made the
    type its field has, the way Cog's own validation coerces it."""
    if spec.kind in (FieldKind.INTEGER, FieldKind.NUMBER) and isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return value
        if spec.kind is FieldKind.NUMBER:
            return number
        return int(number) if number.is_integer() else value
    if spec.kind is FieldKind.CHOICE and value not in spec.choices:
        return next((choice for choice in spec.choices if str(choice) == str(value)), value)
    return value


def _convert(spec: InputField, value: Any) -> tuple[Any, list[Path]]:
    kind = spec.kind
    if kind is FieldKind.CHOICE:
        if value not in spec.choices:
            raise ValueError("must be one of: " + ", ".join(str(c) for c in spec.choices) + ".")
        return value, []
    if kind is FieldKind.JSON:
        try:
            return json.loads(value) if isinstance(value, str) else value, []
        except json.JSONDecodeError as error:
            raise ValueError(f"is not valid JSON ({error.msg} at character {error.pos}).") from None
    if kind is FieldKind.LIST:
        items = value if isinstance(value, list) else [value]
        converted, files = [], []
        item_spec = InputField(
            spec.name, spec.title, spec.item_kind or FieldKind.TEXT, minimum=spec.minimum, maximum=spec.maximum
        )
        for position, item in enumerate(items, start=1):
            try:
                one, found = _convert(item_spec, item)
            except ValueError as problem:
                raise ValueError(f"item {position} {problem}") from None  # "item 2 must be …"
            converted.append(one)
            files += found
        return converted, files
    if kind is FieldKind.FILE:
        return _file(value)
    if kind is FieldKind.BOOLEAN:
        if not isinstance(value, bool):
            raise ValueError("must be on or off.")
        return value, []
    if kind in (FieldKind.INTEGER, FieldKind.NUMBER):
        return _number(spec, value), []
    if not isinstance(value, str):
        raise ValueError("must be text.")
    return value, []


def _number(spec: InputField, value: Any) -> int | float:
    whole = spec.kind is FieldKind.INTEGER
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and not float(value).is_integer()):
        raise ValueError("must be a whole number." if whole else "must be a number.")
    if whole:
        value = int(value)
    if spec.minimum is not None and value < spec.minimum:
        raise ValueError(f"must be at least {_plain(spec.minimum)}.")
    if spec.maximum is not None and value > spec.maximum:
        raise ValueError(f"must be at most {_plain(spec.maximum)}.")
    return value


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _file(value: Any) -> tuple[Any, list[Path]]:
    if isinstance(value, Path):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError("must be a file or a web address.")
    text = value.strip()
    if is_foreign_file(text):
        name = text.removeprefix(FOREIGN_FILE_PREFIX) or "a file"
        raise ValueError(f"this run came from another computer: choose the file to send instead of “{name}”.")
    scheme = urlsplit(text).scheme.lower()
    if scheme in URL_SCHEMES:
        return text, []
    if scheme and len(scheme) > 1:  # file:, ftp: and the like; "C:" is a Windows drive
        raise ValueError("must be a file on this computer or a web address starting with https://.")
    path = Path(text).expanduser()
    if not path.is_file():
        raise ValueError(f"the file “{path.name}” was not found. Choose it again.")
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except OSError:
        raise ValueError(f"the file “{path.name}” cannot be read.") from None
    if size > MAX_UPLOAD_BYTES:
        raise ValueError(f"the file “{path.name}” is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB.")
    return str(path), [path]
