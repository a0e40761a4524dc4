import keyring.backends.fail
import pytest

from core.errors import UserError
from core.token_store import ACCOUNT_NAME, SERVICE_NAME, TokenStore


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


def test_no_keyring_is_explained():
    store = TokenStore(keyring.backends.fail.Keyring())
    with pytest.raises(UserError) as caught:
        store.load()
    assert "password store" in caught.value.problem.message
    with pytest.raises(UserError):
        store.save("x")
