#!/usr/bin/env bash
# Builds the Linux one-folder app with PyInstaller and packs it, everything inside (inline sound
# and video too), as a .tar.xz and a .deb (under /opt/replidesk, `replidesk` on the PATH, a menu
# entry). tools/package_appimage.sh makes the AppImage from the same folder.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="$(.venv/bin/python -c 'import core; print(core.__version__)')"
ARCH="$(dpkg --print-architecture)"
MACHINE="$(uname -m)"

bash tools/build_app.sh

# The folder as .tar.xz, compressed beside the .deb below (each takes a core for 2-3 minutes).
rm -f dist/Replidesk-*-linux-*.tar.*
tar -C dist -cf - Replidesk | xz -9 >"dist/Replidesk-${VERSION}-linux-${MACHINE}.tar.xz" &
packing=$!

root="build/deb/replidesk_${VERSION}_${ARCH}"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt/replidesk" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/icons/hicolor/256x256/apps"
cp -a dist/Replidesk/. "$root/opt/replidesk/"
ln -s /opt/replidesk/replidesk "$root/usr/bin/replidesk"
install -m 644 packaging/linux/replidesk.desktop "$root/usr/share/applications/replidesk.desktop"
install -m 644 resources/icons/replidesk.svg "$root/usr/share/icons/hicolor/scalable/apps/replidesk.svg"
install -m 644 resources/icons/replidesk.png "$root/usr/share/icons/hicolor/256x256/apps/replidesk.png"
# Depends: what the bundle links but does not carry (readelf -d over dist/Replidesk), glibc aside.
cat > "$root/DEBIAN/control" <<CONTROL
Package: replidesk
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: Replidesk developers <replidesk@users.noreply.github.com>
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: libgl1, libegl1, libxcb1, libxext6, libxrandr2, libdrm2, libgssapi-krb5-2, fontconfig-config, libpulse0
Recommends: gnome-keyring
Section: graphics
Priority: optional
Homepage: https://github.com/replidesk/replidesk
Description: Desktop app for running AI models hosted on Replicate
 Pick a model, write a prompt, press Run, and watch text stream or images appear;
 every result is kept on your own disk. The API token is kept in the system keyring.
 Replidesk is independent of Replicate, Inc.
CONTROL
# xz -9: 54.7 MB against 56.3 at the default level (the target is 55 MB).
dpkg-deb --build --root-owner-group -Zxz -z9 "$root" "dist/replidesk_${VERSION}_${ARCH}.deb" >/dev/null
wait "$packing"

ls -l dist/*.tar.xz dist/*.deb
