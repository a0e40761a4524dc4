import errno
import json
import os
import resource
import zipfile
from pathlib import Path

import pytest

from core.archive import export_runs
from core.archive_import import import_runs
from core.errors import UserError
from core.history import Filter, HistoryStore, RunRecord
from core.input_values import foreign_file
from core.run_events import RunStatus
from core.zip_limits import ImportLimits
from tests.conftest import run_async


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
    back = import_runs(target, tmp_path / "other-outputs").records
    assert len(back) == 1 and back[0].prompt == "hello" and back[0].output_text == "answer"
    assert (tmp_path / "other-outputs" / back[0].files[0]).read_bytes() == b"png bytes"
    assert back[0].prediction_id is None and back[0].inputs["api_key"] == "[secret]"


def test_a_hostile_or_foreign_zip_is_refused_or_contained(tmp_path):
    with zipfile.ZipFile(tmp_path / "bad.zip", "w") as archive:
        archive.writestr(
            "manifest.json",
            '{"format": "replidesk-runs/1", "runs": [{"model": "a/b", "created_at": 1700000000, '
            '"status": "succeeded", "files": ["../../escape.txt"]}]}',
        )
        archive.writestr("../../escape.txt", "x")
    records = import_runs(tmp_path / "bad.zip", tmp_path / "outputs").records
    assert all(
        (tmp_path / "outputs" / f).resolve().is_relative_to((tmp_path / "outputs").resolve())
        for r in records
        for f in r.files
    )
    assert len(records) == 1 and not (tmp_path.parent / "escape.txt").exists()
    (tmp_path / "other.zip").write_bytes(b"not a zip")
    with pytest.raises(UserError, match="not a file exported by Replidesk"):
        import_runs(tmp_path / "other.zip", tmp_path / "outputs")


# --- imports are untrusted (issue 9) -------------------------------------------------------

CREATED = 1_700_000_000.0


def entry(**changes):
    return {"model": "a/b", "status": "succeeded", "prompt": "hi", "created_at": CREATED, **changes}


def crafted(path, runs, members=None, fmt="replidesk-runs/1"):
    """A hand-made export, as someone could send one."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"format": fmt, "runs": runs}))
        for name, data in (members or {}).items():
            archive.writestr(name, data)
    return path


def zeros(archive, name, megabytes):
    with archive.open(name, "w", force_zip64=True) as out:
        for _ in range(megabytes):
            out.write(bytes(1 << 20))


def left_on_disk(folder):
    return [p for p in folder.rglob("*")] if folder.exists() else []


def test_home_directory_paths_in_an_import_become_foreign_files(tmp_path):
    inputs = {
        "image": "~/.ssh/id_rsa",
        "mask": "/home/x/.ssh/id_rsa",
        "images": ["file:///etc/passwd", "C:\\Users\\x\\photo.png", "./notes.txt", "https://example.com/a.png"],
        "prompt": "a cat",
        "steps": 4,
    }
    source = crafted(tmp_path / "shared.zip", [entry(inputs=inputs)])
    record = import_runs(source, tmp_path / "outputs").records[0]
    assert record.inputs["image"] == foreign_file("id_rsa")
    assert record.inputs["mask"] == foreign_file("id_rsa")
    assert record.inputs["images"] == [
        foreign_file("passwd"),
        foreign_file("photo.png"),
        foreign_file("notes.txt"),
        "https://example.com/a.png",
    ]
    assert record.inputs["prompt"] == "a cat" and record.inputs["steps"] == 4


def test_a_zip_bomb_is_refused_before_anything_is_read_or_written(tmp_path):
    source = tmp_path / "bomb.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "manifest.json",
            json.dumps({"format": "replidesk-runs/1", "runs": [entry(files=["runs/00001/outputs/zeros.bin"])]}),
        )
        zeros(archive, "runs/00001/outputs/zeros.bin", 200)
    assert source.stat().st_size < 1024 * 1024  # 200 MB of zeros in about 200 KB
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(UserError, match="zip bomb") as refused:
        import_runs(source, tmp_path / "outputs")
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert "bomb.zip" in refused.value.problem.message
    assert grown_mb < 50 and left_on_disk(tmp_path / "outputs") == []


def test_files_expanding_far_beyond_the_zip_are_refused_whatever_their_ratio(tmp_path):
    source = tmp_path / "big.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive:
        names = [f"runs/00001/outputs/part-{i}.bin" for i in range(5)]
        archive.writestr("manifest.json", json.dumps({"format": "replidesk-runs/1", "runs": [entry(files=names)]}))
        for name in names:
            zeros(archive, name, 1)  # each under ratio_from: only the total catches them
    limits = ImportLimits(total_factor=100, total_floor=0)
    with pytest.raises(UserError, match="would expand to more than"):
        import_runs(source, tmp_path / "outputs", limits)
    assert left_on_disk(tmp_path / "outputs") == []


def test_an_oversized_manifest_is_refused(tmp_path):
    source = crafted(tmp_path / "long.zip", [entry(prompt="x" * (2 * 1024 * 1024))])
    with pytest.raises(UserError, match="lists its runs in more than 1 MB"):
        import_runs(source, tmp_path / "outputs", ImportLimits(manifest_bytes=1024 * 1024))
    assert left_on_disk(tmp_path / "outputs") == []


def test_a_member_listed_many_times_is_written_once(tmp_path):
    name = "runs/00001/outputs/big.bin"
    data = os.urandom(1024 * 1024)
    source = crafted(tmp_path / "repeat.zip", [entry(files=[name] * 30), entry(files=[name] * 30)], {name: data})
    result = import_runs(source, tmp_path / "outputs")
    written = [p for p in left_on_disk(tmp_path / "outputs") if p.is_file()]
    assert len(written) == 1 and written[0].read_bytes() == data
    assert [r.files for r in result.records] == [[str(written[0].relative_to(tmp_path / "outputs"))]] * 2


def test_runs_with_wrong_field_types_are_skipped_and_listed(tmp_path):
    deep: list = []
    for _ in range(900):
        deep = [deep]
    runs = [
        entry(prompt="good"),
        entry(created_at="yesterday"),
        entry(created_at=1e300),
        entry(created_at=float("nan")),
        entry(inputs=[]),
        entry(inputs={"value": deep}),
        entry(status="paused"),
        "not a run",
    ]
    result = import_runs(crafted(tmp_path / "odd.zip", runs), tmp_path / "outputs")
    assert [r.prompt for r in result.records] == ["good"]
    assert result.skipped == [
        "Run 2: created_at is not a date",
        "Run 3: created_at is not a date between 2000 and today",
        "Run 4: created_at is not a date",
        "Run 5: inputs is not an object",
        "Run 6: a value in inputs is nested more than 64 levels deep",
        "Run 7: status “paused” is not a known status",
        "Run 8: the run is not an object",
    ]
    # What comes in can be stored and read back: no row that raises when shown.
    store = HistoryStore(tmp_path / "history.sqlite3")
    run_async(store.add_many(result.records))
    assert [r.prompt for r in run_async(store.page(Filter(), 0, 10))] == ["good"]
    run_async(store.close())


def test_an_unfinished_run_comes_in_ended_and_detached_from_its_prediction(tmp_path):
    source = crafted(tmp_path / "live.zip", [entry(status="processing", prediction_id="someone-elses")])
    record = import_runs(source, tmp_path / "outputs").records[0]
    assert record.status == RunStatus.CANCELED and record.prediction_id is None


def test_a_run_whose_file_is_missing_is_skipped(tmp_path):
    source = crafted(tmp_path / "lacking.zip", [entry(files=["runs/00001/outputs/gone.png"]), entry(prompt="ok")])
    result = import_runs(source, tmp_path / "outputs")
    assert [r.prompt for r in result.records] == ["ok"]
    assert result.skipped == ["Run 1: gone.png is missing from the export"]


def test_a_lying_zip_header_is_refused_and_leaves_nothing(tmp_path):
    source = tmp_path / "liar.zip"
    name = "runs/00001/outputs/zeros.bin"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"format": "replidesk-runs/1", "runs": [entry(files=[name])]}))
        zeros(archive, name, 2)
    data = bytearray(source.read_bytes())
    central = data.index(b"PK\x01\x02")  # the member's entry in the zip's directory
    while data[central + 46 : central + 46 + len(name)] != name.encode():
        central = data.index(b"PK\x01\x02", central + 4)
    data[central + 24 : central + 28] = (1000).to_bytes(4, "little")  # claims 1000 bytes
    source.write_bytes(bytes(data))
    with pytest.raises(UserError, match="damaged"):
        import_runs(source, tmp_path / "outputs")
    assert left_on_disk(tmp_path / "outputs") == []


def test_an_unreadable_compression_or_a_newer_format_is_refused_plainly(tmp_path):
    source = tmp_path / "bz.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("manifest.json", json.dumps({"format": "replidesk-runs/1", "runs": []}))
    with pytest.raises(UserError, match="compression Replidesk cannot read"):
        import_runs(source, tmp_path / "outputs")
    with pytest.raises(UserError, match="newer Replidesk"):
        import_runs(crafted(tmp_path / "new.zip", [], fmt="replidesk-runs/9"), tmp_path / "outputs")


# --- exports carry no local paths, and never leave a broken zip ------------------------------


def test_an_export_carries_input_files_as_copies_and_no_local_path(tmp_path):
    home = tmp_path / "home" / "user"
    home.mkdir(parents=True)
    photo = home / "photo.png"
    photo.write_bytes(b"\x89PNG my photo")
    run = RunRecord(
        model="a/b",
        status=RunStatus.SUCCEEDED,
        prompt="hi",
        inputs={"image": str(photo), "masks": [str(photo)], "gone": str(home / "old.png"), "prompt": "hi"},
        output_value={"answer": [1, 2]},
        created_at=CREATED,
    )
    target = tmp_path / "runs.zip"
    export_runs([run], tmp_path / "outputs", target)
    with zipfile.ZipFile(target) as archive:
        for info in archive.infolist():
            assert str(tmp_path) not in info.filename
            assert str(tmp_path).encode() not in archive.read(info), info.filename
        assert json.loads(archive.read("manifest.json"))["format"] == "replidesk-runs/2"
        assert sum(info.filename.endswith("/inputs/photo.png") for info in archive.infolist()) == 1
    back = import_runs(target, tmp_path / "imported").records[0]
    copy = Path(back.inputs["image"])
    assert copy.is_absolute() and copy.read_bytes() == photo.read_bytes()
    assert copy.is_relative_to((tmp_path / "imported").absolute()) and copy != photo
    assert back.inputs["masks"] == [back.inputs["image"]]
    assert back.inputs["gone"] == foreign_file("old.png") and back.inputs["prompt"] == "hi"
    assert back.output_value == {"answer": [1, 2]} and back.status == RunStatus.SUCCEEDED


def test_an_export_that_cannot_be_written_leaves_no_file_at_the_target(tmp_path, monkeypatch):
    run = RunRecord(model="a/b", status=RunStatus.SUCCEEDED, prompt="hi", created_at=CREATED)
    with pytest.raises(UserError, match="gone” was not found") as gone:
        export_runs([run], tmp_path / "outputs", tmp_path / "gone" / "runs.zip")
    assert "The export was not written" in gone.value.problem.message
    assert not (tmp_path / "gone").exists()

    writestr = zipfile.ZipFile.writestr
    calls = []

    def disk_fills_up(self, *args, **kwargs):
        calls.append(args[0])
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return writestr(self, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", disk_fills_up)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(UserError) as full:
        export_runs([run], tmp_path / "outputs", folder / "runs.zip")
    assert full.value.problem.title == "The disk is full"
    said = full.value.problem.message
    assert said.startswith("The disk is full") and str(folder / "runs.zip") in said and ".part" not in said
    assert list(folder.iterdir()) == []


def test_import_errors_are_said_plainly_and_leave_nothing(tmp_path, monkeypatch):
    outputs = tmp_path / "outputs"
    (outputs / "p1").mkdir(parents=True)
    (outputs / "p1" / "out-0.png").write_bytes(b"png bytes" * 1000)
    run = RunRecord(model="a/b", status=RunStatus.SUCCEEDED, prompt="hi", files=["p1/out-0.png"], created_at=CREATED)
    source = tmp_path / "runs.zip"
    export_runs([run], outputs, source)
    into = tmp_path / "into"

    with pytest.raises(UserError) as missing:  # a file gone since it was chosen
        import_runs(tmp_path / "gone.zip", into)
    assert missing.value.problem.title == "File not found" and "gone.zip" in missing.value.problem.message
    with pytest.raises(UserError) as folder:  # unreadable as a file
        import_runs(tmp_path, into)
    assert folder.value.problem.title == "A folder, not a file"

    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    with pytest.raises(UserError) as broken:
        import_runs(damaged, into)
    assert "damaged" in broken.value.problem.message and "Nothing was imported" in broken.value.problem.message

    opened = Path.open

    def disk_full_for_parts(self, mode="r", *args, **kwargs):
        handle = opened(self, mode, *args, **kwargs)
        if self.name.endswith(".part"):

            def write(_data):
                raise OSError(errno.ENOSPC, "No space left on device")

            handle.write = write
        return handle

    monkeypatch.setattr(Path, "open", disk_full_for_parts)
    with pytest.raises(UserError) as full:
        import_runs(source, into)
    assert full.value.problem.title == "The disk is full"
    assert str(into) in full.value.problem.message and "Nothing was imported" in full.value.problem.message
    assert left_on_disk(into) == []
