"""Every failure the user can meet, turned into a plain-language title and message.

httpx, keyring and replicate are imported when an error is explained, not at start-up:
together they cost about 250 ms before the window could show. Every message goes through
core.i18n.translate (context "Problem"), so the GUI shows it in the user's language.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .i18n import translate

if TYPE_CHECKING:
    from replicate.exceptions import ReplicateError


@dataclass(frozen=True)
class Problem:
    """What went wrong, as the user is told. `needs_token` asks the GUI to offer the token dialog;
    `reason` is what that dialog says instead of `message` (which may send the user to it);
    `files_to_fetch` asks the run's view to offer Try again."""

    title: str
    message: str
    needs_token: bool = False
    reason: str = ""
    files_to_fetch: bool = False  # files of a run that succeeded did not come: Try again may bring them


class UserError(Exception):
    """A problem found by Replidesk itself, already worded for the user."""

    def __init__(self, title: str, message: str, needs_token: bool = False, reason: str = "") -> None:
        super().__init__(message)
        self.problem = Problem(title, message, needs_token, reason)


class NewerHistory(UserError):
    """The history file was written by a newer Replidesk: left untouched."""

    def __init__(self, version: int, path: Path) -> None:
        super().__init__(
            translate("History", "History from a newer Replidesk"),
            translate(
                "History",
                "This history was written by a newer Replidesk (version {version}). Update Replidesk, or "
                "choose another data folder in Settings. It was left as it is ({folder}); until then, runs "
                "cannot be recorded, so Run starts none.",
            ).format(folder=path.parent, version=version),
        )
        self.version = version


class UnwritableHistory(UserError):
    """The history file cannot be opened for writing (a read-only data folder)."""

    def __init__(self, path: Path, error: Exception) -> None:
        reason = (getattr(error, "strerror", None) or str(error) or type(error).__name__).rstrip(".")
        super().__init__(
            translate("History", "The data folder cannot be written"),
            translate(
                "History",
                "Replidesk cannot write its history in {folder} ({reason}), so runs cannot be recorded and "
                "Run starts none. Choose another data folder in Settings → Files, or set REPLIDESK_DATA_DIR "
                "to a folder you can write to.",
            ).format(folder=path.parent, reason=reason),
        )


def prompt_missing(label: str = "") -> UserError:
    """`label`: the prompt box's, as shown (the field's label, not its schema name)."""
    message = translate("Problem", "Write something in the {field} box first: the model needs it to know what to make.")
    field = label or translate("Problem", "Prompt")
    return UserError(translate("Problem", "The prompt is empty"), message.format(field=field))


def token_missing() -> UserError:
    return UserError(
        translate("Problem", "No API token yet"),
        translate(
            "Problem", "Replidesk needs your Replicate API token to run models. Add it with Account → Set API token…"
        ),
        needs_token=True,
        reason=translate("Problem", "Replidesk needs your Replicate API token to run models."),
    )


def token_refused() -> Problem:
    """Replicate answered 401: the token is wrong, revoked, or was never accepted."""
    return Problem(
        translate("Problem", "Your API token was not accepted"),
        translate(
            "Problem",
            "Replicate did not accept the API token. It may be mistyped or revoked. "
            "Set a new one with Account → Set API token…",
        ),
        needs_token=True,
        reason=translate(
            "Problem",
            "Replicate did not accept this API token: it may be mistyped, or it was revoked. "
            "Copy a current one from your API tokens page.",
        ),
    )


def in_token_dialog(reason: Problem | str) -> str:
    """What the token dialog says for `reason`: a problem's own `reason`, and a message known to
    send the user to the dialog (as a signal carrying only the message has it) reworded too."""
    if isinstance(reason, Problem):
        return reason.reason or reason.message
    for known in (token_missing().problem, token_refused()):
        if reason == known.message:
            return known.reason
    return reason


_FIELD = re.compile(r"-\s*input\.(?P<field>[\w.-]+):\s*(?P<why>[^\n]+)")


def explain(error: BaseException, model: str | None = None) -> Problem:
    """The plain-language explanation of any exception a run or a look-up can raise."""
    if isinstance(error, UserError):
        return error.problem
    import httpx
    import keyring.errors
    from pydantic.v1 import ValidationError  # the client validates with pydantic's v1 API
    from replicate.exceptions import ModelError, ReplicateError

    if isinstance(error, ReplicateError):
        return _explain_api(error, model)
    if isinstance(error, ModelError):
        reason = (error.prediction.error or translate("Problem", "no reason given")).strip()
        return Problem(
            translate("Problem", "The model failed"),
            translate("Problem", "The model stopped with an error: {reason}").format(reason=reason),
        )
    if isinstance(error, (httpx.TimeoutException, TimeoutError)):  # asyncio's is the builtin's
        return Problem(
            translate("Problem", "Replicate did not answer in time"),
            translate("Problem", "Replicate took too long to answer. Check your connection and try again."),
        )
    if isinstance(error, httpx.TransportError):
        return Problem(
            translate("Problem", "Can't reach Replicate"),
            translate(
                "Problem",
                "Replidesk could not connect to Replicate. Check that you are online "
                "(and that no firewall or proxy blocks it), then try again.",
            ),
        )
    if isinstance(error, ValidationError):
        return Problem(
            translate("Problem", "Unexpected answer from Replicate"),
            translate(
                "Problem",
                "Replicate answered with something Replidesk does not understand yet. "
                "Try again later, or try another model.",
            ),
        )
    if isinstance(error, keyring.errors.KeyringError):
        return explain_keyring(error)
    if isinstance(error, OSError) and (problem := file_problem(error)) is not None:
        return problem
    return Problem(
        translate("Problem", "Something went wrong"),
        translate("Problem", "An unexpected error happened: {name}.").format(name=type(error).__name__),
    )


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def file_problem(error: OSError, name: object = None) -> Problem | None:
    """A file problem (not found, no permission, a folder, a full or read-only disk) in plain
    words naming the file (`name`, else the error's own); None for other OS errors."""
    shown = str(name or error.filename or "") or translate("Problem", "a file")
    if isinstance(error, FileNotFoundError):
        return Problem(
            translate("Problem", "File not found"),
            translate("Problem", "“{file}” was not found: it may have been moved, renamed or deleted.").format(
                file=shown
            ),
        )
    if error.errno in _FULL:
        return Problem(
            translate("Problem", "The disk is full"),
            translate(
                "Problem", "The disk is full: “{file}” could not be written. Free some space, or choose another place."
            ).format(file=shown),
        )
    if error.errno == errno.EROFS:
        return Problem(
            translate("Problem", "The disk cannot be written"),
            translate("Problem", "“{file}” is on a disk that is read-only. Choose another place.").format(file=shown),
        )
    if isinstance(error, PermissionError):
        return Problem(
            translate("Problem", "No permission"),
            translate(
                "Problem", "Replidesk is not allowed to use “{file}”. Check its permissions, or choose another place."
            ).format(file=shown),
        )
    if isinstance(error, IsADirectoryError):
        return Problem(
            translate("Problem", "A folder, not a file"),
            translate("Problem", "“{file}” is a folder: choose a file instead.").format(file=shown),
        )
    if isinstance(error, NotADirectoryError):
        return Problem(
            translate("Problem", "Not a folder"),
            translate("Problem", "A part of “{file}” is a file, not a folder: choose another place.").format(
                file=shown
            ),
        )
    return None


def _explain_api(error: ReplicateError, model: str | None) -> Problem:
    """A ReplicateError (an HTTP error answer) in plain language."""
    status = error.status or 0
    detail = (error.detail or "").strip()
    if status == 401:
        return token_refused()
    if status == 402:
        message = translate(
            "Problem", "Replicate asks for billing to be set up on your account before it runs this model."
        )
        return Problem(translate("Problem", "Billing needed"), f"{message} ({detail})" if detail else message)
    if status == 403:
        said = translate("Problem", "Your Replicate account may not use this.")
        return Problem(translate("Problem", "Not allowed"), f"{said} {detail}".strip())
    if status == 404:
        if model:
            message = translate(
                "Problem",
                "“{model}” was not found on Replicate. Check the spelling (owner/name), or search for a model "
                "by what it does: type words in the model box, or press Browse… (Ctrl+K).",
            ).format(model=model)
        else:
            message = translate(
                "Problem",
                "That model was not found on Replicate. Check the spelling (owner/name), or search for a model "
                "by what it does: type words in the model box, or press Browse… (Ctrl+K).",
            )
        return Problem(translate("Problem", "Model not found"), message)
    if status == 422:
        title = translate("Problem", "The input was not accepted")
        said = translate("Problem", "The model did not accept the input.")
        fields = _FIELD.findall(detail)
        if fields:
            lines = "; ".join(f"{name}: {why.strip()}" for name, why in fields)
            return Problem(title, f"{said} {lines}")
        return Problem(title, f"{said} {detail or error.title or ''}".strip())
    if status == 429:
        return Problem(
            translate("Problem", "Too many requests"),
            translate(
                "Problem",
                "Replicate is getting too many requests from your account right now. Wait a minute, then try again.",
            ),
        )
    if status >= 500:
        return Problem(
            translate("Problem", "Replicate is having trouble"),
            translate(
                "Problem",
                "Replicate's servers answered with an error ({status}). "
                "This is usually brief: try again in a few minutes.",
            ).format(status=status),
        )
    return Problem(
        translate("Problem", "Replicate refused the request"),
        translate("Problem", "Replicate answered {status}: {detail}").format(
            status=status, detail=detail or error.title or translate("Problem", "no details")
        ),
    )


def explain_keyring(error: BaseException) -> Problem:
    import keyring.errors

    if isinstance(error, keyring.errors.NoKeyringError):
        return Problem(
            translate("Problem", "No password store found"),
            translate(
                "Problem",
                "This computer has no password store such as GNOME Keyring or KWallet, so Replidesk "
                "cannot remember your API token after it closes.",
            ),
        )
    if isinstance(error, keyring.errors.InitError):
        return Problem(
            translate("Problem", "Password store not available"),
            translate(
                "Problem",
                "Your system's password store could not be opened (it may be locked, or have no keyring "
                "set up), so Replidesk cannot remember your API token after it closes.",
            ),
        )
    if isinstance(error, keyring.errors.KeyringLocked):
        return Problem(
            translate("Problem", "Password store is locked"),
            translate(
                "Problem",
                "Your system's password store is locked. Unlock it (log in again, or "
                "open your keyring app), then try again.",
            ),
        )
    return Problem(
        translate("Problem", "Password store problem"),
        translate(
            "Problem",
            "Your system's password store refused the request ({name}). "
            "Unlock it or check that it is running, then try again.",
        ).format(name=type(error).__name__),
    )
