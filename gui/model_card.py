"""A model's card in the browser: what it does (its author's description), its cover, how often
it ran, its links (opened in the browser only when clicked), what it takes and gives in plain
words, its example, its versions (latest unless one is pinned), ★ and "Use this model"."""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate  # plurals: English forms right even before a .qm is loaded
from core.input_fields import FieldKind
from core.model_directory import VersionSummary
from core.model_info import ModelInfo, OutputKind
from core.model_summary import ModelSummary

from .desktop_open import open_url
from .flow_layout import FlowLayout
from .model_list_model import runs_text
from .plain_text import ELLIPSIS, ZERO_WIDTH_SPACE, ElidedLabel, breakable, plain_label, plain_tooltip, set_plain
from .save_dialogs import kind_of

LINKS = ("url", "github_url", "paper_url", "license_url")
EXAMPLE_LIMIT = 600  # characters of an example shown
VALUE_CHARS = 72  # an example's value (an address) longer than this is cut in its middle, keeping its file name
TEXT_CHARS = 200  # words (a prompt) wrap: more of them are kept
# 20 characters with no place to wrap, and more after them
LONG_RUN = re.compile(rf"[^\s{ZERO_WIDTH_SPACE}]{{20}}(?=[^\s{ZERO_WIDTH_SPACE}])")


def wrappable(text: str) -> str:
    """Text that wraps to any column: web addresses at their slashes (as the form's help), and
    what is still too long for a line (a file's random id) every 20 characters."""
    return LONG_RUN.sub(lambda run: run.group(0) + ZERO_WIDTH_SPACE, breakable(text))


def kind_words(kind: FieldKind) -> str:
    """What a field takes, in words (made at call time: the language can change)."""
    words = {
        FieldKind.TEXT: QCoreApplication.translate("ModelCard", "text"),
        FieldKind.LONG_TEXT: QCoreApplication.translate("ModelCard", "text"),
        FieldKind.SECRET: QCoreApplication.translate("ModelCard", "a secret"),
        FieldKind.INTEGER: QCoreApplication.translate("ModelCard", "a whole number"),
        FieldKind.NUMBER: QCoreApplication.translate("ModelCard", "a number"),
        FieldKind.BOOLEAN: QCoreApplication.translate("ModelCard", "yes or no"),
        FieldKind.CHOICE: QCoreApplication.translate("ModelCard", "a choice"),
        FieldKind.FILE: QCoreApplication.translate("ModelCard", "a file"),
        FieldKind.LIST: QCoreApplication.translate("ModelCard", "a list"),
        FieldKind.JSON: QCoreApplication.translate("ModelCard", "structured data"),
    }
    return words.get(kind) or QCoreApplication.translate("ModelCard", "a value")


def output_words(kind: OutputKind, example_output: Any = None) -> str:
    """What a model gives, in words; for files, what its example's files are, when they say."""
    if kind is OutputKind.TEXT_STREAM:
        return QCoreApplication.translate("ModelCard", "Text, written as it is generated.")
    if kind is OutputKind.FILES:
        found = {kind_of(QUrl(address).path()) for address in _addresses(example_output)}
        if found == {"image"}:
            return QCoreApplication.translate("ModelCard", "Images, saved on this computer.")
        if found == {"audio"}:
            return QCoreApplication.translate("ModelCard", "Sound, saved on this computer.")
        if found == {"video"}:
            return QCoreApplication.translate("ModelCard", "Video, saved on this computer.")
        return QCoreApplication.translate(
            "ModelCard", "Files (images, sound, video or other files), saved on this computer."
        )
    return QCoreApplication.translate("ModelCard", "Text or data.")


def _addresses(output: Any) -> list[str]:
    parts = output if isinstance(output, list) else [output]
    return [part for part in parts if isinstance(part, str) and part.startswith(("http://", "https://"))]


def link_label(key: str) -> str:
    labels = {
        "url": QCoreApplication.translate("ModelCard", "Replicate page"),
        "github_url": QCoreApplication.translate("ModelCard", "Code"),
        "paper_url": QCoreApplication.translate("ModelCard", "Paper"),
        "license_url": QCoreApplication.translate("ModelCard", "Licence"),
    }
    return labels[key]


def takes_in_words(info: ModelInfo) -> str:
    required = [f for f in info.fields if f.required]
    shown = required or [f for f in info.fields if not f.advanced][:4]
    field = QCoreApplication.translate("ModelCard", "{label} ({kind})")
    parts = [field.format(label=f.label, kind=kind_words(f.kind)) for f in shown]
    more = len(info.fields) - len(shown)
    if more <= 0:
        return ", ".join(parts)
    rest = translate("ModelCard", "{fields}, and %n optional setting(s)", None, more)
    return rest.format(fields=", ".join(parts))


def example_text(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, indent=1, ensure_ascii=False, default=str)
    return text if len(text) <= EXAMPLE_LIMIT else text[: EXAMPLE_LIMIT - 1] + ELLIPSIS


def middle_cut(text: str, limit: int = VALUE_CHARS) -> str:
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return text[:head] + ELLIPSIS + text[len(text) - (limit - 1 - head) :]


def value_words(value: Any) -> str:
    """One example value on one line: text as it is, a list item by item, anything else as JSON."""
    if isinstance(value, str):
        text = " ".join(value.split())
        return middle_cut(text, TEXT_CHARS if " " in text else VALUE_CHARS)
    if isinstance(value, list) and all(isinstance(item, str | int | float) for item in value):
        return middle_cut(", ".join(str(item) for item in value))
    return middle_cut(json.dumps(value, ensure_ascii=False, default=str))


def example_lines(values: dict[str, Any]) -> str:
    """ "name: value" lines, rather than JSON braces and quotes."""
    lines = [f"{name}: {value_words(value)}" for name, value in values.items()]
    return example_text("\n".join(lines))


def example_preview(model: ModelSummary) -> str:
    """The default example's inputs and output, as text (files by their address: nothing is
    fetched)."""
    if not model.example_input and model.example_output is None:
        return QCoreApplication.translate("ModelCard", "(no example)")
    output = model.example_output
    if isinstance(output, list) and all(isinstance(part, str) for part in output):
        addresses = any(part.startswith(("http://", "https://")) for part in output)
        output = "\n".join(middle_cut(part) for part in output) if addresses else "".join(output)
    elif isinstance(output, str) and output.startswith(("http://", "https://")):
        output = middle_cut(output)
    # Text first (the prompt), settings after; each on its own line below "Input:".
    inputs = dict(sorted(model.example_input.items(), key=lambda item: not isinstance(item[1], str)))
    shown = QCoreApplication.translate("ModelCard", "Input: {input}").format(input="\n" + example_lines(inputs))
    if output is None:
        return shown
    said = example_lines(output) if isinstance(output, dict) and output else example_text(output)
    said = "\n" + said if "\n" in said else said
    return shown + "\n" + QCoreApplication.translate("ModelCard", "Output: {output}").format(output=said)


def heading_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("cardHeading")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ModelCard(QWidget):
    use_requested = Signal(str)  # owner/name, or owner/name:version when one is pinned
    favourite_changed = Signal(str, bool)
    versions_wanted = Signal(str)  # owner/name: the card would list its versions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelCard")
        self.model: ModelSummary | None = None
        self.cover = QLabel(self)
        self.cover.setObjectName("modelCover")
        self.cover.setFixedHeight(160)
        self.title = ElidedLabel("", self)  # a long owner/name is cut in its middle, whole in the tooltip
        self.title.setObjectName("modelTitle")
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title.setFont(title_font)
        self.runs = plain_label("", self)
        self.favourite = QToolButton(self)
        self.favourite.setObjectName("favouriteModel")
        self.favourite.setCheckable(True)
        self.favourite.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # whole, never cut
        self.favourite.setText(self.tr("☆ Favourite"))
        self.favourite.setAccessibleName(self.tr("Favourite"))
        self.favourite.setAccessibleDescription(self.tr("Marks this model as a favourite: favourites come first"))
        self.favourite.toggled.connect(self._favourite_toggled)
        self.description = plain_label("", self)
        self.description.setWordWrap(True)
        self.takes = plain_label("", self)
        self.takes.setWordWrap(True)
        self.gives = plain_label("", self)
        self.gives.setWordWrap(True)
        self.example = plain_label("", self)
        self.example.setObjectName("modelExample")
        self.example.setWordWrap(True)
        self.versions = QComboBox(self)
        self.versions.setObjectName("modelVersions")
        # As narrow as the column: a version's id is kept whole in its list, not in the box's width.
        self.versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.versions.setMinimumContentsLength(12)
        self.versions.setAccessibleName(self.tr("Version"))
        self.versions.setAccessibleDescription(self.tr("The model's version to run: the latest, or one pinned"))
        self.use = QPushButton(self.tr("Use this model"), self)
        self.use.setAccessibleName(self.tr("Use this model"))
        self.use.setObjectName("useModel")
        self.use.setDefault(True)
        self.use.clicked.connect(self._use)
        self.links = FlowLayout()  # onto a second line when the column is narrow
        self.link_buttons: dict[str, QPushButton] = {}
        for key in LINKS:
            button = QPushButton(link_label(key), self)
            button.setAccessibleName(link_label(key))
            button.setAccessibleDescription(self.tr("Opens the page in your web browser"))
            button.setObjectName(f"link_{key}")
            button.clicked.connect(lambda _checked, key=key: self._open(key))
            self.link_buttons[key] = button
            self.links.addWidget(button)
        self._build()
        self.show_model(None)

    def _build(self) -> None:
        inner = QWidget(self)
        # The name has the column to itself; the star sits beside the run count.
        runs = QHBoxLayout()
        runs.addWidget(self.runs, 1)
        runs.addWidget(self.favourite)
        column = QVBoxLayout(inner)
        self.details = QWidget(inner)  # hidden until a model is chosen
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addLayout(runs)
        details.addWidget(self.description)
        details.addLayout(self.links)
        # Headings above their text, not beside it: wrapped labels in a form layout get cut.
        headings = ((self.tr("Takes"), self.takes), (self.tr("Gives"), self.gives), (self.tr("Example"), self.example))
        for heading, shown in headings:
            details.addWidget(heading_label(heading, self.details))
            details.addWidget(shown)
        details.addWidget(heading_label(self.tr("Version"), self.details))
        details.addWidget(self.versions)
        column.addWidget(self.cover)
        column.addWidget(self.title)
        column.addWidget(self.details)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # Every line wraps (or is cut with "…") to the column: the card scrolls down only.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.use)

    def show_model(self, model: ModelSummary | None, favourite: bool = False) -> None:
        self.model = model
        self.setEnabled(model is not None)
        self.details.setVisible(model is not None)
        self.favourite.setVisible(model is not None)
        self.cover.setVisible(bool(model and model.cover_image_url))
        self.cover.clear()
        self.versions.clear()
        self.versions.addItem(self.tr("Latest version"), "")
        if model is None:
            set_plain(self.title, "")  # the name's line cuts in the middle: the sentence wraps below
            self.title.setToolTip("")
            for label in (self.runs, self.takes, self.gives, self.example):
                set_plain(label, "")
            set_plain(self.description, self.tr("Choose a model to see what it does."))
            for button in self.link_buttons.values():
                button.hide()
            return
        set_plain(self.title, model.target)
        self.title.setToolTip(plain_tooltip(model.target))
        set_plain(self.runs, self.tr("One of your deployments") if model.deployment else runs_text(model.run_count))
        set_plain(self.description, wrappable(model.description) or self.tr("(This model has no description.)"))
        set_plain(self.takes, self.tr("Looking up…"))
        set_plain(self.gives, "")
        set_plain(self.example, wrappable(example_preview(model)))
        for key, button in self.link_buttons.items():
            button.setVisible(bool(getattr(model, key)))
            button.setToolTip(getattr(model, key))
        self.favourite.setVisible(not model.deployment)
        self.versions.setEnabled(not model.deployment)  # a deployment runs its release's version
        self.favourite.blockSignals(True)
        self.favourite.setChecked(favourite)
        self._favourite_text(favourite)
        self.favourite.blockSignals(False)
        if not model.deployment:
            self.versions_wanted.emit(model.slug)

    def show_info(self, info: ModelInfo) -> None:
        if self.model is None or str(info.ref) != self.model.target:
            return  # the card has moved on
        set_plain(self.takes, wrappable(takes_in_words(info)) or self.tr("Nothing: it runs as it is."))
        set_plain(self.gives, output_words(info.output_kind, self.model.example_output))

    def show_info_problem(self, target: str, message: str) -> None:
        if self.model is not None and self.model.target == target:
            set_plain(self.takes, wrappable(message))

    def show_cover(self, url: str, picture: QPixmap) -> None:
        if self.model is not None and self.model.cover_image_url == url:
            self.cover.setPixmap(picture)

    def show_versions(self, slug: str, versions: list[VersionSummary]) -> None:
        if self.model is None or self.model.slug != slug:
            return
        for version in versions:
            when = version.created_at[:10]
            self.versions.addItem(f"{version.id[:12]}" + (f" · {when}" if when else ""), version.id)

    def chosen_text(self) -> str:
        if self.model is None:
            return ""
        version = self.versions.currentData()
        return f"{self.model.slug}:{version}" if version and not self.model.deployment else self.model.target

    def _use(self) -> None:
        if self.model is not None:
            self.use_requested.emit(self.chosen_text())

    def _favourite_toggled(self, on: bool) -> None:
        self._favourite_text(on)
        if self.model is not None:
            self.favourite_changed.emit(self.model.slug, on)

    def _favourite_text(self, on: bool) -> None:
        self.favourite.setText(self.tr("★ Favourite") if on else self.tr("☆ Favourite"))

    def _open(self, key: str) -> None:
        url = getattr(self.model, key, "") if self.model is not None else ""
        if url.startswith(("https://", "http://")):
            open_url(QUrl(url), self)
