#!/usr/bin/env bash
# Installs the built .deb offline and checks the installed app: --self-test (inline sound and
# video must load; a program it starts sees the caller's LD_LIBRARY_PATH, not the bundle's), and
# real runs against the local Replicate-compatible server; then removes it.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export QT_QPA_PLATFORM=offscreen
port=$((20000 + RANDOM % 20000))
.venv/bin/python -m tests.local_replicate --port "$port" --token-delay 0.002 >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; $SUDO dpkg -r replidesk >/dev/null 2>&1 || true' EXIT
$SUDO dpkg -i "$(ls dist/replidesk_*.deb | head -n 1)" >/dev/null
test -x /usr/bin/replidesk && test -f /usr/share/applications/replidesk.desktop
sleep 1
in_session() { dbus-run-session -- bash tools/with-keyring.sh "$@"; }
line="$(LD_LIBRARY_PATH=/caller/lib in_session replidesk --self-test --self-test-require-media)"; echo "$line"
grep -q "child LD_LIBRARY_PATH=/caller/lib," <<<"$line"
line="$(env -u LD_LIBRARY_PATH bash -c "$(declare -f in_session); in_session replidesk --self-test")"
grep -q "child LD_LIBRARY_PATH=(unset)," <<<"$line"
REPLICATE_BASE_URL="http://127.0.0.1:$port" REPLICATE_API_TOKEN=local-test-token \
  in_session replidesk --self-test --self-test-prompt "Say hello" --self-test-model meta/meta-llama-3-8b-instruct
REPLICATE_BASE_URL="http://127.0.0.1:$port" REPLICATE_API_TOKEN=local-test-token \
  in_session replidesk --self-test --self-test-prompt "a lighthouse" --self-test-model stability-ai/sdxl
# Sound plays inline: a player, not a file card. (The line is captured, not tee'd to
# /dev/stderr: reopening that truncates a log file that stderr points to.)
line="$(REPLICATE_BASE_URL="http://127.0.0.1:$port" REPLICATE_API_TOKEN=local-test-token \
  in_session replidesk --self-test --self-test-prompt "calm piano" --self-test-model meta/musicgen \
  --self-test-require-media)"
echo "$line"; grep -q "audioCard" <<<"$line"
echo "installed package checked"
