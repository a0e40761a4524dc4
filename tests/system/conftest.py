"""Tests of the OS and the process around the app (real keyring, frozen-build self-test, PySide
itself); they reuse the window fixtures of the GUI tests."""

from tests.gui.conftest import make_window, settings_file, window  # noqa: F401 - fixtures
