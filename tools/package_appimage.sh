#!/usr/bin/env bash
# Builds dist/Replidesk-<version>-<arch>.AppImage, offline: the PyInstaller one-folder app, with
# everything inside (inline sound and video included), in an AppDir packed as squashfs behind
# our own small AppImage runtime (packaging/linux/appimage/runtime.c; appimagetool and its
# runtime live on GitHub, which these machines cannot reach).
#
#   tools/package_appimage.sh [APP_FOLDER]   APP_FOLDER: a PyInstaller one-folder build,
#                                            dist/Replidesk by default (built when missing)
#   APPIMAGE_COMPRESSION=zstd19|zstd22|xz    squashfs compression (default zstd19: the quickest
#                                            start under the 55 MB target, see docs/PACKAGING.md)
set -euo pipefail
cd "$(dirname "$0")/.."
APP="${1:-dist/Replidesk}"
COMPRESSION="${APPIMAGE_COMPRESSION:-zstd19}"
VERSION="$(.venv/bin/python -c 'import core; print(core.__version__)')"
MACHINE="$(uname -m)"
OUT="dist/Replidesk-${VERSION}-${MACHINE}.AppImage"
WORK=build/appimage
APPDIR=build/AppDir

# A compiler, mksquashfs, and the static libraries the runtime is linked with (squashfuse
# links lz4 and lzo too, although our images use neither).
PACKAGES=(gcc libc6-dev squashfs-tools libsquashfuse-dev libfuse3-dev libzstd-dev liblzma-dev zlib1g-dev
  liblz4-dev liblzo2-dev)
bash tools/apt_install.sh "${PACKAGES[@]}"

case "$COMPRESSION" in
  zstd19) SQUASHFS_OPTIONS=(-comp zstd -Xcompression-level 19) ;;
  zstd22) SQUASHFS_OPTIONS=(-comp zstd -Xcompression-level 22) ;;
  xz) SQUASHFS_OPTIONS=(-comp xz -Xbcj x86) ;;
  *) echo "APPIMAGE_COMPRESSION must be zstd19, zstd22 or xz, not $COMPRESSION" >&2; exit 2 ;;
esac

if [ ! -x "$APP/replidesk" ]; then
  if [ "$APP" != dist/Replidesk ]; then
    echo "$APP is not a PyInstaller one-folder build of Replidesk (no $APP/replidesk)" >&2
    exit 1
  fi
  bash tools/build_app.sh
fi
# The AppImage is the whole app: an older tools/package_linux.sh moved inline sound and video
# out of dist/Replidesk into an add-on.
if [ ! -d "$APP/_internal/PySide6/Qt/plugins/multimedia" ]; then
  echo "$APP lacks Qt Multimedia (split out into an add-on?): rebuild it with tools/build_app.sh" >&2
  exit 1
fi

# The runtime: squashfuse, libfuse3 and the decompressors linked in statically, glibc dynamically
# (the app inside needs the system's glibc anyway). Stripped first: the image starts where the
# ELF file ends, and the magic bytes go in last.
mkdir -p "$WORK" dist
static=()
for library in libsquashfuse_ll.a libfuse3.a libzstd.a liblzma.a libz.a liblz4.a liblzo2.a; do
  static+=("$(gcc -print-file-name="$library")")
done
gcc -Os -Wall -Wextra -o "$WORK/runtime" packaging/linux/appimage/runtime.c "${static[@]}" -lpthread
strip "$WORK/runtime"
printf 'AI\002' | dd of="$WORK/runtime" bs=1 seek=8 count=3 conv=notrunc status=none

# The AppDir: AppRun, the desktop entry and icon at its root (.DirIcon for file managers), the
# app under usr/lib/replidesk, the entry and icons also where the freedesktop specs put them.
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/applications" "$APPDIR/usr/share/icons/hicolor/256x256/apps" \
  "$APPDIR/usr/share/icons/hicolor/scalable/apps"
cp -a "$APP" "$APPDIR/usr/lib/replidesk"
install -m 755 packaging/linux/appimage/AppRun "$APPDIR/AppRun"
install -m 644 packaging/linux/replidesk.desktop "$APPDIR/replidesk.desktop"
install -m 644 packaging/linux/replidesk.desktop "$APPDIR/usr/share/applications/replidesk.desktop"
install -m 644 resources/icons/replidesk.png "$APPDIR/replidesk.png"
install -m 644 resources/icons/replidesk.png "$APPDIR/.DirIcon"
install -m 644 resources/icons/replidesk.png "$APPDIR/usr/share/icons/hicolor/256x256/apps/replidesk.png"
install -m 644 resources/icons/replidesk.svg "$APPDIR/usr/share/icons/hicolor/scalable/apps/replidesk.svg"

# 1 MiB blocks, files owned by root, no extended attributes.
rm -f "$WORK/image.squashfs"
mksquashfs "$APPDIR" "$WORK/image.squashfs" -quiet -no-progress -noappend -root-owned -no-xattrs \
  -b 1M "${SQUASHFS_OPTIONS[@]}" >/dev/null
cat "$WORK/runtime" "$WORK/image.squashfs" >"$OUT.part"
chmod 755 "$OUT.part"
mv "$OUT.part" "$OUT"
echo "$OUT: $(stat -c %s "$OUT") bytes ($COMPRESSION; runtime $(stat -c %s "$WORK/runtime") bytes)"
