"""The run's header (trial report item 2): with a long status ("Lost contact with Replicate,
trying again… (Running · 32.4 s)") the model's name and the status were squeezed into each other
and both cut mid-letter. Now the name keeps its width, the status goes below it (wrapping if it
must), and once the pane is truly narrow the name is cut with "…" (its tooltip naming it whole):
nothing is clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from core.history import RunRecord
from core.run_events import RunStatus, StatusChanged, StatusNote
from gui.run_view import RunView
from tests.helpers.driving import LLAMA

LOST = "Lost contact with Replicate, trying again…"


def shown_text(label: QLabel) -> str:
    """What the label paints (an eliding label may paint less than its text)."""
    shown = getattr(label, "shown_text", None)
    return shown() if callable(shown) else label.text()


def fits(label: QLabel) -> bool:
    """The text painted needs no more room than the label has (wrapped, if it wraps)."""
    rect = label.contentsRect()
    flags = int(label.alignment()) | (int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0)
    needed = label.fontMetrics().boundingRect(rect, flags, shown_text(label))
    return needed.width() <= rect.width() and needed.height() <= rect.height()


def not_clipped(label: QLabel) -> bool:
    """Whole and fitting, or cut with "…" where it is cut and said whole in its tooltip."""
    shown = shown_text(label)
    whole = shown == label.text()
    return fits(label) and (whole or ("…" in shown and label.text() in label.toolTip()))


def live_view(qtbot, width: int) -> RunView:
    view = RunView(RunRecord(model=LLAMA, status=RunStatus.STARTING, prompt="Tell me about llamas"))
    qtbot.addWidget(view)
    view.resize(width, 400)
    view.show()
    qtbot.waitExposed(view)
    view.apply(StatusChanged(RunStatus.PROCESSING))
    view.apply(StatusNote(LOST))
    view.set_status_text("Running · 32.4 s")
    layout = view.layout()
    assert layout is not None
    layout.activate()
    return view


def apart(view: RunView) -> bool:
    return not view.model_label.geometry().intersects(view.status_label.geometry())


@pytest.mark.parametrize("width", [580, 300])  # 580: the pane of the trial's screenshot
def test_a_long_status_goes_below_the_model_name_which_stays_whole(qtbot, width):
    view = live_view(qtbot, width)
    assert view.status_label.text() == f"{LOST} (Running · 32.4 s)"
    for label in (view.model_label, view.status_label):
        assert not_clipped(label), f"{label.objectName()} clipped at {label.width()} px: {shown_text(label)!r}"
    assert shown_text(view.model_label) == LLAMA  # room for the whole name: not cut
    assert apart(view) and view.status_label.y() > view.model_label.y()
    # widened, the status goes back beside the name, on one line
    view.resize(900, 400)
    qtbot.waitUntil(lambda: view.status_label.y() == view.model_label.y())
    for label in (view.model_label, view.status_label):
        assert not_clipped(label), f"{label.objectName()} clipped at {label.width()} px: {shown_text(label)!r}"
    assert view.model_label.geometry().right() < view.status_label.geometry().left()


def test_in_a_truly_narrow_pane_the_name_is_cut_with_an_ellipsis_not_mid_letter(qtbot):
    view = live_view(qtbot, 180)
    name = view.model_label
    assert name.text() == LLAMA and LLAMA in name.toolTip()
    assert "…" in shown_text(name)
    for label in (name, view.status_label):
        assert not_clipped(label), f"{label.objectName()} clipped at {label.width()} px: {shown_text(label)!r}"
    assert apart(view)
