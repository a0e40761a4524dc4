import httpx
import keyring.errors
import pytest
from replicate.exceptions import ReplicateError

from core import i18n
from core.errors import UserError, explain, in_token_dialog, prompt_missing, token_missing


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


def test_token_problems_say_in_the_dialog_what_to_do_without_the_menu():
    for problem in (explain(ReplicateError(status=401)), token_missing().problem):
        assert problem.needs_token and "Set API token" in problem.message  # told outside the dialog
        assert problem.reason and "Set API token" not in problem.reason  # the dialog is where it leads
        assert in_token_dialog(problem) == problem.reason
        assert in_token_dialog(problem.message) == problem.reason  # a signal carrying the message only
    assert in_token_dialog("Something else") == "Something else"


def test_no_password_store_names_the_usual_ones():
    message = explain(keyring.errors.NoKeyringError()).message
    assert "GNOME Keyring or KWallet" in message and "REPLICATE_API_TOKEN" not in message
    assert "password store" in explain(keyring.errors.InitError("Prompt dismissed")).message


def test_messages_go_through_the_translator():
    seen: list[tuple[str, str]] = []

    def marked(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        seen.append((context, text))
        return f"[de] {text}"

    i18n.install(marked)
    try:
        assert explain(ReplicateError(status=404), "a/b").message.startswith("[de] “a/b” was not found")
        assert "[de] Replicate's servers answered with an error (500)" in explain(ReplicateError(status=500)).message
        assert prompt_missing("Prompt").problem.title == "[de] The prompt is empty"
        assert explain(keyring.errors.NoKeyringError()).title == "[de] No password store found"
        assert all(context == "Problem" for context, _text in seen)
    finally:
        i18n.install(None)
    assert explain(ReplicateError(status=429)).title == "Too many requests"


def test_a_parked_run_keeps_the_token_question_and_says_it_goes_on():
    from core.errors import token_refused
    from core.following import goes_on

    parked = goes_on(token_refused())
    assert parked.needs_token and parked.reason == token_refused().reason  # the dialog still asks
    assert parked.message.startswith(token_refused().message)
    assert parked.message.endswith("Try again follows it now, or Replidesk does at its next start.")


def test_a_model_with_no_version_is_not_called_misspelt():
    from core.replicate_service import no_version

    problem = explain(no_version("mattt/empty"))
    assert problem.title == "This model has no version yet"
    assert "mattt/empty" in problem.message and "spelling" not in problem.message


@pytest.mark.parametrize(
    "error, title, word",
    [
        (FileNotFoundError(2, "No such file or directory", "/home/u/photo.png"), "File not found", "moved"),
        (PermissionError(13, "Permission denied", "/home/u/photo.png"), "No permission", "permissions"),
        (IsADirectoryError(21, "Is a directory", "/home/u/photo.png"), "A folder, not a file", "folder"),
        (OSError(28, "No space left on device", "/home/u/photo.png"), "The disk is full", "free some space"),
        (OSError(30, "Read-only file system", "/home/u/photo.png"), "The disk cannot be written", "read-only"),
    ],
)
def test_file_problems_are_said_plainly_and_name_the_file(error, title, word):
    problem = explain(error)
    assert problem.title == title and word in problem.message.lower()
    assert "/home/u/photo.png" in problem.message and "Error" not in problem.message


def test_a_network_error_is_not_taken_for_a_file_problem():
    assert explain(ConnectionRefusedError(111, "Connection refused")).title == "Something went wrong"
