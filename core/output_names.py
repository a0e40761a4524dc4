"""Names for a run's output files that say what they are: a short slug of the prompt, the
model's name and a 1-based index (`a-lighthouse-at-dusk-oil-painting_sdxl_1.png`).

Safe on Windows, macOS and Linux: letters and digits of any script are kept (NFKC), everything
else separates words; no reserved device name (CON, nul.txt…); at most NAME_BYTES bytes of UTF-8
(Linux counts bytes: 40 CJK characters are 120), leaving room for `unique_path`'s " (2)" and a
download's ".part".
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from urllib.parse import unquote, urlsplit

SLUG_CHARS = 40  # of the prompt's first words
MODEL_CHARS = 40
NAME_BYTES = 255 - len(".part") - len(" (99999)")  # the longest a name may be, in UTF-8
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    "conin$",
    "conout$",
    *(f"{device}{digit}" for device in ("com", "lpt") for digit in "0123456789¹²³"),
}
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')  # never in a Windows name (and '/' nowhere)
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}$")
# Types models return that Python's table lacks (or maps to a rare extension).
_EXTENSIONS = {
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/mpeg": ".mp3",
    "image/webp": ".webp",
    "image/jpeg": ".jpg",
    "audio/flac": ".flac",
    "model/gltf-binary": ".glb",
    "text/plain": ".txt",
}


def _words(text: str) -> list[str]:
    """Runs of letters, marks and digits (any script); everything else separates them."""
    text = unicodedata.normalize("NFKC", text).lower()
    words: list[str] = []
    current: list[str] = []
    for char in text:
        if unicodedata.category(char)[0] in "LMN":
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def slug(text: str, limit: int = SLUG_CHARS) -> str:
    """The first words of `text`, lower case, joined by '-', cut at a word within `limit` chars
    (a first word longer than that is cut itself)."""
    out = ""
    for word in _words(text):
        joined = f"{out}-{word}" if out else word
        if len(joined) > limit:
            return out or word[:limit]
        out = joined
    return out


def model_part(model: str) -> str:
    """`stability-ai/sdxl:abc…` → `sdxl`; `deployments/me/my-sdxl` → `my-sdxl`."""
    name = model.strip().rsplit("/", 1)[-1].split(":", 1)[0]
    return slug(name, MODEL_CHARS)


def cut_bytes(text: str, limit: int) -> str:
    """`text` cut to at most `limit` bytes of UTF-8, never inside a character."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", "ignore")


def safe_name(name: str, fallback: str = "output") -> str:
    """`name` made safe as it is: no reserved device name before its first dot (case does not
    matter to Windows), no leading or trailing dot or space, at most NAME_BYTES bytes."""
    name = _FORBIDDEN.sub("_", name).strip(" .") or fallback
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    if stem.split(".", 1)[0].rstrip(" ").casefold() in _RESERVED:
        stem = f"_{stem}"
    suffix = cut_bytes(suffix, 16)
    stem = cut_bytes(stem, NAME_BYTES - (len(suffix) + 1 if suffix else 0)).rstrip(" .") or fallback
    return f"{stem}.{suffix}" if suffix else stem


MAX_NAME_LENGTH = 120  # characters of a name taken from a URL
_UNSAFE = re.compile(r"[^\w.\- ]+")


def safe_file_name(url: str, fallback: str = "output") -> str:
    """A file name from the URL's last path segment, safe on every OS (at most MAX_NAME_LENGTH
    characters and 255 bytes less room for " (2)" and ".part")."""
    raw = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    name = unicodedata.normalize("NFKC", raw)
    name = "".join(ch for ch in name if ch.isprintable())
    name = _UNSAFE.sub("_", name).strip(" ._") or fallback
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    suffix = suffix[:16]
    stem = stem[: MAX_NAME_LENGTH - len(suffix) - 1]
    return safe_name(f"{stem}.{suffix}" if suffix else stem, fallback)


def extension_for_type(media_type: str | None) -> str:
    """'.png' for 'image/png'; '' when the type says nothing."""
    kind = (media_type or "").split(";", 1)[0].strip().lower()
    if not kind or kind == "application/octet-stream":
        return ""
    return _EXTENSIONS.get(kind) or mimetypes.guess_extension(kind, strict=False) or ""


def extension_of(url: str | None, media_type: str | None = None) -> str:
    """The extension of the URL's last path segment (data: URIs have none), else the media
    type's; '' when neither tells."""
    if url and not url[:5].lower() == "data:":
        last = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
        found = _SUFFIX.search(last)
        if found and len(last) > len(found.group()):
            return found.group().lower()
    return extension_for_type(media_type)


def output_stem(prompt: str, model: str, index: int) -> str:
    """`a-lighthouse-at-dusk-oil-painting_sdxl_1`: what a run's output file is called, without
    its extension (no prompt: `sdxl_1`; neither: `output_1`)."""
    parts = [part for part in (slug(prompt), model_part(model)) if part] or ["output"]
    return "_".join([*parts, str(index)])


def output_file_name(prompt: str, model: str, index: int, url: str | None = None, media_type: str | None = None) -> str:
    """The whole name: the stem, and the extension from the URL or the media type ('.bin' when
    neither tells)."""
    return safe_name(output_stem(prompt, model, index) + (extension_of(url, media_type) or ".bin"))
