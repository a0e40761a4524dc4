#!/usr/bin/env bash
# Inside a D-Bus session: start gnome-keyring's Secret Service on a fresh, unlocked keyring
# (a fresh folder: an old one may be locked), then run the given command.
set -euo pipefail
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
eval "$(echo -n "replidesk-test" | XDG_DATA_HOME="$keyring_home" gnome-keyring-daemon --unlock --components=secrets | sed 's/^/export /')"
"$@"
