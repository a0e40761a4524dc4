"""The whole public catalog (every public model's metadata, from the npm package
`all-the-public-replicate-models`), fetched with npm once and cached, for sweep tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pytest

PACKAGE = "all-the-public-replicate-models"
VERSION = "1.352.0"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "replidesk-tests" / f"{PACKAGE}-{VERSION}"


def public_models() -> list[dict]:
    """Every public model, or a skip that says exactly what is missing."""
    cached = CACHE / "models.json"
    if not cached.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip(
                f"SWEEP NOT RUN: npm is not installed, so the public catalog ({PACKAGE}@{VERSION}) "
                "cannot be fetched; install Node.js/npm to run this test"
            )
        with tempfile.TemporaryDirectory() as scratch:
            try:
                subprocess.run(
                    [npm, "pack", f"{PACKAGE}@{VERSION}", "--silent"],
                    cwd=scratch,
                    check=True,
                    capture_output=True,
                    timeout=300,
                )
            except (subprocess.SubprocessError, OSError) as error:
                pytest.skip(
                    f"SWEEP NOT RUN: `npm pack {PACKAGE}@{VERSION}` failed ({error}); "
                    "the npm registry must be reachable to fetch the public catalog"
                )
            archive = next(Path(scratch).glob("*.tgz"))
            with tarfile.open(archive) as tar:
                member = tar.extractfile("package/models.json")
                CACHE.mkdir(parents=True, exist_ok=True)
                partial = cached.with_suffix(".part")
                partial.write_bytes(member.read())
                partial.replace(cached)
    return json.loads(cached.read_text(encoding="utf-8"))
