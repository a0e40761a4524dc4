"""What tools/translations.sh needs around pyside6-lupdate, whose Python parser has gaps:

- `translate("Ctx", "%n run(s)", None, n)` (core's, or QCoreApplication's) with a variable count
  comes out without `numerus="yes"`, and a second lupdate then merges its plural forms into one.
- A call whose count is not a plain name (`len(runs)`, `self.count`) or that passes it by
  keyword (`n=count`) is silently dropped.
- A bare `tr("Ctx", "text")` (an alias of QCoreApplication.translate) is read as text "Ctx" with
  comment "text", which the app never looks up.

So the messages are those Python's own parser finds in the code (`extract`): `keep` saves every
translation before lupdate runs; `fix` then drops what lupdate misread, adds what it missed,
marks every message holding %n as a plural, puts the saved translations back, and writes
English's plural forms from the source ("(s)" settled by the count, as core.i18n does).
`check` lists the calls lupdate gets wrong (a text that is not a literal fails: no tool can
extract it).

    python tools/ts_merge.py keep SAVED.json FILE.ts...
    python tools/ts_merge.py fix SAVED.json FILE.ts...
    python tools/ts_merge.py check DIR...
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

Key = tuple[str, str, str]  # context, source, disambiguation


def _key(context: ET.Element, message: ET.Element) -> Key:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def messages(ts: Path) -> Iterator[tuple[Key, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield _key(context, message), message


def keep(saved: Path, files: list[Path]) -> None:
    """Every finished translation (plural forms as lists), by file and message."""
    kept: dict[str, list[tuple[Key, str | list[str]]]] = {}
    for ts in files:
        if not ts.exists():
            continue
        found: list[tuple[Key, str | list[str]]] = []
        for key, message in messages(ts):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append((key, forms if forms else translation.text or ""))
        kept[ts.name] = found
    saved.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")


def english_forms(source: str) -> list[str]:
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def fix(saved: Path, files: list[Path], folders: list[Path]) -> None:
    """After lupdate: the messages are those the code asks for (found with Python's parser, which
    also reads what lupdate drops or misreads), plurals marked, saved translations put back."""
    kept_all = json.loads(saved.read_text(encoding="utf-8")) if saved.exists() else {}
    wanted = extract(folders)
    for ts in files:
        kept = {tuple(key): value for key, value in kept_all.get(ts.name, [])}
        tree = ET.parse(ts)
        root = tree.getroot()
        english = (root.get("language") or "").startswith("en")
        contexts = {context.findtext("name") or "": context for context in root.iter("context")}
        present: set[Key] = set()
        for context in contexts.values():
            for message in list(context.iter("message")):
                key = _key(context, message)
                if key not in wanted or key in present:
                    context.remove(message)  # misread by lupdate (a bare tr alias), or gone
                else:
                    present.add(key)
        for key, found in wanted.items():
            if key in present:
                continue
            if key[0] not in contexts:
                contexts[key[0]] = ET.SubElement(root, "context")
                ET.SubElement(contexts[key[0]], "name").text = key[0]
            context = contexts[key[0]]
            message = ET.SubElement(context, "message")
            for call in found:
                where = Path(call.path).resolve().relative_to(ts.resolve().parent.parent.parent)
                ET.SubElement(message, "location", filename=f"../../{where.as_posix()}", line=str(call.line))
            ET.SubElement(message, "source").text = key[1]
            if key[2]:
                ET.SubElement(message, "comment").text = key[2]
            ET.SubElement(message, "translation", type="unfinished")
        for context in list(contexts.values()):
            if not list(context.iter("message")):
                root.remove(context)
                continue
            for message in context.iter("message"):
                key = _key(context, message)
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                plural = "%n" in key[1] or any(call.numerus for call in wanted[key])
                if plural:
                    message.set("numerus", "yes")
                value = kept.get(key)
                if english and plural:
                    value = english_forms(key[1])
                if value is None:
                    if plural and not list(translation.iter("numerusform")):
                        _set(translation, ["", ""], finished=False)
                    continue
                if plural:
                    forms = value if isinstance(value, list) else [value, value]
                    _set(translation, (forms + forms[-1:])[:2], finished=all(forms))
                else:
                    _set(translation, value if isinstance(value, str) else value[-1], finished=True)
        ET.indent(tree, "    ")
        with ts.open("w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="unicode")
            out.write("\n")


def _set(translation: ET.Element, value: str | list[str], finished: bool) -> None:
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if not finished:
        translation.set("type", "unfinished")
    if isinstance(value, list):
        translation.text = None
        for form in value:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value


# --- what the code asks to translate, read with Python's parser ---------------------------------


@dataclass(frozen=True)
class Call:
    path: Path
    line: int
    context: str
    source: str | None  # None: not a literal (lupdate cannot extract it)
    comment: str  # the disambiguation
    numerus: bool
    problem: str  # "" when lupdate extracts it as it should


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def calls(path: Path) -> Iterator[Call]:
    """Every tr / translate / QCoreApplication.translate / QT_TRANSLATE_NOOP call, with its context."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _wrappers(tree)

    def visit(node: ast.AST, cls: str) -> Iterator[Call]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                found = _call(path, child, cls, wrappers)
                if found is not None:
                    yield found
            yield from visit(child, cls)

    yield from visit(tree, "")


def _wrappers(tree: ast.Module) -> dict[str, tuple[str, int]]:
    """A module's functions that pass one of their parameters to translate with a literal
    context (`def _tr(text, n=-1): return translate("Ctx", text, None, n)`): name -> (context,
    the text's position)."""
    found: dict[str, tuple[str, int]] = {}
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef):
            continue
        params = [arg.arg for arg in function.args.args]
        for node in ast.walk(function):
            if not (isinstance(node, ast.Call) and len(node.args) > 1 and _literal(node.args[0]) is not None):
                continue
            func = node.func
            called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            text = node.args[1]
            if called == "translate" and isinstance(text, ast.Name) and text.id in params:
                found[function.name] = (_literal(node.args[0]) or "", params.index(text.id))
    return found


def _call(path: Path, node: ast.Call, cls: str, wrappers: dict[str, tuple[str, int]]) -> Call | None:
    func, args = node.func, list(node.args)
    keywords = {keyword.arg: keyword.value for keyword in node.keywords if keyword.arg}
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
    problem = ""
    if isinstance(func, ast.Name) and name in wrappers:
        context, at = wrappers[name]
        text = args[at] if len(args) > at else None
        if _literal(text) is None:
            return None
        problem = "a wrapper around translate: lupdate cannot tell its context (ts_merge fix adds it)"
        return Call(path, node.lineno, context, _literal(text), "", "%n" in (_literal(text) or ""), problem)
    if name == "tr" and owner == "self":
        context, text = cls, args[0] if args else keywords.get("sourceText")
        comment, count = (args[1] if len(args) > 1 else None), (args[2] if len(args) > 2 else keywords.get("n"))
    elif name == "QT_TRANSLATE_NOOP" and not owner and len(args) == 2:
        context, text, comment, count = _literal(args[0]) or "", args[1], None, None
    elif (
        name in ("tr", "_tr")
        and not owner
        and args
        and _literal(args[0]) is not None
        and (len(args) < 2 or _literal(args[1]) is None)
    ):
        problem = "a wrapper around translate: lupdate cannot tell its context (call translate itself)"
        return Call(path, node.lineno, "", _literal(args[0]), "", False, problem)
    elif (name == "translate" and (not owner or owner in ("QCoreApplication", "QApplication"))) or (
        name in ("tr", "_tr") and not owner and len(args) > 1 and _literal(args[0]) is not None
    ):
        if not args or _literal(args[0]) is None:
            return None  # str.translate, bytes.translate, or a wrapper taking the text only
        context, text = _literal(args[0]) or "", args[1] if len(args) > 1 else None
        comment = args[2] if len(args) > 2 else keywords.get("disambiguation")
        count = args[3] if len(args) > 3 else keywords.get("n")
        if name != "translate":
            # lupdate takes a bare tr(a, b) for text a with comment b, in the class around it.
            problem = "an alias of translate named tr: lupdate misreads it (ts_merge fix adds it)"
    else:
        return None
    source = _literal(text)
    if isinstance(text, (ast.JoinedStr, ast.BinOp, ast.Call)) or text is None:
        problem = "the text is not a literal string (an f-string, or built): use .format() on the result"
    elif source is not None and not problem:
        if node.keywords:
            problem = "a keyword argument: lupdate drops the call (ts_merge fix adds it)"
        elif count is not None and not isinstance(count, (ast.Name, ast.Constant)):
            problem = "the count is not a plain name: lupdate drops the call (ts_merge fix adds it)"
    numerus = count is not None and not (isinstance(count, ast.Constant) and count.value in (-1, None))
    return Call(path, node.lineno, context, source, _literal(comment) or "", numerus, problem)


def sources(folders: list[Path]) -> Iterator[Path]:
    for folder in folders:
        yield from sorted(folder.rglob("*.py"))


def check(folders: list[Path]) -> list[Call]:
    return [call for path in sources(folders) for call in calls(path) if call.problem]


def extract(folders: list[Path]) -> dict[Key, list[Call]]:
    """Every message the code asks for, by (context, source, comment), with where it is asked."""
    found: dict[Key, list[Call]] = {}
    for path in sources(folders):
        for call in calls(path):
            if call.source is not None and call.context:
                found.setdefault((call.context, call.source, call.comment), []).append(call)
    return found


def main(argv: list[str]) -> int:
    command, rest = argv[0], argv[1:]
    if command == "keep":
        keep(Path(rest[0]), [Path(p) for p in rest[1:]])
    elif command == "fix":
        fix(Path(rest[0]), [Path(p) for p in rest[1:]], [Path("core"), Path("gui")])
    elif command == "check":
        bad = check([Path(p) for p in rest])
        for call in bad:
            print(f"{call.path}:{call.line}: {call.problem}", file=sys.stderr)
        return 1 if any(call.source is None for call in bad) else 0  # fix() repairs most of the others
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
