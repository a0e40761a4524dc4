"""The Linux build's slimming (packaging/linux/slim/slim_bundle.py), on copies of the installed
PySide6's libraries: the stand-in for Qt Quick still lets Qt's FFmpeg plugin play sound and
video, and the cut ICU data still sorts and names time zones in any language. Then, with the
slimmed libraries first on the library path, a real Qt does both. The packages' self-test
checks the same in the installed app (tools/check_linux_package.sh)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the slimming is for the Linux build only")


def load_slim():
    spec = importlib.util.spec_from_file_location("slim_bundle", ROOT / "packaging/linux/slim/slim_bundle.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


slim = load_slim()


def installed_qt() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


@pytest.fixture(scope="module")
def internal(tmp_path_factory) -> Path:
    """A one-folder build's `_internal/` holding only what the slimming touches."""
    for tool in ("gcc", "nm", "readelf", "icupkg"):
        if not shutil.which(tool):
            pytest.fail(f"{tool} is missing: tools/setup.sh installs it (Debian: gcc, binutils, icu-devtools)")
    internal = tmp_path_factory.mktemp("bundle") / "_internal"
    qt = internal / "PySide6" / "Qt"
    (qt / "lib").mkdir(parents=True)
    (qt / "plugins" / "multimedia").mkdir(parents=True)
    source = installed_qt()
    for name in (slim.QUICK, slim.QML, *slim.QML_FAMILY):
        shutil.copy2(source / "lib" / name, qt / "lib" / name)
        (internal / name).symlink_to(Path("PySide6/Qt/lib") / name)
    icu = next((source / "lib").glob("libicudata.so.*"))
    shutil.copy2(icu, qt / "lib" / icu.name)
    shutil.copy2(source / "lib" / "libQt6Gui.so.6", qt / "lib")  # the stand-in links it
    shutil.copy2(source / slim.MEDIA_PLUGIN, qt / slim.MEDIA_PLUGIN)
    return internal


@pytest.fixture(scope="module")
def slimmed(internal) -> Path:
    assert slim.stub_qt_quick(internal) > 15_000_000
    assert slim.trim_icu_data(internal) > 20_000_000
    return internal


PROBE = textwrap.dedent(
    """
    import json, os, sys
    from PySide6.QtCore import QCollator, QLocale, QTimeZone, QTimer, QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    frames, sizes = [], {}
    video = QMediaPlayer()
    sink = QVideoSink()
    video.setVideoSink(sink)
    sink.videoFrameChanged.connect(lambda frame: frames.append(frame.size().width()))
    video.setSource(QUrl.fromLocalFile(sys.argv[1]))
    video.play()
    sound = QMediaPlayer()
    sound.setSource(QUrl.fromLocalFile(sys.argv[2]))
    QTimer.singleShot(3000, app.quit)
    app.exec()
    words = ["zebra", "öl", "apfel", "ärger"]
    swedish = sorted(words, key=QCollator(QLocale("sv_SE")).sortKey)
    tokyo = QTimeZone(b"Asia/Tokyo").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("fr_FR")
    )
    loaded = [line.split()[-1] for line in open("/proc/self/maps") if "libQt6Quick" in line or "libicudata" in line]
    print(json.dumps({
        "frames": len(frames), "width": max(frames, default=0), "video_ms": video.duration(),
        "sound_ms": sound.duration(), "swedish": swedish, "tokyo": tokyo, "loaded": sorted(set(loaded)),
    }))
    """
)


def probe(library_path: Path, tmp_path: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from tests.local_replicate.files import avi_bytes, wav_bytes

    video, sound = tmp_path / "clip.avi", tmp_path / "tone.wav"
    video.write_bytes(avi_bytes(frames=12, width=160, height=120))
    sound.write_bytes(wav_bytes(seconds=1.0, frequency=440))
    env = {**os.environ, "LD_LIBRARY_PATH": str(library_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(video), str(sound)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_slimmed_libraries_still_play_sort_and_name_time_zones(slimmed, tmp_path):
    lib = slimmed / "PySide6" / "Qt" / "lib"
    assert (lib / slim.QUICK).stat().st_size < 100_000 and (lib / slim.QML).stat().st_size < 100_000
    assert not any((lib / name).exists() for name in slim.QML_FAMILY)
    assert not any(link.is_symlink() and not link.exists() for link in slimmed.iterdir())  # no dangling links
    seen = probe(lib, tmp_path)
    assert seen["loaded"] == sorted(
        str(path) for path in lib.glob("lib*") if "Quick" in path.name or "icu" in path.name
    )
    assert seen["frames"] >= 10 and seen["width"] == 160 and 900 <= seen["video_ms"] <= 1100
    assert 900 <= seen["sound_ms"] <= 1100
    assert seen["swedish"] == ["apfel", "zebra", "ärger", "öl"]  # Swedish sorts ä and ö after z
    assert seen["tokyo"] == "heure normale du Japon"


def test_the_probe_sees_collation_lost_when_icu_keeps_only_the_root(tmp_path, monkeypatch):
    """The same check fails when the cut goes too far: sorting falls back to the root order."""
    lib = tmp_path / "_internal" / "PySide6" / "Qt" / "lib"
    lib.mkdir(parents=True)
    icu = next((installed_qt() / "lib").glob("libicudata.so.*"))
    shutil.copy2(icu, lib / icu.name)
    monkeypatch.setattr(
        slim, "ICU_KEEP", ("root.res", "res_index.res", "pool.res", "coll/root.res", "coll/ucadata.icu")
    )
    slim.trim_icu_data(tmp_path / "_internal")
    seen = probe(lib, tmp_path)
    assert seen["swedish"] == ["apfel", "ärger", "öl", "zebra"]


def test_the_stub_is_refused_when_the_media_plugin_takes_more_from_qt_quick(tmp_path):
    """A newer Qt whose plugin calls more of Qt Quick than the stand-in has must stop the build,
    not ship a plugin that fails to load."""
    qt = tmp_path / "_internal" / "PySide6" / "Qt"
    (qt / "plugins" / "multimedia").mkdir(parents=True)
    (qt / "lib").mkdir()
    for name in (slim.QUICK, slim.QML):
        shutil.copy2(installed_qt() / "lib" / name, qt / "lib" / name)
    source = tmp_path / "plugin.c"
    source.write_text(
        "extern void _ZN10QQuickItem6updateEv(void *);\nvoid call(void *item) { _ZN10QQuickItem6updateEv(item); }\n"
    )
    link = ["gcc", "-shared", "-fPIC", "-Wl,--allow-shlib-undefined", "-o", str(qt / slim.MEDIA_PLUGIN), str(source)]
    subprocess.run([*link, f"-L{qt / 'lib'}", "-l:libQt6Quick.so.6"], check=True)
    with pytest.raises(SystemExit, match="_ZN10QQuickItem6updateEv"):
        slim.stub_qt_quick(tmp_path / "_internal")
    assert (qt / "lib" / slim.QUICK).stat().st_size > 1_000_000  # left as it was
