import pytest

from core.errors import UserError
from core.model_ref import ModelRef


@pytest.mark.parametrize(
    "text, expected",
    [
        ("meta/meta-llama-3-8b-instruct", ModelRef("meta", "meta-llama-3-8b-instruct")),
        ("  stability-ai/sdxl  ", ModelRef("stability-ai", "sdxl")),
        (
            "stability-ai/sdxl:7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc",
            ModelRef("stability-ai", "sdxl", "7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc"),
        ),
        ("https://replicate.com/stability-ai/sdxl/", ModelRef("stability-ai", "sdxl")),
    ],
)
def test_parses_what_users_type(text, expected):
    assert ModelRef.parse(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "sdxl", "a/b/c", "owner/", "/name", "a/b:", "a b/c"])
def test_rejects_non_names_in_plain_language(text):
    with pytest.raises(UserError) as caught:
        ModelRef.parse(text)
    assert "owner/name" in caught.value.problem.message


def test_round_trips_to_text():
    assert str(ModelRef.parse("a/b:123abc")) == "a/b:123abc"
    assert ModelRef.parse("a/b:123abc").slug == "a/b"
