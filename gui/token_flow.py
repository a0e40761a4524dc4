"""Signing in and out: the token dialog opened once at a time (with open(), never exec()), and
what to tell when it is done."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from core.errors import Problem, UserError
from core.session import Session

from .token_dialog import TokenDialog


class TokenFlow(QObject):
    signed_in = Signal(str)  # the account's name
    status = Signal(str)
    problem = Signal(object)  # Problem

    def __init__(self, session: Session, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.dialog_parent = dialog_parent
        self.dialog: TokenDialog | None = None

    def ask(self, reason: str = "") -> TokenDialog:
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = TokenDialog(self.session, reason, self.dialog_parent)
            self.dialog.accepted.connect(self._accepted)
            self.dialog.open()  # not exec(): that would stall the asyncio loop
        return self.dialog

    def _accepted(self) -> None:
        account = self.dialog.account if self.dialog else None
        name = account.name if account else ""
        if name:
            self.status.emit(f"Signed in as {name}")
        self.signed_in.emit(name)

    async def sign_out(self) -> None:
        try:
            await self.session.sign_out()
        except UserError as error:
            self.problem.emit(error.problem)
            return
        note = " (REPLICATE_API_TOKEN is still set in the environment)" if self.session.token else ""
        self.status.emit("Signed out: the token was removed from the password store" + note)

    def refused(self, problem: Problem) -> None:
        """A problem that needs a token asks for one."""
        if problem.needs_token:
            self.ask(problem.message)
