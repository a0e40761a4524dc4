#!/usr/bin/env bash
# Signs the app with a Developer ID (secrets APPLE_CERT_P12, base64 of a .p12, and
# APPLE_CERT_PASSWORD) and notarizes the disk image (APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD)
# when the release has them; otherwise says so and leaves them as they are (macOS then asks the
# user to allow the app in System Settings → Privacy & Security → "Open Anyway").
#   bash packaging/macos/sign.sh app dist/Replidesk.app
#   bash packaging/macos/sign.sh dmg dist/Replidesk-….dmg
set -euo pipefail
step="$1"; target="$2"
if [ "$step" = app ]; then
  if [ -z "${APPLE_CERT_P12:-}" ]; then
    echo "::notice::No Developer ID certificate (secret APPLE_CERT_P12): $target left unsigned."
    exit 0
  fi
  keychain="$RUNNER_TEMP/signing.keychain-db"
  p12="$RUNNER_TEMP/signing.p12"
  trap 'rm -f "$p12"' EXIT
  base64 --decode <<<"$APPLE_CERT_P12" > "$p12"
  security create-keychain -p "" "$keychain"
  security set-keychain-settings "$keychain"
  security unlock-keychain -p "" "$keychain"
  security import "$p12" -k "$keychain" -P "$APPLE_CERT_PASSWORD" -T /usr/bin/codesign
  security set-key-partition-list -S apple-tool:,apple: -s -k "" "$keychain" >/dev/null
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  identity="$(security find-identity -v -p codesigning "$keychain" | sed -n 's/.*"\(Developer ID Application:.*\)"/\1/p' | head -n 1)"
  codesign --force --deep --options runtime --timestamp --sign "$identity" "$target"
  codesign --verify --deep --strict --verbose=2 "$target"
elif [ "$step" = dmg ]; then
  if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_CERT_P12:-}" ]; then
    echo "::notice::No Apple ID for notarization (secrets APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD): $target not notarized."
    exit 0
  fi
  xcrun notarytool submit "$target" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$target"
else
  echo "usage: sign.sh app|dmg PATH" >&2
  exit 2
fi
