"""A model's Markdown made safe and cheap to render, in chunks (no Qt here).

Image references become links the user may open (`![alt](url)` → `Image: [alt](url)`), single
newlines inside a paragraph become line breaks (a poem, an address or a line-per-item list keeps
its lines; a list keeps its items), code blocks get their "Copy code" link, and the text is cut
into chunks that each render in a few milliseconds: at blank lines before an unindented line,
and, inside a long block, before a top-level list item, between two lines of a paragraph,
between pieces of a table (its header repeated) or of a fenced block (fence closed and opened
again). A block that still cannot be cut small enough, or holds an unbroken run of characters,
is handed back as plain text. Code, fenced or indented, is never rewritten.

The words added ("Copy code", "Image:") go through core.i18n, which the GUI routes to Qt's
translations: this module stays free of Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from core.i18n import translate

MARKDOWN_SLICE = 8_192  # chars per insertMarkdown at least: 2–9 ms each here, whatever the document's size
MARKDOWN_MAX_CHUNK = 16_384  # chars: a chunk that cannot be cut smaller renders in 12–16 ms at this size
TABLE_WEIGHT = 6  # a table costs ~6 times prose of the same length (8 K: 33 ms against 5 ms)
MARKDOWN_MAX_RUN = 4_096  # chars without a space: 4 K lays out in ~4 ms, 16 K in ~45 ms (quadratic)
REFERENCES_MAX = 8_192  # chars of link definitions repeated in every chunk, so references still resolve

_INDENTED = re.compile(r"^(?: {4}| {0,3}\t)")  # an indented code line, after a blank line
_FENCE_OPEN = re.compile(r"^( *)(`{3,}(?=[^`]*$)|~{3,})")  # any indent: fences inside list items
_DELIMITER_ROW = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_LIST_ITEM = re.compile(r"^([-+*]|\d{1,9}[.)])[ \t]")
_SETEXT_OR_RULE = re.compile(r"^ {0,3}(=+|-+|(\* *){3,}|(_ *){3,})[ \t]*$")
_QUOTES = re.compile(r"^(?: {0,3}>[ \t]?)+")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_EMPTY_ITEM = re.compile(r"^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]*$")
_BLOCK_START = re.compile(r"^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|^#{1,6}(?:[ \t]|$)|^>")
_ESCAPED_END = re.compile(r"(?<!\\)(?:\\\\)*\\$")  # an odd run of backslashes: Markdown's hard break
# A line break is the character U+2028 inside the paragraph, not Markdown's hard break: Qt
# turns that into a new block, which in a list is a new item (a wrong number in an ordered
# one). LINE_MARK ends a line to join to the next (a noncharacter: never shown, never in a
# model's text as rendered); the chunk's text turns it and the newline into U+2028.
LINE_MARK = "\ufdd0"
LINE_SEPARATOR = "\u2028"
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE)
_MARKS = re.compile(r"\\.|`+|!\[\]?")
_LONG_RUN = re.compile(rf"\S{{{MARKDOWN_MAX_RUN + 1}}}")
# Characters str.split() takes for whitespace beyond ASCII, as UTF-8 (checked by a test).
WIDE_SPACES = "\x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
_WIDE_SPACE_BYTES = [space.encode() for space in WIDE_SPACES]
_WORD_BYTES = bytes(0 if chr(code).isspace() else 1 for code in range(128)) + bytes([1] * 128)


def count_words(text: str) -> int:
    """`len(text.split())` without building the list: 20 MB in ~60 ms instead of ~220 ms here."""
    data = text.encode("utf-8", "surrogatepass")
    if not text.isascii():
        for space in _WIDE_SPACE_BYTES:
            data = data.replace(space, b" ")
    flags = data.translate(_WORD_BYTES)  # 0 for whitespace, 1 for anything else
    return flags.count(b"\x00\x01") + flags.startswith(b"\x01")


@dataclass(frozen=True)
class Chunk:
    raw: str  # the answer's own text
    markdown: str | None  # what to render, or None: show `raw` as plain text (it would render slowly)


def image_label() -> str:
    return translate("TextView", "Image:")


def without_images(line: str, label: str | None = None) -> str:
    """`![alt](url)` → `Image: [alt](url)`, and reference images alike; code spans stay as they are."""
    if "![" not in line:
        return line
    label = label or image_label()
    marks = list(_MARKS.finditer(line))
    closing: dict[int, int] = {}  # a backtick run opening a code span → the run that closes it
    following: dict[int, int] = {}
    for index in range(len(marks) - 1, -1, -1):
        ticks = marks[index].group()
        if ticks[0] == "`":
            if len(ticks) in following:
                closing[index] = following[len(ticks)]
            following[len(ticks)] = index
    out, start, index = [], 0, 0
    while index < len(marks):
        mark = marks[index]
        if mark.group()[0] == "`":
            index = closing.get(index, index) + 1
            continue
        if mark.group().startswith("!["):
            out.append(line[start : mark.start()])
            out.append(f"{label} [image]" if mark.group() == "![]" else f"{label} [")
            start = mark.end()
        index += 1
    out.append(line[start:])
    return "".join(out)


def _without_break(shown: str) -> str:
    """The line without the model's own hard break (trailing spaces, or a backslash), which the
    line separator replaces."""
    shown = shown.rstrip(" \t")
    return shown[:-1] if shown.endswith("\\") and _ESCAPED_END.search(shown) else shown


def _quote_depth(prefix: str) -> int:
    return prefix.count(">")


def _joins(line: str, following: str) -> int | None:
    """Whether the single newline after `line` (outside code) is a line break within the same
    paragraph: then how many characters of `following` are its container's prefix (quote
    markers, indentation), to leave out once the two are joined; else None."""
    if not line.strip() or not following.strip() or "|" in line or "|" in following:
        return None  # a blank line, or tables: a row is a line already
    quotes = _QUOTES.match(line)
    content = line[quotes.end() :] if quotes else line
    if _HEADING.match(content) or _SETEXT_OR_RULE.match(content) or _EMPTY_ITEM.match(content):
        return None  # a heading, a rule or an empty item ends at its line
    prefix = _QUOTES.match(following)
    depth = _quote_depth(prefix.group()) if prefix else 0
    if depth and depth != _quote_depth(quotes.group() if quotes else ""):
        return None  # a quote begins or ends there
    strip = prefix.end() if prefix else 0
    strip += len(following) - strip - len(following[strip:].lstrip(" \t"))
    rest = following[strip:]
    if _FENCE_OPEN.match(rest) or _SETEXT_OR_RULE.match(following) or _BLOCK_START.match(rest):
        return None  # the next line begins a block of its own: the paragraph ends anyway
    return strip


class _Chunker:
    """Gathers lines into blocks (cut where harmless) and blocks into chunks of about
    MARKDOWN_SLICE; a block over MARKDOWN_MAX_CHUNK goes out as plain text, in pieces."""

    def __init__(self, references: str) -> None:
        self.references = references
        self.chunk: tuple[list[str], list[str]] = ([], [])  # raw lines, lines to render
        self.chunk_weight = 0
        self.block: tuple[list[str], list[str]] = ([], [])
        self.weight = 0  # of the block: its length, tables counted TABLE_WEIGHT times
        self.spilled = False  # the block going on is shown as plain text

    def add(self, raw: str | None, shown: str, weight: int = 1) -> Iterator[Chunk]:
        if raw is not None:
            self.block[0].append(raw)
            self.weight += (len(raw) + 1) * weight
        self.block[1].append(shown)
        if self.weight > MARKDOWN_MAX_CHUNK or (raw is not None and _LONG_RUN.search(raw)):
            yield from self.end_chunk()
            yield Chunk("\n".join(self.block[0]), None)
            self.block, self.weight, self.spilled = ([], []), 0, True

    def end_block(self) -> Iterator[Chunk]:
        (raw, shown), weight, spilled = self.block, self.weight, self.spilled
        self.block, self.weight, self.spilled = ([], []), 0, False
        if spilled:
            if raw:
                yield Chunk("\n".join(raw), None)
            return
        if not raw:
            return
        if self.chunk_weight and self.chunk_weight + weight > MARKDOWN_SLICE:
            yield from self.end_chunk()
        self.chunk[0].extend(raw)
        self.chunk[1].extend(shown)
        self.chunk_weight += weight

    def end_chunk(self) -> Iterator[Chunk]:
        raw, shown = self.chunk
        if raw:
            markdown = "\n".join(shown).replace(LINE_MARK + "\n", LINE_SEPARATOR).replace(LINE_MARK, "")
            yield Chunk("\n".join(raw), markdown + self.references)
        self.chunk, self.chunk_weight = ([], []), 0


def markdown_chunks(text: str, code_blocks: list[str]) -> Iterator[Chunk]:
    """The answer cut into chunks to render one at a time; `code_blocks` is filled as it goes
    (the Nth fenced block is what the link `copy:N` copies)."""
    references = "\n".join(_REFERENCE.findall(text)) if len(text) > MARKDOWN_SLICE else ""
    chunker = _Chunker("\n\n" + references + "\n" if 0 < len(references) <= REFERENCES_MAX else "")
    lines = text.split("\n")
    image, copy_code = image_label(), translate("TextView", "Copy code")
    fence: tuple[str, str, str] | None = None  # (indent, marker, opening line) of the open fenced block
    indented = False  # in an indented code block
    after_blank = True  # the line before was blank (or there was none): indented code may start
    strip = 0  # characters of this line to leave out: the prefix of a line joined to the one before
    code: list[str] = []
    table: list[str] = []  # header and delimiter rows of the table going on, to repeat
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        long_block = chunker.weight >= MARKDOWN_SLICE and not chunker.spilled
        if fence is not None:
            indent, marker, opening_line = fence
            stripped = line.strip()
            closes = len(line) - len(line.lstrip(" ")) < len(indent) + 4
            if closes and stripped.startswith(marker) and not stripped.strip(marker[0]):
                fence = None
                code_blocks.append("\n".join(code).rstrip("\n"))
                yield from chunker.add(line, line)
                for extra in ("", f"{indent}[{copy_code}](copy:{len(code_blocks) - 1})", ""):
                    yield from chunker.add(None, extra)
                continue
            if long_block:  # the block goes on in another fenced block
                yield from chunker.add(None, indent + marker)
                yield from chunker.end_block()
                yield from chunker.add(None, opening_line)
            code.append(line[min(len(indent), len(line) - len(line.lstrip(" "))) :])
            yield from chunker.add(line, line)
            continue
        if table and "|" in line and line.strip():
            if long_block:  # the table goes on as another table, its header repeated
                yield from chunker.end_block()
                for extra in ("", *table):
                    yield from chunker.add(None, extra)
            yield from chunker.add(line, without_images(line, image), TABLE_WEIGHT)
            continue
        if long_block and _LIST_ITEM.match(line):
            yield from chunker.end_block()  # the list goes on as another list
        opening = _FENCE_OPEN.match(line)
        if opening:
            fence, code, indented, after_blank = (opening.group(1), opening.group(2), line), [], False, False
            yield from chunker.add(line, line)
            continue
        blank = not line.strip()
        indented = (indented or after_blank) and (blank or bool(_INDENTED.match(line)))
        after_blank = blank
        if indented and not blank:  # code: kept as written, no line break or link added
            yield from chunker.add(line, line)
            continue
        header = chunker.block[1][-1] if chunker.block[1] else ""
        table = [header, line] if "|" in line and "|" in header and _DELIMITER_ROW.match(line) else []
        shown = line[strip:] if strip else line
        strip = 0
        if LINE_MARK in shown:
            shown = shown.replace(LINE_MARK, "\ufffd")
        if table:
            yield from chunker.add(line, without_images(shown, image), TABLE_WEIGHT)
            continue
        joined = _joins(line, following)
        if joined is not None and chunker.weight + len(line) >= MARKDOWN_SLICE:
            # A full block ends here, between two lines of a paragraph: a new paragraph follows.
            yield from chunker.add(line, without_images(_without_break(shown), image))
            yield from chunker.end_block()
            continue
        if joined is not None:
            strip = joined
            shown = _without_break(shown) + LINE_MARK
        yield from chunker.add(line, without_images(shown, image))
        if not line.strip() and following[:1].strip():
            yield from chunker.end_block()
    yield from chunker.end_block()
    yield from chunker.end_chunk()
