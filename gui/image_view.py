"""An output image: fitted to the panel, zoom (fit, 100 %, wheel), open full size, save, copy,
and drag out to the desktop. Decoding happens in a worker thread (QImage is thread-safe)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDrag,
    QGuiApplication,
    QImage,
    QImageReader,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from .plain_text import plain_label, plain_tooltip
from .saving import SaveButton, human_size

PREVIEW_SIDE = 1024  # pixels: previews are decoded at this size at most


def decode(path: Path, side: int | None = PREVIEW_SIDE) -> tuple[QImage, QSize]:
    """Decode an image, scaled down while reading when `side` is given (worker thread)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if side and size.isValid() and max(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise ValueError(reader.errorString())
    return image, size if size.isValid() else image.size()


class ZoomView(QGraphicsView):
    """Fits the image until the user zooms; the wheel zooms around the pointer."""

    def __init__(self, card: ImageCard) -> None:
        super().__init__(card)
        self.card = card
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.fitted = True
        self._press: QPoint | None = None

    def set_pixmap(self, pixmap: QPixmap, scale_to_original: float) -> None:
        self.item.setPixmap(pixmap)
        self.item.setScale(scale_to_original)  # a preview stands at its original size in the scene
        self.scene().setSceneRect(self.item.sceneBoundingRect())
        if self.fitted:
            self.fit()

    def fit(self) -> None:
        self.fitted = True
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        self.fitted = False
        self.resetTransform()

    def zoom(self) -> float:
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.fitted = False
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        self.scale(factor, factor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

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


class ImageCard(QFrame):
    def __init__(self, path: Path, preview: QImage, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageCard")
        self.path = path
        self.image_size = size
        self.view = ZoomView(self)
        self.view.setObjectName("outputImage")
        self.view.setAccessibleName(f"Output image {path.name}")
        self.view.setMinimumHeight(280)
        self.view.set_pixmap(QPixmap.fromImage(preview), size.width() / max(1, preview.width()))
        self.full_loaded = preview.size() == size
        shown = f"{path.name} · {size.width()} × {size.height()} px · {human_size(path.stat().st_size)}"
        info = plain_label(shown, self)  # the name is the model's
        info.setObjectName("imageInfo")
        info.setToolTip(plain_tooltip(shown))
        # The name may be long: it gives way (its tooltip has it whole), the buttons stay.
        info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons = QHBoxLayout()
        buttons.addWidget(info, 1)
        for label, name, slot in (
            ("Fit", "fitButton", self.view.fit),
            ("100%", "actualSizeButton", self.actual_size),
            ("Open", "openImageButton", self.open_full),
            ("Copy", "copyImageButton", self.copy),
        ):
            button = QPushButton(label, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.save_button = SaveButton(path, self, "Save…", "saveImageButton")
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    async def _full_image(self) -> QImage:
        image, _size = await asyncio.to_thread(decode, self.path, None)
        return image

    @asyncSlot()
    async def actual_size(self, *_args: object) -> None:
        if not self.full_loaded:  # 100 % wants every pixel: decode the original, off the UI thread
            image = await self._full_image()
            self.view.set_pixmap(QPixmap.fromImage(image), 1.0)
            self.full_loaded = True
        self.view.actual_size()

    @asyncSlot()
    async def copy(self, *_args: object) -> None:
        QGuiApplication.clipboard().setImage(await self._full_image())

    def open_full(self, *_args: object) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def drag_out(self) -> None:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(self.path))])
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.setPixmap(self.view.item.pixmap().scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio))
        drag.exec(Qt.DropAction.CopyAction)
