#!/usr/bin/env bash
# A release tag must name the version in core/__init__.py, and CHANGELOG.md must have its notes.
#   bash tools/check_tag.sh v0.2.0
set -euo pipefail
cd "$(dirname "$0")/.."
tag="$1"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' core/__init__.py)"
if [ "$tag" != "v$version" ]; then
  echo "The tag $tag does not match the version in core/__init__.py ($version): tag v$version instead." >&2
  exit 1
fi
python3 tools/release_notes.py "$version" >/dev/null
echo "Tag $tag: version and notes found."
