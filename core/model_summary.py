"""What a list of models shows of each: name, description, run count, cover and links, read from
Replicate's model JSON (search results, collections, model pages) and kept in the local catalog.
Every field is the model author's text: shown as plain text, links opened only when asked."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from .model_ref import ModelRef, is_name_part

MAX_TEXT = 4000  # characters of a description kept: a card shows a paragraph, not a page
MAX_EXAMPLE = 16_000  # characters of an example's input or output (as JSON) kept; a card shows 600


@dataclass(frozen=True)
class ModelSummary:
    owner: str
    name: str
    description: str = ""
    run_count: int = 0
    cover_image_url: str = ""
    url: str = ""
    github_url: str = ""
    paper_url: str = ""
    license_url: str = ""
    latest_version: str = ""
    example_input: dict[str, Any] = field(default_factory=dict)
    example_output: Any = None
    deployment: bool = False  # one of the user's deployments, not a public model

    @property
    def slug(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def target(self) -> str:
        """What the picker takes to run it."""
        return ModelRef(self.owner, self.name, deployment=self.deployment).slug

    @classmethod
    def from_api(cls, data: Any) -> ModelSummary | None:
        """A model object of Replicate's API, or None when it is not one (checked field by
        field: a search result is the server's word, not ours)."""
        if not isinstance(data, dict):
            return None
        owner, name = _text(data.get("owner")), _text(data.get("name"))
        # Each part on its own: "a/b" as a name or "deployments" as an owner would name
        # something else (a pinned version, the user's own deployment).
        if not (is_name_part(owner) and is_name_part(name)) or owner == "deployments":
            return None
        latest = data.get("latest_version")
        example = data.get("default_example")
        example = example if isinstance(example, dict) else {}
        example_input = example.get("input")
        return cls(
            owner=owner,
            name=name,
            description=_text(data.get("description"))[:MAX_TEXT],
            run_count=_count(data.get("run_count")),
            cover_image_url=_link(data.get("cover_image_url")),
            url=_link(data.get("url")),
            github_url=_link(data.get("github_url")),
            paper_url=_link(data.get("paper_url")),
            license_url=_link(data.get("license_url")),
            latest_version=_text(latest.get("id")) if isinstance(latest, dict) else "",
            example_input=example_input if isinstance(example_input, dict) and _small(example_input) else {},
            example_output=example.get("output") if _small(example.get("output")) else None,
        )

    def to_json(self) -> str:
        """In the API's own shape, so that reading it back is checked the same way."""
        data = asdict(self)
        data["latest_version"] = {"id": data.pop("latest_version")}
        data["default_example"] = {"input": data.pop("example_input"), "output": data.pop("example_output")}
        data.pop("deployment")  # deployments are listed from the account each time, never kept
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> ModelSummary | None:
        try:
            return cls.from_api(json.loads(text))
        except ValueError:
            return None


def _small(value: Any) -> bool:
    """Whether a value is small enough to keep (one public model's example output is 3 MB)."""
    try:
        return len(json.dumps(value, default=str)) <= MAX_EXAMPLE
    except (TypeError, ValueError):
        return False


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _link(value: Any) -> str:
    """Only web links are kept: a card opens them in the browser, nothing else."""
    text = _text(value).strip()
    return text if text.startswith(("https://", "http://")) and len(text) < 2000 else ""
