"""An output image: scaled to fit its pane (as wide as the pane, never wider; as tall as the
pane's view at most), zoom (fit, 100 %, wheel), open full size (Open, double-click), save, copy,
and drag out to the desktop. Decoding happens in a worker thread (QImage is thread-safe); the
fitted picture is resampled to the exact screen pixels it fills, so it stays sharp."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, QTimer, QUrl
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
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from .image_grid import FlowLayout
from .plain_text import plain_label, plain_tooltip
from .saving import SaveButton, human_size

PREVIEW_SIDE = 1024  # pixels: previews are decoded at this size at most
MIN_WIDTH, MIN_HEIGHT = 96, 120  # an image never makes its pane wider than this
PREFERRED_WIDTH = 640  # asked for when the pane has room (it takes the pane's width anyway)


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
    """Fits the image until the user zooms; the wheel zooms around the pointer. Its height
    follows its width (the image's shape), up to `max_height`."""

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
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
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
    def _shape(self) -> float:
        rect = self.scene().sceneRect()
        return rect.height() / rect.width() if rect.width() > 0 else 1.0

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(MIN_HEIGHT, min(self.max_height, round(width * self._shape())))

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


class ImageCard(QFrame):
    def __init__(self, path: Path, preview: QImage, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageCard")
        self.path = path
        self.image_size = size
        self.view = ZoomView(self)
        self.view.setObjectName("outputImage")
        self.view.setAccessibleName(self.tr("Output image {name}").format(name=path.name))
        self.view.setAccessibleDescription(
            self.tr("{width} by {height} pixels").format(width=size.width(), height=size.height())
        )
        self.view.setToolTip(self.tr("Double-click to open it full size; drag it out to copy the file elsewhere"))
        self.view.set_image(preview, size.width() / max(1, preview.width()))
        self.full_loaded = preview.size() == size
        shown = self.tr("{name} · {width} × {height} px · {size}").format(
            name=path.name, width=size.width(), height=size.height(), size=human_size(path.stat().st_size)
        )
        self.info = plain_label(shown, self)  # the name is the model's
        self.info.setObjectName("imageInfo")
        self.info.setToolTip(plain_tooltip(shown))
        # The name may be long: it gives way (its tooltip has it whole), the buttons stay.
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.buttons: list[QPushButton] = []
        row = FlowLayout()
        for label, name, tip, slot in (
            (self.tr("Fit"), "fitButton", self.tr("Fit the whole image in the pane"), self.view.fit),
            (
                self.tr("100%"),
                "actualSizeButton",
                self.tr("Show the image at its real size, one image pixel per screen pixel"),
                self.actual_size,
            ),
            (self.tr("Open"), "openImageButton", self.tr("Open the image in your image viewer"), self.open_full),
            (self.tr("Copy"), "copyImageButton", self.tr("Copy the image to the clipboard"), self.copy),
        ):
            button = QPushButton(label, self)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.setAccessibleName(label.replace("%", self.tr(" percent")) if label.endswith("%") else label)
            button.setAccessibleDescription(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons.append(button)
        self.save_button = SaveButton(path, self, "saveImageButton")
        row.addWidget(self.save_button)
        self.buttons.append(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        layout.addWidget(self.info)
        layout.addLayout(row)

    def set_max_image_height(self, height: int) -> None:
        self.view.set_max_height(height)

    async def _full_image(self) -> QImage:
        image, _size = await asyncio.to_thread(decode, self.path, None)
        return image

    @asyncSlot()
    async def actual_size(self, *_args: object) -> None:
        if not self.full_loaded:  # 100 % wants every pixel: decode the original, off the UI thread
            image = await self._full_image()
            self.full_loaded = True
            self.view._leave_fit()
            self.view.set_image(image, 1.0)
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
