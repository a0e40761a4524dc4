import json

import pytest

from core.model_info import ModelInfo, OutputKind
from core.model_ref import ModelRef
from tests.local_replicate.catalog import FIXTURE

MODELS = json.loads(FIXTURE.read_text(encoding="utf-8"))


def info_of(slug: str) -> ModelInfo:
    model = next(m for m in MODELS if f"{m['owner']}/{m['name']}" == slug)
    version = model["latest_version"]
    return ModelInfo.from_schema(
        ModelRef.parse(slug),
        model["description"],
        version["id"],
        version["openapi_schema"],
        model["default_example"]["input"],
    )


def test_llama_streams_text_and_has_max_tokens():
    info = info_of("meta/meta-llama-3-8b-instruct")
    assert info.output_kind is OutputKind.TEXT_STREAM
    assert info.prompt_field == "prompt"
    assert info.field("max_tokens").default == 512
    assert info.example_input["prompt"].startswith("Johnny has 8 billion parameters")


def test_sdxl_makes_files():
    info = info_of("stability-ai/sdxl")
    assert info.output_kind is OutputKind.FILES
    assert info.prompt_field == "prompt"


@pytest.mark.parametrize("model", MODELS, ids=lambda m: f"{m['owner']}/{m['name']}")
def test_every_seeded_model_is_understood(model):
    version = model["latest_version"]
    info = ModelInfo.from_schema(
        ModelRef(model["owner"], model["name"]), model["description"], version["id"], version["openapi_schema"]
    )
    output = version["openapi_schema"]["components"]["schemas"].get("Output", {})
    if (
        output.get("x-cog-array-type") == "iterator"
        and output.get("items", {}).get("type") == "string"
        and output["items"].get("format") != "uri"
    ):
        assert info.output_kind is OutputKind.TEXT_STREAM
    assert info.prompt_field is None or info.field(info.prompt_field) is not None


def test_missing_schema_degrades_to_nothing_known():
    info = ModelInfo.from_schema(ModelRef("a", "b"), None, None, None)
    assert info.prompt_field is None and info.output_kind is OutputKind.OTHER and info.description == ""


def test_first_required_string_is_the_prompt_when_there_is_no_prompt_field():
    schema = {
        "components": {
            "schemas": {
                "Input": {
                    "properties": {"n": {"type": "integer"}, "text": {"type": "string"}},
                    "required": ["n", "text"],
                }
            }
        }
    }
    assert ModelInfo.from_schema(ModelRef("a", "b"), "", "v", schema).prompt_field == "text"
