"""Secrets typed into password inputs are masked wherever a model echoes them."""

import base64
import json
import random
from urllib.parse import quote

import pytest

from core.input_values import SECRET_MASK
from core.secret_mask import MASK, SecretMask, StreamMask

PW = "pw-SECRET-123"


def test_the_mask_is_the_one_history_already_uses():
    assert MASK == SECRET_MASK == "[secret]"


def test_masks_a_secret_and_its_encoded_forms():
    mask = SecretMask([PW])
    text = f"echo {PW}; url {quote(PW, safe='')}; json {json.dumps(PW)}; b64 {base64.b64encode(PW.encode()).decode()}"
    out = mask.mask(text)
    assert PW not in out and quote(PW, safe="") not in out
    assert out.startswith('echo [secret]; url [secret]; json "[secret]"; b64 ')
    assert out.count(MASK) == 4


def test_empty_short_and_missing_values_are_ignored():
    mask = SecretMask(["", None, "abc", "  "])
    assert not mask
    assert mask.mask("abc and  two spaces") == "abc and  two spaces"
    value = {"a": ["abc"]}
    assert mask.mask_value(value) is value


def test_overlapping_secrets_and_a_secret_inside_another_leave_no_piece():
    mask = SecretMask(["abcd-1234", "1234-wxyz", "pass", "password1"])
    assert mask.mask("x abcd-1234-wxyz y") == "x [secret] y"  # overlapping: one mask, no "-wxyz"
    assert mask.mask("my password1 and pass") == "my [secret] and [secret]"  # not "[secret]word1"
    assert mask.mask("passpass") == "[secret][secret]"


def test_mask_value_walks_json_and_masks_strings_and_keys():
    mask = SecretMask([PW])
    value = {"text": f"you said {PW}", "n": 3, "ok": True, "none": None, PW: [f"{PW}", 1.5, {"deep": PW}]}
    out = mask.mask_value(value)
    assert out == {"text": "you said [secret]", "n": 3, "ok": True, "none": None, MASK: [MASK, 1.5, {"deep": MASK}]}
    assert list(out) == ["text", "n", "ok", "none", MASK]  # order kept
    assert value["text"] == f"you said {PW}"  # the original is left as it was
    assert mask.mask_value((PW, "x")) == [MASK, "x"]


def test_mask_value_has_no_recursion_limit():
    mask = SecretMask([PW])
    deep: object = PW
    for _ in range(50_000):
        deep = [deep]
    out = mask.mask_value(deep)
    for _ in range(50_000):
        out = out[0]
    assert out == MASK


def feed_all(mask: SecretMask, chunks: list[str]) -> tuple[list[str], str]:
    stream = mask.stream()
    parts = [stream.feed(chunk) for chunk in chunks]
    return parts, stream.finish()


def test_a_secret_split_across_two_chunks():
    parts, rest = feed_all(SecretMask([PW]), ["The password is pw-SEC", "RET-123, right?"])
    assert parts[0] == "The password is "  # "pw-SEC" could begin the secret: held back
    assert "".join(parts) + rest == "The password is [secret], right?"


def test_a_secret_split_across_three_chunks():
    parts, rest = feed_all(SecretMask([PW]), ["pw-", "S", "ECRET-123 done"])
    assert parts[:2] == ["", ""]
    assert "".join(parts) + rest == "[secret] done"


def test_a_false_start_is_given_out_once_it_cannot_be_a_secret():
    parts, rest = feed_all(SecretMask([PW]), ["a pw-SE", "CURE thing"])
    assert parts[0] == "a " and parts[1].startswith("pw-SECURE")  # held, then given out as it was
    assert "".join(parts) + rest == "a pw-SECURE thing"


def test_overlapping_and_prefix_secrets_across_chunks():
    mask = SecretMask(["abcd-1234", "1234-wxyz", "pass", "password1"])
    parts, rest = feed_all(mask, ["x abcd-12", "34", "-wx", "yz y"])
    assert "".join(parts) + rest == "x [secret] y"  # one mask: no "-wxyz" after it
    parts, rest = feed_all(mask, ["my pass", "word1 and pass"])
    assert "word1" not in "".join(parts)
    assert "".join(parts) + rest == "my [secret] and [secret]"


def test_nothing_more_than_the_longest_form_minus_one_is_held_back():
    mask = SecretMask([PW])
    stream = mask.stream()
    given = stream.feed("x" * 100 + PW[:-1])
    assert given == "x" * 100 and len(PW[:-1]) <= mask.longest - 1
    assert stream.finish() == PW[:-1]  # never completed: the start of a secret is not a secret
    assert stream.feed("again") == "again"  # finish() made it ready for another text


def test_a_stream_with_no_secrets_passes_chunks_through():
    stream = StreamMask(SecretMask([]))
    assert stream.feed("pw-") == "pw-" and stream.finish() == ""


@pytest.mark.parametrize("seed", range(20))
def test_any_cut_gives_what_the_whole_text_gives(seed):
    """Secrets from a two-letter alphabet overlap and nest often; the text is cut at random."""
    rng = random.Random(seed)
    for _ in range(100):
        secrets = ["".join(rng.choice("ab") for _ in range(rng.randint(4, 6))) for _ in range(rng.randint(1, 3))]
        mask = SecretMask(secrets)
        text = "".join(rng.choice("aab /") for _ in range(rng.randint(0, 80)))
        chunks, at = [], 0
        while at < len(text):
            size = rng.randint(1, 4)
            chunks.append(text[at : at + size])
            at += size
        stream = mask.stream()
        given = []
        for chunk in chunks:
            given.append(stream.feed(chunk))
            assert len(stream._held) <= mask.longest - 1
        assert "".join(given) + stream.finish() == mask.mask(text)
