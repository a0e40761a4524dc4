"""The notes a GitHub Release is published with come from CHANGELOG.md (tools/release_notes.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools.release_notes import notes

ROOT = Path(__file__).resolve().parents[2]
CHANGELOG = """# Changelog

## Unreleased
- not yet

## 0.10.0 — 2026-12-24
### Added
- AppImage

## 0.1.0
- First release.
"""


def test_a_versions_section_up_to_the_next_one() -> None:
    assert notes(CHANGELOG, "0.10.0") == "### Added\n- AppImage"
    assert notes(CHANGELOG, "0.1.0") == "- First release."


def test_a_version_that_only_starts_like_another_is_not_taken_for_it() -> None:
    assert notes(CHANGELOG, "0.1") is None
    assert notes(CHANGELOG, "0.10") is None
    assert notes(CHANGELOG, "1.0") is None


def test_the_script_refuses_to_publish_without_notes(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(CHANGELOG, encoding="utf-8")
    script = [sys.executable, str(ROOT / "tools" / "release_notes.py")]
    ok = subprocess.run([*script, "v0.10.0", str(changelog)], capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.strip() == "### Added\n- AppImage"
    missing = subprocess.run([*script, "v9.9.9", str(changelog)], capture_output=True, text=True)
    assert missing.returncode == 1 and "no notes for 9.9.9" in missing.stderr


def test_the_current_version_has_notes_or_unreleased_ones() -> None:
    """A tag of the version in core/__init__.py would find its notes (or they are still under
    Unreleased, to be renamed when it is tagged)."""
    from core import __version__

    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert notes(text, __version__) is not None or notes(text, "Unreleased") is not None
