"""Every failure the user can meet, turned into a plain-language title and message.

httpx, keyring and replicate are imported when an error is explained, not at start-up:
together they cost about 250 ms before the window could show.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from replicate.exceptions import ReplicateError


@dataclass(frozen=True)
class Problem:
    """What went wrong, as the user is told. `needs_token` asks the GUI to offer the token dialog."""

    title: str
    message: str
    needs_token: bool = False


class UserError(Exception):
    """A problem found by Replidesk itself, already worded for the user."""

    def __init__(self, title: str, message: str, needs_token: bool = False) -> None:
        super().__init__(message)
        self.problem = Problem(title, message, needs_token)


def prompt_missing(field: str = "prompt") -> UserError:
    return UserError(
        "The prompt is empty", f"Write something in the {field} box first: the model needs it to know what to make."
    )


def token_missing() -> UserError:
    return UserError(
        "No API token yet",
        "Replidesk needs your Replicate API token to run models. Add it with Account → Set API token…",
        needs_token=True,
    )


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
        reason = (error.prediction.error or "no reason given").strip()
        return Problem("The model failed", f"The model stopped with an error: {reason}")
    if isinstance(error, (httpx.TimeoutException, asyncio.TimeoutError)):
        return Problem(
            "Replicate did not answer in time",
            "Replicate took too long to answer. Check your connection and try again.",
        )
    if isinstance(error, httpx.TransportError):
        return Problem(
            "Can't reach Replicate",
            "Replidesk could not connect to Replicate. Check that you are online "
            "(and that no firewall or proxy blocks it), then try again.",
        )
    if isinstance(error, ValidationError):
        return Problem(
            "Unexpected answer from Replicate",
            "Replicate answered with something Replidesk does not understand yet. "
            "Try again later, or try another model.",
        )
    if isinstance(error, keyring.errors.KeyringError):
        return explain_keyring(error)
    return Problem("Something went wrong", f"An unexpected error happened: {type(error).__name__}.")


def _explain_api(error: ReplicateError, model: str | None) -> Problem:
    """A ReplicateError (an HTTP error answer) in plain language."""
    status = error.status or 0
    detail = (error.detail or "").strip()
    if status == 401:
        return Problem(
            "Your API token was not accepted",
            "Replicate did not accept the API token. It may be mistyped or revoked. "
            "Set a new one with Account → Set API token…",
            needs_token=True,
        )
    if status == 402:
        return Problem(
            "Billing needed",
            "Replicate asks for billing to be set up on your account "
            "before it runs this model." + (f" ({detail})" if detail else ""),
        )
    if status == 403:
        return Problem("Not allowed", "Your Replicate account may not use this. " + detail)
    if status == 404:
        what = f"“{model}”" if model else "That model"
        return Problem(
            "Model not found",
            f"{what} was not found on Replicate. Check the spelling (owner/name), or search for a model "
            "by what it does: type words in the model box, or press Browse… (Ctrl+K).",
        )
    if status == 422:
        fields = _FIELD.findall(detail)
        if fields:
            lines = "; ".join(f"{name}: {why.strip()}" for name, why in fields)
            return Problem("The input was not accepted", f"The model did not accept the input. {lines}")
        return Problem(
            "The input was not accepted", f"The model did not accept the input. {detail or error.title or ''}".strip()
        )
    if status == 429:
        return Problem(
            "Too many requests",
            "Replicate is getting too many requests from your account right now. Wait a minute, then try again.",
        )
    if status >= 500:
        return Problem(
            "Replicate is having trouble",
            f"Replicate's servers answered with an error ({status}). "
            "This is usually brief: try again in a few minutes.",
        )
    return Problem(
        "Replicate refused the request", f"Replicate answered {status}: {detail or error.title or 'no details'}"
    )


def explain_keyring(error: BaseException) -> Problem:
    import keyring.errors

    if isinstance(error, keyring.errors.NoKeyringError):
        return Problem(
            "No password store found",
            "Replidesk keeps your API token in your system's password store, and none "
            "was found. On Linux, install and start GNOME Keyring or KWallet; "
            "meanwhile you can set REPLICATE_API_TOKEN in the environment.",
        )
    if isinstance(error, keyring.errors.KeyringLocked):
        return Problem(
            "Password store is locked",
            "Your system's password store is locked. Unlock it (log in again, or "
            "open your keyring app), then try again.",
        )
    return Problem(
        "Password store problem",
        f"Your system's password store refused the request ({type(error).__name__}). "
        "Unlock it or check that it is running, then try again.",
    )
