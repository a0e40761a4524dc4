"""Help → Check for updates, and the check at start when Settings asks for it (off unless the
user turns it on): says whether a newer release exists and offers its download page. Never
downloads or installs anything (core/updates.py reads the release)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from core import APP_NAME, __version__
from core.errors import UserError

from .desktop_open import open_url
from .dialogs import show_problem
from .tasks import spawn


class UpdateCheck(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.box: QMessageBox | None = None  # the last answer shown (tests read it)

    def check(self, quietly: bool = False) -> None:
        """`quietly` (the check at start): say something only when a newer version exists."""
        spawn(self._check(quietly), "check for updates", owner=self)

    async def _check(self, quietly: bool) -> None:
        from core.updates import latest_release

        try:
            release = await latest_release()
        except UserError as error:
            if not quietly:
                self.box = show_problem(self.parent_widget, error.problem)
            return
        if release.newer_than():
            self.box = self._offer(release.version, release.page)
        elif not quietly:
            self.box = self._tell(
                self.tr("You have the latest version of {app} ({version}).").format(app=APP_NAME, version=__version__)
            )

    def _offer(self, version: str, page: str) -> QMessageBox:
        box = self._box(
            self.tr(
                "{app} {version} is available (you have {current}). Download it from its release page "
                "and install it over this one: your runs and settings stay."
            ).format(app=APP_NAME, version=version, current=__version__)
        )
        opener = box.addButton(self.tr("Open the download page"), QMessageBox.ButtonRole.AcceptRole)
        opener.setObjectName("openReleasePage")
        opener.clicked.connect(lambda: open_url(QUrl(page), self.parent_widget))
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.open()
        return box

    def _tell(self, text: str) -> QMessageBox:
        box = self._box(text)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.open()
        return box

    def _box(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Check for updates"), text, parent=self.parent_widget)
        box.setObjectName("updateBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a version read from the network is anyone's text
        return box
