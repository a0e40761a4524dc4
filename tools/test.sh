#!/usr/bin/env bash
# Runs the whole test suite: offscreen Qt, and a real Secret Service keyring (gnome-keyring)
# in a private D-Bus session, so that the token tests use the OS keyring for real.
set -euo pipefail
cd "$(dirname "$0")/.."
# A 1080p screen, as most users have (the offscreen default is 800×800, smaller than the window).
export QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/offscreen-screen.json"
export REPLIDESK_REQUIRE_SECRET_SERVICE="${REPLIDESK_REQUIRE_SECRET_SERVICE:-1}"
exec dbus-run-session -- bash tools/with-keyring.sh .venv/bin/python -m pytest "$@"
