"""What the user set in a model's input form, checked field by field and turned into the
exact input JSON the API expects. Only values the user set are sent: the model's own
defaults apply to the rest, so the example's input comes back exactly as it went in."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .i18n import number_text, translate
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
        for name in self.fields:
            self._check(name, result)
        return result

    def problem(self, name: str) -> str | None:
        """What is wrong with one field's set value (a form tells it as soon as it is typed)."""
        if name not in self.fields:
            return None
        result = CheckedInput()
        self._check(name, result)
        return result.problems.get(name)

    def _check(self, name: str, result: CheckedInput) -> None:
        spec = self.fields[name]
        value = self.values.get(name)
        empty = value is None or (isinstance(value, str) and not value.strip())
        if empty and spec.required and not spec.has_default:
            result.problems[name] = translate("InputValues", "{label} is required.").format(label=spec.label)
            return
        if name not in self.values:  # unset: the model's default applies
            return
        if value is None:  # an explicit null, as some examples send
            result.json[name] = None
            return
        if empty and spec.kind not in (FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.SECRET):
            return  # a cleared file, list or JSON box: back to the default
        if spec.kind is FieldKind.SECRET and value == SECRET_MASK:
            result.problems[name] = translate(
                "InputValues", "{label}: type it again (secrets are never saved)."
            ).format(label=spec.label)
            return
        try:
            result.json[name], files = _convert(spec, spec.label, value)
        except ValueError as problem:
            result.problems[name] = str(problem)
            return
        if files:
            result.uploads[name] = files


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


def _problem(text: str, label: str, **values: Any) -> ValueError:
    """A problem told as a whole sentence naming its field (word order is the language's own)."""
    return ValueError(text.format(label=label, **values))


def _convert(spec: InputField, label: str, value: Any) -> tuple[Any, list[Path]]:
    kind = spec.kind
    if kind is FieldKind.CHOICE:
        if value not in spec.choices:
            choices = ", ".join(str(c) for c in spec.choices)
            raise _problem(translate("InputValues", "{label} must be one of: {choices}."), label, choices=choices)
        return value, []
    if kind is FieldKind.JSON:
        try:
            return json.loads(value) if isinstance(value, str) else value, []
        except json.JSONDecodeError as error:
            text = translate("InputValues", "{label} is not valid JSON ({error} at character {position}).")
            raise _problem(text, label, error=error.msg, position=error.pos) from None
    if kind is FieldKind.LIST:
        items = value if isinstance(value, list) else [value]
        converted, files = [], []
        item_spec = InputField(
            spec.name, spec.title, spec.item_kind or FieldKind.TEXT, minimum=spec.minimum, maximum=spec.maximum
        )
        for position, item in enumerate(items, start=1):
            item_label = translate("InputValues", "{label} (item {position})").format(label=label, position=position)
            one, found = _convert(item_spec, item_label, item)
            converted.append(one)
            files += found
        return converted, files
    if kind is FieldKind.FILE:
        return _file(label, value)
    if kind is FieldKind.BOOLEAN:
        if not isinstance(value, bool):
            raise _problem(translate("InputValues", "{label} must be on or off."), label)
        return value, []
    if kind in (FieldKind.INTEGER, FieldKind.NUMBER):
        return _number(spec, label, value), []
    if not isinstance(value, str):
        raise _problem(translate("InputValues", "{label} must be text."), label)
    return value, []


def _number(spec: InputField, label: str, value: Any) -> int | float:
    whole = spec.kind is FieldKind.INTEGER
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and not float(value).is_integer()):
        if whole:
            raise _problem(translate("InputValues", "{label} must be a whole number."), label)
        raise _problem(translate("InputValues", "{label} must be a number."), label)
    if whole:
        value = int(value)
    problem = range_problem(spec, label, value)
    if problem:
        raise ValueError(problem)
    return value


def range_problem(spec: InputField, label: str, value: float) -> str:
    """Why `value` is outside the field's bounds, or "" (a value is refused, never clamped)."""
    low, high = spec.minimum, spec.maximum
    if (low is None or value >= low) and (high is None or value <= high):
        return ""
    if low is not None and high is not None:
        text = translate("InputValues", "{label} must be between {low} and {high}.")
        return text.format(label=label, low=number_text(low), high=number_text(high))
    if low is not None:
        return translate("InputValues", "{label} must be at least {low}.").format(label=label, low=number_text(low))
    assert high is not None
    return translate("InputValues", "{label} must be at most {high}.").format(label=label, high=number_text(high))


def _file(label: str, value: Any) -> tuple[Any, list[Path]]:
    if isinstance(value, Path):
        value = str(value)
    if not isinstance(value, str):
        raise _problem(translate("InputValues", "{label} must be a file or a web address."), label)
    text = value.strip()
    if is_foreign_file(text):
        name = text.removeprefix(FOREIGN_FILE_PREFIX) or translate("InputValues", "a file")
        raise _problem(
            translate(
                "InputValues",
                "{label}: this run came from another computer: choose the file to send instead of “{name}”.",
            ),
            label,
            name=name,
        )
    scheme = urlsplit(text).scheme.lower()
    if scheme in URL_SCHEMES:
        return text, []
    if scheme and len(scheme) > 1:  # file:, ftp: and the like; "C:" is a Windows drive
        raise _problem(
            translate(
                "InputValues", "{label} must be a file on this computer or a web address starting with https://."
            ),
            label,
        )
    path = Path(text).expanduser()
    if not path.is_file():
        raise _problem(
            translate("InputValues", "{label}: the file “{name}” was not found. Choose it again."),
            label,
            name=path.name,
        )
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except OSError:
        raise _problem(
            translate("InputValues", "{label}: the file “{name}” cannot be read."), label, name=path.name
        ) from None
    if size > MAX_UPLOAD_BYTES:
        megabytes = MAX_UPLOAD_BYTES // (1024 * 1024)
        text = translate("InputValues", "{label}: the file “{name}” is larger than %n MB.", n=megabytes)
        raise _problem(text, label, name=path.name)
    return str(path), [path]
