"""Settings (Ctrl+,, issue 12): the dialog shows the settings, OK saves what changed and names
it, Cancel saves nothing, bad values are refused with a message, and the token is never stored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QWidget

from gui.settings import AppSettings
from gui.settings_dialog import SettingsDialog, masked_token
from gui.theme import Theme

TOKEN = "r8_" + "x" * 32 + "1234"


@pytest.fixture
def settings(settings_file):
    return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def reread(settings_file):
    """The settings as a new start of the app reads them from the file."""
    return lambda: AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def make_dialog(qtbot, tmp_path):
    def make(settings: AppSettings, token: str | None = TOKEN) -> SettingsDialog:
        dialog = SettingsDialog(settings, token, "Secret Service (GNOME Keyring)", None, tmp_path / "data")
        qtbot.addWidget(dialog)
        dialog.open()
        return dialog

    return make


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    assert combo.currentData() == data


def test_the_dialog_shows_the_current_values(make_dialog, settings, tmp_path):
    settings.set_theme(Theme.DARK)
    settings.set_language("de")
    settings.set_concurrent_runs(8)
    settings.set_output_folder(tmp_path / "mine")
    settings.set_start_model("stability-ai/sdxl")
    settings.set_retention_days(90)
    settings.set_notifications(False)
    settings.set_proxy("manual", "http://proxy.local:3128")
    dialog = make_dialog(settings)
    assert dialog.objectName() == "settingsDialog" and dialog.isVisible()
    assert dialog.account.token_label.text() == "r8_…1234"
    assert "GNOME Keyring" in dialog.account.store_label.text()
    assert dialog.files.outputs.edit.text() == str(tmp_path / "mine")
    assert dialog.files.data.edit.text() == "" and dialog.files.data.edit.placeholderText() == str(tmp_path / "data")
    assert dialog.appearance.theme.currentData() == "dark" and dialog.appearance.language.currentData() == "de"
    assert dialog.runs.concurrent.currentData() == 8 and dialog.runs.retention.currentData() == 90
    assert dialog.runs.start_model.text() == "stability-ai/sdxl"
    assert not dialog.runs.notifications.isChecked()
    assert dialog.network.mode() == "manual" and dialog.network.url.text() == "http://proxy.local:3128"


def test_defaults_and_bad_stored_values_are_read_as_defaults(settings_file, reread):
    raw = QSettings(str(settings_file), QSettings.Format.IniFormat)
    for key, value in (
        (AppSettings.LANGUAGE, "klingon"),
        (AppSettings.RETENTION_DAYS, "soon"),
        (AppSettings.PROXY_MODE, "carrier pigeon"),
        (AppSettings.START_MODEL, "not a model"),
        (AppSettings.OUTPUT_FOLDER, "relative/folder"),
    ):
        raw.setValue(key, value)
    raw.sync()
    settings = reread()
    assert settings.language() == "" and settings.retention_days() == 0 and settings.proxy_mode() == "system"
    assert settings.start_model() == "" and settings.output_folder() is None and settings.data_folder() is None
    assert settings.notifications() is True and settings.proxy_url() == ""
    with pytest.raises(ValueError):
        settings.set_proxy("manual", "proxy:3128")  # never stored: the next start would use it


def test_ok_saves_every_change_and_names_exactly_what_changed(make_dialog, settings, reread, qtbot, tmp_path):
    dialog = make_dialog(settings)
    choose(dialog.appearance.theme, "light")
    choose(dialog.runs.concurrent, 2)
    choose(dialog.runs.retention, 30)
    dialog.files.outputs.edit.setText(str(tmp_path / "outputs-here"))
    dialog.network.buttons["manual"].setChecked(True)
    dialog.network.url.setText("https://proxy.example.com:8443")
    with qtbot.waitSignal(dialog.changed) as told:
        dialog.button_box.button(dialog.button_box.StandardButton.Ok).click()
    assert sorted(told.args[0]) == ["concurrent_runs", "outputs", "proxy", "retention", "theme"]
    assert not dialog.isVisible()
    again = reread()
    assert again.theme() is Theme.LIGHT and again.concurrent_runs() == 2 and again.retention_days() == 30
    assert again.output_folder() == tmp_path / "outputs-here"
    assert (again.proxy_mode(), again.proxy_url()) == ("manual", "https://proxy.example.com:8443")
    assert again.language() == "" and again.notifications() is True  # untouched


def test_the_other_settings_are_named_too(make_dialog, settings, reread, qtbot, tmp_path):
    dialog = make_dialog(settings)
    choose(dialog.appearance.language, "de")
    dialog.runs.start_model.setText(" https://replicate.com/stability-ai/sdxl ")
    dialog.runs.notifications.setChecked(False)
    dialog.files.data.edit.setText(str(tmp_path / "elsewhere"))
    with qtbot.waitSignal(dialog.changed) as told:
        dialog.accept()
    assert sorted(told.args[0]) == ["data", "language", "notifications", "start_model"]
    again = reread()
    assert again.language() == "de" and again.start_model() == "stability-ai/sdxl"
    assert again.notifications() is False and again.data_folder() == tmp_path / "elsewhere"


def test_ok_with_nothing_changed_tells_nothing(make_dialog, settings, qtbot):
    dialog = make_dialog(settings)
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.accept()
    assert not dialog.isVisible()


def test_cancel_saves_nothing(make_dialog, settings, settings_file, qtbot):
    settings.sync()
    before = settings_file.read_text() if settings_file.exists() else ""
    dialog = make_dialog(settings)
    choose(dialog.appearance.theme, "dark")
    choose(dialog.runs.concurrent, 16)
    dialog.network.buttons["none"].setChecked(True)
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.button_box.button(dialog.button_box.StandardButton.Cancel).click()
    settings.sync()
    assert (settings_file.read_text() if settings_file.exists() else "") == before
    assert settings.theme() is Theme.SYSTEM and settings.proxy_mode() == "system"


def test_a_bad_proxy_url_is_refused_with_a_message(make_dialog, settings, qtbot):
    dialog = make_dialog(settings)
    dialog.tabs.setCurrentIndex(0)
    dialog.network.buttons["manual"].setChecked(True)
    dialog.network.url.setText("proxy.example.com:3128")
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.accept()
    assert dialog.isVisible()  # still open, to fix it
    assert "http://" in dialog.problem_label.text() and dialog.problem_label.isVisibleTo(dialog)
    assert dialog.tabs.currentWidget() is dialog.network
    assert settings.proxy_mode() == "system"
    dialog.network.url.setText("http://proxy.example.com:3128")
    with qtbot.waitSignal(dialog.changed) as told:
        dialog.accept()
    assert told.args[0] == ["proxy"] and settings.proxy_url() == "http://proxy.example.com:3128"


def test_a_proxy_address_typed_but_not_chosen_changes_nothing(make_dialog, settings, qtbot):
    dialog = make_dialog(settings)
    dialog.network.url.setText("not an address")
    assert not dialog.network.url.isEnabled()  # only the manual choice uses it
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.accept()
    assert not dialog.isVisible() and settings.proxy_url() == ""


def test_a_bad_model_and_bad_folders_are_refused(make_dialog, settings, qtbot, tmp_path):
    dialog = make_dialog(settings)
    dialog.runs.start_model.setText("just some words")
    dialog.accept()
    assert dialog.isVisible() and "not a model name" in dialog.problem_label.text()
    dialog.runs.start_model.clear()
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("x")
    dialog.files.outputs.edit.setText(str(a_file / "below"))
    dialog.accept()
    assert dialog.isVisible() and "is a file" in dialog.problem_label.text()
    assert dialog.tabs.currentWidget() is dialog.files
    data = tmp_path / "data"
    data.mkdir()
    (data / "history.sqlite3").write_bytes(b"")
    dialog.files.outputs.edit.setText(str(data))  # a data folder, holding a history
    dialog.accept()
    assert dialog.isVisible() and "data folder" in dialog.problem_label.text()
    dialog.files.outputs.edit.setText(str(tmp_path / "out"))
    dialog.files.data.edit.setText(str(tmp_path / "out" / "data"))
    dialog.accept()
    assert dialog.isVisible() and "inside the output folder" in dialog.problem_label.text()
    dialog.files.data.edit.setText("relative/data")
    dialog.accept()
    assert dialog.isVisible() and "whole folder path" in dialog.problem_label.text()
    dialog.files.data.edit.clear()
    with qtbot.waitSignal(dialog.changed) as told:
        dialog.accept()
    assert told.args[0] == ["outputs"] and not dialog.isVisible()


def test_a_folder_without_write_permission_is_refused(make_dialog, settings, tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access
    # As root every folder is writable: the check is made to see a folder of someone else's.
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != locked and real_access(path, mode))
    dialog = make_dialog(settings)
    dialog.files.outputs.edit.setText(str(locked / "outputs"))
    dialog.accept()
    assert dialog.isVisible() and "may not write" in dialog.problem_label.text()
    assert dialog.focusWidget() is dialog.files.outputs.edit


def test_choose_opens_a_folder_dialog_without_blocking_and_fills_the_field(make_dialog, settings, tmp_path):
    dialog = make_dialog(settings)
    chooser = dialog.files.outputs.ask()
    assert chooser.isVisible() and chooser.fileMode() == chooser.FileMode.Directory
    chooser.fileSelected.emit(str(tmp_path / "picked"))
    chooser.reject()
    assert dialog.files.outputs.folder() == tmp_path / "picked"


def test_replace_and_sign_out_emit_their_signals(make_dialog, settings, qtbot):
    dialog = make_dialog(settings)
    with qtbot.waitSignal(dialog.replace_token_requested):
        dialog.account.replace_button.click()
    with qtbot.waitSignal(dialog.sign_out_requested):
        dialog.account.sign_out_button.click()
    dialog.set_token(None)  # the window tells the dialog once signed out
    assert dialog.account.token_label.text() == "Not signed in"
    assert not dialog.account.sign_out_button.isEnabled()


def test_signed_out_says_so(make_dialog, settings):
    dialog = make_dialog(settings, token=None)
    assert dialog.account.token_label.text() == "Not signed in"
    assert not dialog.account.sign_out_button.isEnabled() and dialog.account.replace_button.isEnabled()


def test_the_token_is_masked_and_never_written_to_the_settings(make_dialog, settings, settings_file, qtbot):
    dialog = make_dialog(settings)
    assert TOKEN not in dialog.account.token_label.text()
    choose(dialog.appearance.theme, "dark")
    dialog.accept()
    settings.sync()
    written = settings_file.read_text()
    assert "dark" in written  # the settings were written…
    assert TOKEN not in written and TOKEN[3:-4] not in written  # …and no part of the token
    assert masked_token("r8_short") == "…" and masked_token("  ") == ""


def test_every_field_has_an_accessible_name(make_dialog, settings):
    dialog = make_dialog(settings)
    focusable = set()
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        focusable |= {
            w
            for w in dialog.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(dialog) and w.parent() is not None
        }
    unnamed = [(type(w).__name__, w.objectName()) for w in focusable if not (w.accessibleName() or _text(w))]
    assert len(focusable) > 15 and not unnamed


def _text(widget: QWidget) -> str:
    """Buttons, check boxes and radio buttons are named by their text."""
    text = getattr(widget, "text", None)
    return text().replace("&", "") if callable(text) and type(widget).__name__ != "QLineEdit" else ""


def test_the_output_folder_default_is_the_data_folders_outputs(make_dialog, settings, tmp_path):
    dialog = make_dialog(settings)
    assert Path(dialog.files.outputs.edit.placeholderText()) == tmp_path / "data" / "outputs"
    assert dialog.files.outputs.folder() is None and dialog.files.outputs.shown() == tmp_path / "data" / "outputs"


def test_the_layout_keys_are_forgotten_together(settings, reread):
    assert settings.run_list_shown() is True
    settings.set_run_list_shown(False)
    settings.set_geometry(QByteArray(b"geometry"))
    settings.set_splitter(QByteArray(b"columns"))
    settings.set_theme(Theme.DARK)
    settings.sync()
    assert reread().run_list_shown() is False and reread().geometry() == QByteArray(b"geometry")
    settings.forget_layout()
    settings.sync()
    again = reread()
    assert again.run_list_shown() is True and again.geometry() is None and again.splitter() is None
    assert again.theme() is Theme.DARK  # only the layout is forgotten


def test_the_largest_file_to_download_is_two_gb_unless_changed(make_dialog, settings, reread, qtbot, settings_file):
    from gui.settings import MIB

    assert settings.max_download_mib() == 2048 and settings.max_download_bytes() == 2 * 1024**3
    dialog = make_dialog(settings)
    combo = dialog.files.max_download
    assert combo.currentText() == "2 GB" and combo.accessibleName() == "Largest output file to download"
    assert combo.itemText(combo.count() - 1) == "No limit"
    choose(combo, 512)
    assert combo.currentText() == "512 MB"
    with qtbot.waitSignal(dialog.changed) as told:
        dialog.accept()
    assert told.args[0] == ["max_download"]
    assert reread().max_download_mib() == 512 and reread().max_download_bytes() == 512 * MIB
    settings.set_max_download_mib(0)
    assert settings.max_download_bytes() is None  # no limit
    raw = QSettings(str(settings_file), QSettings.Format.IniFormat)
    raw.setValue(AppSettings.MAX_DOWNLOAD_MIB, "lots")
    raw.sync()
    assert reread().max_download_mib() == 2048  # a bad value: the default


def test_the_cap_reaches_the_downloader_at_start_and_when_changed(make_window, memory_keyring, settings_file):
    raw = QSettings(str(settings_file), QSettings.Format.IniFormat)
    raw.setValue(AppSettings.MAX_DOWNLOAD_MIB, 1024)
    raw.sync()
    window = make_window(memory_keyring, start=False)
    flow = window.settings_flow
    assert flow.session.downloader.max_file_bytes == 1024**3  # before any run
    flow.settings.set_max_download_mib(5120)
    flow.apply(["max_download"])
    assert flow.session.downloader.max_file_bytes == 5 * 1024**3
    flow.settings.set_max_download_mib(0)
    flow.apply(["max_download"])
    assert flow.session.downloader.max_file_bytes is None
