"""Deleted runs' files wait in the trash until the next start; undo brings them back."""

from core.history import RunRecord
from core.run_events import RunStatus
from core.trash import from_trash, to_trash


def test_files_inside_and_outside_the_outputs_folder_go_to_the_trash_and_back(tmp_path):
    outputs, elsewhere, trash = tmp_path / "outputs", tmp_path / "Pictures", tmp_path / "trash"
    (outputs / "p1").mkdir(parents=True)
    elsewhere.mkdir()
    inside = outputs / "p1" / "a.png"
    outside = elsewhere / "a.png"  # saved into a folder chosen in Settings: recorded by full path
    inside.write_bytes(b"inside")
    outside.write_bytes(b"outside")
    record = RunRecord("stability-ai/sdxl", RunStatus.SUCCEEDED, files=["p1/a.png", str(outside)], id=7)

    to_trash([record], outputs, trash)
    assert not inside.exists() and not outside.exists()
    assert sorted(p.read_bytes() for p in trash.rglob("*.png")) == [b"inside", b"outside"]

    from_trash([record], outputs, trash)
    assert inside.read_bytes() == b"inside" and outside.read_bytes() == b"outside"
