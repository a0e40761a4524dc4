"""An output image: scaled to fit its pane (as wide as the pane, never wider; as tall as the
pane's view at most), zoom (fit, 100 %, wheel), open full size (Open, double-click), save, copy,
show in its folder (right-click), and drag out to the desktop. Decoding happens in a worker
thread (QImage is thread-safe); the fitted picture is resampled to the exact screen pixels it
fills, so it stays sharp.

A decoded 1024 px preview is 4 MB: only the cards painted most recently keep theirs (those on
screen always). The others let it go, keeping their path and size (their place in the layout
does not move), and decode it again, off the UI thread, when they are painted again."""

from __future__ import annotations

import asyncio
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDrag, QGuiApplication, QImage, QImageReader, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QPushButton, QSizePolicy, QVBoxLayout, QWidget
from qasync import asyncSlot

from .desktop_open import open_url, show_in_folder
from .flow_layout import FlowLayout
from .plain_text import ELLIPSIS, plain_tooltip, set_plain
from .saving import SaveButton, human_size
from .tasks import spawn
from .zoom_view import MIN_HEIGHT, ZoomView, image_height

PREVIEW_SIDE = 1024  # pixels: previews are decoded at this size at most
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


class ElidedInfo(QLabel):
    """A file's name and its details on one line. Too narrow, the name is cut in the middle:
    its end ("_sdxl_3.png") is what tells a run's images apart. The details go first, when even
    the name alone does not fit; the whole text stays in the tooltip and the accessible name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_plain(self, "")  # the name is the model's
        # It gives way to the card's width (the buttons stay); the text is fitted to what it gets.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name, self.details = "", ""

    def set_parts(self, name: str, details: str, tip: str = "") -> None:
        self.name, self.details = name, details
        self.setToolTip(plain_tooltip(tip or self.whole()))
        self.setAccessibleName(self.whole())
        self._fit()

    def whole(self) -> str:
        return f"{self.name} · {self.details}" if self.details else self.name

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics, room = self.fontMetrics(), self.contentsRect().width()
        whole = self.whole()
        if metrics.horizontalAdvance(whole) <= room:
            shown = whole
        else:
            details = f" · {self.details}" if self.details else ""
            name_room = room - metrics.horizontalAdvance(details)
            if name_room < room // 2:  # the details would crowd the name out: the name comes first
                details, name_room = "", room
            shown = metrics.elidedText(self.name, Qt.TextElideMode.ElideMiddle, name_room) + details
            if not shown.strip():
                shown = ELLIPSIS
        if shown != self.text():
            self.setText(shown)


class ImageCard(QFrame):
    """One image output: its picture and its buttons. Made without a picture (`preview` None),
    it keeps the image's place and decodes it, off the UI thread, when first painted."""

    def __init__(
        self,
        path: Path,
        preview: QImage | None,
        size: QSize,
        parent: QWidget | None = None,
        file_size: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("imageCard")
        self.path = path
        self.image_size = size
        self.view = ZoomView(self, self)
        self.view.setObjectName("outputImage")
        self.view.setAccessibleName(self.tr("Output image {name}").format(name=path.name))
        self.view.setAccessibleDescription(
            self.tr("{width} by {height} pixels").format(width=size.width(), height=size.height())
        )
        self.view.setToolTip(
            self.tr(
                "Double-click to open it full size; drag it out to copy the file elsewhere; "
                "right-click for more, such as Show in folder"
            )
        )
        self.view.set_blank(size)
        self.full_loaded = False
        self.released = True  # the picture let go (off screen, or not decoded yet), decoded when painted
        self._decoding = False
        self._unreadable = False  # gone from disk since: never tried again at every paint
        if preview is not None:
            self.view.set_image(preview, size.width() / max(1, preview.width()))
            self.full_loaded, self.released = preview.size() == size, False
            PREVIEWS.touch(self)
        if file_size is None:
            file_size = path.stat().st_size
        self.details = self.tr("{width} × {height} px · {size}").format(
            width=size.width(), height=size.height(), size=human_size(file_size)
        )
        self.info = ElidedInfo(self)
        self.info.setObjectName("imageInfo")
        self.info.set_parts(path.name, self.details, self._tip(self.details))
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
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        layout.addWidget(self.info)
        layout.addLayout(row)

    def set_max_image_height(self, height: int) -> None:
        self.view.set_max_height(height)

    def max_image_height(self) -> int:
        return self.view.max_height

    def fit_to(self, viewport_height: int) -> None:
        """An image is never taller than the pane shows: its buttons stay in sight below it."""
        reserve = self.info.sizeHint().height() + 2 * self.save_button.sizeHint().height() + 28
        self.set_max_image_height(viewport_height - reserve)

    # --- its size, for the grid's reckoning of the cards not made ------------------------------
    def inner_width(self, width: int) -> int:
        """The image's width in a card `width` pixels wide (the frame and margins aside)."""
        self.ensurePolished()
        outer, inner = self.contentsMargins(), self._layout.contentsMargins()
        return width - outer.left() - outer.right() - inner.left() - inner.right()

    def frame_height(self, width: int) -> int:
        """Everything in a card `width` pixels wide but its image: the same for every card."""
        return self.heightForWidth(width) - self.view.heightForWidth(self.inner_width(width))

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
            self._unreadable = True  # moved or deleted since, or broken past its header: said, once
            said = QCoreApplication.translate("OutputPanel", "This image could not be read.")
            self.info.set_parts(self.path.name, said, self._tip(said))
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
        open_url(QUrl.fromLocalFile(str(self.path)), self)

    def show_in_folder(self, *_args: object) -> None:
        show_in_folder(self.path, self)

    def _tip(self, details: str) -> str:
        return self.tr("{name} · {details}\nSaved in {folder}").format(
            name=self.path.name, details=details, folder=self.path.parent
        )

    def menu(self) -> QMenu:
        """What the card offers on a right-click (or the Menu key on its image), Show in folder
        among it: the row of buttons stays short."""
        menu = QMenu(self)
        menu.setObjectName("imageMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for label, name, slot in (
            (self.tr("&Open"), "openImageAction", self.open_full),
            (self.tr("Show in &folder"), "showImageInFolderAction", self.show_in_folder),
            (self.tr("&Copy image"), "copyImageAction", self.copy),
            (self.tr("Copy file &path"), "copyImagePathAction", self.copy_path),
            (self.tr("&Save as…"), "saveImageAction", self.save_button.ask_where),
        ):
            action = menu.addAction(label)
            action.setObjectName(name)
            action.triggered.connect(slot)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # Here from the image, its name or the space around the buttons (none takes it itself).
        self.menu().popup(event.globalPos())  # not exec(): a nested loop stalls asyncio
        event.accept()

    def copy_path(self, *_args: object) -> None:
        QGuiApplication.clipboard().setText(str(self.path))

    def drag_out(self) -> None:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(self.path))])
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.setPixmap(self.view.item.pixmap().scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio))
        drag.exec(Qt.DropAction.CopyAction)


@dataclass(eq=False)
class ImageSlot:
    """An image output in a grid (a `Lazy`): what its card needs, kept while the card is not
    made. The picture decoded when it arrived only until the grid's next pass."""

    path: Path
    size: QSize
    file_size: int
    preview: QImage | None = None

    def make(self, parent: QWidget) -> ImageCard:
        card = ImageCard(self.path, self.preview, self.size, parent, self.file_size)
        self.preview = None
        return card

    def content_height(self, width: int, max_height: int) -> int:
        return image_height(self.size, width, max(MIN_HEIGHT, max_height))

    def let_go(self) -> None:
        self.preview = None
