import zipfile

import pytest

from core.archive import export_runs, import_runs
from core.errors import UserError
from core.history import RunRecord


def test_export_then_import_keeps_runs_and_files(tmp_path):
    outputs = tmp_path / "outputs"
    (outputs / "p1").mkdir(parents=True)
    (outputs / "p1" / "out-0.png").write_bytes(b"png bytes")
    runs = [
        RunRecord(
            model="a/b",
            status="succeeded",
            prompt="hello",
            prediction_id="p1",
            inputs={"prompt": "hello", "api_key": "[secret]"},
            logs="step 1\n",
            output_text="answer",
            files=["p1/out-0.png"],
            metrics={"predict_time": 1.0},
        )
    ]
    target = tmp_path / "runs.zip"
    export_runs(runs, outputs, target)
    names = zipfile.ZipFile(target).namelist()
    assert "manifest.json" in names and "runs/00001/outputs/out-0.png" in names
    assert "runs/00001/inputs.json" in names and "runs/00001/logs.txt" in names
    back = import_runs(target, tmp_path / "other-outputs")
    assert len(back) == 1 and back[0].prompt == "hello" and back[0].output_text == "answer"
    assert (tmp_path / "other-outputs" / back[0].files[0]).read_bytes() == b"png bytes"
    assert back[0].prediction_id is None and back[0].inputs["api_key"] == "[secret]"


def test_a_hostile_or_foreign_zip_is_refused_or_contained(tmp_path):
    with zipfile.ZipFile(tmp_path / "bad.zip", "w") as archive:
        archive.writestr(
            "manifest.json",
            '{"format": "replidesk-runs/1", "runs": [{"model": "a/b", '
            '"status": "succeeded", "files": ["../../escape.txt"]}]}',
        )
        archive.writestr("../../escape.txt", "x")
    records = import_runs(tmp_path / "bad.zip", tmp_path / "outputs")
    assert all(
        (tmp_path / "outputs" / f).resolve().is_relative_to((tmp_path / "outputs").resolve())
        for r in records
        for f in r.files
    )
    assert not (tmp_path.parent / "escape.txt").exists()
    (tmp_path / "other.zip").write_bytes(b"not a zip")
    with pytest.raises(UserError, match="not a file exported by Replidesk"):
        import_runs(tmp_path / "other.zip", tmp_path / "outputs")
