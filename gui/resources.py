"""Files under resources/, found the same way from source and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon


def resource_path(relative: str) -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "resources" / relative


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons/replidesk.svg")))
