"""The input form, built from real public schemas, driven through its widgets."""

import json

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from core.input_fields import FieldKind
from core.model_info import ModelInfo
from core.model_ref import ModelRef
from core.run_events import RunStatus
from gui.input_form import InputForm
from tests.core.test_input_fields import MODELS, expected_back
from tests.helpers.driving import LLAMA, SDXL, choose, fill, posts, start, wait_end
from tests.local_replicate.outputs import png_bytes


def info_of(model) -> ModelInfo:
    version = model["latest_version"]
    return ModelInfo.from_schema(
        ModelRef(model["owner"], model["name"]),
        model["description"],
        version["id"],
        version["openapi_schema"],
        model["default_example"]["input"],
    )


@pytest.mark.parametrize("model", MODELS, ids=lambda m: f"{m['owner']}/{m['name']}")
def test_every_fixture_model_builds_and_shows_its_example(qtbot, model):
    info = info_of(model)
    form = InputForm()
    qtbot.addWidget(form)
    form.set_model(info)
    for spec in info.fields:
        if spec.name != info.prompt_field:
            assert form.findChild(QWidget, f"input_{spec.name}") is form.editors[spec.name]
    form.fill(info.example_input)
    expected = expected_back(list(info.fields), info.example_input)
    for name, editor in form.editors.items():
        if name in expected:  # what the widget shows is what would be sent
            shown = editor.value()
            want = expected[name]
            if editor.spec.kind is FieldKind.JSON:
                shown = json.loads(shown)
            assert shown == pytest.approx(want) if isinstance(want, float) else shown == want, name
    checked = form.values.check()
    assert checked.problems == {
        f.name: f"{f.label} is required."
        for f in info.fields
        if f.required and not f.has_default and f.name not in info.example_input
    }
    assert json.dumps(checked.json, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_editing_a_widget_sets_only_that_field_and_reset_clears_it(qtbot):
    form = InputForm()
    qtbot.addWidget(form)
    form.set_model(info_of(next(m for m in MODELS if m["name"] == "sdxl")))
    assert form.values.check().json == {}
    form.editors["width"].spin.setValue(768)
    form.editors["scheduler"].combo.setCurrentIndex(0)
    form.editors["scheduler"].combo.activated.emit(0)
    assert form.values.check().json == {"width": 768, "scheduler": "DDIM"}
    form.editors["num_outputs"].slider.setValue(1000)  # the slider drives the bounded spin box
    assert form.values.values["num_outputs"] == 4
    form.reset_to_defaults()
    assert form.values.check().json == {} and form.editors["width"].spin.value() == 1024


def drop_file(widget, path):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(widget.rect().center())
    enter = QDragEnterEvent(
        point.toPoint(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def test_dropped_image_is_uploaded_and_reaches_the_model(window, qtbot, server, tmp_path):
    picture = tmp_path / "my photo.png"
    picture.write_bytes(png_bytes(120, 80, seed=5))
    choose(window, qtbot, SDXL)
    form = window.composer.form
    editor = form.editors["image"]
    drop_file(editor, picture)
    assert form.values.values["image"] == str(picture)
    assert "my photo.png" in editor.info.text()
    qtbot.waitUntil(editor.thumbnail.isVisible, timeout=5_000)
    fill(window, "make it blue", width=256, height=256)
    live = start(window, qtbot)[0]  # dropped in this session: sent without a question
    assert wait_end(window, qtbot, live).status is RunStatus.SUCCEEDED
    prediction = server.predictions.get(live.record.prediction_id)
    assert prediction.received_files["image"] == [picture.read_bytes()]
    assert prediction.input["width"] == 256


def test_bad_values_are_blocked_with_the_message_on_the_field(window, qtbot, server):
    choose(window, qtbot, SDXL)
    form = window.composer.form
    form.values.set("num_outputs", 9)  # e.g. remembered from a version that allowed more
    fill(window, "a cat")
    qtbot.mouseClick(window.composer.run_button, Qt.MouseButton.LeftButton)
    error = form.errors["num_outputs"]
    qtbot.waitUntil(lambda: error.isVisibleTo(window), timeout=10_000)
    assert error.text() == "Number of outputs must be between 1 and 4."
    assert form.editors["num_outputs"].property("invalid") is True
    assert "Number of outputs must be between 1 and 4." in window.composer.banner.text()
    assert posts(server) == []


def test_missing_required_file_is_blocked(window, qtbot, server):
    choose(window, qtbot, "nightmareai/real-esrgan")
    assert not window.composer.prompt.isVisible()  # this model takes no prompt
    qtbot.mouseClick(window.composer.run_button, Qt.MouseButton.LeftButton)
    form = window.composer.form
    qtbot.waitUntil(lambda: form.errors["image"].isVisibleTo(window), timeout=10_000)
    assert form.errors["image"].text() == "Image is required."
    assert posts(server) == []


def test_values_are_remembered_per_model_but_not_secrets(window, qtbot):
    model = "lucataco/stable-diffusion-3.5-large-lora-trainer"
    choose(window, qtbot, model)
    fill(window, "", hf_token="hf-very-secret")
    window.composer.form.editors["hf_token"].edited.emit()
    window.composer.form.editors["learning_rate"].spin.setValue(0.002)
    choose(window, qtbot, SDXL)
    window.composer.form.editors["width"].spin.setValue(640)
    choose(window, qtbot, LLAMA)
    assert window.settings.inputs("stability-ai/sdxl") == {"width": 640}
    kept = window.settings.inputs(model)
    assert kept.get("learning_rate") == 0.002 and "hf_token" not in kept  # a secret is never kept
    choose(window, qtbot, SDXL)
    assert window.composer.form.editors["width"].spin.value() == 640
    window.close()
    assert (
        b"hf-very-secret"
        not in window.settings._store.fileName().encode() + open(window.settings._store.fileName(), "rb").read()
    )


def test_fill_with_example_sets_prompt_and_notes_unknown_fields(window, qtbot):
    form = window.composer.form
    form.example_button.click()
    assert window.composer.prompt.toPlainText().startswith("Johnny has 8 billion parameters")
    assert form.note.isVisibleTo(window) and "max_new_tokens" in form.note.text()
