"""Screenshots of the real window for the README and docs, made against the local server.

xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py docs/screenshots
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync
from PySide6.QtCore import QSettings

from core.session import Session
from core.token_store import TokenStore
from gui.app import make_application
from gui.main_window import MainWindow
from gui.settings import AppSettings
from tests.local_replicate.server import DEFAULT_TOKEN, LocalReplicate


async def until(condition, seconds: float = 30.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise TimeoutError("the window did not get there")


async def shoot(out: Path, base_url: str, scratch: Path) -> None:
    session = Session(TokenStore(), base_url, poll_interval=0.1, data=scratch)
    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(session, settings)
    window.resize(1360, 800)
    window.show()
    os.environ.pop("REPLICATE_API_TOKEN", None)
    await window.start()
    await until(lambda: window.token_dialog is not None and window.token_dialog.isVisible())
    window.token_dialog.token_input.setText("a-token-pasted-here")
    await asyncio.sleep(0.3)
    window.token_dialog.grab().save(str(out / "token-dialog.png"))
    window.token_dialog.reject()
    session.token = DEFAULT_TOKEN

    window.picker.set_text("meta/meta-llama-3-8b-instruct")
    window.resolve_model(window.picker.text())
    await until(lambda: window.model_info is not None)
    window.prompt.setPlainText("Explain in a few words what a llama is, and why people love them.")
    window.start_run()
    await until(lambda: window.status_label.text().startswith("Done"))
    window.grab().save(str(out / "main-window.png"))

    window.picker.set_text("stability-ai/sdxl")
    window.resolve_model(window.picker.text())
    await until(lambda: window.model_info is not None and window.model_info.ref.name == "sdxl")
    window.prompt.setPlainText("A lighthouse on a cliff at dusk, dramatic sky")
    window.start_run()
    await until(lambda: window.status_label.text().startswith("Done") and window.output.image_cards())
    await asyncio.sleep(0.3)
    window.grab().save(str(out / "sdxl.png"))

    window.form.show_advanced(True)
    window.form.values.set("num_outputs", 9)
    window.start_run()
    await until(lambda: window.status_label.text().startswith("Not started"))
    window.inputs_area.ensureWidgetVisible(window.form.editors["num_outputs"])
    await asyncio.sleep(0.2)
    window.grab().save(str(out / "invalid-input.png"))
    window.form.reset_to_defaults()

    window.prompt.clear()
    window.start_run()
    await asyncio.sleep(0.2)
    window.grab().save(str(out / "empty-prompt.png"))

    for model, values, name in (("riffusion/riffusion", {}, "mixed-output.png"),):
        window.picker.set_text(model)
        window.resolve_model(model)
        await until(lambda: window._resolving.done())
        for key, value in values.items():
            window.form.set_value(key, value)
        window.prompt.setPlainText("funky synth solo")
        window.start_run()
        await until(lambda: window.run_task.done())
        window.output.logs.toggle.setChecked(True)
        await asyncio.sleep(0.5)
        window.grab().save(str(out / name))
    window.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    make_application(sys.argv)
    with LocalReplicate() as server, tempfile.TemporaryDirectory() as scratch:
        server.predictions.pace.token_delay = 0.002
        qasync.run(shoot(out, server.base_url, Path(scratch)))
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main()
