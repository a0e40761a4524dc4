"""Runs the last session closed on during their create request (a row with no prediction id):
their prediction is looked for in the account's list (same model and input, around the time
the create request went out) so that they are followed like any other; the others are said plainly not to have run."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from .account_runs import LIST_PATH, AccountRun, account_run
from .history import RunRecord
from .i18n import translate
from .input_values import SECRET_MASK
from .model_ref import ModelRef
from .run_events import QT_TRANSLATE_NOOP, RunStatus

if TYPE_CHECKING:
    from .session import Session

NOT_CONFIRMED = QT_TRANSLATE_NOOP(
    "RunManager",
    "Replidesk was closed before Replicate confirmed this run. It may have run anyway: "
    "see your predictions on replicate.com.",
)
NO_TRACE = QT_TRANSLATE_NOOP(
    "RunManager", "Replidesk was closed while sending this run, and Replicate has no trace of it: it did not run."
)
# A run the app closed on during its create request: its prediction is looked for from a little
# before the request went out (clocks differ) until its answer could have taken. A row written
# before the send time was kept has only its queue time: then until its queue, uploads and
# create could have taken.
FIND_BEFORE = 120.0
FIND_AFTER = 600.0
FIND_PAGES = 5


async def find_unsent(session: Session, born: float) -> str:
    """Give the runs the last session closed on during their create request the prediction made
    for them, from the account's list (same model and input, around the row's time), to be
    followed like any other; returns what to say of the ones left (ended by the caller)."""
    history = session.history
    rows = [record for record in await history.unfinished(sent=False) if record.created_at < born]
    if not rows:
        return NO_TRACE
    rows.sort(key=_sent)  # in the order their creates went out
    try:
        window = _sent(rows[0]) - FIND_BEFORE, _sent(rows[-1]) + FIND_AFTER
        made, reach = await _predictions_made(session, *window)
        taken = await history.prediction_ids([run.id for run in made])
    except Exception:  # offline, or an unreadable list: nothing can be said for sure
        return NOT_CONFIRMED
    for record in rows:  # oldest first, each taking the earliest prediction that fits
        found = next((run for run in made if run.id not in taken and _made_for(record, run)), None)
        if found is not None and record.id is not None:
            taken.add(found.id)
            await history.update(record.id, prediction_id=found.id)  # followed below
        # Unsure when the list was not read back that far, or a run there lost its input (an hour on).
        elif record.id is not None and (
            _sent(record) - FIND_BEFORE < reach or any(r.data_removed and _near(record, r) for r in made)
        ):
            await history.update(record.id, status=RunStatus.FAILED, error=translate("RunManager", NOT_CONFIRMED))
    return NO_TRACE


async def _predictions_made(session: Session, since: float, until: float) -> tuple[list[AccountRun], float]:
    """The account's predictions made between these times (seconds), oldest first, and the
    time the list was read back to (`since`, unless the page cap stopped it first)."""
    service = session.replicate
    query = urlencode({"created_after": _iso(since), "created_before": _iso(until)})
    link: str | None = f"{LIST_PATH}?{query}"
    found: list[AccountRun] = []
    for _ in range(FIND_PAGES):
        if link is None:
            break
        answer = await service.json("GET", link)
        results = answer.get("results") if isinstance(answer, dict) else None
        if not isinstance(results, list):
            raise ValueError("the list of predictions could not be read")
        found += [run for run in map(account_run, results) if run is not None]
        link = service.page_link(answer.get("next"))
    found.sort(key=lambda run: run.created_at or 0.0)
    return found, since if link is None or not found else (found[0].created_at or until)


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat().replace("+00:00", "Z")


def _made_for(record: RunRecord, run: AccountRun) -> bool:
    """Whether Replicate made this prediction for the run: near it, with the input the history kept."""
    return _near(record, run) and not run.data_removed and _same_input(record.inputs, run.raw.get("input"))


def _sent(record: RunRecord) -> float:
    """When the run's create request went out; its queue time for a row that does not say."""
    return record.sent_at if record.sent_at is not None else record.created_at


def _near(record: RunRecord, run: AccountRun) -> bool:
    """A prediction of the run's model (or version), made in the run's window."""
    if run.created_at is None or not -FIND_BEFORE <= run.created_at - _sent(record) <= FIND_AFTER:
        return False
    ref = ModelRef.read(record.model)
    by_name = ref is not None and not ref.deployment and run.model == f"{ref.owner}/{ref.name}"
    return by_name or (record.version is not None and run.version == record.version)


def _same_input(kept: dict[str, Any], sent: Any) -> bool:
    """Every value the history kept is what Replicate received; secrets (masked in the history)
    and local files (sent as the address of their upload) aside."""
    if not isinstance(sent, dict):
        return False
    for name, value in kept.items():
        if value == SECRET_MASK or _uploaded(value, sent.get(name)):
            continue
        if name not in sent or sent[name] != value:
            return False
    return True


def _uploaded(kept: Any, sent: Any) -> bool:
    """A local file (or files) the history keeps by path, sent as the URL of its upload."""
    if isinstance(kept, list) and isinstance(sent, list) and len(kept) == len(sent):
        return all(k == s or _uploaded(k, s) for k, s in zip(kept, sent, strict=True))
    web = ("http://", "https://", "data:")
    return isinstance(kept, str) and isinstance(sent, str) and not kept.startswith(web) and sent.startswith(web)
