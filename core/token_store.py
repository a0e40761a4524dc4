"""The Replicate API token, kept in the OS keyring (Keychain, Credential Manager, Secret Service,
KWallet).

It is never written anywhere else. REPLICATE_API_TOKEN in the environment overrides it. Without
a password store the session keeps the token in memory (core/session.py): here, a missing store
reads as "nothing stored", and saving raises a UserError that says why.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from .errors import UserError, explain_keyring
from .i18n import translate

SERVICE_NAME = "Replidesk"
ACCOUNT_NAME = "replicate-api-token"
ENVIRONMENT_VARIABLE = "REPLICATE_API_TOKEN"

T = TypeVar("T")

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# A line that sets the variable, as Replicate's pages and shells write it: `export NAME=value`,
# `NAME=value`, `set NAME=value`, `set "NAME=value"`, `setx NAME value`, `$env:NAME = "value"`.
_ASSIGNMENT = re.compile(
    r"""^(?:export\s+|set\s+|setx\s+|\$env:)?["']?""" + ENVIRONMENT_VARIABLE + r"""\s*(?:[=:]|\s)\s*(?P<value>.*)$""",
    re.IGNORECASE,  # Windows' variable names ignore case
)
_QUOTES = "\"'`“”‘’"


def token_from_pasted(text: str) -> str:
    """The token in what the user pasted: the token itself, or a shell line that sets
    REPLICATE_API_TOKEN (quotes, a trailing `;` and surrounding spaces or lines dropped). Text
    that is neither comes back stripped, for the sign-in to judge."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    setting = [line for line in lines if ENVIRONMENT_VARIABLE.lower() in line.lower()]
    if len(setting) != 1:
        return text.strip()
    match = _ASSIGNMENT.match(setting[0])
    if match is None:
        return text.strip()
    value = match.group("value").strip().rstrip(";").strip()
    if len(value) >= 2 and value[0] in _QUOTES and value[-1] in _QUOTES:
        value = value[1:-1].strip()
    elif setting[0].lower().startswith('set "') and value.endswith('"'):
        value = value[:-1].strip()  # cmd's set "NAME=value": the quote opened before the name
    if value.lower().startswith("bearer "):
        value = value[len("bearer ") :].strip()
    return value


# keyring's backends by module, in plain words (the chainer's first known one names it).
_STORES: dict[str, Callable[[], str]] = {
    "macos": lambda: translate("TokenStore", "macOS Keychain"),
    "windows": lambda: translate("TokenStore", "Windows Credential Manager"),
    "secretservice": lambda: translate("TokenStore", "Secret Service (GNOME Keyring)"),
    "libsecret": lambda: translate("TokenStore", "Secret Service (GNOME Keyring)"),
    "kwallet": lambda: translate("TokenStore", "KWallet"),
}
_NO_STORE = ("fail", "null")


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

    def store_name(self) -> str | None:
        """The password store the token goes to, in plain words ("macOS Keychain"), or None
        when this computer has none. May find the backend: off the UI thread."""
        return describe_backend(self._keyring)

    def load(self) -> str | None:
        """The token to use: the environment's, else the keyring's, else None (also when there
        is no password store at all: nothing can be stored there)."""
        import keyring.errors

        if token := self.from_environment():
            return token
        try:
            return self._call(self._keyring.get_password, SERVICE_NAME, ACCOUNT_NAME)
        except UserError as error:
            if isinstance(error.__cause__, (keyring.errors.NoKeyringError, keyring.errors.InitError)):
                return None
            raise

    def save(self, token: str) -> None:
        self._call(self._keyring.set_password, SERVICE_NAME, ACCOUNT_NAME, token.strip())

    def delete(self) -> None:
        import keyring.errors

        try:
            self._call(self._keyring.delete_password, SERVICE_NAME, ACCOUNT_NAME)
        except UserError as error:
            # Nothing stored, or no store to hold anything: not a failure of signing out.
            if not isinstance(error.__cause__, (keyring.errors.PasswordDeleteError, keyring.errors.NoKeyringError)):
                raise

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
                translate("TokenStore", "Password store problem"),
                translate(
                    "TokenStore",
                    "Your system's password store failed ({name}). Check that it is running and unlocked, "
                    "then try again.",
                ).format(name=type(error).__name__),
            ) from error


def describe_backend(backend: KeyringBackend) -> str | None:
    """A keyring backend in plain words, from its module; None for "no store"."""
    module = type(backend).__module__.rsplit(".", 1)[-1].lower()
    if module == "chainer":  # keyring's chainer: the backends it tries, in order
        names = [describe_backend(b) for b in getattr(backend, "backends", [])]
        return next((name for name in names if name), None)
    if module in _NO_STORE:
        return None
    if module in _STORES:
        return _STORES[module]()
    return str(getattr(backend, "name", "") or type(backend).__name__)
