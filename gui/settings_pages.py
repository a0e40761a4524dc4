"""The Settings dialog's pages. Each shows the settings' current values, tells what it would
refuse (a message and the field to fix) and saves only what changed, naming it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.model_ref import ModelRef
from core.proxy import ProxyMode, url_problem

from .desktop_open import open_url
from .settings import DOWNLOAD_CAP_CHOICES, AppSettings
from .theme import Theme
from .window_actions import CONCURRENT_CHOICES

Problem = tuple[str, QWidget]  # what is wrong, and the field to fix
HISTORY_FILE = "history.sqlite3"


translate = QCoreApplication.translate  # the name lupdate looks for


def folder_problem(folder: Path) -> str | None:
    """Why `folder` cannot take Replidesk's files, or None. It may not exist yet: then the
    nearest folder above it that exists must let us create it."""
    if not folder.is_absolute():
        return translate("SettingsPages", "Choose a whole folder path, such as one picked with Choose….")
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir():
        return translate("SettingsPages", "{path} is a file, not a folder.").format(path=existing)
    if not os.access(existing, os.W_OK | os.X_OK):
        message = translate("SettingsPages", "Replidesk may not write in {path}. Choose a folder of yours.")
        return message.format(path=existing)
    if existing == folder:  # a read-only file system can pass os.access: try for real
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError:
            message = translate("SettingsPages", "Replidesk could not write in {path}. Choose another folder.")
            return message.format(path=folder)
    return None


def _is_within(inner: Path, outer: Path) -> bool:
    return inner.resolve().is_relative_to(outer.resolve())


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "note")
    return label


class FolderField(QWidget):
    """A folder's path with Choose… (a native dialog, opened with open(): never exec()) and
    Open, which shows it in the file manager."""

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None, can_open: bool = True) -> None:
        super().__init__(parent)
        self.name = name
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(name)
        self.edit.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose: {name}").format(name=name))
        self.choose_button.clicked.connect(self.ask)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open: {name}").format(name=name))
        self.open_button.setAccessibleDescription(self.tr("Shows the folder in your file manager"))
        self.open_button.clicked.connect(self.show_folder)
        self.open_button.setVisible(can_open)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.open_button)
        self.dialog: QFileDialog | None = None

    def folder(self) -> Path | None:
        """The path typed or chosen; None when empty (the default)."""
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def shown(self) -> Path:
        return self.folder() or Path(self.edit.placeholderText())

    def ask(self, *_args: object) -> QFileDialog:
        self.dialog = QFileDialog(self, self.name, str(self.shown()))
        self.dialog.setFileMode(QFileDialog.FileMode.Directory)
        self.dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        self.dialog.fileSelected.connect(self.edit.setText)
        self.dialog.open()
        return self.dialog

    def show_folder(self, *_args: object) -> None:
        folder = self.shown()
        if folder.is_dir():
            open_url(QUrl.fromLocalFile(str(folder)), self)


class AccountPage(QWidget):
    def __init__(self, masked: str, store_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.token_label = QLabel(self)
        self.token_label.setObjectName("settingsToken")
        form.addRow(self.tr("API token:"), self.token_label)
        self.store_label = note(store_name)
        self.store_label.setObjectName("settingsStore")
        form.addRow(self.tr("Kept in:"), self.store_label)
        self.replace_button = QPushButton(self.tr("R&eplace token…"), self)
        self.replace_button.setAccessibleName(self.tr("Replace token"))
        self.replace_button.setAccessibleDescription(self.tr("Sign in with another Replicate API token"))
        self.sign_out_button = QPushButton(self.tr("Sign &out"), self)
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self.sign_out_button.setAccessibleDescription(self.tr("Removes the token from this computer"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.set_token_text(masked)

    def set_store_text(self, where: str) -> None:
        self.store_label.setText(where)

    def set_token_text(self, masked: str) -> None:
        self.token_label.setText(masked or self.tr("Not signed in"))
        self.sign_out_button.setEnabled(bool(masked))


class FilesPage(QWidget):
    def __init__(self, settings: AppSettings, data_in_use: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data_in_use = data_in_use
        form = QFormLayout(self)
        self.outputs = FolderField(self.tr("Output folder"), str(data_in_use / "outputs"), self)
        self.outputs.edit.setObjectName("settingsOutputFolder")
        self.outputs.edit.setAccessibleDescription(
            self.tr("Where the files of your next runs are saved; empty: the data folder's outputs")
        )
        self.outputs.edit.setText(str(settings.output_folder() or ""))
        form.addRow(self.tr("&Output folder:"), self.outputs)
        form.addRow("", note(self.tr("New runs save their files here. Files already saved stay where they are.")))
        self.max_download = QComboBox(self)
        self.max_download.setObjectName("settingsMaxDownload")
        self.max_download.setAccessibleName(self.tr("Largest output file to download"))
        self.max_download.setAccessibleDescription(
            self.tr("An output file larger than this is not downloaded, and the run says which one")
        )
        cap = settings.max_download_mib()
        for mib in sorted({*DOWNLOAD_CAP_CHOICES, cap}, key=lambda m: m or 1 << 40):  # no cap last
            self.max_download.addItem(self._cap_label(mib), mib)
        self.max_download.setCurrentIndex(self.max_download.findData(cap))
        form.addRow(self.tr("&Largest output file to download:"), self.max_download)
        self.data = FolderField(self.tr("Data folder"), str(data_in_use), self)
        self.data.edit.setObjectName("settingsDataFolder")
        self.data.edit.setAccessibleDescription(self.tr("Where your history of runs is kept, from the next start"))
        self.data.edit.setText(str(settings.data_folder() or ""))
        form.addRow(self.tr("&Data folder:"), self.data)
        said = self.tr("Used from the next start of Replidesk. Your history is not moved: copy it yourself.")
        if os.environ.get("REPLIDESK_DATA_DIR"):
            said += " " + self.tr("REPLIDESK_DATA_DIR is set, and it wins over this choice.")
        form.addRow("", note(said))

    def _cap_label(self, mib: int) -> str:
        if mib == 0:
            return self.tr("No limit")
        if mib % 1024 == 0:
            return self.tr("{count} GB").format(count=mib // 1024)
        return self.tr("{count} MB").format(count=mib)

    def problem(self) -> Problem | None:
        outputs, data = self.outputs.folder(), self.data.folder()
        data_next = data or self.data_in_use
        for field, folder in ((self.outputs, outputs), (self.data, data)):
            if folder is not None and (message := folder_problem(folder)):
                return message, field.edit
        if outputs is not None:
            if (outputs / HISTORY_FILE).exists() or outputs.resolve() == data_next.resolve():
                message = self.tr("That is a data folder. Choose a folder of its own for the output files.")
                return message, self.outputs.edit
            if _is_within(data_next, outputs):
                return self.tr("The data folder cannot be inside the output folder. Choose another."), self.data.edit
        return None

    def save(self) -> list[str]:
        changed = []
        if self.outputs.folder() != self.settings.output_folder():
            self.settings.set_output_folder(self.outputs.folder())
            changed.append("outputs")
        if self.data.folder() != self.settings.data_folder():
            self.settings.set_data_folder(self.data.folder())
            changed.append("data")
        cap = int(self.max_download.currentData())
        if cap != self.settings.max_download_mib():
            self.settings.set_max_download_mib(cap)
            changed.append("max_download")
        return changed


class AppearancePage(QWidget):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)
        self.theme = QComboBox(self)
        self.theme.setObjectName("settingsTheme")
        self.theme.setAccessibleName(self.tr("Theme"))
        for theme, label in (
            (Theme.SYSTEM, self.tr("As the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(label, theme.value)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme().value))
        form.addRow(self.tr("&Theme:"), self.theme)
        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("As the system"), "")
        self.language.addItem("English", "en")  # each language in its own words
        self.language.addItem("Deutsch", "de")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", note(self.tr("A new language is used from the next start of Replidesk.")))

    def problem(self) -> Problem | None:
        return None

    def save(self) -> list[str]:
        changed = []
        theme = Theme(self.theme.currentData())
        if theme is not self.settings.theme():
            self.settings.set_theme(theme)
            changed.append("theme")
        language = str(self.language.currentData())
        if language != self.settings.language():
            self.settings.set_language(language)
            changed.append("language")
        return changed


class RunsPage(QWidget):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)
        self.concurrent = QComboBox(self)
        self.concurrent.setObjectName("settingsConcurrentRuns")
        self.concurrent.setAccessibleName(self.tr("Runs at once"))
        self.concurrent.setAccessibleDescription(self.tr("Runs sent to Replicate at the same time; more wait"))
        current = settings.concurrent_runs()
        for count in sorted({*CONCURRENT_CHOICES, current}):
            self.concurrent.addItem(self.tr("%n run(s) at once", "", count), count)
        self.concurrent.setCurrentIndex(self.concurrent.findData(current))
        form.addRow(self.tr("Runs at &once:"), self.concurrent)
        self.start_model = QLineEdit(settings.start_model(), self)
        self.start_model.setObjectName("settingsStartModel")
        self.start_model.setPlaceholderText(self.tr("The last one used"))
        self.start_model.setClearButtonEnabled(True)
        self.start_model.setCompleter(QCompleter(settings.recent_models(), self.start_model))
        self.start_model.setAccessibleName(self.tr("Model at start"))
        self.start_model.setAccessibleDescription(
            self.tr("The model chosen when Replidesk starts, as owner/name; empty: the last one used")
        )
        form.addRow(self.tr("&Start with model:"), self.start_model)
        self.retention = QComboBox(self)
        self.retention.setObjectName("settingsRetention")
        self.retention.setAccessibleName(self.tr("Keep runs"))
        self.retention.setAccessibleDescription(self.tr("Older runs and their files are deleted; starred runs stay"))
        days = settings.retention_days()
        for choice in sorted({0, 30, 90, 365, days}):
            self.retention.addItem(self.tr("For ever") if choice == 0 else self.tr("%n day(s)", "", choice), choice)
        self.retention.setCurrentIndex(self.retention.findData(days))
        form.addRow(self.tr("&Keep runs:"), self.retention)
        form.addRow("", note(self.tr("Older runs are deleted with their files, except starred runs.")))
        self.notifications = QCheckBox(self.tr("Tell me when a run ends while Replidesk is in the background"), self)
        self.notifications.setObjectName("settingsNotifications")
        self.notifications.setAccessibleName(self.tr("Notifications"))
        self.notifications.setChecked(settings.notifications())
        form.addRow(self.tr("Notifications:"), self.notifications)
        self.updates = QCheckBox(self.tr("Look for a new version at start (asks GitHub; nothing is installed)"), self)
        self.updates.setObjectName("settingsCheckUpdates")
        self.updates.setAccessibleName(self.tr("Check for updates at start"))
        self.updates.setChecked(settings.check_updates())
        form.addRow(self.tr("Updates:"), self.updates)

    def problem(self) -> Problem | None:
        text = self.start_model.text().strip()
        if text and (ModelRef.read(text) is None):
            message = self.tr("“{text}” is not a model name. Write it as owner/name, for example {example}.")
            return message.format(text=text, example="stability-ai/sdxl"), self.start_model
        return None

    def save(self) -> list[str]:
        changed = []
        count = int(self.concurrent.currentData())
        if count != self.settings.concurrent_runs():
            self.settings.set_concurrent_runs(count)
            changed.append("concurrent_runs")
        text = self.start_model.text().strip()
        ref = ModelRef.read(text)
        model = str(ref) if ref is not None else ""
        if model != self.settings.start_model():
            self.settings.set_start_model(model)
            changed.append("start_model")
        days = int(self.retention.currentData())
        if days != self.settings.retention_days():
            self.settings.set_retention_days(days)
            changed.append("retention")
        if self.notifications.isChecked() != self.settings.notifications():
            self.settings.set_notifications(self.notifications.isChecked())
            changed.append("notifications")
        if self.updates.isChecked() != self.settings.check_updates():
            self.settings.set_check_updates(self.updates.isChecked())
            changed.append("check_updates")
        return changed


class NetworkPage(QWidget):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        column = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[ProxyMode, QRadioButton] = {}
        choices: tuple[tuple[ProxyMode, str, str], ...] = (
            ("system", self.tr("Use the &system's proxy settings"), "settingsProxySystem"),
            ("none", self.tr("N&o proxy"), "settingsProxyNone"),
            ("manual", self.tr("Use this pro&xy:"), "settingsProxyManual"),
        )
        for mode, text, name in choices:
            button = QRadioButton(text, self)
            button.setObjectName(name)
            button.setAccessibleName(text.replace("&", "").rstrip(":"))
            self.group.addButton(button)
            self.buttons[mode] = button
            column.addWidget(button)
        self.url = QLineEdit(settings.proxy_url(), self)
        self.url.setObjectName("settingsProxyUrl")
        self.url.setPlaceholderText("http://proxy.example.com:3128")
        self.url.setAccessibleName(self.tr("Proxy address"))
        self.url.setAccessibleDescription(self.tr("The proxy's address, as http://computer:port or https://…"))
        column.addWidget(self.url)
        column.addWidget(note(self.tr("This computer's own addresses never go through a proxy.")))
        column.addStretch(1)
        self.buttons[settings.proxy_mode()].setChecked(True)
        self.buttons["manual"].toggled.connect(self.url.setEnabled)
        self.url.setEnabled(self.mode() == "manual")

    def mode(self) -> ProxyMode:
        return next(mode for mode, button in self.buttons.items() if button.isChecked())

    def problem(self) -> Problem | None:
        if self.mode() == "manual" and (message := url_problem(self.url.text())):
            return message, self.url
        return None

    def save(self) -> list[str]:
        mode, url = self.mode(), self.url.text().strip()
        if url_problem(url) is not None:
            url = self.settings.proxy_url()  # a bad address typed, then another choice made: not kept
        before = (self.settings.proxy_mode(), self.settings.proxy_url())
        if (mode, url) == before:
            return []
        self.settings.set_proxy(mode, url)
        # Only what reaches the network counts: an address kept but not used changes nothing.
        return ["proxy"] if _effective(mode, url) != _effective(*before) else []


def _effective(mode: str, url: str) -> tuple[str, str]:
    return (mode, url if mode == "manual" else "")
