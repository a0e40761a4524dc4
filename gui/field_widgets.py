"""One editor widget per kind of model input. Each emits `edited` when the user changes it
and never when the form sets it; `value()` is None when the field is left to its default."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

from core.input_fields import FieldKind, InputField

from .plain_text import plain_tooltip

INT_LIMIT = 2**31 - 1
FLOAT_LIMIT = 2.0**53  # integers a double spin box still holds exactly
SLIDER_STEPS = 1000


class FieldEditor(QWidget):
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
            self.line.setPlaceholderText("Kept only for this session, never saved")
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.layout_.addWidget(self.line)

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
            self.box.setPlaceholderText('JSON, for example [1, 2] or {"key": "value"}')
        self.box.textChanged.connect(self.edited.emit)
        self.layout_.addWidget(self.box)

    def value(self) -> Any:
        return self.box.toPlainText()

    def show_value(self, value: Any) -> None:
        self._quietly(self.box, lambda: self.box.setPlainText("" if value is None else str(value)))


class ListEditor(LongTextEditor):
    """One item a line; numbers are read as numbers, the rest stays text for the check to judge."""

    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box.setPlaceholderText("One item a line")

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
    """A spin box bounded by the schema, with a slider when both bounds exist. With no default,
    the lowest position reads "Model default" and leaves the field unset."""

    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.whole = spec.kind is FieldKind.INTEGER
        low = max(spec.minimum if spec.minimum is not None else -INT_LIMIT, -FLOAT_LIMIT)
        high = min(spec.maximum if spec.maximum is not None else INT_LIMIT, FLOAT_LIMIT)
        self.unset_position = low - 1 if not spec.has_default or spec.default is None else None
        bottom = self.unset_position if self.unset_position is not None else low
        # QSpinBox holds 32-bit ints; wider integer ranges (seeds up to 2**32 - 1) use a
        # double spin box showing no decimals.
        self.spin: QSpinBox | QDoubleSpinBox
        if self.whole and -INT_LIMIT <= bottom and high <= INT_LIMIT:
            self.spin = QSpinBox(self)
            self.spin.setRange(int(bottom), int(high))
        else:
            wide = QDoubleSpinBox(self)
            wide.setDecimals(0 if self.whole else 4)
            wide.setSingleStep(1.0 if self.whole else _step(low, high))
            wide.setRange(bottom, high)
            self.spin = wide
        if self.unset_position is not None:
            self.spin.setSpecialValueText("Random" if spec.random_seed else "Model default")
        self.spin.setAccelerated(True)
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
            self.slider = QSlider(Qt.Orientation.Horizontal, self)
            self.slider.setRange(0, SLIDER_STEPS)
            self.slider.valueChanged.connect(self._slid)
            self.layout_.insertWidget(0, self.slider, 2)

    def _spun(self, _value: float) -> None:
        self._sync_slider()
        self.edited.emit()

    def _slid(self, position: int) -> None:
        if self.span is None:
            return
        low, high = self.span
        self._set_spin(low + (high - low) * position / SLIDER_STEPS)

    def _set_spin(self, value: float) -> None:
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(round(value))
        else:
            self.spin.setValue(round(value) if self.whole else value)

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
        # A value beyond the bounds (kept in the form, and reported by its check) shows clamped.
        clamped = min(max(float(shown), self.spin.minimum()), self.spin.maximum())
        self._quietly(self.spin, lambda: self._set_spin(clamped))
        self._sync_slider()


def _step(low: float, high: float) -> float:
    span = high - low
    return 0.01 if span <= 2 else 0.1 if span <= 20 else 1.0


class BoolEditor(FieldEditor):
    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.check = QCheckBox(self)
        self.check.toggled.connect(lambda _on: self.edited.emit())
        self.layout_.addWidget(self.check)

    def value(self) -> Any:
        return self.check.isChecked()

    def show_value(self, value: Any) -> None:
        self._quietly(self.check, lambda: self.check.setChecked(bool(value)))


class ChoiceEditor(FieldEditor):
    def __init__(self, spec: InputField, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        for choice in spec.choices:
            self.combo.addItem(str(choice), choice)
        self.combo.activated.connect(lambda _index: self.edited.emit())
        self.layout_.addWidget(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def show_value(self, value: Any) -> None:
        index = next((i for i, choice in enumerate(self.spec.choices) if choice == value), -1)
        self._quietly(self.combo, lambda: self.combo.setCurrentIndex(index))


class JsonEditor(LongTextEditor):
    def show_value(self, value: Any) -> None:
        text = value if isinstance(value, str) or value is None else json.dumps(value)
        super().show_value(text)
