"""Renders resources/icons/replidesk.svg into the icon files each OS's package wants
(.ico for Windows, .icns for macOS, .png for Linux menus). Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImageWriter

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> None:
    QGuiApplication(sys.argv[:1])
    icon = QIcon(str(ICONS / "replidesk.svg"))
    for name, size in (("replidesk.png", 256), ("replidesk.ico", 256), ("replidesk.icns", 512)):
        image = icon.pixmap(QSize(size, size)).toImage()
        writer = QImageWriter(str(ICONS / name))
        if not writer.write(image):
            raise SystemExit(f"{name}: {writer.errorString()}")
        print(f"wrote {ICONS / name}")


if __name__ == "__main__":
    main()
