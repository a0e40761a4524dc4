import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_PACKAGES = ("PySide6", "shiboken6", "qasync")


def test_core_sources_import_no_qt():
    offenders = []
    for path in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in QT_PACKAGES]
    assert offenders == []


def test_importing_all_of_core_loads_no_qt():
    modules = sorted(p.stem for p in (ROOT / "core").glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import core.{m}\n" for m in modules)
        + f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_start_up_does_not_wait_for_the_network_stack():
    """replicate, httpx and keyring (about 250 ms of imports) load after the window shows."""
    code = "import sys, gui.app\nprint(sorted(m for m in ('replicate', 'httpx', 'keyring') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_first_frame_needs_none_of_the_windows_parts():
    """Start-up shows the window at its size before the rest of the app is imported (issue 14:
    at most 1.6x a bare PySide6 window): importing gui.app and making the empty window loads
    neither asyncio nor the event loop, the runs, the session or any part of the window."""
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from gui.app import make_application\n"
        "from gui.main_window import MainWindow\n"
        "from gui.settings import AppSettings\n"
        "app = make_application(sys.argv[:1])\n"
        "window = MainWindow(None, AppSettings())\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = ('asyncio', 'qasync', 'core.run_manager', 'core.session', 'core.history', 'gui.composer',\n"
        "         'gui.run_list', 'gui.output_stack', 'PySide6.QtNetwork', 'PySide6.QtMultimedia')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_first_frame_says_the_app_is_starting_until_the_window_is_built():
    code = (
        "import sys, os, tempfile\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QLabel\n"
        "from gui.app import make_application\n"
        "from gui.main_window import MainWindow\n"
        "from gui.settings import AppSettings\n"
        "app = make_application(sys.argv[:1])\n"
        "folder = tempfile.mkdtemp()\n"
        "settings = AppSettings(QSettings(folder + '/s.ini', QSettings.Format.IniFormat))\n"
        "window = MainWindow(None, settings)\n"
        "label = window.findChild(QLabel, 'startingLabel')\n"
        "print(label.text() if label is not None else None)\n"
        "from core.run_manager import RunManager\n"
        "from core.session import Session\n"
        "from core.token_store import TokenStore\n"
        "window.build(RunManager(Session(TokenStore(), data=__import__('pathlib').Path(folder))))\n"
        "app.processEvents()\n"
        "label = window.findChild(QLabel, 'startingLabel')\n"
        "print(label is None or not label.isVisibleTo(window))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["Starting Replidesk…", "True"]


def test_a_remembered_look_spares_the_first_frame_qts_namespace(tmp_path):
    """Asking the system for its colour scheme makes PySide build the whole `Qt` namespace
    (30-50 ms): the first start asks, the next ones use the look the last run saw."""
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import PySide6.QtCore as core\n"
        "from gui.app import main\n"
        "from gui.settings import AppSettings\n"
        "from gui.theme import SystemLook\n"
        "main(['replidesk'], exit_when_shown=True)\n"
        "print('Qt' in core.__dict__, bool(core.QCoreApplication.instance().styleSheet()))\n"
        "if len(sys.argv) > 1: AppSettings().remember_system_look(SystemLook(dark=True, high_contrast=False))\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "REPLIDESK_DATA_DIR": str(tmp_path / "data")}
    runs = [
        subprocess.run([sys.executable, "-c", code, *extra], cwd=ROOT, env=env, capture_output=True, text=True)
        for extra in (["remember"], [])
    ]
    assert [run.stdout.strip() for run in runs] == ["True True", "False True"], runs[-1].stderr[-2000:]
