import json

import pytest

from core.model_info import ModelInfo, OutputKind
from core.model_ref import ModelRef
from tests.local_replicate.catalog import FIXTURE

MODELS = json.loads(FIXTURE.read_text(encoding="utf-8"))


def info_of(slug: str) -> ModelInfo:
    model = next(m for m in MODELS if f"{m['owner']}/{m['name']}" == slug)
    version = model["latest_version"]
    return ModelInfo.from_schema(ModelRef.parse(slug), model["description"], version["id"],
                                 version["openapi_schema"])


def test_llama_streams_text_and_has_a_token_limit():
    info = info_of("meta/meta-llama-3-8b-instruct")
    assert info.output_kind is OutputKind.TEXT_STREAM
    assert info.prompt_field == "prompt"
    assert info.token_limit_field == "max_tokens"
    assert info.default_of("max_tokens") == 512


def test_sdxl_makes_files_and_has_no_token_limit():
    info = info_of("stability-ai/sdxl")
    assert info.output_kind is OutputKind.FILES
    assert info.prompt_field == "prompt"
    assert info.token_limit_field is None


@pytest.mark.parametrize("model", MODELS, ids=lambda m: f"{m['owner']}/{m['name']}")
def test_every_seeded_model_is_understood(model):
    version = model["latest_version"]
    info = ModelInfo.from_schema(ModelRef(model["owner"], model["name"]), model["description"],
                                 version["id"], version["openapi_schema"])
    output = version["openapi_schema"]["components"]["schemas"].get("Output", {})
    if output.get("x-cog-array-type") == "iterator" and output.get("items", {}).get("type") == "string" \
            and output["items"].get("format") != "uri":
        assert info.output_kind is OutputKind.TEXT_STREAM
    assert info.prompt_field is None or info.prompt_field in info.input_properties


def test_missing_schema_degrades_to_nothing_known():
    info = ModelInfo.from_schema(ModelRef("a", "b"), None, None, None)
    assert info.prompt_field is None and info.output_kind is OutputKind.OTHER and info.description == ""


def test_first_required_string_is_the_prompt_when_there_is_no_prompt_field():
    schema = {"components": {"schemas": {"Input": {
        "properties": {"n": {"type": "integer"}, "text": {"type": "string"}}, "required": ["n", "text"]}}}}
    assert ModelInfo.from_schema(ModelRef("a", "b"), "", "v", schema).prompt_field == "text"
