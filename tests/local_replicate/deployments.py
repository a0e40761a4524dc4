"""The deployments of the local server's account: a name of the account's own that runs one
fixed version of a public model (its current release)."""

from __future__ import annotations

from dataclasses import dataclass

from .catalog import Catalog

# (deployment name, the model it runs, hardware, when its release was made), all owned by the
# account, newest first.
SEEDED = (
    ("my-llama", "meta/meta-llama-3-8b-instruct", "gpu-a40-small", "2025-03-14T09:26:53.589793Z"),
    ("my-sdxl", "stability-ai/sdxl", "gpu-t4", "2025-02-03T16:32:57.018467Z"),
)


@dataclass(frozen=True)
class Deployment:
    owner: str
    name: str
    model: str  # owner/name of the model it runs
    version: str  # the version id of its current release
    hardware: str
    created_by: dict  # the account, as GET /v1/account gives it
    created_at: str
    number: int = 1
    min_instances: int = 0
    max_instances: int = 1

    @property
    def id(self) -> str:
        return f"{self.owner}/{self.name}"

    def to_json(self) -> dict:
        return {
            "owner": self.owner,
            "name": self.name,
            "current_release": {
                "number": self.number,
                "model": self.model,
                "version": self.version,
                "created_at": self.created_at,
                "created_by": dict(self.created_by),
                "configuration": {
                    "hardware": self.hardware,
                    "min_instances": self.min_instances,
                    "max_instances": self.max_instances,
                },
            },
        }


def seed_deployments(catalog: Catalog, account: dict) -> dict[str, Deployment]:
    """The seeded deployments by `owner/name`, newest first (as the list gives them)."""
    found = {}
    for name, model_id, hardware, created_at in SEEDED:
        owner, model_name = model_id.split("/")
        model = catalog.model(owner, model_name)
        assert model is not None, f"{model_id} is missing from models.json"
        deployment = Deployment(
            account["username"], name, model_id, model["latest_version"]["id"], hardware, account, created_at
        )
        found[deployment.id] = deployment
    return found
