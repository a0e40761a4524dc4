"""Settings (Ctrl+,): the account, files, appearance, runs and network, saved to QSettings on OK
(Cancel changes nothing). It tells what changed by `changed`, so that the window applies each
at once; the token is only shown masked and never stored here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from core.paths import data_dir

from .settings import AppSettings
from .settings_pages import AccountPage, AppearancePage, FilesPage, NetworkPage, RunsPage


def masked_token(token: str | None) -> str:
    """Enough of a token to recognise it (`r8_…1234`), never enough to use it."""
    token = (token or "").strip()
    if not token:
        return ""
    if len(token) < 12:
        return "…"
    return f"{token[:3]}…{token[-4:]}"


class SettingsDialog(QDialog):
    changed = Signal(list)  # the names of what changed: "theme", "outputs", "proxy"…
    replace_token_requested = Signal()
    sign_out_requested = Signal()

    def __init__(
        self,
        settings: AppSettings,
        token: str | None,
        store_name: str,
        parent: QWidget | None = None,
        data_in_use: Path | None = None,
    ) -> None:
        """`token`: the token in use (only its masked form is kept), None when signed out;
        `store_name`: where it is kept, in plain words; `data_in_use`: this session's data folder."""
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("settingsProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty("role", "fieldError")  # styled by app.qss
        self.problem_label.hide()
        self.account = AccountPage(masked_token(token), store_name, self)
        self.files = FilesPage(settings, data_in_use or data_dir(), self)
        self.appearance = AppearancePage(settings, self)
        self.runs = RunsPage(settings, self)
        self.network = NetworkPage(settings, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.tabBar().setAccessibleName(self.tr("Settings pages"))
        for page, title in (
            (self.account, self.tr("&Account")),
            (self.files, self.tr("&Files")),
            (self.appearance, self.tr("A&ppearance")),
            (self.runs, self.tr("&Runs")),
            (self.network, self.tr("&Network")),
        ):
            self.tabs.addTab(page, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.button_box = buttons
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.problem_label)
        column.addWidget(buttons)
        self.account.replace_button.clicked.connect(lambda: self.replace_token_requested.emit())
        self.account.sign_out_button.clicked.connect(lambda: self.sign_out_requested.emit())
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()).width() + 80, self.sizeHint().height())

    def set_token(self, token: str | None) -> None:
        """The account after a replace or a sign out, while the dialog is open."""
        self.account.set_token_text(masked_token(token))

    def accept(self) -> None:
        """Save and close, unless a field is refused: then say why, beside the field."""
        pages = (self.files, self.appearance, self.runs, self.network)
        for page in pages:
            found = page.problem()
            if found is not None:
                message, field = found
                self.problem_label.setText(message)
                self.problem_label.show()
                self.tabs.setCurrentWidget(page)
                field.setFocus()
                return
        changed = [name for page in pages for name in page.save()]
        self.settings.sync()
        super().accept()
        if changed:
            self.changed.emit(changed)
