"""The environment of programs a frozen build starts: the user's own (core/child_env.py)."""

from __future__ import annotations

from core.child_env import child_environment

BUNDLE = "/opt/replidesk/_internal"


def test_not_frozen_changes_nothing() -> None:
    environ = {"LD_LIBRARY_PATH": f"{BUNDLE}:/x", "LD_LIBRARY_PATH_ORIG": "/x"}
    assert child_environment(environ, None) == environ


def test_the_saved_value_comes_back() -> None:
    environ = {"LD_LIBRARY_PATH": BUNDLE, "LD_LIBRARY_PATH_ORIG": "/home/me/lib:/opt/cuda/lib64"}
    assert child_environment(environ, BUNDLE) == {"LD_LIBRARY_PATH": "/home/me/lib:/opt/cuda/lib64"}


def test_an_unset_variable_stays_unset() -> None:
    assert child_environment({"LD_LIBRARY_PATH": BUNDLE}, BUNDLE) == {}
    assert child_environment({"SSL_CERT_FILE": f"{BUNDLE}/certifi/cacert.pem"}, BUNDLE) == {}


def test_only_the_bundles_entries_leave_a_path_list() -> None:
    environ = {"PATH": f"{BUNDLE}:/usr/bin:/bin", "XDG_DATA_DIRS": f"/usr/share:{BUNDLE}/share"}
    assert child_environment(environ, BUNDLE) == {"PATH": "/usr/bin:/bin", "XDG_DATA_DIRS": "/usr/share"}


def test_values_that_merely_look_alike_are_kept() -> None:
    environ = {
        "DISPLAY": ":0",
        "HTTPS_PROXY": "http://proxy:8080",
        "SIBLING": "/opt/replidesk/_internal-old/lib",  # not under the bundle, only a common prefix
        "RELATIVE": "_internal/lib",
        "EMPTY_ENTRY": "/a::/b",
    }
    assert child_environment(environ, BUNDLE) == environ


def test_the_bundle_spelt_with_a_trailing_slash_or_dots_is_still_the_bundle() -> None:
    environ = {"QT_PLUGIN_PATH": "/opt/replidesk/_internal/./PySide6/../PySide6/Qt/plugins/"}
    assert child_environment(environ, BUNDLE + "/") == {}
