"""The start of a prompt, as lists, titles and notifications show it: whitespace folded, cut to
a length. Reads only the start, so a 10 MB prompt costs what a short one does (it was split
whole on every paint of the run list: seconds of stalls per run)."""

from __future__ import annotations

import re

# Whitespace runs fold to one space: this much of the text is enough for `limit` characters
# unless the prompt has very long runs of spaces inside (then it shows a little less).
READ_AHEAD = 8
_WORD = re.compile(r"\S")


def prompt_start(prompt: str, limit: int, ellipsis: str = "") -> str:
    """The first `limit` characters of `prompt` with its whitespace folded; `ellipsis` added
    when there is more (trailing whitespace is not more)."""
    first = _WORD.search(prompt)
    if first is None:
        return ""
    end = first.start() + limit * READ_AHEAD
    folded = " ".join(prompt[first.start() : end].split())
    more = len(folded) > limit or _WORD.search(prompt, end) is not None
    return folded[:limit] + (ellipsis if more else "")
