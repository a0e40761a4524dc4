"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call that returns nothing
and one to True on every emit of a Python Signal; a long streamed answer then kills the app
(`Fatal Python error: none_dealloc`). This guards every upgrade against it coming back."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

CALLS = 1000


class Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_keep_references_to_none(qapp):
    widget = QWidget()
    editor = QPlainTextEdit()
    before = sys.getrefcount(None)
    for index in range(CALLS):
        widget.setWindowTitle(str(index))
        editor.insertPlainText("x")
        widget.findChild(QWidget, "no-such-child")
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 10


def test_signal_emits_keep_references_to_true(qapp):
    emitter = Emitter()
    received = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.fired.emit(True)
    assert len(received) == CALLS
    assert sys.getrefcount(True) >= before - 10
