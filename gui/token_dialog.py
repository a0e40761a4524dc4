"""Asks for the Replicate API token, checks it with Replicate, and keeps it in the keyring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget
from qasync import asyncSlot

from core.errors import explain
from core.replicate_service import Account
from core.session import Session
from core.token_store import SERVICE_NAME

from .plain_text import as_html, plain_label, set_plain

TOKENS_PAGE = "https://replicate.com/account/api-tokens"


class TokenDialog(QDialog):
    def __init__(self, session: Session, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.account: Account | None = None
        self.setObjectName("tokenDialog")
        self.setWindowTitle("Replicate API token")
        self.setMinimumWidth(460)
        intro = QLabel(
            (f"<p><b>{as_html(reason)}</b></p>" if reason else "")  # a reason may quote the server
            + "<p>Replidesk runs models on Replicate with your own API token.</p>"
            f"<p>1. Sign in at Replicate and open <a href='{TOKENS_PAGE}'>your API tokens page</a>.<br>"
            "2. Copy a token (create one if the list is empty).<br>"
            "3. Paste it below and press OK.</p>"
            f"<p>The token is checked with Replicate, then kept in your system's password store "
            f"(as “{SERVICE_NAME}”), and nowhere else.</p>",
            self,
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)
        self.token_input = QLineEdit(self)
        self.token_input.setObjectName("tokenInput")
        self.token_input.setAccessibleName("API token")
        self.token_input.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_input.setPlaceholderText("Paste your API token here")
        self.message = plain_label("", self)  # server messages and account names, shown as text
        self.message.setObjectName("tokenMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.check_and_store)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.token_input)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @asyncSlot()
    async def check_and_store(self) -> None:
        self.ok_button.setEnabled(False)
        self.message.setText("Checking the token with Replicate…")
        try:
            self.account = await self.session.sign_in(self.token_input.text())
        except Exception as error:  # every failure is told, the dialog stays open
            set_plain(self.message, explain(error).message)
            self.ok_button.setEnabled(True)
            return
        self.token_input.clear()
        self.message.setText(f"Signed in as {self.account.name} ({self.account.username}).")
        self.accept()
