import pytest

from core.errors import UserError
from core.model_ref import ModelRef

SDXL = ModelRef("stability-ai", "sdxl")
PINNED = ModelRef("stability-ai", "sdxl", "7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("meta/meta-llama-3-8b-instruct", ModelRef("meta", "meta-llama-3-8b-instruct")),
        ("  stability-ai/sdxl  ", SDXL),
        ("stability-ai/sdxl:7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc", PINNED),
        ("https://replicate.com/stability-ai/sdxl/", SDXL),
        ("https://replicate.com/stability-ai/sdxl", SDXL),
        ("http://replicate.com/stability-ai/sdxl", SDXL),
        ("replicate.com/stability-ai/sdxl", SDXL),
        ("www.replicate.com/stability-ai/sdxl", SDXL),
        ("https://www.replicate.com/stability-ai/sdxl", SDXL),
        ("HTTPS://Replicate.com/stability-ai/sdxl", SDXL),
        ("https://replicate.com/stability-ai/sdxl/api", SDXL),
        ("https://replicate.com/stability-ai/sdxl/api/learn-more", SDXL),
        ("https://replicate.com/stability-ai/sdxl/examples", SDXL),
        ("https://replicate.com/stability-ai/sdxl/examples#abc123", SDXL),
        ("https://replicate.com/stability-ai/sdxl/playground", SDXL),
        ("https://replicate.com/stability-ai/sdxl?input=python", SDXL),
        ("https://replicate.com/stability-ai/sdxl?prediction=x&output=json#readme", SDXL),
        ("replicate.com/stability-ai/sdxl#model-description", SDXL),
        ("https://replicate.com/stability-ai/sdxl/versions", SDXL),
        (
            "https://replicate.com/stability-ai/sdxl/versions/"
            "7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc",
            PINNED,
        ),
        (
            "replicate.com/stability-ai/sdxl/versions/"
            "7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc/api?tab=python",
            PINNED,
        ),
    ],
)
def test_parses_what_users_type_and_paste(text, expected):
    assert ModelRef.parse(text) == expected
    assert ModelRef.read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "sdxl",
        "a/b/c",
        "owner/",
        "/name",
        "a/b:",
        "a b/c",
        "image generator",
        "upscale photo",
        "https://replicate.com/",
        "https://replicate.com/stability-ai",
        "https://replicate.com/explore",
        "https://replicate.com/stability-ai/sdxl/something-else",
        "https://example.com/stability-ai/sdxl",
        "https://replicate.com.evil.test/stability-ai/sdxl",
    ],
)
def test_anything_else_is_words_to_search_for(text):
    assert ModelRef.read(text) is None
    with pytest.raises(UserError) as caught:
        ModelRef.parse(text)
    assert "owner/name" in caught.value.problem.message


def test_round_trips_to_text():
    assert str(ModelRef.parse("a/b:123abc")) == "a/b:123abc"
    assert ModelRef.parse("a/b:123abc").slug == "a/b"


@pytest.mark.parametrize(
    "text",
    [
        "deployments/local-tester/my-llama",
        "https://replicate.com/deployments/local-tester/my-llama",
        "replicate.com/deployments/local-tester/my-llama/settings?x=1",
    ],
)
def test_a_deployment_is_named_by_its_address(text):
    ref = ModelRef.parse(text)
    assert ref == ModelRef("local-tester", "my-llama", deployment=True)
    assert str(ref) == ref.slug == "deployments/local-tester/my-llama"
    assert ModelRef.parse(str(ref)) == ref  # kept in a run's record, read back for Run again


@pytest.mark.parametrize("text", ["deployments/a/b c", "https://replicate.com/deployments", "deployments/a/"])
def test_half_a_deployment_address_is_words(text):
    assert ModelRef.read(text) is None
