"""Asks for the Replicate API token, checks it with Replicate, and keeps it in the keyring (or, on a
computer without a password store, in memory for this session).

One message, in one place (`message`): why the token is asked for, then what the check found.
It never sends the user to Account → Set API token…: this dialog is where that menu leads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from core.errors import explain
from core.replicate_service import Account
from core.session import Session
from core.token_store import SERVICE_NAME

from .desktop_open import open_url
from .plain_text import plain_label, set_plain
from .welcome_dialog import WelcomeIntro

TOKENS_PAGE = "https://replicate.com/account/api-tokens"
ERROR, NOTE = "fieldError", ""  # the message's role (app.qss styles fieldError as an error)


class TokenDialog(QDialog):
    signed_in = Signal(object)  # Account: the token works (the dialog may stay open to say more)

    def __init__(
        self, session: Session, reason: str = "", parent: QWidget | None = None, welcome: bool = False
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.account: Account | None = None
        self.signed = False  # signed in; OK now only closes
        self.checking = False  # the token is with Replicate: its answer decides, not Cancel
        self.setObjectName("tokenDialog")
        self.setWindowTitle(self.tr("Welcome to Replidesk") if welcome else self.tr("Replicate API token"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.welcome: WelcomeIntro | None = None
        if welcome:
            self.welcome = WelcomeIntro(self)
            layout.addWidget(self.welcome)
        self.steps = QLabel(
            self.tr(
                "To sign in, Replidesk needs an API token from your Replicate account:\n"
                "1. Sign in at Replicate and open your API tokens page.\n"
                "2. Copy a token (create one if the list is empty).\n"
                "3. Paste it below and press Sign in. A line such as export REPLICATE_API_TOKEN=r8_… works too."
            ),
            self,
        )
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.steps.setWordWrap(True)
        self.open_page = QPushButton(self.tr("Open my API tokens page"), self)
        self.open_page.setObjectName("openTokensPage")
        self.open_page.setAccessibleName(self.tr("Open my API tokens page"))
        self.open_page.setAccessibleDescription(
            self.tr("Opens replicate.com/account/api-tokens in your web browser, where you can copy a token.")
        )
        self.open_page.setAutoDefault(False)  # Return in the token box signs in, never opens the page
        self.open_page.clicked.connect(lambda: open_url(QUrl(TOKENS_PAGE), self))
        self.token_input = QLineEdit(self)
        self.token_input.setObjectName("tokenInput")
        self.token_input.setAccessibleName(self.tr("API token"))
        self.token_input.setAccessibleDescription(
            self.tr("Your Replicate API token, hidden as it is typed unless Show the token is checked.")
        )
        self.token_input.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_input.setPlaceholderText(self.tr("Paste your API token here (r8_…)"))
        self.reveal = QCheckBox(self.tr("Show the token"), self)
        self.reveal.setObjectName("revealToken")
        self.reveal.setAccessibleName(self.tr("Show the token"))
        self.reveal.setAccessibleDescription(self.tr("Shows the token typed in the box instead of dots."))
        self.reveal.toggled.connect(self._reveal)
        self.message = plain_label("", self)  # reasons, server messages and account names: text only
        self.message.setObjectName("tokenMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.store_note = plain_label(self._store_text(""), self)
        self.store_note.setObjectName("tokenStoreNote")
        self.store_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        self.ok_button.setAccessibleName(self.tr("Sign in"))
        self.ok_button.setAccessibleDescription(self.tr("Checks the token with Replicate, then keeps it."))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.check_and_store)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.token_input, 1)
        row.addWidget(self.reveal)
        layout.addWidget(self.steps)
        layout.addWidget(self.open_page, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.store_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.token_input.setFocus()
        if reason:
            self.show_reason(reason)

    # --- what the dialog says ----------------------------------------------------------
    def show_reason(self, reason: str) -> None:
        """Why the token is asked for, in the one message place (a newer reason replaces it)."""
        if not self.signed:
            self._say(reason, ERROR)

    def show_store(self, name: str | None) -> None:
        """Where the token will be kept: a named store, or (None) memory only, said before signing in."""
        set_plain(self.store_note, self._store_text(name))
        self._fit()  # the note may have grown (no store: a longer one, in German longer still)

    def _store_text(self, name: str | None) -> str:
        if name is None:
            return self.tr(
                "The token is checked with Replicate. This computer has no password store such as "
                "GNOME Keyring or KWallet, so Replidesk keeps the token only while it is open: "
                "you will be asked for it again next time."
            )
        where = name or self.tr("your system's password store")
        return self.tr(
            "The token is checked with Replicate, then kept in {store} (as “{service}”), and nowhere else."
        ).format(store=where, service=SERVICE_NAME)

    def _say(self, text: str, role: str = NOTE) -> None:
        set_plain(self.message, text)
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)  # the role's colours apply at once
        self.message.style().polish(self.message)
        self.message.setAccessibleDescription(text)
        self.message.setVisible(bool(text))
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Taller when the text grows: wrapped labels never ask a dialog for more room."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.token_input.setEchoMode(mode)

    # --- signing in ----------------------------------------------------------------------
    def _checking(self, going: bool) -> None:
        """While Replicate checks the token, neither OK nor Cancel (nor Esc): a sign-in that
        went through after Cancel would still start the run the user was waiting for."""
        self.checking = going
        self.ok_button.setEnabled(not going)
        self.cancel_button.setEnabled(not going)

    def reject(self) -> None:
        if not self.checking:
            super().reject()

    @asyncSlot()
    async def check_and_store(self) -> None:
        if self.signed:
            self.accept()
            return
        self._checking(True)
        self._say(self.tr("Checking the token with Replicate…"))
        try:
            self.account = await self.session.sign_in(self.token_input.text())
        except Exception as error:  # every failure is told, the dialog stays open
            problem = explain(error)
            self._say(problem.reason or problem.message, ERROR)
            return
        finally:
            self._checking(False)
        self.token_input.clear()
        self.signed = True
        account = self.account
        not_saved = getattr(self.session, "token_not_saved", None)
        self.signed_in.emit(account)
        if not_saved is None:
            self._say(self.tr("Signed in as {name} ({username}).").format(name=account.name, username=account.username))
            self.accept()
            return
        # Signed in, for this session only: said here, where the user is looking, with why.
        self._say(
            self.tr(
                "Signed in as {name} ({username}), for this session only: Replidesk will ask for the "
                "token again the next time it starts."
            ).format(name=account.name, username=account.username)
            + "\n\n"
            + not_saved.message
        )
        for widget in (self.steps, self.token_input, self.reveal, self.open_page, self.cancel_button, self.store_note):
            widget.hide()
        if self.welcome is not None:
            self.welcome.hide()
        self.ok_button.setText(self.tr("Continue"))
        self.ok_button.setAccessibleName(self.tr("Continue"))
        self.ok_button.setAccessibleDescription(self.tr("Closes this window."))
        self.ok_button.setFocus()
        self.adjustSize()  # the token step is gone: no empty room where it was
