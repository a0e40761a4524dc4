"""Every public model's input schema (3,800+, from the npm package) read without an error."""

from core.input_fields import FieldKind, input_fields
from core.input_values import FormValues
from core.model_info import ModelInfo, OutputKind
from core.model_ref import ModelRef
from tests.public_catalog import public_models


def test_every_public_schema_gives_fields_and_takes_its_example():
    models = public_models()
    assert len(models) > 3000
    kinds, fell_back, example_problems = set(), 0, 0
    for model in models:
        version = model.get("latest_version") or {}
        info = ModelInfo.from_schema(
            ModelRef(model["owner"], model["name"]),
            model.get("description"),
            version.get("id"),
            version.get("openapi_schema"),
            (model.get("default_example") or {}).get("input"),
        )
        assert isinstance(info.output_kind, OutputKind)
        fields = input_fields(version.get("openapi_schema"))
        kinds |= {f.kind for f in fields}
        fell_back += sum(f.kind is FieldKind.JSON for f in fields)
        form = FormValues(fields)
        form.fill(info.example_input or {})
        example_problems += bool(form.check().problems)
    assert kinds == set(FieldKind)
    # Most examples fit their model's latest schema; the rest predate it. Both must not crash.
    assert example_problems < len(models) * 0.05
    print(f"{len(models)} models, {fell_back} JSON fallbacks, {example_problems} examples off-schema")
