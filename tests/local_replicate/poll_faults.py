"""Fault switches for polling (`GET /v1/predictions/{id}`): answers that are not Replicate's JSON,
as a gateway or a broken proxy in front of it gives them, for a while or for good.

Each prediction meets the faults anew: its first `after` polls are answered as usual, the next
`times` (None: every one from then on) with the fault kinds in turn. What every poll was answered
with is kept in `served` ("ok" or the fault's kind), in order, so that a test can see the fault met."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

# kind: (status, Content-Type, body); "cut" promises 100 bytes more than it sends, then closes
ANSWERS: dict[str, tuple[int, str, bytes]] = {
    "html502": (502, "text/html", b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"),
    "html500": (500, "text/html", b"<html><body><h1>500 Internal Server Error</h1></body></html>"),
    "cut": (200, "application/json", b'{"id": "x", "status": "proc'),
    "text": (200, "application/json", b"upstream connect error or disconnect/reset before headers"),
}
CUT_SHORT_BY = 100


@dataclass
class PollFaults:
    kinds: list[str] = field(default_factory=list)  # the faulty answers, in turn (empty: none)
    times: int | None = 0  # faulty polls per prediction (None: every poll from `after` on)
    after: int = 0  # polls of each prediction answered as usual first
    served: list[str] = field(default_factory=list)  # every poll's answer ("ok" or a kind), in order
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _polls: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        unknown = [kind for kind in self.kinds if kind not in ANSWERS]
        if unknown:
            raise ValueError(f"unknown poll faults: {unknown}; known: {sorted(ANSWERS)}")

    def take(self, prediction_id: str) -> str | None:
        """The fault this poll of the prediction answers with (None: answered as usual)."""
        with self.lock:
            index = self._polls.get(prediction_id, 0)
            self._polls[prediction_id] = index + 1
            faulty = index - self.after
            if not self.kinds or faulty < 0 or (self.times is not None and faulty >= self.times):
                return None
            return self.kinds[faulty % len(self.kinds)]

    def answer(self, handler: Any, prediction_id: str) -> bool:
        """Answer this poll with its fault, if it has one (True: answered)."""
        kind = self.take(prediction_id)
        with self.lock:
            self.served.append(kind or "ok")
        if kind is None:
            return False
        status, content_type, body = ANSWERS[kind]
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body) + (CUT_SHORT_BY if kind == "cut" else 0)))
        if kind == "cut":
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        handler.wfile.write(body)
        return True
