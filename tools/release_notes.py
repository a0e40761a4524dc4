"""Prints the release notes of one version, taken from CHANGELOG.md (the release workflow
publishes them with the GitHub Release). Exits 1 when the changelog has no section for it:
a release is never published without its notes.

    python tools/release_notes.py 0.2.0 [CHANGELOG.md]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def notes(changelog: str, version: str) -> str | None:
    """The body of `## <version>` (optionally `## [<version>] - date` or `## <version> — date`),
    up to the next `## ` heading; None when there is no such section or it is empty."""
    heading = re.compile(rf"^## \[?v?{re.escape(version)}\]?(?=$|[\s(—–-])", re.MULTILINE)
    found = heading.search(changelog)
    if found is None:
        return None
    body = changelog[found.end() :].split("\n", 1)[1] if "\n" in changelog[found.end() :] else ""
    following = re.search(r"^## ", body, re.MULTILINE)
    text = (body[: following.start()] if following else body).strip()
    return text or None


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    version = argv[1].removeprefix("v")
    path = Path(argv[2]) if len(argv) == 3 else Path(__file__).resolve().parents[1] / "CHANGELOG.md"
    text = notes(path.read_text(encoding="utf-8"), version)
    if text is None:
        print(f"{path.name} has no notes for {version}: add a '## {version}' section first", file=sys.stderr)
        return 1
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
