"""The AppImage made by tools/package_appimage.sh, and our own runtime in it
(packaging/linux/appimage/runtime.c): where the image starts, extract-and-run, FUSE, the app's
arguments, environment and exit status passed through, nothing left behind.

The AppImage under test is $REPLIDESK_APPIMAGE, else the newest dist/*.AppImage. Besides the real
one, a toy AppImage is made from the same runtime (its bytes up to the image) and a small AppDir
holding our real AppRun and a stand-in app that reports what it was given.
"""

from __future__ import annotations

import os
import shutil
import stat
import struct
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import __version__

ROOT = Path(__file__).resolve().parents[2]
MISSING = "dist/*.AppImage missing: run tools/package_appimage.sh"

# The stand-in app: what the runtime told it, then its arguments, NUL-separated (exact bytes).
TOY_APP = """#!/bin/sh
printf '%s\\0' "$APPDIR" "$APPIMAGE" "$ARGV0" "$OWD" "$@"
[ -n "$TOY_SIGNAL" ] && kill -s "$TOY_SIGNAL" $$
exit "${TOY_STATUS:-0}"
"""
# What a shell and a desktop launcher may hand an app: spaces, quotes, globs, an empty argument,
# a newline, and options that only the runtime's first argument may use.
ARGUMENTS = ["a b", 'say "hi"', "it's", "", "*", "$HOME", "line\nbreak", "--appimage-extract", "--appimage-offset"]


@pytest.fixture(scope="module")
def appimage() -> Path:
    chosen = os.environ.get("REPLIDESK_APPIMAGE")
    if chosen:
        return Path(chosen).resolve()
    found = sorted((ROOT / "dist").glob("*.AppImage"), key=lambda path: path.stat().st_mtime)
    if not found:
        pytest.skip(MISSING)
    return found[-1]


def elf_end(path: Path) -> int:
    """Where the ELF file ends: after its section header table (64-bit little-endian here)."""
    header = path.read_bytes()[:64]
    assert header[:4] == b"\x7fELF" and header[4] == 2 and header[5] == 1
    (shoff,) = struct.unpack_from("<Q", header, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", header, 0x3A)
    return shoff + shnum * shentsize


def fuse_unusable() -> str | None:
    """Why this machine cannot mount with FUSE (as the runtime decides), or None."""
    if not os.access("/dev/fuse", os.R_OK | os.W_OK):
        return "/dev/fuse is missing or not readable and writable by this user"
    if os.geteuid() != 0 and not shutil.which("fusermount3"):
        return "fusermount3 (package fuse3) is not installed"
    return None


@pytest.fixture
def private_tmp() -> Iterator[Path]:
    """A TMPDIR that others may enter (a test runs the runtime as another user)."""
    folder = Path(tempfile.mkdtemp(prefix="appimage-test-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def toy(appimage: Path) -> Iterator[Path]:
    if not shutil.which("mksquashfs"):
        pytest.skip("mksquashfs (package squashfs-tools) is needed to make the toy AppImage")
    folder = Path(tempfile.mkdtemp(prefix="appimage-toy-"))
    folder.chmod(0o755)
    appdir = folder / "AppDir"
    app = appdir / "usr/lib/replidesk"
    app.mkdir(parents=True)
    shutil.copy(ROOT / "packaging/linux/appimage/AppRun", appdir / "AppRun")
    (appdir / "AppRun").chmod(0o755)
    (app / "replidesk").write_text(TOY_APP)
    (app / "replidesk").chmod(0o755)
    (appdir / "data.txt").write_text("some data\n")
    (appdir / "read-only.txt").write_text("read only\n")
    (appdir / "read-only.txt").chmod(0o444)
    (appdir / "big.bin").write_bytes(os.urandom(3 * 1024 * 1024 + 17))  # several 1 MiB blocks
    (appdir / "link").symlink_to("usr/lib/replidesk/replidesk")
    image = folder / "image.squashfs"
    subprocess.run(
        ["mksquashfs", str(appdir), str(image), "-quiet", "-no-progress", "-noappend", "-root-owned", "-b", "1M"],
        check=True,
        capture_output=True,
    )
    toy = folder / "Toy With Spaces.AppImage"
    toy.write_bytes(appimage.read_bytes()[: elf_end(appimage)] + image.read_bytes())
    toy.chmod(0o755)
    yield toy
    shutil.rmtree(folder, ignore_errors=True)


def run_toy(toy: Path, *args: str, tmp: Path, cwd: Path, env: dict[str, str] | None = None, as_nobody: bool = False):
    command = [str(toy), *args]
    if as_nobody:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    environment = {**os.environ, "TMPDIR": str(tmp), **(env or {})}
    environment.pop("APPIMAGE_EXTRACT_AND_RUN", None)
    return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, timeout=60)


def reported(stdout: bytes) -> tuple[dict[str, str], list[str]]:
    fields = stdout.decode().split("\0")[:-1]
    return dict(zip(["APPDIR", "APPIMAGE", "ARGV0", "OWD"], fields[:4], strict=True)), fields[4:]


def test_magic_and_offset_mark_where_the_image_starts(appimage):
    data = appimage.read_bytes()
    assert data[8:11] == b"AI\x02"
    out = subprocess.run([str(appimage), "--appimage-offset"], capture_output=True, text=True, check=True).stdout
    assert int(out) == elf_end(appimage)
    assert data[int(out) : int(out) + 4] == b"hsqs"  # a squashfs superblock


def test_extract_and_run_prints_the_version_and_leaves_nothing(appimage, private_tmp):
    result = run_toy(appimage, "--appimage-extract-and-run", "--version", tmp=private_tmp, cwd=private_tmp)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == f"Replidesk {__version__}"
    assert list(private_tmp.iterdir()) == []


def test_extract_and_run_passes_its_self_test(appimage, private_tmp):
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(tool)]
    if missing:
        pytest.skip(f"{', '.join(missing)} missing: tools/setup.sh installs them")
    # TMPDIR for the AppImage only: the keyring's own temporary folder is not its business.
    command = ["dbus-run-session", "--", "bash", "tools/with-keyring.sh", "env", f"TMPDIR={private_tmp}"]
    result = subprocess.run(
        [*command, str(appimage), "--appimage-extract-and-run", "--self-test"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "self-test ok" in result.stdout and "multimedia" in result.stdout
    # (The self-test leaves its own replidesk-self-test-* folders: gui/self_test.py's business.)
    assert list(private_tmp.glob("appimage_extracted_*")) == []


@pytest.mark.parametrize("path", ["extract-and-run", "env", "FUSE"])
def test_arguments_environment_and_status_pass_through(toy, private_tmp, path):
    flags: list[str] = ["--appimage-extract-and-run"] if path == "extract-and-run" else []
    env = {"TOY_STATUS": "7"}
    if path == "env":
        env["APPIMAGE_EXTRACT_AND_RUN"] = "1"
    if path == "FUSE" and (reason := fuse_unusable()):
        pytest.skip(f"FUSE path not testable here: {reason}")
    command = [str(toy), *flags, *ARGUMENTS]
    environment = {**os.environ, "TMPDIR": str(private_tmp), **env}
    result = subprocess.run(command, cwd=private_tmp, env=environment, capture_output=True, timeout=60)
    assert result.returncode == 7, result.stderr
    given, arguments = reported(result.stdout)
    assert arguments == ARGUMENTS
    assert given["APPIMAGE"] == str(toy) and given["ARGV0"] == str(toy) and given["OWD"] == str(private_tmp)
    prefix = ".mount_" if path == "FUSE" else "appimage_extracted_"
    assert Path(given["APPDIR"]).parent == private_tmp and Path(given["APPDIR"]).name.startswith(prefix)
    assert result.stderr == b""  # no fallback line when FUSE works
    assert list(private_tmp.iterdir()) == []
    assert given["APPDIR"] not in Path("/proc/self/mounts").read_text()


def test_an_app_killed_by_a_signal_kills_the_runtime_alike(toy, private_tmp):
    result = run_toy(toy, "--appimage-extract-and-run", tmp=private_tmp, cwd=private_tmp, env={"TOY_SIGNAL": "TERM"})
    assert result.returncode == -15
    assert list(private_tmp.iterdir()) == []


def test_without_fuse_it_says_so_once_and_extracts(toy, private_tmp):
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv, to run the AppImage as a user without FUSE")
    if os.path.exists("/dev/fuse") and os.stat("/dev/fuse").st_mode & 0o006 == 0o006:
        pytest.skip("nobody may use /dev/fuse on this machine: no user to run without FUSE")
    result = run_toy(toy, "x y", tmp=private_tmp, cwd=private_tmp, as_nobody=True)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and "FUSE is not usable here" in lines[0] and "extracting" in lines[0]
    given, arguments = reported(result.stdout)
    assert arguments == ["x y"] and Path(given["APPDIR"]).name.startswith("appimage_extracted_")
    assert list(private_tmp.iterdir()) == []


def test_extract_writes_squashfs_root_with_modes_and_links(toy, private_tmp):
    result = run_toy(toy, "--appimage-extract", tmp=private_tmp, cwd=private_tmp)
    assert result.returncode == 0, result.stderr
    root = private_tmp / "squashfs-root"
    source = toy.parent / "AppDir"
    for path in sorted(source.rglob("*")):
        copy = root / path.relative_to(source)
        if path.is_symlink():
            assert os.readlink(copy) == os.readlink(path)
        elif path.is_file():
            assert copy.read_bytes() == path.read_bytes()
            assert stat.S_IMODE(copy.stat().st_mode) == stat.S_IMODE(path.stat().st_mode), path
        else:
            assert copy.is_dir()
    again = run_toy(toy, "--appimage-extract", tmp=private_tmp, cwd=private_tmp)
    assert again.returncode == 1 and b"squashfs-root" in again.stderr  # never over an older one
