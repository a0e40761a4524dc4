import json

import pytest

from core.input_fields import FieldKind, help_text, input_fields, prompt_field_name
from core.input_values import FormValues, coerce
from tests.local_replicate.catalog import FIXTURE

MODELS = json.loads(FIXTURE.read_text(encoding="utf-8"))
BY_SLUG = {f"{m['owner']}/{m['name']}": m for m in MODELS}


def fields_of(slug):
    return input_fields(BY_SLUG[slug]["latest_version"]["openapi_schema"])


def expected_back(fields, example):
    """The example as the form must give it back: known fields only, loosely typed numbers
    ("5") coerced as Cog coerces them."""
    by_name = {f.name: f for f in fields}
    return {k: coerce(by_name[k], v) for k, v in example.items() if k in by_name}


def test_sdxl_fields():
    fields = {f.name: f for f in fields_of("stability-ai/sdxl")}
    assert [f.name for f in fields_of("stability-ai/sdxl")][:4] == ["prompt", "negative_prompt", "image", "mask"]
    assert fields["prompt"].kind is FieldKind.LONG_TEXT and fields["image"].kind is FieldKind.FILE
    assert (fields["num_outputs"].minimum, fields["num_outputs"].maximum) == (1, 4)
    assert fields["scheduler"].kind is FieldKind.CHOICE and "K_EULER" in fields["scheduler"].choices
    assert fields["seed"].random_seed and fields["apply_watermark"].kind is FieldKind.BOOLEAN
    assert fields["lora_scale"].advanced and not fields["width"].advanced
    assert not fields["num_outputs"].advanced  # how many images is set on nearly every run


def test_labels_are_plain_and_numbers_keep_the_schemas_decimals():
    sdxl = {f.name: f for f in fields_of("stability-ai/sdxl")}
    llama = {f.name: f for f in fields_of("meta/meta-llama-3-8b-instruct")}
    assert sdxl["num_outputs"].label == "Number of outputs"  # Cog's automatic "Num Outputs"
    assert sdxl["scheduler"].label == "Scheduler" and sdxl["width"].label == "Width"
    assert llama["top_k"].label == "Top K" and llama["top_p"].label == "Top P"  # as Replicate shows them
    assert "most likely" in llama["top_k"].plain_help and "most likely" in llama["top_p"].plain_help
    assert llama["temperature"].decimals == 1 and llama["presence_penalty"].decimals == 2
    assert sdxl["guidance_scale"].decimals == 1 and sdxl["width"].decimals == 0
    chosen = {f.name: f for f in input_fields(_one_field({"type": "integer", "title": "Number of images"}))}
    assert chosen["num_outputs"].label == "Number of images"  # the author's own good title is kept
    # Cog's automatic titles, in sentence case like the app's own labels; acronyms kept
    assert sdxl["negative_prompt"].label == "Negative prompt" and llama["prompt_template"].label == "Prompt template"
    assert llama["presence_penalty"].label == "Presence penalty"
    fps = {
        "components": {"schemas": {"Input": {"properties": {"output_fps": {"type": "integer", "title": "Output Fps"}}}}}
    }
    assert input_fields(fps)[0].label == "Output FPS"
    assert input_fields(_one_field({"type": "integer"}))[0].label == "Number of outputs"  # no title at all
    own = {"type": "integer", "title": "Num Outputs (Max 4)"}  # not Cog's: the author's words, kept
    assert input_fields(_one_field(own))[0].label == "Num Outputs (Max 4)"


def _one_field(prop):
    return {"components": {"schemas": {"Input": {"properties": {"num_outputs": prop}}}}}


def test_out_of_range_is_refused_with_a_message_never_clamped():
    from core import i18n

    form = FormValues(fields_of("stability-ai/sdxl"))
    form.set("num_outputs", 10)
    assert form.problem("num_outputs") == "Number of outputs must be between 1 and 4."
    assert form.values["num_outputs"] == 10  # kept as typed
    assert "num_outputs" not in form.check().json
    form.set("num_outputs", 4)
    assert form.problem("num_outputs") is None and form.check().json == {"num_outputs": 4}
    one_sided = FormValues(input_fields(_one_field({"type": "number", "minimum": 0.05})))
    one_sided.set("num_outputs", 0.01)
    assert one_sided.problem("num_outputs") == "Number of outputs must be at least 0.05."
    seen = []

    def translator(context, text, disambiguation=None, n=-1):
        seen.append((context, text))
        return "[" + text + "]"

    i18n.install(translator)  # the sentence is the translator's, with the field's words put in
    try:
        assert form.check().problems == {} and form.problem("width") is None
        form.set("num_outputs", 0)
        assert form.problem("num_outputs") == "[[Number of outputs] must be between 1 and 4.]"
    finally:
        i18n.install(None)
    assert ("InputValues", "{label} must be between {low} and {high}.") in seen


def test_rare_kinds_are_understood():
    kinds = {f.kind for m in MODELS for f in input_fields(m["latest_version"]["openapi_schema"])}
    assert kinds == set(FieldKind)
    json_fields = [
        f for m in MODELS for f in input_fields(m["latest_version"]["openapi_schema"]) if f.kind is FieldKind.JSON
    ]
    assert json_fields and all(f.note for f in json_fields)


def test_odd_schemas_degrade_to_json_with_a_note():
    schema = {
        "components": {
            "schemas": {
                "Input": {
                    "properties": {
                        "blob": {"type": "object"},
                        "mixed": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                        "maybe": {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": None},
                        "broken": "not a dict",
                    }
                }
            }
        }
    }
    fields = {f.name: f for f in input_fields(schema)}
    assert fields["blob"].kind is FieldKind.JSON and fields["blob"].note
    assert fields["mixed"].kind is FieldKind.JSON and "several types" in fields["mixed"].note
    assert fields["maybe"].kind is FieldKind.INTEGER
    assert fields["broken"].kind is FieldKind.JSON
    assert input_fields(None) == [] and input_fields({"components": {"schemas": {"Input": 3}}}) == []


@pytest.mark.parametrize("model", MODELS, ids=lambda m: f"{m['owner']}/{m['name']}")
def test_the_example_input_comes_back_exactly(model):
    fields = input_fields(model["latest_version"]["openapi_schema"])
    example = model["default_example"]["input"]
    form = FormValues(fields)
    unknown = form.fill(example)
    assert unknown == [k for k in example if k not in {f.name for f in fields}]
    checked = form.check()
    # An example older than the schema may lack an input the model now requires: only that is told.
    assert checked.problems == {
        f.name: f"{f.label} is required." for f in fields if f.required and not f.has_default and f.name not in example
    }
    assert json.dumps(checked.json, sort_keys=True) == json.dumps(expected_back(fields, example), sort_keys=True)


def test_problems_are_plain_and_per_field(tmp_path):
    fields = fields_of("stability-ai/sdxl")
    form = FormValues(fields)
    form.set("width", 1.5)
    form.set("num_outputs", 0)
    form.set("guidance_scale", "lots")
    form.set("apply_watermark", "yes")
    form.set("mask", "ftp://example.test/mask.png")
    big = tmp_path / "big.png"
    with big.open("wb") as out:
        out.truncate(101 * 1024 * 1024)
    form.set("image", str(big))
    problems = form.check().problems
    assert problems == {
        "width": "Width must be a whole number.",
        "num_outputs": "Number of outputs must be between 1 and 4.",
        "guidance_scale": "Guidance scale must be a number.",
        "apply_watermark": "Apply watermark must be on or off.",
        "mask": "Mask must be a file on this computer or a web address starting with https://.",
        "image": "Image: the file “big.png” is larger than 100 MB.",
    }


def test_required_fields_and_lists():
    fields = fields_of("cjwbw/clip-vit-large-patch14")
    assert FormValues(fields).check().problems == {"image": "Image is required.", "text": "Text is required."}
    lists = [
        m
        for m in MODELS
        for f in input_fields(m["latest_version"]["openapi_schema"])
        if f.kind is FieldKind.LIST and f.item_kind is FieldKind.INTEGER
    ]
    spec = next(f for f in input_fields(lists[0]["latest_version"]["openapi_schema"]) if f.kind is FieldKind.LIST)
    form = FormValues([spec])
    form.set(spec.name, [1, "two"])
    assert form.check().problems == {spec.name: f"{spec.label} (item 2) must be a whole number."}


def test_secrets_are_never_remembered():
    secret_model = next(
        m
        for m in MODELS
        if any(f.kind is FieldKind.SECRET for f in input_fields(m["latest_version"]["openapi_schema"]))
    )
    fields = input_fields(secret_model["latest_version"]["openapi_schema"])
    secret = next(f for f in fields if f.kind is FieldKind.SECRET)
    form = FormValues(fields)
    form.set(secret.name, "hunter2")
    assert form.check().json[secret.name] == "hunter2"
    assert secret.name not in form.remembered()


def test_prompt_field_choice():
    assert prompt_field_name(fields_of("meta/meta-llama-3-8b-instruct")) == "prompt"
    assert prompt_field_name(fields_of("havocy28/ai-detector")) == "text"
    assert prompt_field_name(fields_of("nightmareai/real-esrgan")) is None
    assert prompt_field_name(fields_of("riffusion/riffusion")) == "prompt_a"


def test_an_optional_prompt_may_stay_empty_but_prompt_may_not():
    from core.errors import UserError
    from core.model_info import ModelInfo
    from core.model_ref import ModelRef
    from core.runner import prepare_input

    def info(slug):
        model = BY_SLUG[slug]
        return ModelInfo.from_schema(
            ModelRef.parse(slug), "", model["latest_version"]["id"], model["latest_version"]["openapi_schema"]
        )

    whisper = info("openai/whisper")
    assert whisper.prompt_field == "initial_prompt" and not whisper.prompt_required
    form = FormValues(whisper.fields)
    form.set("audio", "https://example.test/a.wav")
    assert "initial_prompt" not in prepare_input(whisper, form, "  ").json
    llama = info("meta/meta-llama-3-8b-instruct")
    with pytest.raises(UserError):
        prepare_input(llama, FormValues(llama.fields), "")


def test_help_leaves_out_an_authors_words_that_only_name_the_field():
    sdxl = {f.name: f for f in fields_of("stability-ai/sdxl")}
    assert sdxl["negative_prompt"].description == "Input Negative Prompt"  # Cog's habit
    assert "Input Negative Prompt" not in help_text(sdxl["negative_prompt"])
    assert sdxl["image"].description == "Input image for img2img or inpaint mode"  # says more: kept
    assert "img2img" in help_text(sdxl["image"])
