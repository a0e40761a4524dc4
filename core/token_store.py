"""The Replicate API token, kept in the OS keyring (Keychain, Credential Locker, Secret Service).

It is never written anywhere else. REPLICATE_API_TOKEN in the environment overrides it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from .errors import UserError, explain_keyring

SERVICE_NAME = "Replidesk"
ACCOUNT_NAME = "replicate-api-token"
ENVIRONMENT_VARIABLE = "REPLICATE_API_TOKEN"

T = TypeVar("T")

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend


class TokenStore:
    """Reads, saves and deletes the token. Calls may block on D-Bus: run them off the UI thread."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def _keyring(self) -> KeyringBackend:
        if self._backend is None:
            import keyring  # finding the backend is slow: not at start-up

            self._backend = keyring.get_keyring()
        return self._backend

    @staticmethod
    def from_environment() -> str | None:
        return os.environ.get(ENVIRONMENT_VARIABLE, "").strip() or None

    def load(self) -> str | None:
        """The token to use: the environment's, else the keyring's, else None."""
        return self.from_environment() or self._call(self._keyring.get_password, SERVICE_NAME, ACCOUNT_NAME)

    def save(self, token: str) -> None:
        self._call(self._keyring.set_password, SERVICE_NAME, ACCOUNT_NAME, token.strip())

    def delete(self) -> None:
        import keyring.errors

        try:
            self._call(self._keyring.delete_password, SERVICE_NAME, ACCOUNT_NAME)
        except UserError as error:
            if not isinstance(error.__cause__, keyring.errors.PasswordDeleteError):
                raise  # nothing stored is not a failure of signing out

    @staticmethod
    def _call(function: Callable[..., T], *args: str) -> T:
        import keyring.errors

        try:
            return function(*args)
        except keyring.errors.KeyringError as error:
            problem = explain_keyring(error)
            raise UserError(problem.title, problem.message) from error
        except Exception as error:  # backends raise D-Bus and OS errors of their own
            raise UserError(
                "Password store problem",
                f"Your system's password store failed ({type(error).__name__}). "
                "Check that it is running and unlocked, then try again.",
            ) from error
