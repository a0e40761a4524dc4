#!/usr/bin/env bash
# Lint, format and type checks, as CI runs them (configured in pyproject.toml), and the
# release workflow checked with actionlint.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/python tools/actionlint.py
