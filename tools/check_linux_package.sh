#!/usr/bin/env bash
# Installs the built .deb offline, runs the installed app's --self-test inside a D-Bus session
# with a real keyring, then one real run against the local Replicate-compatible server.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
deb="$(ls dist/replidesk_*.deb | head -n 1)"
$SUDO dpkg -i "$deb" >/dev/null
trap '$SUDO dpkg -r replidesk >/dev/null' EXIT
test -x /usr/bin/replidesk && test -f /usr/share/applications/replidesk.desktop
export QT_QPA_PLATFORM=offscreen
port=$((20000 + RANDOM % 20000))
.venv/bin/python -m tests.local_replicate --port "$port" --token-delay 0.002 >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; $SUDO dpkg -r replidesk >/dev/null' EXIT
sleep 1
dbus-run-session -- bash tools/with-keyring.sh replidesk --self-test
REPLICATE_BASE_URL="http://127.0.0.1:$port" REPLICATE_API_TOKEN=local-test-token \
  dbus-run-session -- bash tools/with-keyring.sh \
  replidesk --self-test --self-test-prompt "Say hello" --self-test-model meta/meta-llama-3-8b-instruct
REPLICATE_BASE_URL="http://127.0.0.1:$port" REPLICATE_API_TOKEN=local-test-token \
  dbus-run-session -- bash tools/with-keyring.sh \
  replidesk --self-test --self-test-prompt "a lighthouse" --self-test-model stability-ai/sdxl
echo "installed package checked"
