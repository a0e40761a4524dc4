"""The input form built for every public model (3,800+ schemas from the npm package)."""

from core.model_info import ModelInfo
from core.model_ref import ModelRef
from gui.input_form import InputForm
from tests.public_catalog import public_models


def test_every_public_model_builds_its_form(qtbot):
    models = public_models()
    form = InputForm()
    qtbot.addWidget(form)
    built = 0
    for model in models:
        version = model.get("latest_version") or {}
        info = ModelInfo.from_schema(
            ModelRef(model["owner"], model["name"]),
            model.get("description"),
            version.get("id"),
            version.get("openapi_schema"),
            (model.get("default_example") or {}).get("input"),
        )
        form.set_model(info)
        if info.example_input:
            form.fill(info.example_input)
        assert len(form.editors) == len(info.fields) - (info.prompt_field is not None)
        built += 1
    assert built == len(models)
