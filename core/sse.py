"""Server-sent events, decoded line by line (the format of Replicate's prediction streams).

Unlike the official client's decoder, an event without an `id:` line is kept and an event
name it does not know is passed on rather than raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Event:
    kind: str
    data: str
    id: str | None = None


@dataclass
class Decoder:
    _kind: str = ""
    _data: list[str] = field(default_factory=list)
    _id: str | None = None

    def feed(self, line: str) -> Event | None:
        """Take one line (without its line break); return an event when a blank line ends one."""
        if not line:
            if not self._data and not self._kind:
                return None
            event = Event(self._kind or "message", "\n".join(self._data), self._id)
            self._kind, self._data = "", []
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "event":
            self._kind = value
        elif name == "data":
            self._data.append(value)
        elif name == "id" and "\0" not in value:
            self._id = value
        return None
