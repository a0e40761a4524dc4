"""Screenshots of the real window for the README and docs, made against the local server.

xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py docs/screenshots

The window is driven the public way (bench/window.py: composer, launcher, outputs), against the
local server in this process, with a data folder and settings of its own.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench.window import LLAMA, SDXL, close, make_window, run, until, wait_settled, wait_shown
from gui import event_loop, translations
from gui.app import make_application
from gui.theme import Theme, application
from tests.local_replicate.server import DEFAULT_TOKEN, LocalReplicate

SIZE = (1280, 720)  # a common laptop screen: what most first users see


async def shoot(out: Path, base_url: str, scratch: Path) -> None:
    window = make_window(base_url, scratch, signed_in=False)
    window.resize(*SIZE)
    window.show()
    os.environ.pop("REPLICATE_API_TOKEN", None)
    await window.start()
    await until(lambda: window.token.dialog is not None and window.token.dialog.isVisible(), 30)
    dialog = window.token.dialog
    assert dialog is not None
    dialog.token_input.setText("export REPLICATE_API_TOKEN=r8_a-token-pasted-here")
    await asyncio.sleep(0.3)
    dialog.grab().save(str(out / "token-dialog.png"))
    dialog.reject()
    window.session.token = DEFAULT_TOKEN
    composer, form = window.composer, window.composer.form
    composer.hide_problem()  # what the keyring said at start

    live = await run(window, LLAMA, "Write a short poem about llamas, one line per verse.")
    await wait_settled(await wait_shown(window, live))
    await asyncio.sleep(0.3)
    window.grab().save(str(out / "main-window.png"))

    live = await run(window, SDXL, "A lighthouse on a cliff at dusk, dramatic sky", num_outputs=2)
    panel = await wait_shown(window, live)
    await wait_settled(panel)
    await until(lambda: len(panel.image_cards()) == 2, 30)
    await asyncio.sleep(0.5)
    window.grab().save(str(out / "sdxl.png"))
    window.choose_theme(Theme.DARK)
    await asyncio.sleep(0.5)
    window.grab().save(str(out / "dark.png"))
    window.choose_theme(Theme.LIGHT)

    form.set_value("num_outputs", 9)  # typed out of range: kept, and refused with a message
    composer.run_button.click()
    await until(lambda: form.errors["num_outputs"].isVisibleTo(window), 30)
    composer.inputs_area.ensureWidgetVisible(form.editors["num_outputs"])
    await asyncio.sleep(0.3)
    window.grab().save(str(out / "invalid-input.png"))
    form.reset_to_defaults()
    composer.hide_problem()

    composer.prompt.clear()
    composer.run_button.click()
    await until(lambda: composer.banner.isVisibleTo(window), 30)
    await asyncio.sleep(0.2)
    window.grab().save(str(out / "empty-prompt.png"))
    composer.hide_problem()

    live = await run(window, "riffusion/riffusion", "funky synth solo")
    panel = await wait_shown(window, live)
    await wait_settled(panel)
    panel.logs.toggle.setChecked(True)
    await asyncio.sleep(0.5)
    window.grab().save(str(out / "mixed-output.png"))

    browser = window.finder.browse("llama")  # as Ctrl+K with words typed
    await until(lambda: browser.results_model.rowCount() > 0, 30)
    browser.results.setCurrentIndex(browser.results_model.index(0))
    await until(lambda: browser.card.versions.count() > 1, 30)
    await asyncio.sleep(0.5)
    browser.grab().save(str(out / "model-browser.png"))
    browser.reject()

    settings = window.settings_flow.open()
    await asyncio.sleep(0.3)
    settings.grab().save(str(out / "settings.png"))
    settings.reject()
    await close(window)


async def shoot_german(out: Path, base_url: str, scratch: Path) -> None:
    """The same window in German (Settings → Appearance → Language), built after the language
    is installed, as at a start."""
    translations.install(application(), "de")
    window = make_window(base_url, scratch)
    window.resize(*SIZE)
    window.show()
    await window.start()
    live = await run(window, LLAMA, "Schreibe ein kurzes Gedicht über Lamas.")
    await wait_settled(await wait_shown(window, live))
    await asyncio.sleep(0.3)
    window.grab().save(str(out / "german.png"))
    await close(window)
    translations.install(application(), "en")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    translations.install(make_application(sys.argv), "en")
    with LocalReplicate() as server, tempfile.TemporaryDirectory() as scratch:
        server.predictions.pace.token_delay = 0.002
        event_loop.run(shoot(out, server.base_url, Path(scratch) / "en"))
        make_application(sys.argv)  # closing the last window ended the first loop
        event_loop.run(shoot_german(out, server.base_url, Path(scratch) / "de"))
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main()
