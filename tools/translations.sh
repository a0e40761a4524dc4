#!/usr/bin/env bash
# Extracts every translatable string of core/ and gui/ into resources/translations/*.ts (the
# translations already made are kept, messages no longer in the code dropped), then compiles
# the .qm files the app loads. The .qm are committed, so a fresh clone, the tests and
# PyInstaller's build have them; run this after changing a user-visible string, translate
# what is new (type="unfinished" in replidesk_de.ts), and run it again.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
DIR=resources/translations
LANGUAGES=(de en)
mkdir -p "$DIR"


# Calls lupdate gets wrong are listed (fixed below); a text that is not a literal stops here.
"$BIN/python" tools/ts_merge.py check core gui

files=()
for language in "${LANGUAGES[@]}"; do files+=("$DIR/replidesk_$language.ts"); done
saved=$(mktemp)
trap 'rm -f "$saved"' EXIT
"$BIN/python" tools/ts_merge.py keep "$saved" "${files[@]}"
mapfile -t sources < <(find core gui -name '*.py' | sort)
for language in "${LANGUAGES[@]}"; do
  "$BIN/pyside6-lupdate" -silent -no-obsolete -source-language en -target-language "$language" \
    "${sources[@]}" -ts "$DIR/replidesk_$language.ts"
done 2> >(grep -v -e "Removed plural forms" -e "If this sounds wrong" >&2)  # merged back by fix
"$BIN/python" tools/ts_merge.py fix "$saved" "${files[@]}"
for language in "${LANGUAGES[@]}"; do
  "$BIN/pyside6-lrelease" -silent "$DIR/replidesk_$language.ts" -qm "$DIR/replidesk_$language.qm"
done
"$BIN/python" - "${files[@]}" <<'PY'
import sys, xml.etree.ElementTree as ET
for ts in sys.argv[1:]:
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    if root.get("language", "").startswith("en"):  # the source language: only its plural forms
        print(f"{ts}: {len(messages)} messages, English plural forms written")
        continue
    unfinished = sum(1 for m in messages if m.find("translation").get("type") == "unfinished")
    print(f"{ts}: {len(messages)} messages, {unfinished} to translate (type=\"unfinished\")")
PY
