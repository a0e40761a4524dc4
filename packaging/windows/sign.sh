#!/usr/bin/env bash
# Signs Windows files with Authenticode when the release has a certificate (secrets
# WINDOWS_CERT_PFX, base64 of a .pfx, and WINDOWS_CERT_PASSWORD); otherwise says so and leaves
# them unsigned (SmartScreen then asks: "More info" → "Run anyway", as the README says).
#   bash packaging/windows/sign.sh FILE...
set -euo pipefail
if [ -z "${WINDOWS_CERT_PFX:-}" ]; then
  echo "::notice::No Windows signing certificate (secret WINDOWS_CERT_PFX): $* left unsigned."
  exit 0
fi
pfx="$RUNNER_TEMP/replidesk-signing.pfx"
trap 'rm -f "$pfx"' EXIT
base64 --decode <<<"$WINDOWS_CERT_PFX" > "$pfx"
signtool="$(ls "/c/Program Files (x86)/Windows Kits/10/bin/"*/x64/signtool.exe | sort -V | tail -n 1)"
"$signtool" sign /f "$pfx" /p "$WINDOWS_CERT_PASSWORD" /fd SHA256 /td SHA256 \
  /tr http://timestamp.digicert.com "$@"
"$signtool" verify /pa "$@"
