"""One editor widget per kind of model input. Each emits `edited` when the user changes it
and never when the form sets it; `value()` is None when the field is left to its default."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

from core.i18n import number_text
from core.input_fields import FieldKind, InputField

from .plain_text import plain_tooltip
from .spin_boxes import DecimalSpin, QuietCombo, QuietSlider, WholeSpin

INT_LIMIT = 2**31 - 1
WIDE_NUMBER = 1e12  # what may be typed in a number box without bounds (or past them, to be told)
TYPED_DECIMALS = 6  # what a number box keeps of what is typed; it shows only the decimals used
SLIDER_STEPS = 1000


class FieldEditor(QWidget):
    """The base of the editors (subclassed: its words use QCoreApplication.translate with a
    fixed context, since `tr` would take the subclass's name)."""

    edited = Signal()

    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"input_{spec.name}")
        self.setAccessibleName(spec.label)
        self.setToolTip(plain_tooltip(spec.description))  # the model author's words
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widgets(self) -> list[QWidget]:
        """The parts Tab stops at, in the order they are shown."""
        return [w for w in self.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def _name_parts(self) -> None:
        """Every part a keyboard or screen reader reaches is named after the field (called by
        each editor once its parts exist)."""
        description = self.spec.plain_help or self.spec.description
        for widget in self.focus_widgets():
            if not widget.accessibleName():
                widget.setAccessibleName(self.spec.label)
            if description and not widget.accessibleDescription():
                widget.setAccessibleDescription(description)

    def _quietly(self, widget: QWidget, apply: Callable[[], object]) -> None:
        widget.blockSignals(True)
        try:
            apply()
        finally:
            widget.blockSignals(False)


class TextEditor(FieldEditor):
    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit(self)
        self.line.setMaxLength(INT_LIMIT)  # the default 32,767 would cut pasted base64 data
        if spec.kind is FieldKind.SECRET:
            self.line.setEchoMode(QLineEdit.EchoMode.Password)
            self.line.setPlaceholderText(
                QCoreApplication.translate("FieldEditor", "Kept only for this session, never saved")
            )
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.layout_.addWidget(self.line)
        self._name_parts()

    def focus_widgets(self) -> list[QWidget]:
        return [self.line]

    def value(self) -> Any:
        return self.line.text()

    def show_value(self, value: Any) -> None:
        self._quietly(self.line, lambda: self.line.setText("" if value is None else str(value)))


class LongTextEditor(FieldEditor):
    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QPlainTextEdit(self)
        self.box.setTabChangesFocus(True)
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * 4 + 12)
        if spec.kind is FieldKind.JSON:
            self.box.setPlaceholderText(
                QCoreApplication.translate("FieldEditor", 'JSON, for example [1, 2] or {"key": "value"}')
            )
        self.box.textChanged.connect(self.edited.emit)
        self.layout_.addWidget(self.box)
        self._name_parts()

    def focus_widgets(self) -> list[QWidget]:
        return [self.box]

    def value(self) -> Any:
        return self.box.toPlainText()

    def show_value(self, value: Any) -> None:
        self._quietly(self.box, lambda: self.box.setPlainText("" if value is None else str(value)))


class ListEditor(LongTextEditor):
    """One item a line; numbers are read as numbers, the rest stays text for the check to judge."""

    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box.setPlaceholderText(QCoreApplication.translate("FieldEditor", "One item a line"))

    def value(self) -> Any:
        lines = [line.strip() for line in self.box.toPlainText().splitlines() if line.strip()]
        if self.spec.item_kind in (FieldKind.INTEGER, FieldKind.NUMBER):
            return [_number_or_text(line) for line in lines]
        return lines or None

    def show_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else ([] if value is None else [value])
        self._quietly(self.box, lambda: self.box.setPlainText("\n".join(str(i) for i in items)))


def _number_or_text(text: str) -> Any:
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


class NumberEditor(FieldEditor):
    """A spin box with a slider when the schema gives both bounds. The arrows and the slider keep
    within the bounds; a typed value is kept as typed, even out of them, and the form says what
    is wrong (Qt's own range would silently turn 10 into 1 or 4). With no default, the lowest
    position reads "Model default" and leaves the field unset."""

    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.whole = spec.kind is FieldKind.INTEGER
        no_default = not spec.has_default or spec.default is None
        # QSpinBox holds 32-bit ints; wider integer ranges (seeds up to 2**32 - 1) use a
        # double spin box showing no decimals.
        self.spin: QSpinBox | QDoubleSpinBox
        fits = (spec.minimum is None or spec.minimum >= -INT_LIMIT) and (
            spec.maximum is None or spec.maximum <= INT_LIMIT
        )
        if self.whole and fits:
            self.unset_position: float | None = -INT_LIMIT - 1 if no_default else None
            self.spin = WholeSpin(self)
            self.spin.setRange(-INT_LIMIT - (1 if no_default else 0), INT_LIMIT)
        else:
            wide = max([WIDE_NUMBER, *(abs(b) for b in (spec.minimum, spec.maximum) if b is not None)])
            self.unset_position = -wide - 1 if no_default else None
            decimals = 0 if self.whole else TYPED_DECIMALS
            double = DecimalSpin(0 if self.whole else spec.decimals, self)
            double.setDecimals(decimals)
            double.setSingleStep(1.0 if self.whole else _step(spec))
            double.setRange(-wide - (1 if no_default else 0), wide)
            self.spin = double
        stepper = self.spin
        assert isinstance(stepper, (WholeSpin, DecimalSpin))
        stepper.bounds = (spec.minimum, spec.maximum, self.unset_position)
        if self.unset_position is not None:
            self.spin.setSpecialValueText(
                QCoreApplication.translate("FieldEditor", "Random")
                if spec.random_seed
                else QCoreApplication.translate("FieldEditor", "Model default")
            )
        self.spin.setAccelerated(True)
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.spin.setKeyboardTracking(True)  # each keystroke is checked and told at once
        self.spin.valueChanged.connect(self._spun)
        self.layout_.addWidget(self.spin, 1)
        self.slider: QSlider | None = None
        # The slider maps [minimum, maximum]; it exists only when the schema gives both.
        self.span = (
            (float(spec.minimum), float(spec.maximum))
            if spec.minimum is not None and spec.maximum is not None
            else None
        )
        if self.span is not None and self.span[1] > self.span[0]:
            self.slider = QuietSlider(Qt.Orientation.Horizontal, self)
            self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.slider.setRange(0, SLIDER_STEPS)
            self.slider.valueChanged.connect(self._slid)
            self.layout_.insertWidget(0, self.slider, 2)
        self._name_parts()

    def focus_widgets(self) -> list[QWidget]:
        return [w for w in (self.slider, self.spin) if w is not None]

    def _name_parts(self) -> None:
        super()._name_parts()
        if self.slider is not None and self.span is not None:
            self.slider.setAccessibleName(
                QCoreApplication.translate("FieldEditor", "{label} slider").format(label=self.spec.label)
            )
            self.slider.setAccessibleDescription(
                QCoreApplication.translate("FieldEditor", "From {low} to {high}").format(
                    low=number_text(self.span[0]), high=number_text(self.span[1])
                )
            )
        line = self.spin.findChild(QLineEdit)
        if line is not None:  # the box's own text field, which screen readers reach too
            line.setAccessibleName(self.spec.label)

    def _spun(self, _value: float) -> None:
        self._sync_slider()
        self.edited.emit()

    def _slid(self, position: int) -> None:
        if self.span is None:
            return
        low, high = self.span
        self._set_spin(low + (high - low) * position / SLIDER_STEPS)

    def _set_spin(self, value: float) -> None:
        # Only what the box can hold at all (32-bit, or ±WIDE_NUMBER): the schema's bounds
        # are checked, never applied.
        value = min(max(value, self.spin.minimum()), self.spin.maximum())
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(round(value))
        elif self.whole:
            self.spin.setValue(round(value))
        else:  # the slider's position as a number a person would choose
            self.spin.setValue(round(value, max(self.spec.decimals, 2)))

    def _sync_slider(self) -> None:
        slider, span = self.slider, self.span
        if slider is None or span is None:
            return
        low, high = span
        position = round((min(max(self.spin.value(), low), high) - low) / (high - low) * SLIDER_STEPS)
        self._quietly(slider, lambda: slider.setValue(position))

    def value(self) -> Any:
        if self.unset_position is not None and self.spin.value() <= self.unset_position:
            return None
        return int(self.spin.value()) if self.whole else self.spin.value()

    def show_value(self, value: Any) -> None:
        shown = value if isinstance(value, (int, float)) and not isinstance(value, bool) else self.unset_position
        if shown is None:
            shown = self.spec.minimum or 0
        # Shown as it is, even beyond the bounds: its check tells the user, nothing clamps it.
        self._quietly(self.spin, lambda: self._set_spin(float(shown)))
        self._sync_slider()


def _step(spec: InputField) -> float:
    """One arrow press: a small share of the range, else a unit of the schema's own decimals."""
    if spec.minimum is not None and spec.maximum is not None:
        span = spec.maximum - spec.minimum
        return 0.01 if span <= 2 else 0.1 if span <= 20 else 1.0
    return 10.0**-spec.decimals if spec.decimals else 0.1


class BoolEditor(FieldEditor):
    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.check = QCheckBox(self)
        self.check.toggled.connect(lambda _on: self.edited.emit())
        self.layout_.addWidget(self.check)
        self._name_parts()

    def focus_widgets(self) -> list[QWidget]:
        return [self.check]

    def value(self) -> Any:
        return self.check.isChecked()

    def show_value(self, value: Any) -> None:
        self._quietly(self.check, lambda: self.check.setChecked(bool(value)))


class ChoiceEditor(FieldEditor):
    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QuietCombo(self)
        self.combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not by the wheel alone
        for choice in spec.choices:
            self.combo.addItem(str(choice), choice)
        self.combo.activated.connect(lambda _index: self.edited.emit())
        self.layout_.addWidget(self.combo)
        self._name_parts()

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo]

    def value(self) -> Any:
        return self.combo.currentData()

    def show_value(self, value: Any) -> None:
        index = next((i for i, choice in enumerate(self.spec.choices) if choice == value), -1)
        self._quietly(self.combo, lambda: self.combo.setCurrentIndex(index))


class JsonEditor(LongTextEditor):
    def show_value(self, value: Any) -> None:
        text = value if isinstance(value, str) or value is None else json.dumps(value)
        super().show_value(text)
