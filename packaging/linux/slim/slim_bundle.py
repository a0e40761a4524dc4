"""Makes the Linux one-folder build smaller, after PyInstaller has collected it (build.spec runs
it). Three steps; the installed packages' self-test (tools/check_linux_package.sh) checks what
each could break: media playback, sorting and time zone names.

- Symbols are stripped from the shared libraries (about 25 MB), but for FFmpeg's, which then
  fail to load ("ELF load command address/offset not page-aligned"). PyInstaller's own strip
  would strip those too.
- Qt Quick and Qt Qml (16.5 MB), which only Qt's FFmpeg media plugin links and which the app
  never uses, become small stand-ins (qt_quick_stub.c). The step refuses to run if the plugin
  takes anything else from them.
- ICU's data (32 MB) keeps only what Qt asks ICU for: collation, for sorting in every language,
  and time zone names, 7.6 MB. Legacy text encodings, break iterators, transliteration and the
  localized names of languages, countries, currencies and units go: Qt has its own tables for
  those.

    python packaging/linux/slim/slim_bundle.py dist/Replidesk

Needs gcc, binutils and ICU's icupkg (Debian: gcc, binutils, icu-devtools).
"""

from __future__ import annotations

import fnmatch
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEVER_STRIP = ("libavcodec", "libavformat", "libavutil", "libswresample", "libswscale")

MEDIA_PLUGIN = "plugins/multimedia/libffmpegmediaplugin.so"
QUICK = "libQt6Quick.so.6"
QML = "libQt6Qml.so.6"
# Needed by the real Qt Quick only.
QML_FAMILY = ("libQt6QmlModels.so.6", "libQt6QmlMeta.so.6", "libQt6QmlWorkerScript.so.6")
QUICK_SYMBOLS = {"_ZN12QQuickWindow16staticMetaObjectE", "_ZN12QQuickWindow10grabWindowEv"}

# Items of ICU's data package that stay (icupkg names, shell patterns: `*` also crosses `/`).
# Collation (ucol_*: QCollator, locale-aware sorting) needs coll/; time zone names (ucal_*:
# QTimeZone::displayName, long date formats) need zone/, the zone tables and, for names such
# as "GMT+9", the numbering systems; every lookup needs the root, the index and the pool.
# Whole top-level locales are kept for English and German, the app's own languages.
ICU_KEEP = (
    "coll/*", "zone/*",
    "root.res", "res_index.res", "pool.res", "en.res", "en_*.res", "de.res", "de_*.res",
    "supplementalData.res", "likelySubtags.res", "metadata.res", "keyTypeData.res", "numberingSystems.res",
    "metaZones.res", "timezoneTypes.res", "windowsZones.res", "zoneinfo64.res",
    "icuver.res", "icustd.res", "cnvalias.icu",
)  # fmt: skip


def run(*command: str | Path) -> str:
    done = subprocess.run([str(part) for part in command], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{Path(command[0]).name} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def needed(library: Path) -> set[str]:
    """The sonames a library links (its DT_NEEDED entries)."""
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", run("readelf", "-d", library)))


def dynamic_symbols(library: Path, *, defined: bool) -> set[str]:
    listing = run("nm", "-D", "--defined-only" if defined else "--undefined-only", library)
    return {line.split()[-1].split("@")[0] for line in listing.splitlines() if line.strip()}


def strip_libraries(app: Path) -> None:
    for library in app.rglob("*.so*"):
        if library.is_file() and not library.is_symlink() and not library.name.startswith(NEVER_STRIP):
            subprocess.run(["strip", "--strip-unneeded", str(library)], check=False, capture_output=True)


def stub_qt_quick(internal: Path) -> int:
    """Replaces Qt Quick and Qt Qml with stand-ins; returns the bytes saved."""
    qt = internal / "PySide6" / "Qt"
    lib = qt / "lib"
    plugin = qt / MEDIA_PLUGIN
    if not (lib / QUICK).is_file():
        return 0
    wanted = dynamic_symbols(plugin, defined=False)
    beyond = (wanted & dynamic_symbols(lib / QUICK, defined=True)) - QUICK_SYMBOLS
    if beyond:
        raise SystemExit(f"{plugin.name} now takes {sorted(beyond)} from Qt Quick: update the stub")
    if wanted & dynamic_symbols(lib / QML, defined=True):
        raise SystemExit(f"{plugin.name} now takes symbols from Qt Qml: it needs a stub like Qt Quick's")
    replaced = (QUICK, QML, *QML_FAMILY)
    others = (p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink() and p != plugin)
    users = sorted(str(p.relative_to(internal)) for p in others if p.name not in replaced and needed(p) & set(replaced))
    if users:
        raise SystemExit(f"Qt Quick or Qml is linked by more than the media plugin: {users}")
    before = sum((lib / name).stat().st_size for name in replaced if (lib / name).exists())
    for name in replaced:
        (lib / name).unlink(missing_ok=True)
    run("gcc", "-shared", "-fPIC", "-Os", "-Wall", "-Wextra", f"-Wl,-soname,{QUICK}",
        f"-Wl,--version-script={HERE / 'qt_quick_stub.map'}", "-Wl,-rpath,$ORIGIN", "-o", lib / QUICK,
        HERE / "qt_quick_stub.c", f"-L{lib}", "-l:libQt6Gui.so.6")  # fmt: skip
    # The plugin links Qt Qml but takes nothing from it: an empty library with its name will do.
    run("gcc", "-shared", "-fPIC", "-nostdlib", f"-Wl,-soname,{QML}", "-o", lib / QML, "-x", "c", "/dev/null")
    run("strip", "--strip-unneeded", lib / QUICK, lib / QML)
    for link in internal.glob("lib*.so*"):  # PyInstaller's links to Qt's libraries
        if link.is_symlink() and not link.exists():
            link.unlink()
    return before - (lib / QUICK).stat().st_size - (lib / QML).stat().st_size


def icu_data_range(library: Path, symbol: str) -> tuple[int, int]:
    """The file offset and size of `symbol` (ICU's data blob) in `library`."""
    match = re.search(rf"^([0-9a-f]+) ([0-9a-f]+) R {symbol}$", run("nm", "-D", "-S", library), re.M)
    if not match:
        raise SystemExit(f"{library.name} has no {symbol}")
    address, size = int(match[1], 16), int(match[2], 16)
    for line in run("readelf", "-l", "-W", library).splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, vaddr, filesize = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if vaddr <= address < vaddr + filesize:
                return address - vaddr + offset, size
    raise SystemExit(f"{symbol} is in no loaded segment of {library.name}")


def trim_icu_data(internal: Path) -> int:
    """Rebuilds libicudata with only the items in ICU_KEEP; returns the bytes saved."""
    found = sorted((internal / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        return 0
    library = found[0]
    version = library.name.rsplit(".", 1)[1]
    package = f"icudt{version}l"  # l: little-endian, like every machine we build for
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        offset, size = icu_data_range(library, f"icudt{version}_dat")
        # icupkg wants a package's file named after it (ICU looks items up by that name), and
        # names the package it writes after the file.
        full = work / f"{package}.dat"
        with library.open("rb") as source:
            source.seek(offset)
            full.write_bytes(source.read(size))
        items = run("icupkg", "-l", full).split()
        keep = [item for item in items if any(fnmatch.fnmatchcase(item, pattern) for pattern in ICU_KEEP)]
        (work / "drop.txt").write_text("\n".join(sorted(set(items) - set(keep))) + "\n")
        (work / "out").mkdir()
        trimmed = work / "out" / full.name
        run("icupkg", "-r", work / "drop.txt", full, trimmed)
        if sorted(run("icupkg", "-l", trimmed).split()) != sorted(keep):
            raise SystemExit("icupkg did not keep exactly the ICU items asked for")
        (work / "data.S").write_text(
            "    .section .rodata\n"
            f"    .globl icudt{version}_dat\n"
            f"    .type icudt{version}_dat, @object\n"
            "    .balign 16\n"
            f"icudt{version}_dat:\n"
            f'    .incbin "{trimmed}"\n'
            f"    .size icudt{version}_dat, . - icudt{version}_dat\n"
            '    .section .note.GNU-stack,"",@progbits\n'
        )
        run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", work / library.name, work / "data.S")
        (work / library.name).replace(library)
    return before - library.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    app = Path(argv[1])
    strip_libraries(app)
    quick = stub_qt_quick(app / "_internal")
    icu = trim_icu_data(app / "_internal")
    print(f"Slimmed: Qt Quick and Qml stand-ins -{quick / 1e6:.1f} MB, ICU data -{icu / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
