"""The form's number boxes, slider and choice box: the arrows keep to the schema's bounds while
typing may go past them (the form tells, nothing clamps), numbers shown as a person writes
them, and the mouse wheel changing a value only once its field has the focus."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDoubleSpinBox, QSlider, QSpinBox, QWidget

Bounds = tuple[float | None, float | None, float | None]  # the schema's minimum, maximum; "unset"


def _stepped(value: float, steps: int, single: float, bounds: Bounds) -> float:
    """Where the arrows go: within the schema's bounds; below the lowest, "Model default"."""
    low, high, unset = bounds
    if unset is not None and value <= unset:
        return unset if steps < 0 else (low if low is not None else 0)
    moved = value + steps * single
    if low is not None and moved < low:
        moved = unset if unset is not None and value <= low else low
    if high is not None and moved > high:
        moved = high
    return moved


def _can_step(value: float, bounds: Bounds) -> tuple[bool, bool]:
    low, high, unset = bounds
    at_bottom = (unset is not None and value <= unset) or (unset is None and low is not None and value <= low)
    return high is None or value < high, not at_bottom


class WheelWhenFocused:
    """The mouse wheel changes the value only once the field has the focus: in the scrolling
    form, a wheel turn over a field passing under the pointer scrolls the form instead."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():  # type: ignore[attr-defined]
            event.ignore()  # to the scroll area around
            return
        super().wheelEvent(event)  # type: ignore[misc]


class QuietCombo(WheelWhenFocused, QComboBox):
    pass


class QuietSlider(WheelWhenFocused, QSlider):
    pass


class WholeSpin(WheelWhenFocused, QSpinBox):
    """A spin box whose arrows keep to the schema's bounds while typing may go past them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bounds: Bounds = (None, None, None)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone does not take the focus

    def stepBy(self, steps: int) -> None:
        self.setValue(round(_stepped(self.value(), steps, self.singleStep(), self.bounds)))
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        return _step_flags(*_can_step(self.value(), self.bounds))


class DecimalSpin(WheelWhenFocused, QDoubleSpinBox):
    """A double spin box that shows a number as a person writes it (0.6, not 0.6000): at least
    the decimals the schema uses, more only when the value has them."""

    def __init__(self, shown_decimals: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown_decimals = shown_decimals
        self.bounds: Bounds = (None, None, None)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone does not take the focus

    def textFromValue(self, value: float) -> str:
        locale = QLocale(self.locale())
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
        text = locale.toString(value, "f", self.decimals())
        point = locale.decimalPoint()
        if point in text:
            whole, fraction = text.split(point, 1)
            fraction = fraction.rstrip("0").ljust(self.shown_decimals, "0")
            text = whole + (point + fraction if fraction else "")
        return text

    def stepBy(self, steps: int) -> None:
        self.setValue(_stepped(self.value(), steps, self.singleStep(), self.bounds))
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        return _step_flags(*_can_step(self.value(), self.bounds))


def _step_flags(up: bool, down: bool) -> QAbstractSpinBox.StepEnabledFlag:
    flags = QAbstractSpinBox.StepEnabledFlag.StepNone
    if up:
        flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
    if down:
        flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
    return flags
