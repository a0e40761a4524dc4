"""Programs the app starts (xdg-open behind Open and links, notify-send) get the user's own
environment, not the one a frozen build made for itself (issue 14). A real child process is
started through Qt's `QDesktopServices.openUrl`, as the app's buttons do, and reports what it got."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from gui import child_processes

REPORTER = """
import json, os, sys
with open(sys.argv[1] + ".tmp", "w") as out:
    json.dump({"argv": sys.argv[2:], "env": dict(os.environ)}, out)
os.replace(sys.argv[1] + ".tmp", sys.argv[1])
"""


@pytest.fixture
def frozen_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The environment PyInstaller's bootloader and hooks leave: the user's LD_LIBRARY_PATH
    saved as _ORIG, the bundle's own folders in front."""
    bundle = tmp_path / "Replidesk" / "_internal"
    bundle.mkdir(parents=True)
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{bundle}:/caller/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/caller/lib")
    monkeypatch.setenv("QT_PLUGIN_PATH", str(bundle / "PySide6" / "Qt" / "plugins"))
    monkeypatch.setenv("XDG_DATA_DIRS", f"{bundle / 'share'}:/usr/local/share:/usr/share")
    monkeypatch.setenv("REPLIDESK_CALLER_VALUE", "kept as it was")
    return bundle


def opened_with(qtbot, url: QUrl, bundle: Path, tmp_path: Path) -> dict:
    report = tmp_path / "child.json"
    script = tmp_path / "reporter.py"
    script.write_text(REPORTER)
    assert child_processes.install_url_handlers([sys.executable, str(script), str(report)], str(bundle))
    try:
        assert QDesktopServices.openUrl(url)
        qtbot.waitUntil(report.exists, timeout=10_000)
    finally:
        child_processes.uninstall_url_handlers()
    return json.loads(report.read_text())


def test_a_link_opens_in_the_users_environment(qtbot, frozen_env: Path, tmp_path: Path) -> None:
    seen = opened_with(qtbot, QUrl("https://replicate.com/account/api-tokens?x=a b"), frozen_env, tmp_path)
    assert seen["argv"] == ["https://replicate.com/account/api-tokens?x=a%20b"]
    env = seen["env"]
    assert env["LD_LIBRARY_PATH"] == "/caller/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in env
    assert "QT_PLUGIN_PATH" not in env  # set by the build's hook only
    assert env["XDG_DATA_DIRS"] == "/usr/local/share:/usr/share"  # the user's part kept
    assert env["REPLIDESK_CALLER_VALUE"] == "kept as it was"
    assert not [name for name, value in env.items() if str(frozen_env) in value]


def test_a_file_is_opened_by_its_path(qtbot, frozen_env: Path, tmp_path: Path) -> None:
    picture = tmp_path / "a lighthouse at dusk.png"
    picture.write_bytes(b"\x89PNG")
    seen = opened_with(qtbot, QUrl.fromLocalFile(str(picture)), frozen_env, tmp_path)
    assert seen["argv"] == [str(picture)]
    assert seen["env"]["LD_LIBRARY_PATH"] == "/caller/lib"


def test_a_caller_without_ld_library_path_gets_none(qtbot, frozen_env: Path, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", str(frozen_env))
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    seen = opened_with(qtbot, QUrl("https://replicate.com/"), frozen_env, tmp_path)
    assert "LD_LIBRARY_PATH" not in seen["env"]


def test_run_from_source_nothing_is_installed(monkeypatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert child_processes.bundle_folder() is None
    assert not child_processes.install_url_handlers()
