"""Where Replidesk keeps the user's files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from . import APP_NAME


def data_dir() -> Path:
    """The app's data folder; REPLIDESK_DATA_DIR moves it (tests, portable installs)."""
    override = os.environ.get("REPLIDESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def outputs_dir() -> Path:
    return data_dir() / "outputs"


def log_file(data: Path | None = None) -> Path:
    return (data or data_dir()) / "replidesk.log"
