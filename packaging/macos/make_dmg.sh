#!/usr/bin/env bash
# Packs dist/Replidesk.app into a compressed .dmg with a link to /Applications to drag it onto.
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$1"
stage="build/dmg"
rm -rf "$stage" && mkdir -p "$stage"
cp -R dist/Replidesk.app "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Replidesk $version" -srcfolder "$stage" -ov -format UDZO \
  "dist/Replidesk-$version-macos-$(uname -m).dmg"
