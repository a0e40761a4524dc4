import httpx
import keyring.errors
import pytest
from replicate.exceptions import ReplicateError

from core.errors import UserError, explain, prompt_missing, token_missing


@pytest.mark.parametrize(
    "status, title_word, needs_token",
    [
        (401, "token", True),
        (402, "Billing", False),
        (404, "not found", False),
        (429, "many", False),
        (500, "trouble", False),
        (503, "trouble", False),
    ],
)
def test_api_statuses_get_plain_explanations(status, title_word, needs_token):
    problem = explain(ReplicateError(status=status, title="x", detail="y"), "a/b")
    assert title_word.lower() in problem.title.lower()
    assert problem.needs_token is needs_token
    assert "Traceback" not in problem.message


def test_422_names_the_field():
    error = ReplicateError(
        status=422, title="Input validation failed", detail="- input.max_tokens: Input should be a valid integer\n"
    )
    problem = explain(error)
    assert "max_tokens" in problem.message and "valid integer" in problem.message


def test_404_names_the_model():
    assert "“a/b”" in explain(ReplicateError(status=404), "a/b").message


@pytest.mark.parametrize(
    "error, word",
    [
        (httpx.ConnectError("refused"), "connect"),
        (httpx.ReadTimeout("slow"), "too long"),
        (TimeoutError(), "too long"),
        (keyring.errors.NoKeyringError(), "password store"),
        (keyring.errors.KeyringLocked(), "locked"),
        (ZeroDivisionError(), "unexpected"),
    ],
)
def test_other_failures(error, word):
    assert word in explain(error).message.lower()


def test_user_errors_pass_through():
    assert explain(prompt_missing("prompt")).title == "The prompt is empty"
    assert explain(token_missing()).needs_token
    assert explain(UserError("T", "M")).message == "M"
