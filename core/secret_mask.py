"""Secrets the user typed into a run's password inputs, masked wherever a model echoes them
(its error, logs, text and output values) before anything is stored or exported.

Every place where any encoded form of a secret occurs (see `core.redact.encoded_forms`)
is masked; overlapping occurrences, of one secret or of several, become one mask, so that
no piece of a secret is left beside it. `StreamMask` gives, chunk by chunk, exactly what
`SecretMask.mask` gives for the whole text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .redact import MIN_SECRET, encoded_forms

MASK = "[secret]"  # the same text as core.input_values.SECRET_MASK (checked by a test)


class SecretMask:
    """`SecretMask(values typed in password inputs)`; values shorter than MIN_SECRET are
    ignored (masking "ab" would mangle ordinary text)."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        kept = {s for s in secrets if isinstance(s, str) and len(s) >= MIN_SECRET}
        self.forms: tuple[str, ...] = tuple(sorted({f for s in kept for f in encoded_forms(s)}))
        self.longest = max((len(f) for f in self.forms), default=0)
        self._firsts = frozenset(f[0] for f in self.forms)

    def __bool__(self) -> bool:
        return bool(self.forms)

    def mask(self, text: str) -> str:
        if not self.forms:
            return text
        out, _ = self._render(text, 0, len(text))
        return out

    def mask_value(self, value: Any) -> Any:
        """A copy of a JSON value (dicts, lists, strings, numbers…) with every string masked,
        keys included. Walked with a stack, not recursion: depth is unbounded. With no
        secrets the value itself is returned."""
        if not self.forms:
            return value
        top: list[Any] = [None]
        todo: list[tuple[Any, Any, Any]] = [(value, top, 0)]  # (item, container to fill, key)
        while todo:
            item, parent, key = todo.pop()
            if isinstance(item, str):
                parent[key] = self.mask(item)
            elif isinstance(item, dict):
                copy: dict[Any, Any] = {}
                parent[key] = copy
                for name, inner in item.items():
                    masked = self.mask(name) if isinstance(name, str) else name
                    copy[masked] = None  # keeps the order; filled when popped
                    todo.append((inner, copy, masked))
            elif isinstance(item, (list, tuple)):
                items: list[Any] = [None] * len(item)
                parent[key] = items
                todo.extend((inner, items, index) for index, inner in enumerate(item))
            else:
                parent[key] = item
        return top[0]

    def stream(self) -> StreamMask:
        return StreamMask(self)

    # --- the engine, shared by mask() and StreamMask ---------------------------------------
    def _spans(self, text: str, covered: int = 0) -> list[tuple[int, int, bool]]:
        """Where forms occur, overlapping ones merged: sorted (start, end, given) triples.
        `text[:covered]` stands for a mask given out already (`given`): spans that overlap it
        join it and give no second mask."""
        found = [(0, covered)] if covered else []
        for form in self.forms:
            at = text.find(form)
            while at >= 0:
                found.append((at, at + len(form)))
                at = text.find(form, at + 1)
        found.sort()
        merged: list[tuple[int, int, bool]] = []
        for start, end in found:
            given = covered > 0 and start == 0
            if merged and start < merged[-1][1]:
                last = merged[-1]
                merged[-1] = (last[0], max(last[1], end), last[2] or given)
            else:
                merged.append((start, end, given))
        return merged

    def _render(self, text: str, covered: int, upto: int) -> tuple[str, int]:
        """`text[:upto]` masked, given that `text[:covered]` belongs to a mask given out
        already. Returns it and how much of `text[upto:]` the last mask given out covers."""
        parts: list[str] = []
        at, reach = 0, covered  # the mask given out before reaches this far, at least
        for start, end, given in self._spans(text, covered):
            if start >= upto:
                break
            parts.append(text[at:start])
            if not given:
                parts.append(MASK)
            at = reach = end
        if at < upto:
            parts.append(text[at:upto])
        return "".join(parts), max(0, reach - upto)

    def _held_from(self, text: str) -> int:
        """Where the longest end of `text` that could still grow into a form begins (a proper
        prefix of some form), else len(text): at most `longest - 1` characters are held."""
        for at in range(max(0, len(text) - self.longest + 1), len(text)):
            if text[at] in self._firsts:
                tail = text[at:]
                if any(len(form) > len(tail) and form.startswith(tail) for form in self.forms):
                    return at
        return len(text)


class StreamMask:
    """Masks text that arrives in chunks, where a secret may be split between chunks.

    `feed(chunk)` returns what is safe to store now; up to `longest form - 1` characters that
    could begin a secret are held back until the next chunk or `finish()`. The parts joined
    equal `SecretMask.mask` of the whole text, however it was cut.
    """

    def __init__(self, secrets: SecretMask) -> None:
        self._mask = secrets
        self._held = ""
        self._covered = 0  # how much of _held a mask already given out stands for

    def feed(self, chunk: str) -> str:
        if not self._mask:
            return chunk
        text = self._held + chunk
        upto = self._mask._held_from(text)
        out, self._covered = self._mask._render(text, self._covered, upto)
        self._held = text[upto:]
        return out

    def finish(self) -> str:
        """The rest, masked; the StreamMask is then ready for another text."""
        text, covered = self._held, self._covered
        self._held, self._covered = "", 0
        if not text:
            return ""
        out, _ = self._mask._render(text, covered, len(text))
        return out
