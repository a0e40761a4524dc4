"""Runs exported to a zip (inputs as JSON, outputs, logs) and imported back. The inputs are
already masked (secrets never reach the history), so no secret can leave in an export."""

from __future__ import annotations

import json
import secrets
import zipfile
from dataclasses import asdict
from pathlib import Path

from . import APP_NAME, __version__
from .downloads import safe_file_name, unique_path
from .errors import UserError
from .history import RunRecord

FORMAT = "replidesk-runs/1"


def export_runs(records: list[RunRecord], outputs_root: Path, target: Path) -> None:
    manifest = {"format": FORMAT, "app": f"{APP_NAME} {__version__}", "runs": []}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, record in enumerate(records, start=1):
            folder = f"runs/{number:05d}"
            entry = {k: v for k, v in asdict(record).items() if k not in ("id", "files")}
            entry["files"] = []
            for name in record.files:
                path = outputs_root / name
                if path.is_file():
                    inside = f"{folder}/outputs/{safe_file_name(path.name)}"
                    archive.write(path, inside)
                    entry["files"].append(inside)
            archive.writestr(f"{folder}/inputs.json", json.dumps(record.inputs, indent=2, ensure_ascii=False))
            archive.writestr(f"{folder}/logs.txt", record.logs)
            if record.output_text:
                archive.writestr(f"{folder}/output.txt", record.output_text)
            manifest["runs"].append(entry)
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))


def import_runs(source: Path, outputs_root: Path) -> list[RunRecord]:
    """Records to add to the history; their files copied under the outputs folder."""
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            if manifest.get("format") != FORMAT:
                raise KeyError("format")
            folder = outputs_root / f"imported-{secrets.token_hex(4)}"
            records = []
            for entry in manifest["runs"]:
                files = []
                for inside in entry.pop("files", []):
                    target = unique_path(folder, safe_file_name(inside))  # never a path from the zip
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(inside))
                    files.append(str(target.relative_to(outputs_root)))
                known = {k: v for k, v in entry.items() if k in RunRecord.__dataclass_fields__}
                known["prediction_id"] = None  # the imported copy is not the original run
                records.append(RunRecord(**{**known, "files": files}))
            return records
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise UserError(
            "Not a Replidesk export", f"“{source.name}” is not a file exported by Replidesk, or it is damaged."
        ) from error
