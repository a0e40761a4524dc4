#!/usr/bin/env bash
# Builds the one-folder app, dist/Replidesk, with PyInstaller (build.spec). On Linux the build
# is then made smaller (packaging/linux/slim/slim_bundle.py), with gcc, binutils and ICU's icupkg.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(uname -s)" = Linux ]; then
  bash tools/apt_install.sh gcc libc6-dev binutils icu-devtools
fi
# Python's modules stored as they are, not zlib-compressed one by one: every package compresses
# the whole app again (xz, zstd, LZMA), and does it better across modules. 2 MB smaller AppImage,
# 2.7 MB smaller .deb and .tar.xz, 10 MB more once unpacked (docs/PACKAGING.md).
export PYINSTALLER_ZLIB_COMPRESSION_LEVEL=0
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
