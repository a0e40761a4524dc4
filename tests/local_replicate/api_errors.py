"""The errors the local server answers with, in Replicate's problem-details shape."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """`{"title", "detail", "status", ...}`; with `title=None`, `{"detail", "status"}` alone, as some
    of Replicate's answers are (a 404 for a model not run by name, a search without a query)."""

    def __init__(
        self, status: int, title: str | None, detail: str, headers: dict[str, str] | None = None, **extra: Any
    ) -> None:
        super().__init__(detail)
        self.body = ({"title": title} if title is not None else {}) | {"detail": detail, "status": status, **extra}
        self.status = status
        self.headers = headers or {}


NOT_FOUND = ApiError(404, "Not found", "The requested resource could not be found.")
