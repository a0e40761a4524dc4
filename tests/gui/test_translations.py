"""The second language (German): it loads and changes what the user reads (the window's menus
and buttons, core's messages, plurals), English keeps its plural forms, an unknown language
falls back to English, and the German catalogue stays complete and faithful to the code."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QMenu, QMenuBar, QPushButton

from core import i18n
from core.errors import prompt_missing
from core.run_events import RunStatus
from gui import translations

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
GERMAN = FOLDER / "replidesk_de.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|<[^>]+>|&[a-z]+;")


def _ts_merge():
    spec = importlib.util.spec_from_file_location("ts_merge", ROOT / "tools" / "ts_merge.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["ts_merge"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.fixture
def language(qapp):
    """Install a language for one test; the language before it comes back at teardown."""
    before = translations.current()

    def install(name: str) -> str:
        return translations.install(qapp, name)

    yield install
    if before:
        translations.install(qapp, before)
    else:
        translations.uninstall(qapp)


def test_german_changes_core_messages_statuses_and_plurals(language):
    english = (
        prompt_missing().problem.title,
        RunStatus.SUCCEEDED.label,
        i18n.translate("AccountImport", "Imported %n run(s).", None, 2),
    )
    assert language("de") == "de"
    german = (
        prompt_missing().problem.title,
        RunStatus.SUCCEEDED.label,
        i18n.translate("AccountImport", "Imported %n run(s).", None, 2),
    )
    assert english == ("The prompt is empty", "Done", "Imported 2 runs.")
    assert all(g != e and g for g, e in zip(german, english, strict=True)), german
    one = i18n.translate("AccountImport", "Imported %n run(s).", None, 1)
    assert "1" in one and "2" in german[2] and one.replace("1", "") != german[2].replace("2", "")  # two forms
    assert QLocale().language() == QLocale.Language.German  # numbers and dates follow


def test_a_fields_default_and_bounds_are_written_as_its_spin_box_writes_them(language, qtbot):
    """German spin boxes show 0,6: the help under them said "Standard: 0.6"."""
    from gui.input_form import InputForm
    from tests.core.test_input_fields import BY_SLUG
    from tests.gui.test_input_form import info_of
    from tests.helpers.driving import LLAMA

    language("de")
    form = InputForm()
    qtbot.addWidget(form)
    form.set_model(info_of(BY_SLUG[LLAMA]))
    assert form.editors["temperature"].spin.text() == "0,6"
    assert form.helps["temperature"].text().startswith("Standard: 0,6 ·")
    assert form.helps["max_tokens"].text().startswith("Standard: 512 ·")
    assert (i18n.number_text(0.05), i18n.number_text(4.0)) == ("0,05", "4")  # bounds in messages too
    language("en")
    form.set_model(info_of(BY_SLUG[LLAMA]))
    assert form.helps["temperature"].text().startswith("Default: 0.6 ·")
    assert i18n.number_text(0.05) == "0.05"


def test_common_input_labels_and_the_empty_prompt_message_speak_german(language):
    from tests.core.test_input_fields import BY_SLUG
    from tests.gui.test_input_form import info_of
    from tests.helpers.driving import LLAMA, SDXL

    sdxl = info_of(BY_SLUG[SDXL])
    assert [sdxl.field(n).label for n in ("width", "negative_prompt")] == ["Width", "Negative prompt"]
    language("de")
    assert [sdxl.field(n).label for n in ("width", "height", "negative_prompt")] == [
        "Breite",
        "Höhe",
        "Negativer Prompt",
    ]
    assert info_of(BY_SLUG[LLAMA]).field("temperature").label == "Temperatur"
    said = prompt_missing(sdxl.prompt_label).problem.message
    assert "Feld Prompt" in said and "prompt:" not in said  # the box's label, not the schema's name


def test_the_window_speaks_german(language, make_window, memory_keyring, qtbot):
    english = make_window(memory_keyring, start=False)
    english_menus = [action.text() for action in english.menuBar().actions()]
    english_run = english.findChild(QPushButton, "runButton").text()
    language("de")
    german = make_window(memory_keyring, start=False)
    german_menus = [action.text() for action in german.menuBar().actions()]
    german_run = german.findChild(QPushButton, "runButton").text()
    assert len(german_menus) == len(english_menus) >= 4
    assert all(g != e for g, e in zip(german_menus, english_menus, strict=True)), (english_menus, german_menus)
    assert german_run != english_run
    assert german.findChild(QPushButton, "runButton").accessibleName() not in ("", "Run")


def _mnemonic(text: str) -> str:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def _clashes(menu: QMenu | QMenuBar) -> list[str]:
    """Mnemonics used twice in one menu (or the menu bar), and in its submenus."""
    keys = [(_mnemonic(action.text()), action.text()) for action in menu.actions() if action.text()]
    used = [key for key, _text in keys if key]
    clashes = [text for key, text in keys if key and used.count(key) > 1]
    for action in menu.actions():
        if action.menu() is not None:
            clashes += _clashes(action.menu())
    return clashes


@pytest.mark.parametrize("name", ["de", "en"])
def test_each_menu_has_unique_mnemonics(name, language, make_window, memory_keyring):
    language(name)
    window = make_window(memory_keyring, start=False)
    assert not _clashes(window.menuBar())


def test_standard_buttons_come_from_qt_german_too(language):
    language("de")
    assert QCoreApplication.translate("QPlatformTheme", "Discard") == "Verwerfen"  # not in the app's catalogue


def test_english_plural_forms(language):
    assert language("en") == "en"
    assert QCoreApplication.translate("ModelListModel", "%n run(s)", None, 1) == "1 run"
    assert QCoreApplication.translate("ModelListModel", "%n run(s)", None, 2) == "2 runs"
    assert i18n.translate("AccountImport", "Imported %n run(s).", None, 1) == "Imported 1 run."
    assert i18n.translate("AccountImport", "Imported %n run(s).", None, 0) == "Imported 0 runs."


def test_an_unknown_language_falls_back_to_english(language):
    assert language("xx") == "en"
    assert prompt_missing().problem.title == "The prompt is empty"
    assert RunStatus.FAILED.label == "Failed"
    assert translations.choose("de_AT") == "de" and translations.choose("pt-BR") == "en"


def test_every_german_message_is_translated():
    unfinished, empty = [], []
    for context, message in _messages(GERMAN):
        translation = message.find("translation")
        where = f"{context}: {message.findtext('source')!r}"
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            unfinished.append(where)
        elif message.get("numerus") == "yes":
            forms = [form.text for form in translation.iter("numerusform")]
            if len(forms) != 2 or not all(forms):
                empty.append(where)
        elif not translation.text:
            empty.append(where)
    assert not unfinished, f"{len(unfinished)} untranslated (run tools/translations.sh): {unfinished[:20]}"
    assert not empty, empty[:20]


def test_german_keeps_placeholders_markup_and_mnemonics():
    wrong = []
    for context, message in _messages(GERMAN):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue  # the test above names those
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                wrong.append(f"{context}: {source!r} -> {form!r}")
            if re.search(r"&[^&\s;]", source.replace("&&", "")) and not re.search(r"&[^&\s;]", form.replace("&&", "")):
                wrong.append(f"{context}: {source!r} -> {form!r} (no mnemonic)")
            if source.endswith("…") and "…" not in form:
                wrong.append(f"{context}: {source!r} -> {form!r} (the ellipsis)")
    assert not wrong, wrong[:20]


def test_every_string_the_code_asks_for_is_in_the_catalogue():
    """What Python's parser finds (self.tr, translate, QCoreApplication.translate and their
    plurals) is what the .ts holds: nothing missed by lupdate, nothing left over."""
    wanted = set(_ts_merge().extract([ROOT / "core", ROOT / "gui"]))
    listed = {
        (context, message.findtext("source"), message.findtext("comment") or "")
        for context, message in _messages(GERMAN)
    }
    assert not wanted - listed, f"not extracted (run tools/translations.sh): {sorted(wanted - listed)[:20]}"
    assert not listed - wanted, f"no longer asked for: {sorted(listed - wanted)[:20]}"


def test_no_text_is_built_before_it_is_translated():
    fatal = [f"{c.path}:{c.line}" for c in _ts_merge().check([ROOT / "core", ROOT / "gui"]) if c.source is None]
    assert not fatal, f"an f-string or built text inside tr/translate: {fatal}"


def test_the_compiled_german_matches_its_source(qapp):
    """The .qm shipped was compiled from the .ts as it is (tools/translations.sh was run)."""
    compiled = QTranslator()
    assert compiled.load(str(FOLDER / "replidesk_de.qm"))
    stale = []
    for context, message in _messages(GERMAN):
        translation = message.find("translation")
        if message.get("numerus") == "yes" or translation is None or translation.get("type") == "unfinished":
            continue
        comment = message.findtext("comment")
        if compiled.translate(context, message.findtext("source"), comment) != translation.text:
            stale.append(f"{context}: {message.findtext('source')!r}")
    assert not stale, stale[:20]
