"""An output image's view: the picture fitted to its pane (as wide as the pane, never wider;
as tall as the pane's view at most), zoom (fit, 100 %, wheel), double-click to open, drag out.
The fitted picture is resampled to the exact screen pixels it fills, so it stays sharp."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QSizePolicy, QWidget

MIN_WIDTH, MIN_HEIGHT = 96, 120  # an image never makes its pane wider than this
PREFERRED_WIDTH = 640  # asked for when the pane has room (it takes the pane's width anyway)


class Card(Protocol):
    """What the view tells the card it belongs to."""

    def painted(self) -> None: ...

    def open_full(self, *_args: object) -> None: ...

    def drag_out(self) -> None: ...


def image_height(size: QSize, width: int, max_height: int) -> int:
    """The height of an image of `size` shown `width` pixels wide: its own shape, between
    MIN_HEIGHT and `max_height` (also for a card not made yet: its place is kept)."""
    shape = size.height() / size.width() if size.width() > 0 else 1.0
    return max(MIN_HEIGHT, min(max_height, round(width * shape)))


class ZoomView(QGraphicsView):
    """Fits the image until the user zooms; the wheel zooms around the pointer. Its height
    follows its width (the image's shape), up to `max_height`."""

    def __init__(self, parent: QWidget, card: Card) -> None:
        super().__init__(parent)
        self.card = card
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.original = QSize()  # the image's own size, once known
        self.max_height = 600  # set by the panel from its own height: a tall image fits the pane too
        self.fitted = True
        self._press: QPoint | None = None
        self._source = QImage()  # the preview, or every pixel after 100 %
        self._source_scale = 1.0  # original pixels per source pixel
        self._sharp = QTimer(self)  # resampled once a resize settles, not at every step
        self._sharp.setSingleShot(True)
        self._sharp.setInterval(40)
        self._sharp.timeout.connect(self._sharpen)
        self._set_scroll_bars()

    # --- size: as wide as the pane, the image's shape, never taller than max_height -----------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.original.isValid():  # exactly as a card not made yet reckons its place
            return image_height(self.original, width, self.max_height)
        rect = self.scene().sceneRect()
        return image_height(QSize(round(rect.width()), round(rect.height())), width, self.max_height)

    def sizeHint(self) -> QSize:
        width = min(PREFERRED_WIDTH, max(1, round(self.scene().sceneRect().width())))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, MIN_HEIGHT)

    def set_max_height(self, height: int) -> None:
        height = max(MIN_HEIGHT, height)
        if height != self.max_height:
            self.max_height = height
            self.updateGeometry()

    # --- pixels -------------------------------------------------------------------------------
    def set_pixmap(self, pixmap: QPixmap, scale_to_original: float) -> None:
        self.set_image(pixmap.toImage(), scale_to_original)

    def set_image(self, image: QImage, scale_to_original: float) -> None:
        self._source = image
        self._source_scale = scale_to_original
        self._show_source()
        self.scene().setSceneRect(self.item.sceneBoundingRect())  # the original's size, whatever shown
        self.updateGeometry()
        if self.fitted:
            self.fit()

    def set_blank(self, size: QSize) -> None:
        """No picture yet, its place kept: the original's size (decoded when first painted)."""
        self.original = QSize(size)
        self.scene().setSceneRect(QRectF(0, 0, size.width(), size.height()))
        self.updateGeometry()

    def drop_pixels(self) -> None:
        """Let the picture go; the scene keeps the original's size, so the layout stays."""
        self._sharp.stop()
        self._source = QImage()
        self.item.setPixmap(QPixmap())

    def holds_pixels(self) -> bool:
        return not self._source.isNull() or not self.item.pixmap().isNull()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.card.painted()
        super().paintEvent(event)

    def _show_source(self) -> None:
        self.item.setPixmap(QPixmap.fromImage(self._source))
        self.item.setScale(self._source_scale)  # a preview stands at its original size in the scene

    def _sharpen(self) -> None:
        """Fitted: the picture resampled (area-averaged) to the screen pixels it covers, drawn
        one to one; scaling a large picture down at paint time would alias it."""
        if not self.fitted or self._source.isNull():
            return
        ratio = self.devicePixelRatioF()
        scene = self.scene().sceneRect()
        wanted = round(scene.width() * self.zoom() * ratio)
        if wanted <= 0 or wanted >= self._source.width():
            self._show_source()  # showing it larger: the source's own pixels are the sharpest
            return
        scaled = self._source.scaledToWidth(wanted, Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap.fromImage(scaled)
        self.item.setPixmap(pixmap)
        self.item.setScale(scene.width() / max(1, pixmap.width()))

    def _set_scroll_bars(self) -> None:
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if self.fitted else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    # --- zoom ---------------------------------------------------------------------------------
    def fit(self) -> None:
        self.fitted = True
        self._set_scroll_bars()
        # Not fitInView: it keeps a 2-pixel margin, so the image would never quite fill its pane.
        rect, area = self.scene().sceneRect(), self.viewport().rect()
        if rect.width() > 0 and rect.height() > 0 and not area.isEmpty():
            scale = min(area.width() / rect.width(), area.height() / rect.height())
            self.setTransform(QTransform.fromScale(scale, scale))
            self.centerOn(rect.center())
        self._sharp.start()

    def actual_size(self) -> None:
        self._leave_fit()
        self.resetTransform()

    def _leave_fit(self) -> None:
        if self.fitted:
            self.fitted = False
            self._sharp.stop()
            self._show_source()
            self._set_scroll_bars()

    def zoom(self) -> float:
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._leave_fit()
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        self.scale(factor, factor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.card.open_full()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # Fitted, a drag takes the file out (to the desktop, a folder, another app).
        if (
            self.fitted
            and self._press is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._press).manhattanLength() > 12
        ):
            self._press = None
            self.card.drag_out()
            return
        super().mouseMoveEvent(event)
