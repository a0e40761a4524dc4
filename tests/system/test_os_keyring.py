"""The token in the OS's own password store on Windows (Credential Manager) and macOS (Keychain),
as the release workflow runs the suites there (issue 14). Linux's Secret Service has its own
file (test_secret_service.py), which tools/test.sh runs under a private D-Bus session."""

from __future__ import annotations

import sys
import uuid

import pytest

from core.token_store import TokenStore

pytestmark = pytest.mark.skipif(
    sys.platform not in ("win32", "darwin"),
    reason="Windows' Credential Manager and macOS' Keychain exist only on those systems (the release "
    "workflow runs this there); this Linux machine's store is tested by test_secret_service.py",
)


def test_the_token_is_kept_read_back_and_removed_in_the_os_store(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    monkeypatch.delenv("REPLICATE_API_TOKEN", raising=False)  # the store's own, not the environment's

    backend = keyring.get_keyring()
    expected = {"win32": "WinVaultKeyring", "darwin": "Keyring"}[sys.platform]
    assert type(backend).__name__ == expected, f"not the OS's own store: {type(backend)}"
    store = TokenStore(backend)
    developers_own = store.load()  # a developer's machine: put back afterwards
    token = f"r8_{uuid.uuid4().hex}"  # made up here: never a real token
    try:
        store.save(token)
        assert TokenStore(keyring.get_keyring()).load() == token  # a second reader, as at the next start
    finally:
        store.delete()
    try:
        assert TokenStore(backend).load() is None
    finally:
        if developers_own:
            store.save(developers_own)
