"""The environment of the programs the app starts (xdg-open behind Open and links, notify-send):
the user's own, not the one a frozen build made for itself. A pure rule, no I/O.

PyInstaller's bootloader points `LD_LIBRARY_PATH` at the bundle (Debian 12's glib, libstdc++,
OpenSSL) and keeps the user's value in `LD_LIBRARY_PATH_ORIG`; its runtime hooks point other
variables into the bundle too (Qt's plugin path, certificates). A file manager or a browser
started with those loads our old libraries instead of its own and may fail to start.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

# The bootloader keeps the caller's value of these as NAME_ORIG (or none when it was unset).
SAVED_BY_BOOTLOADER = ("LD_LIBRARY_PATH", "LIBPATH", "DYLD_LIBRARY_PATH", "DYLD_FRAMEWORK_PATH")


def child_environment(environ: Mapping[str, str], bundle: str | None) -> dict[str, str]:
    """`environ` as the user had it before a frozen build (its files under `bundle`) changed it;
    `environ` unchanged when the app is not frozen (`bundle` None)."""
    restored = dict(environ)
    if bundle is None:
        return restored
    for name in SAVED_BY_BOOTLOADER:
        original = restored.pop(f"{name}_ORIG", None)
        if original is not None:
            restored[name] = original
    for name, value in list(restored.items()):
        parts = value.split(os.pathsep)
        if any(_inside(part, bundle) for part in parts):
            kept = os.pathsep.join(part for part in parts if not _inside(part, bundle))
            if kept.strip(os.pathsep):
                restored[name] = kept
            else:  # nothing of the user's in it: the variable was ours
                del restored[name]
    return restored


def _inside(path: str, bundle: str) -> bool:
    """Whether `path` is the bundle's folder or under it (absolute paths only)."""
    if not path or not os.path.isabs(path):
        return False
    root = os.path.normpath(bundle)
    full = os.path.normpath(path)
    return full == root or full.startswith(root.rstrip(os.sep) + os.sep)
