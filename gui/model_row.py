"""How a model's row is drawn in the picker's list and the browser: its cover, `owner/name` in
bold with its run count, and the description's first line, in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .model_list_model import COVER, LineRole, RunsRole

PAD = 6


class ModelRowDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        lines = QFontMetrics(option.font).lineSpacing() * 2
        return QSize(320, max(COVER, lines) + 2 * PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        style = option.widget.style() if option.widget is not None else QApplication.style()
        self.initStyleOption(option, index)
        text_of_row, option.text = option.text, ""
        option.icon = QIcon()  # drawn below, at the cover's size
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        cover = index.data(Qt.ItemDataRole.DecorationRole)
        cover_box = QRect(rect.left(), rect.top(), COVER, COVER)
        if isinstance(cover, QPixmap) and not cover.isNull():
            shown = cover.scaled(
                COVER, COVER, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            painter.drawPixmap(
                cover_box.left() + (COVER - shown.width()) // 2, cover_box.top() + (COVER - shown.height()) // 2, shown
            )
        else:
            painter.fillRect(cover_box, option.palette.color(QPalette.ColorRole.AlternateBase))
        text_left = cover_box.right() + PAD * 2
        text_rect = QRect(text_left, rect.top(), rect.right() - text_left, rect.height())
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        runs = str(index.data(RunsRole) or "")
        painter.setPen(option.palette.color(group))
        runs_width = QFontMetrics(option.font).horizontalAdvance(runs) + PAD
        painter.setFont(option.font)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, runs)
        painter.setFont(bold)
        name_rect = text_rect.adjusted(0, 0, -runs_width, 0)
        name = metrics.elidedText(text_of_row, Qt.TextElideMode.ElideMiddle, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.PlaceholderText))
        line_rect = text_rect.adjusted(0, metrics.lineSpacing(), 0, 0)
        line = QFontMetrics(option.font).elidedText(
            str(index.data(LineRole) or ""), Qt.TextElideMode.ElideRight, line_rect.width()
        )
        painter.drawText(line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, line)
        painter.restore()
