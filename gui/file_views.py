"""Outputs that are neither text, images nor media: any file (icon, name, size, Save as…,
Open folder), and values (objects, lists, numbers) as a tree with Copy as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileInfo, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileIconProvider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .saving import SaveButton, human_size


class FileCard(QFrame):
    def __init__(self, path: Path, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileCard")
        self.path = path
        icon = QLabel(self)
        icon.setPixmap(QFileIconProvider().icon(QFileInfo(str(path))).pixmap(40, 40))
        text = f"<b>{path.name}</b><br>{human_size(path.stat().st_size)}" + (f"<br><i>{note}</i>" if note else "")
        name = QLabel(text, self)
        name.setObjectName("fileName")
        folder = QPushButton("Open folder", self)
        folder.setObjectName("openFolderButton")
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        row = QHBoxLayout(self)
        row.addWidget(icon)
        row.addWidget(name, 1)
        row.addWidget(folder)
        row.addWidget(SaveButton(path, self))


def _fill(parent: QTreeWidgetItem | QTreeWidget, key: str, value: Any) -> None:
    item = QTreeWidgetItem([key])
    if isinstance(value, dict):
        item.setText(1, f"{{{len(value)} fields}}")
        for child_key, child in value.items():
            _fill(item, str(child_key), child)
    elif isinstance(value, list):
        item.setText(1, f"[{len(value)} items]")
        for index, child in enumerate(value):
            _fill(item, str(index), child)
    else:
        item.setText(1, json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value)
    if isinstance(parent, QTreeWidget):
        parent.addTopLevelItem(item)
    else:
        parent.addChild(item)


class ValueView(QFrame):
    """A JSON value: a tree for objects and lists, the value itself for a number."""

    def __init__(self, value: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueView")
        self.value = value
        layout = QVBoxLayout(self)
        if isinstance(value, (dict, list)):
            self.tree = QTreeWidget(self)
            self.tree.setObjectName("valueTree")
            self.tree.setHeaderLabels(["Field", "Value"])
            for key, child in value.items() if isinstance(value, dict) else enumerate(value):
                _fill(self.tree, str(key), child)
            rows = self.tree.topLevelItemCount()
            self.tree.setMinimumHeight(min(260, 40 + 22 * rows))  # short values stay short
            self.tree.expandToDepth(0)
            self.tree.resizeColumnToContents(0)
            layout.addWidget(self.tree)
        else:
            shown = QLabel(json.dumps(value, ensure_ascii=False), self)
            shown.setObjectName("valueScalar")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(shown)
        copy = QPushButton("Copy as JSON", self)
        copy.setObjectName("copyJsonButton")
        copy.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        layout.addLayout(row)

    def as_json(self) -> str:
        return json.dumps(self.value, indent=2, ensure_ascii=False)

    def copy(self, *_args) -> None:
        QGuiApplication.clipboard().setText(self.as_json())
