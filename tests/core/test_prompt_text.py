"""The start of a prompt as lists and notifications show it (core/prompt_text.py)."""

from __future__ import annotations

from core.prompt_text import prompt_start


def test_whitespace_is_folded_and_the_text_cut() -> None:
    assert prompt_start("  a  lighthouse\n\tat dusk ", 90) == "a lighthouse at dusk"
    assert prompt_start("a lighthouse at dusk", 5, "…") == "a lig…"
    assert prompt_start("short", 5, "…") == "short"
    assert prompt_start("", 90) == ""


def test_more_after_what_was_read_still_gets_its_ellipsis() -> None:
    prompt = "x" + " " * 2000 + "tail"
    assert prompt_start(prompt, 10, "…") == "x…"


class WholeText(str):
    """A prompt that fails the test when it is split whole (what made a 10 MB prompt stall)."""

    def split(self, *args: object, **kwargs: object) -> list[str]:  # type: ignore[override]
        raise AssertionError("the whole prompt was split")


def test_a_huge_prompt_is_read_only_at_its_start() -> None:
    huge = WholeText("word " * 2_000_000)  # 10 MB
    assert prompt_start(huge, 90, "…") == ("word " * 18)[:90] + "…"
