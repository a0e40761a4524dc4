import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.kwallet
import keyring.backends.macOS
import keyring.backends.SecretService
import keyring.backends.Windows
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from replicate.exceptions import ReplicateError

from core.errors import UserError
from core.session import Session
from core.token_store import ACCOUNT_NAME, SERVICE_NAME, TokenStore, describe_backend, token_from_pasted
from tests.conftest import run_async


class LockedOutKeyring(KeyringBackend):
    """A Secret Service with no unlocked keyring: every call fails to open it."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.InitError("Failed to unlock the collection: Prompt dismissed")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.InitError("Failed to unlock the collection: Prompt dismissed")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.InitError("Failed to unlock the collection: Prompt dismissed")


def test_saves_loads_and_deletes_in_the_keyring(memory_keyring):
    store = TokenStore(memory_keyring)
    assert store.load() is None
    store.save("  secret-value  ")
    assert memory_keyring.passwords == {(SERVICE_NAME, ACCOUNT_NAME): "secret-value"}
    assert store.load() == "secret-value"
    store.delete()
    assert store.load() is None
    store.delete()  # deleting nothing is not an error


def test_environment_overrides_the_keyring(memory_keyring, monkeypatch):
    store = TokenStore(memory_keyring)
    store.save("from-keyring")
    monkeypatch.setenv("REPLICATE_API_TOKEN", "from-env")
    assert store.load() == "from-env"


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), LockedOutKeyring()])
def test_no_password_store_reads_as_nothing_stored_and_saving_says_why(backend):
    store = TokenStore(backend)
    assert store.load() is None  # nothing can be stored where there is no store: ask, don't fail
    with pytest.raises(UserError) as caught:
        store.save("x")
    assert "password store" in caught.value.problem.message
    message = caught.value.problem.message
    assert "Set API token" not in message and "REPLICATE_API_TOKEN" not in message


def test_a_locked_keyring_is_still_told_at_load():
    class Locked(LockedOutKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringLocked("locked")

    with pytest.raises(UserError) as caught:
        TokenStore(Locked()).load()
    assert "locked" in caught.value.problem.message


@pytest.mark.parametrize(
    "pasted",
    [
        "r8_Abc123",
        "  r8_Abc123  \n",
        "export REPLICATE_API_TOKEN=r8_Abc123",
        "export REPLICATE_API_TOKEN=r8_Abc123\n",
        "\n  export REPLICATE_API_TOKEN='r8_Abc123'  \n",
        'export REPLICATE_API_TOKEN="r8_Abc123";',
        "REPLICATE_API_TOKEN=r8_Abc123",
        "set REPLICATE_API_TOKEN=r8_Abc123",
        'set "REPLICATE_API_TOKEN=r8_Abc123"',
        "setx REPLICATE_API_TOKEN r8_Abc123",
        '$env:REPLICATE_API_TOKEN="r8_Abc123"',
        "$env:REPLICATE_API_TOKEN = 'r8_Abc123'",
        "# Replicate's page says:\nexport REPLICATE_API_TOKEN=r8_Abc123\n",
        "export replicate_api_token=r8_Abc123",
    ],
)
def test_the_token_is_taken_from_a_pasted_line(pasted):
    assert token_from_pasted(pasted) == "r8_Abc123"


@pytest.mark.parametrize(
    "pasted, kept",
    [
        ("export REPLICATE_API_TOKEN=", ""),  # nothing after the name: "paste a token" follows
        ("two words", "two words"),  # not a token: the sign-in says why
        ("export OTHER=r8_x", "export OTHER=r8_x"),
    ],
)
def test_text_that_sets_no_token_comes_back_as_it_is(pasted, kept):
    assert token_from_pasted(pasted) == kept


@pytest.mark.parametrize(
    "backend, name",
    [
        (keyring.backends.macOS.Keyring(), "macOS Keychain"),
        (keyring.backends.Windows.WinVaultKeyring(), "Windows Credential Manager"),
        (keyring.backends.SecretService.Keyring(), "Secret Service (GNOME Keyring)"),
        (keyring.backends.kwallet.DBusKeyring(), "KWallet"),
        (keyring.backends.fail.Keyring(), None),
    ],
)
def test_the_store_is_named_in_plain_words(backend, name):
    assert TokenStore(backend).store_name() == name


def test_a_chain_of_stores_is_named_by_its_first_known_one(monkeypatch):
    chain = keyring.backends.chainer.ChainerBackend()
    monkeypatch.setattr(
        type(chain), "backends", [keyring.backends.fail.Keyring(), keyring.backends.kwallet.DBusKeyring()]
    )
    assert describe_backend(chain) == "KWallet"
    monkeypatch.setattr(type(chain), "backends", [])
    assert describe_backend(chain) is None


def test_signing_in_without_a_password_store_works_for_this_session(server, token, tmp_path):
    session = Session(TokenStore(keyring.backends.fail.Keyring()), server.base_url, data=tmp_path / "data")

    async def scenario() -> None:
        try:
            account = await session.sign_in(f"export REPLICATE_API_TOKEN={token}\n")
            assert account.name == "Local Tester"
            assert session.token == token  # in memory: runs work now
            assert session.token_not_saved is not None
            assert "no password store" in session.token_not_saved.message
            assert "GNOME Keyring or KWallet" in session.token_not_saved.message
            await session.sign_out()  # forgetting a token kept in memory is not a store failure
            assert session.token is None and session.token_not_saved is None
        finally:
            await session.close()

    run_async(scenario())


def test_a_refused_token_is_not_kept_even_in_memory(server, tmp_path):
    session = Session(TokenStore(keyring.backends.fail.Keyring()), server.base_url, data=tmp_path / "data")

    async def scenario() -> None:
        try:
            with pytest.raises(ReplicateError):
                await session.sign_in("r8_not_the_right_one")
            assert session.token is None
        finally:
            await session.close()

    run_async(scenario())
