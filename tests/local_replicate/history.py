"""An account's past predictions, for tests of the account's prediction list: finished runs of
a few seeded models (text and image), spread over the past days. API predictions lose their
input, output, logs and files an hour after they are made (`data_removed`), so the runs that
keep their data are from the last hour and the others are older."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

from .catalog import Catalog, validate_input
from .files import make_file
from .outputs import text_tokens
from .predictions import Prediction, PredictionStore, new_id

# The models the history cycles through: two language models, two image models.
HISTORY_MODELS = (
    "meta/meta-llama-3-8b-instruct",
    "stability-ai/sdxl",
    "meta/meta-llama-3-70b-instruct",
    "black-forest-labs/flux-schnell",
)
TEXT_MODELS = frozenset({"meta/meta-llama-3-8b-instruct", "meta/meta-llama-3-70b-instruct"})
PROMPTS = (
    "a lighthouse at dusk, oil painting",
    "Explain what a hash map is in two sentences.",
    "a red fox in fresh snow, photograph",
    "Write a haiku about autumn rain.",
    "an isometric city block at night",
    "What is the capital of Australia?",
)
FRESH_SPAN = timedelta(minutes=55)  # the runs that keep their data are younger than this
HOUR = timedelta(hours=1)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


def seed_account_history(
    store: PredictionStore, catalog: Catalog, count: int, expired: int = 0, days: float = 7.0
) -> list[Prediction]:
    """Add `count` succeeded predictions, newest first: `count - expired` from the last hour,
    with their outputs (files served), then `expired` ones spread over the `days` before that hour,
    with `data_removed: true` and their files gone. Returns them newest first."""
    if not 0 <= expired <= count:
        raise ValueError("expired must be between 0 and count")
    fresh = count - expired
    now = datetime.now(UTC)
    oldest = max(timedelta(days=days), 2 * HOUR)
    ages = [FRESH_SPAN * (i + 1) / (fresh + 1) for i in range(fresh)]
    ages += [HOUR + timedelta(minutes=10) + (oldest - HOUR) * j / max(expired, 1) for j in range(expired)]
    made = []
    for index, age in enumerate(ages):
        prediction = _finished(store, catalog, index, now - age, time.monotonic() - age.total_seconds())
        store.add(prediction)
        if age > HOUR:
            store.remove_data(prediction)
        made.append(prediction)
    return made


def _finished(store: PredictionStore, catalog: Catalog, index: int, created: datetime, began: float) -> Prediction:
    model_id = HISTORY_MODELS[index % len(HISTORY_MODELS)]
    model = catalog.model(*model_id.split("/"))
    assert model is not None, f"{model_id} is missing from models.json"
    version = model["latest_version"]
    prompt = f"{PROMPTS[index % len(PROMPTS)]} (#{index + 1})"
    given: dict = {"prompt": prompt, "max_tokens": 24} if model_id in TEXT_MODELS else {"prompt": prompt}
    filled, problems = validate_input(version, given)
    assert not problems, problems
    took = 1.5 + (index % 5) * 0.7
    prediction = Prediction(
        new_id(),
        model,
        version,
        filled,
        stream=False,
        status="succeeded",
        logs=f"Running {model_id} on the local stand-in\n",
        created_at=_iso(created),
        started_at=_iso(created + timedelta(seconds=0.4)),
        completed_at=_iso(created + timedelta(seconds=0.4 + took)),
        metrics={"predict_time": round(took, 6), "total_time": round(took + 0.4, 6)},
        began=began,
    )
    if model_id in TEXT_MODELS:
        example = model.get("default_example", {}).get("output")
        prediction.output = text_tokens(prompt, example, 24)
        prediction.events = [("output", token) for token in prediction.output]
    else:
        suffix, content_type, data = make_file("png", {"width": 96, "height": 96}, seed=index + 1)
        prediction.output = [store.serve_file(prediction, f"out-0.{suffix}", data, content_type)]
        prediction.events = [("output", json.dumps(prediction.output))]
    prediction.events.append(("done", "{}"))
    return prediction
