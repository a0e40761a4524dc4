"""Outputs that are neither text, images nor media: any file (icon, name, size, Save as…,
Open folder), and values (objects, lists, numbers) as a tree with Copy as JSON. Names and
values come from the model: shown as plain text, long strings and deep nesting cut short on
screen (Copy as JSON keeps everything)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileInfo, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileIconProvider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .desktop_open import show_in_folder
from .flow_layout import FlowLayout
from .plain_text import as_html, elide, plain_label, plain_tooltip
from .saving import SaveButton, human_size

CELL_CHARS = 2_000  # of a string shown in a value's tree or label; a 5 MB cell stalls every repaint
MAX_DEPTH = 32  # levels of a value shown as a tree; deeper levels are left to Copy as JSON


class FileCard(QFrame):
    def __init__(self, path: Path, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileCard")
        self.path = path
        icon = QLabel(self)
        icon.setPixmap(QFileIconProvider().icon(QFileInfo(str(path))).pixmap(40, 40))
        text = f"<b>{as_html(path.name)}</b><br>{as_html(human_size(path.stat().st_size))}"
        name = QLabel(text + (f"<br><i>{as_html(note)}</i>" if note else ""), self)
        name.setTextFormat(Qt.TextFormat.RichText)  # made here, with the name escaped
        name.setObjectName("fileName")
        name.setWordWrap(True)
        # A long name wraps or gives way: the card is never wider than its pane.
        name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        name.setToolTip(plain_tooltip(path.name))
        folder = QPushButton(self.tr("Open folder"), self)
        folder.setObjectName("openFolderButton")
        folder.setAccessibleName(self.tr("Open folder"))
        folder.setToolTip(self.tr("Show the folder that holds this file"))
        folder.clicked.connect(lambda: show_in_folder(path, self))
        self.save_button = SaveButton(path, self)
        self.buttons = [folder, self.save_button]
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(name, 1)
        row = FlowLayout()
        for button in self.buttons:
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row)


def _fill(parent: QTreeWidgetItem | QTreeWidget, key: str, value: Any, depth: int = 1) -> None:
    item = QTreeWidgetItem([elide(key, CELL_CHARS)])
    if isinstance(value, (dict, list)) and value and depth >= MAX_DEPTH:
        deep = QCoreApplication.translate("ValueView", "Too deep to show here ({levels} levels): see Copy as JSON")
        item.setText(1, deep.format(levels=MAX_DEPTH))
    elif isinstance(value, dict):
        item.setText(1, "{" + QCoreApplication.translate("ValueView", "%n field(s)", "", len(value)) + "}")
        for child_key, child in value.items():
            _fill(item, str(child_key), child, depth + 1)
    elif isinstance(value, list):
        item.setText(1, "[" + QCoreApplication.translate("ValueView", "%n item(s)", "", len(value)) + "]")
        for index, child in enumerate(value):
            _fill(item, str(index), child, depth + 1)
    else:
        item.setText(1, elide(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False), CELL_CHARS))
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
            self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
            self.tree.setAccessibleName(self.tr("Output fields"))
            self.tree.setAccessibleDescription(self.tr("What the model returned, field by field"))
            for key, child in value.items() if isinstance(value, dict) else enumerate(value):
                _fill(self.tree, str(key), child)
            rows = self.tree.topLevelItemCount()
            self.tree.setMinimumHeight(min(260, 40 + 22 * rows))  # short values stay short
            self.tree.expandToDepth(0)
            self.tree.resizeColumnToContents(0)
            layout.addWidget(self.tree)
        else:
            shown = plain_label(elide(json.dumps(value, ensure_ascii=False), CELL_CHARS), self)
            shown.setObjectName("valueScalar")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            shown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(shown)
        copy = QPushButton(self.tr("Copy as JSON"), self)
        copy.setObjectName("copyJsonButton")
        copy.setAccessibleName(self.tr("Copy as JSON"))
        copy.setToolTip(self.tr("Copy everything the model returned, as JSON text"))
        copy.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        layout.addLayout(row)

    def as_json(self) -> str:
        try:
            return json.dumps(self.value, indent=2, ensure_ascii=False)
        except RecursionError:  # the indenting encoder is Python and recurses deeper than the C one
            return json.dumps(self.value, ensure_ascii=False)

    def copy(self, *_args: object) -> None:
        QGuiApplication.clipboard().setText(self.as_json())
