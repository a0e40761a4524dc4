"""Translatable messages built in core, without Qt: `translate(context, text, n=...)` is
extracted by Qt's lupdate like `QCoreApplication.translate`, and the GUI installs Qt's own
translate at start (gui/translations.py). Until then (tests of core, the command line) it
returns the English source, with `%n` replaced by the count and "(s)" settled by it."""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


_translator: Translator = _english
_decimal_point = "."


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; `%n` in it stands for `n` (plural forms chosen by count)."""
    return _translator(context, text, disambiguation, n)


def install(translator: Translator | None, decimal_point: str = ".") -> None:
    """The GUI's translator and the decimal point of the language shown (None: back to the
    English source)."""
    global _translator, _decimal_point
    _translator = translator if translator is not None else _english
    _decimal_point = decimal_point if translator is not None else "."


def number_text(value: float) -> str:
    """A number as a person writes it, in the language shown: 4, not 4.0; 0.05, not 5e-02;
    "0,6" in German, the way the form's spin boxes show it (no grouping)."""
    if float(value).is_integer():
        return str(int(value))
    text = format(value, "f").rstrip("0").rstrip(".") if abs(value) >= 1e-4 else str(value)
    return text.replace(".", _decimal_point)
