"""Signing in and out: the token dialog opened once at a time (with open(), never exec()), and
what to tell when it is done.

A problem that needs a token is told in that dialog, once: asked again while the dialog is open,
the dialog's one message changes, no second dialog opens. At the first start (no token anywhere)
the dialog opens with the welcome, and after that first sign-in the starters are offered."""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from core.errors import Problem, UserError, in_token_dialog, token_missing
from core.session import Session

from .starters import StartersDialog
from .tasks import spawn
from .token_dialog import TokenDialog


class TokenFlow(QObject):
    signed_in = Signal(str)  # the account's name
    status = Signal(str)
    problem = Signal(object)  # Problem
    starter_chosen = Signal(str, str)  # model, prompt: a first run picked after the first sign-in

    def __init__(self, session: Session, dialog_parent: QWidget, welcomed: bool = False) -> None:
        """`welcomed`: this user signed in before (with no password store the token is asked
        for at every start, without the welcome)."""
        super().__init__(dialog_parent)
        self.session = session
        self.dialog_parent = dialog_parent
        self.dialog: TokenDialog | None = None
        self.starters: StartersDialog | None = None
        self._asked = welcomed  # the welcome is for the first ask of a first start
        self._offer_starters = False

    def ask(self, reason: Problem | str = "") -> TokenDialog:
        """The token dialog, with why it is asked (a Problem's reason, or a message)."""
        text = in_token_dialog(reason) if reason else ""
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            # "No token yet" adds nothing to the welcome (a model looked up at start asks it too).
            if text and not (self.dialog.welcome is not None and text == in_token_dialog(token_missing().problem)):
                self.dialog.show_reason(text)
                self._offer_starters = False  # signing in now answers a request: no starters after
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        welcome = not text and not self._asked and not self.session.token
        self._asked = True
        self._offer_starters = welcome
        dialog = TokenDialog(self.session, text, self.dialog_parent, welcome=welcome)
        dialog.signed_in.connect(self._signed_in)
        dialog.finished.connect(lambda _result: self._finished(dialog))
        self.dialog = dialog
        dialog.open()  # not exec(): that would stall the asyncio loop
        spawn(self._name_store(dialog), "name the password store", owner=dialog)
        return dialog

    def ask_at_start(self) -> TokenDialog:
        """No token at start: asked now, and the status line says how to sign in later."""
        self.status.emit(self.tr("Not signed in: Account → Set API token… lets Replidesk run models."))
        return self.ask()

    def refused(self, problem: Problem) -> None:
        """A problem that needs a token asks for one, with the problem as the reason."""
        if problem.needs_token:
            self.ask(problem)

    async def _name_store(self, dialog: TokenDialog) -> None:
        try:  # finding keyring's backend is slow and may touch D-Bus: off the UI thread
            name = await asyncio.to_thread(self.session.store.store_name)
        except Exception:  # an unknown store is not worth a message: the general wording stays
            return
        if shiboken6.isValid(dialog):
            dialog.show_store(name)

    def _signed_in(self, account: object) -> None:
        name = str(getattr(account, "name", "") or "")
        if self.session.token_not_saved is not None:
            self.status.emit(self.tr("Signed in as {name} for this session only").format(name=name))
        elif name:
            self.status.emit(self.tr("Signed in as {name}").format(name=name))
        self.signed_in.emit(name)

    def _finished(self, dialog: TokenDialog) -> None:
        if dialog.signed and self._offer_starters:
            self._offer_starters = False
            self.offer_starters(dialog.account.name if dialog.account else "")

    def offer_starters(self, account_name: str = "") -> StartersDialog:
        """One-click first runs: a text model and an image model (`starter_chosen` tells which)."""
        starters = StartersDialog(account_name, self.dialog_parent)
        starters.chosen.connect(self.starter_chosen)
        self.starters = starters
        starters.open()
        return starters

    async def sign_out(self) -> None:
        memory_only = self.session.token_not_saved is not None
        try:
            await self.session.sign_out()
        except UserError as error:
            self.problem.emit(error.problem)
            return
        if memory_only:
            said = self.tr("Signed out: the token was forgotten")
        else:
            said = self.tr("Signed out: the token was removed from the password store")
        if self.session.token:
            said = self.tr("{signed_out} (REPLICATE_API_TOKEN is still set in the environment)").format(signed_out=said)
        self.status.emit(said)
