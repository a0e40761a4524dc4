#!/usr/bin/env bash
# Lint, format and type checks, as CI runs them (configured in pyproject.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
