#!/usr/bin/env bash
# Builds the Linux one-folder app with PyInstaller and packs it as .tar.gz and .deb files:
#   replidesk        the app (under /opt/replidesk, `replidesk` on the PATH, a menu entry)
#   replidesk-media  optional: inline sound and video (Qt Multimedia with FFmpeg, and the Qt
#                    Quick/Qml/Network libraries its plugin links), dropped into the same folder
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="$(.venv/bin/python -c 'import core; print(core.__version__)')"
ARCH="$(dpkg --print-architecture)"
MACHINE="$(uname -m)"

.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec

# Split the media files out of the app folder, keeping their paths.
MEDIA_FILES=(
  "_internal/PySide6/QtMultimedia.abi3.so" "_internal/PySide6/QtMultimediaWidgets.abi3.so"
  "_internal/PySide6/QtNetwork.abi3.so" "_internal/PySide6/Qt/plugins/multimedia"
)
rm -rf dist/media && mkdir -p dist/media/Replidesk
( cd dist/Replidesk && for path in "${MEDIA_FILES[@]}" \
    _internal/PySide6/Qt/lib/libQt6Multimedia* _internal/PySide6/Qt/lib/libQt6Network* \
    _internal/PySide6/Qt/lib/libQt6Quick* _internal/PySide6/Qt/lib/libQt6Qml* \
    _internal/PySide6/Qt/lib/libQt6FFmpegStub* _internal/PySide6/Qt/lib/libav* _internal/PySide6/Qt/lib/libsw*; do
    [ -e "$path" ] || continue
    mkdir -p "../media/Replidesk/$(dirname "$path")"
    mv "$path" "../media/Replidesk/$path"
  done )

tar -C dist -czf "dist/Replidesk-${VERSION}-linux-${MACHINE}.tar.gz" Replidesk
tar -C dist/media -czf "dist/Replidesk-media-${VERSION}-linux-${MACHINE}.tar.gz" Replidesk

root="build/deb/replidesk_${VERSION}_${ARCH}"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt/replidesk" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/icons/hicolor/256x256/apps"
cp -a dist/Replidesk/. "$root/opt/replidesk/"
ln -s /opt/replidesk/replidesk "$root/usr/bin/replidesk"
install -m 644 packaging/linux/replidesk.desktop "$root/usr/share/applications/replidesk.desktop"
install -m 644 resources/icons/replidesk.svg "$root/usr/share/icons/hicolor/scalable/apps/replidesk.svg"
install -m 644 resources/icons/replidesk.png "$root/usr/share/icons/hicolor/256x256/apps/replidesk.png"
cat > "$root/DEBIAN/control" <<CONTROL
Package: replidesk
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: Replidesk developers <replidesk@users.noreply.github.com>
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: libgl1, libegl1, libxcb1, fontconfig-config
Recommends: replidesk-media (= ${VERSION}), gnome-keyring
Section: graphics
Priority: optional
Homepage: https://github.com/replidesk/replidesk
Description: Desktop app for running AI models hosted on Replicate
 Pick a model, write a prompt, press Run, and watch text stream or images appear;
 every result is kept on your own disk. The API token is kept in the system keyring.
 Replidesk is independent of Replicate, Inc.
CONTROL
dpkg-deb --build --root-owner-group -Zxz "$root" "dist/replidesk_${VERSION}_${ARCH}.deb" >/dev/null

media="build/deb/replidesk-media_${VERSION}_${ARCH}"
rm -rf "$media"
mkdir -p "$media/DEBIAN" "$media/opt/replidesk"
cp -a dist/media/Replidesk/. "$media/opt/replidesk/"
cat > "$media/DEBIAN/control" <<CONTROL
Package: replidesk-media
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: Replidesk developers <replidesk@users.noreply.github.com>
Installed-Size: $(du -sk "$media" | cut -f1)
Depends: replidesk (= ${VERSION}), libpulse0
Section: graphics
Priority: optional
Description: Inline sound and video for Replidesk
 Qt Multimedia with its FFmpeg back end (LGPL 2.1+), so that sound and video outputs play
 inside Replidesk. Without it they are shown as files to open or save.
CONTROL
dpkg-deb --build --root-owner-group -Zxz "$media" "dist/replidesk-media_${VERSION}_${ARCH}.deb" >/dev/null
ls -l dist/*.tar.gz dist/*.deb
