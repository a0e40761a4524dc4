"""An output image: scaled to fit its pane (as wide as the pane, never wider; as tall as the
pane's view at most), zoom (fit, 100 %, wheel), open full size (Open, double-click), save, copy,
and drag out to the desktop. Decoding happens in a worker thread (QImage is thread-safe); the
fitted picture is resampled to the exact screen pixels it fills, so it stays sharp.

A decoded 1024 px preview is 4 MB: only the cards painted most recently keep theirs (those on
screen always). The others let it go, keeping their path and size (their place in the layout
does not move), and decode it again, off the UI thread, when they are painted again."""

from __future__ import annotations

import asyncio
import weakref
from collections import OrderedDict
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QRect, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDrag,
    QGuiApplication,
    QImage,
    QImageReader,
    QMouseEvent,
    QPainter,
    QPaintEvent,
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
from .tasks import spawn

PREVIEW_SIDE = 1024  # pixels: previews are decoded at this size at most
MIN_WIDTH, MIN_HEIGHT = 96, 120  # an image never makes its pane wider than this
PREFERRED_WIDTH = 640  # asked for when the pane has room (it takes the pane's width anyway)
KEEP_DECODED = 8  # cards off screen that keep their decoded picture (scrolling back is instant)


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


class DecodedPreviews:
    """The cards holding a decoded picture, least recently painted first. Past `limit`, the
    oldest that are not on screen let theirs go: memory stays flat however many images a run
    has, or how many runs are browsed (a view not shown is never painted, so it lets go too).
    Weak references: a card deleted with its run's view takes its picture with it at once."""

    def __init__(self, limit: int = KEEP_DECODED) -> None:
        self.limit = limit
        self.cards: OrderedDict[int, weakref.ref[ImageCard]] = OrderedDict()

    def touch(self, card: ImageCard) -> None:
        key = id(card)
        self.cards[key] = weakref.ref(card, lambda _gone: self.cards.pop(key, None))
        self.cards.move_to_end(key)
        self.trim()

    def forget(self, card: ImageCard) -> None:
        self.cards.pop(id(card), None)

    def trim(self) -> None:
        spare = len(self.cards) - self.limit
        for key, ref in list(self.cards.items()):
            if spare <= 0:
                break
            card = ref()
            if card is None or not shiboken6.isValid(card):
                self.cards.pop(key, None)
                spare -= 1
            elif not card.on_screen():
                card.release_preview()  # forgets itself
                spare -= 1


PREVIEWS = DecodedPreviews()


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
        self.released = False  # the picture let go (off screen), decoded again when painted
        self._decoding = False
        self._unreadable = False  # gone from disk since: never tried again at every paint
        PREVIEWS.touch(self)
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

    # --- the decoded picture, kept while it is on screen or recently was ------------------------
    def on_screen(self) -> bool:
        """Some of it inside every widget around it (the output area's viewport above all). Not
        visibleRegion(): the view's opaque viewport hides the card from its own reckoning."""
        if not self.isVisible():
            return False
        window = self.window()
        area = QRect(self.mapTo(window, QPoint(0, 0)), self.size())
        parent = self.parentWidget()
        while parent is not None and not area.isEmpty():
            area = area.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget() if parent is not window else None
        return not area.isEmpty()

    def holds_pixels(self) -> bool:
        return self.view.holds_pixels()

    def release_preview(self) -> None:
        PREVIEWS.forget(self)
        if self._decoding or self.released:
            return
        self.released = True
        self.view.drop_pixels()

    def painted(self) -> None:
        """Painted: on screen. Decoded again if it had let its picture go."""
        if not self.released:
            PREVIEWS.touch(self)
        elif not self._decoding and not self._unreadable:
            self._decoding = True
            spawn(self._decode_again(), "decode an image again", owner=self)

    async def _decode_again(self) -> None:
        whole = self.full_loaded and not self.view.fitted  # zoomed in: every pixel, as it was
        try:
            image, _size = await asyncio.to_thread(decode, self.path, None if whole else PREVIEW_SIDE)
        except (ValueError, OSError):
            self._unreadable = True  # moved or deleted since: the card stays, blank
            return
        finally:
            self._decoding = False
        self.released = False
        self.full_loaded = image.size() == self.image_size
        self.view.set_image(image, self.image_size.width() / max(1, image.width()))
        PREVIEWS.touch(self)

    async def _full_image(self) -> QImage:
        image, _size = await asyncio.to_thread(decode, self.path, None)
        return image

    @asyncSlot()
    async def actual_size(self, *_args: object) -> None:
        if not self.full_loaded or self.released:  # 100 % wants every pixel: decoded off the UI thread
            image = await self._full_image()
            self.full_loaded, self.released = True, False
            self.view._leave_fit()
            self.view.set_image(image, 1.0)
            PREVIEWS.touch(self)
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
