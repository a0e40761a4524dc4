"""build.spec leaves out PyInstaller's run-time hooks for `multiprocessing` and `inspect` (20 ms
of the frozen app's first frame). Without them a frozen app that started child Python processes
through multiprocessing would start itself again, and inspect's source look-ups would fail: the
app must use neither."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEFT_OUT = {"multiprocessing", "concurrent.futures.process"}
SOURCE_LOOKUPS = {"getsource", "getsourcefile", "getsourcelines", "getfile", "findsource"}


def uses(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.split(".")[0] == "multiprocessing"]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
            found += sorted(name for name in names if name in LEFT_OUT or name.startswith("multiprocessing"))
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "inspect":
            found += [f"inspect.{node.attr}"] if node.attr in SOURCE_LOOKUPS else []
    return found


def test_the_app_uses_neither_multiprocessing_nor_inspects_source():
    sources = [ROOT / "main.py", *sorted((ROOT / "core").rglob("*.py")), *sorted((ROOT / "gui").rglob("*.py"))]
    found = {str(path.relative_to(ROOT)): names for path in sources if (names := uses(path))}
    assert found == {}


def test_the_check_sees_a_use(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import multiprocessing.pool\nfrom concurrent.futures import process\nimport inspect\ninspect.getsource(len)\n"
    )
    assert uses(sample) == ["multiprocessing.pool", "concurrent.futures.process", "inspect.getsource"]
