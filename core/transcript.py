"""Text held inside a model's JSON output: a transcript (Whisper and its kin), a caption, an
answer in a `text` field. Found here so the GUI can show it as text to read, copy and save as
.txt, or as .srt subtitles when its pieces carry times. Pure: no Qt, no I/O."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

# Keys whose string is the output's text, most telling first ("text" is common to many shapes).
TRANSCRIPT_KEYS = ("transcription", "transcript")
CAPTION_KEYS = ("caption", "captions", "description")
TEXT_KEYS = ("text", "generated_text", "output_text")
SEGMENT_KEYS = ("segments", "chunks", "words")
# Objects with these hold numbers the text is only a label of (embeddings echo their input).
NOT_TEXT_KEYS = frozenset({"embedding", "embeddings", "vectors", "vector"})
SHORT_GAP = 2.0  # seconds a piece without an end lasts in subtitles when nothing follows it


@dataclass(frozen=True)
class Segment:
    text: str
    start: float | None = None
    end: float | None = None


@dataclass(frozen=True)
class Transcript:
    """`kind` is "transcript", "caption" or "text": what to call it on screen."""

    text: str
    kind: str = "text"
    segments: list[Segment] = field(default_factory=list)
    translation: str = ""

    @property
    def timed(self) -> bool:
        """Every piece has a start time: subtitles can be written."""
        return bool(self.segments) and all(s.start is not None for s in self.segments)


def find_transcript(value: Any) -> Transcript | None:
    """The text an output value holds, or None when it holds none worth reading."""
    if isinstance(value, dict):
        return _from_object(value)
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        return _from_list(value)
    return None


def _string(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _from_object(value: dict[str, Any]) -> Transcript | None:
    if NOT_TEXT_KEYS & set(value):
        return None
    segments: list[Segment] = []
    for key in SEGMENT_KEYS:
        items = value.get(key)
        if isinstance(items, list) and items and all(isinstance(item, dict) for item in items):
            segments = _segments(items)
            if segments:
                break
    translation = _string(value.get("translation"))
    for keys, kind in ((TRANSCRIPT_KEYS, "transcript"), (CAPTION_KEYS, "caption"), (TEXT_KEYS, "text")):
        for key in keys:
            text = _string(value.get(key))
            if text:
                kind = "transcript" if segments and kind == "text" else kind
                return Transcript(text, kind, segments, translation)
    if segments:
        return Transcript(join_segments(segments), "transcript", segments, translation)
    return None


def _from_list(items: list[dict[str, Any]]) -> Transcript | None:
    segments = _segments(items)
    if not segments or any(NOT_TEXT_KEYS & set(item) for item in items):
        return None
    timed = any(s.start is not None for s in segments)
    if timed:
        return Transcript(join_segments(segments), "transcript", segments)
    # Pieces without times (BLIP's [{"text": "Caption: …"}]): one per line.
    captions = any(key in item for item in items for key in CAPTION_KEYS)
    kind = "caption" if captions or segments[0].text.lower().startswith("caption:") else "text"
    return Transcript("\n".join(s.text for s in segments), kind)


def _segments(items: list[dict[str, Any]]) -> list[Segment]:
    """Pieces with text (and times where given); none when any piece has no text."""
    found: list[Segment] = []
    for item in items:
        text = next((item[key] for key in (*TEXT_KEYS, "word", *CAPTION_KEYS) if isinstance(item.get(key), str)), None)
        if text is None:
            return []
        start, end = _number(item.get("start")), _number(item.get("end"))
        stamp = item.get("timestamp")
        if start is None and isinstance(stamp, (list, tuple)) and stamp:
            start = _number(stamp[0])
            end = _number(stamp[1]) if len(stamp) > 1 else None
        found.append(Segment(text, start, end))
    return found if any(s.text.strip() for s in found) else []


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        seconds = float(value)  # an int past float's range raises: no time, not a crash
    except OverflowError:
        return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


def join_segments(segments: list[Segment]) -> str:
    """The pieces as one text. Whisper's pieces start with their own space; words of a forced
    alignment have none and are joined with one, except between characters of languages written
    without spaces (Chinese, Japanese, Thai)."""
    if all(not s.text or s.text[0].isspace() for s in segments):
        return "".join(s.text for s in segments).strip()
    joined = ""
    for piece in (s.text.strip() for s in segments):
        if not piece:
            continue
        if joined and not (_unspaced(joined[-1]) and _unspaced(piece[0])):
            joined += " "
        joined += piece
    return joined


def _unspaced(char: str) -> bool:
    """A character of a script written without spaces between words."""
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0x0E00 <= code <= 0x0E7F or 0xF900 <= code <= 0xFAFF


def srt_time(seconds: float) -> str:
    """00:01:02,345: SubRip's hours, minutes, seconds and milliseconds."""
    millis = round(max(0.0, seconds) * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d},{millis:03d}"


def to_srt(segments: list[Segment]) -> str:
    """SubRip subtitles, numbered from 1. A piece without an end lasts until the next one starts
    (the last one SHORT_GAP seconds); pieces without text are left out."""
    blocks: list[str] = []
    timed = [s for s in segments if s.start is not None and s.text.strip()]
    for index, piece in enumerate(timed):
        assert piece.start is not None
        end = piece.end
        if end is None or end < piece.start:
            following = timed[index + 1].start if index + 1 < len(timed) else None
            end = following if following is not None and following >= piece.start else piece.start + SHORT_GAP
        text = "\n".join(line.strip() for line in piece.text.strip().splitlines() if line.strip())
        blocks.append(f"{len(blocks) + 1}\n{srt_time(piece.start)} --> {srt_time(end)}\n{text}\n")
    return "\n".join(blocks)


def to_txt(transcript: Transcript) -> str:
    """The text as a plain text file (ending with a newline), its translation after it."""
    parts = [transcript.text]
    if transcript.translation:
        parts.append(transcript.translation)
    return "\n\n".join(parts) + "\n"
