#!/usr/bin/env bash
# Checks a built AppImage (CI calls it after tools/package_appimage.sh): the frozen self-test
# through --appimage-extract-and-run (no FUSE needed), the extracted folder removed afterwards,
# and the file's size against the 55 MB target (printed; APPIMAGE_SIZE_STRICT=1 makes it fail).
#   tools/check_appimage.sh [FILE.AppImage]     default: the newest dist/*.AppImage
set -euo pipefail
cd "$(dirname "$0")/.."
image="${1:-$(ls -t dist/*.AppImage 2>/dev/null | head -n 1 || true)}"
if [ -z "$image" ] || [ ! -f "$image" ]; then
  echo "dist/*.AppImage missing: run tools/package_appimage.sh" >&2
  exit 1
fi
image="$(realpath "$image")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# TMPDIR for the AppImage alone, so that what it extracts can be looked for afterwards.
QT_QPA_PLATFORM=offscreen dbus-run-session -- bash tools/with-keyring.sh \
  env TMPDIR="$scratch" "$image" --appimage-extract-and-run --self-test --self-test-require-media
if compgen -G "$scratch/appimage_extracted_*" >/dev/null; then
  echo "the extracted folder was left behind: $(ls -d "$scratch"/appimage_extracted_*)" >&2
  exit 1
fi
size="$(stat -c %s "$image")"
target=55000000
verdict="within"
[ "$size" -le "$target" ] || verdict="OVER"
echo "$(basename "$image"): $((size / 1000)) kB, $verdict the 55 MB target"
if [ "$verdict" = OVER ] && [ "${APPIMAGE_SIZE_STRICT:-0}" = 1 ]; then
  exit 1
fi
