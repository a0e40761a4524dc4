"""The model browser (Ctrl+K): collections to browse before any search, a search over Replicate's
models, the results as rows (name, description, runs, cover) and the chosen model's card. What is
known locally shows at once; Replicate's answers follow; offline, the browser says so."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.errors import explain
from core.model_catalog import Collection
from core.model_info import ModelInfo
from core.model_ref import ModelRef
from core.model_summary import ModelSummary
from core.session import Session

from .image_view import decode
from .model_card import ModelCard
from .model_list_model import ModelListModel
from .model_row import ModelRowDelegate
from .model_search import PAUSE_MS, ModelSearch
from .plain_text import plain_label, set_plain
from .tasks import spawn

T = TypeVar("T")
FAVOURITES = "favourites"  # the slugs of the browser's own categories
DEPLOYMENTS = "deployments"
CARD_COVER = 160


class ModelBrowser(QDialog):
    chosen = Signal(str)  # what the picker takes: owner/name[:version]
    favourites_changed = Signal(list)  # the favourite models' names

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelBrowser")
        self.setWindowTitle(self.tr("Find a model"))
        self.session = session
        self.favourites: list[str] = []
        self.deployments: list[ModelSummary] = []
        self._infos: dict[str, ModelInfo] = {}  # what the cards looked up
        self._naming: asyncio.Task[None] | None = None
        self.offline = False
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("modelSearch")
        self.search_field.setAccessibleName(self.tr("Search models"))
        self.search_field.setAccessibleDescription(
            self.tr("Words for what the model should do, or a model's name or address")
        )
        self.search_field.setPlaceholderText(
            self.tr("What do you want to do? For example: upscale photo, chatbot, whisper")
        )
        self.search_field.setClearButtonEnabled(True)
        self.status = plain_label("", self)
        self.status.setObjectName("modelSearchStatus")
        self.status.setWordWrap(True)
        self.collections = QListWidget(self)
        self.collections.setObjectName("modelCollections")
        self.collections.setAccessibleName(self.tr("Collections"))
        self.collections.setAccessibleDescription(
            self.tr("Groups of models to browse: favourites and Replicate's collections")
        )
        self.results_model = ModelListModel(session.covers, self)
        self.results = QListView(self)
        self.results.setObjectName("modelResults")
        self.results.setAccessibleName(self.tr("Models"))
        self.results.setAccessibleDescription(
            self.tr("The models found: choose one to see its card, press Enter to use it")
        )
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(ModelRowDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.card = ModelCard(self)
        self.search = ModelSearch(session, self)
        self._collection_asked = ""
        self._layout()
        self._connect()
        self.resize(1000, 620)

    def _layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.collections)
        splitter.addWidget(self.results)
        splitter.addWidget(self.card)
        splitter.setSizes([180, 460, 360])
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.search_field.textEdited.connect(self._typed)
        self.search_field.returnPressed.connect(self.search.now)
        self.search.results.connect(self._search_results)
        self.search.status.connect(lambda text: set_plain(self.status, text))
        self.collections.currentItemChanged.connect(self._collection_chosen)
        selection = self.results.selectionModel()
        selection.selectionChanged.connect(self._selected)
        self.results.activated.connect(lambda index: self._use_row(index))
        self.card.use_requested.connect(self._use)
        self.card.favourite_changed.connect(self._favourite)
        self.card.versions_wanted.connect(lambda slug: spawn(self._versions(slug), "model versions", owner=self))

    # --- opening -------------------------------------------------------------------------
    async def start(self, words: str = "") -> None:
        """Fill the categories (known ones at once, then Replicate's), then search `words`."""
        self.favourites = await self._quietly(self.session.catalog.favourites(), [])
        known = await self._quietly(self.session.catalog.collections(), [])
        self._show_collections(known)
        if words:
            self.search_field.setText(words)
            self._typed(words)
        try:
            fresh = await self.session.models.collections()
            self.deployments = await self._quietly(self.session.models.deployments(), [])
        except Exception as error:
            self.offline = True
            if shiboken6.isValid(self):
                problem = explain(error)
                said = self.tr(
                    "{title}: Replidesk is offline or Replicate cannot be reached. "
                    "The models known on this computer are shown."
                )
                set_plain(self.status, said.format(title=problem.title))
            return
        if shiboken6.isValid(self) and (fresh != known or self.deployments):
            self._show_collections(fresh)

    async def _quietly(self, work: Awaitable[T], fallback: T) -> T:
        try:
            return await work
        except Exception:  # the catalog is a cache: without it, Replicate still answers
            return fallback

    def _show_collections(self, collections: list[Collection]) -> None:
        current = self.collections.currentItem()
        # A first look opens the favourites if there are any, else the first collection.
        first = FAVOURITES if self.favourites or not collections else collections[0].slug
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else first
        if keep == FAVOURITES and not self.favourites:
            keep = first  # an empty list of favourites is no place to start
        self.collections.blockSignals(True)
        self.collections.clear()
        own = [(FAVOURITES, self.tr("★ Favourites"), self.tr("Models you marked ★"))]
        if self.deployments:
            own.append((DEPLOYMENTS, self.tr("Your deployments"), self.tr("Your own deployments on Replicate")))
        for slug, name, tip in own + [(c.slug, c.name, c.description) for c in collections]:
            item = QListWidgetItem(name, self.collections)
            item.setData(Qt.ItemDataRole.UserRole, slug)
            item.setToolTip(tip)
        chosen = 0
        for row in range(self.collections.count()):
            if self.collections.item(row).data(Qt.ItemDataRole.UserRole) == keep:
                chosen = row
        searching = bool(self.search_field.text().strip())
        self.collections.setCurrentRow(-1 if searching else chosen)  # results of a search are no category's
        self.collections.blockSignals(False)
        slug = str(self.collections.item(chosen).data(Qt.ItemDataRole.UserRole))
        # Fresh categories never undo a search typed meanwhile; the list follows the category
        # only when nothing is searched.
        if not searching and (slug != self._collection_asked or not current):
            self._open_category(slug)

    # --- categories ----------------------------------------------------------------------
    def _collection_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.search_field.clear()  # a category chosen by the user replaces the search
        self.search.ask("")
        self._open_category(str(item.data(Qt.ItemDataRole.UserRole)))

    def _open_category(self, slug: str) -> None:
        self._collection_asked = slug
        self._say_of_category("")  # what was said belonged to what was shown before
        spawn(self._show_collection(slug), "show a collection", owner=self)

    def _say_of_category(self, text: str) -> None:
        """Offline, the status keeps saying so whatever a category's look-up ends with, in
        whichever order the two failures arrive: it explains every list shown."""
        if not self.offline:
            set_plain(self.status, text)

    async def _show_collection(self, slug: str) -> None:
        if slug == DEPLOYMENTS:
            self._show_results(self.deployments)
            return
        if slug == FAVOURITES:
            found = [await self._quietly(self.session.catalog.get(name), None) for name in self.favourites]
            shown = [model for model in found if model is not None]
            if shiboken6.isValid(self) and slug == self._collection_asked:
                self._show_results(shown)
                self._say_of_category("" if shown else self.tr("Mark models with ★ Favourite to find them here."))
            return
        known = await self._quietly(self.session.catalog.collection_models(slug), [])
        if slug == self._collection_asked and known:
            self._show_results(known)
        if self.offline:
            return
        try:
            fresh = await self.session.models.collection(slug)
        except Exception as error:
            if shiboken6.isValid(self) and slug == self._collection_asked:
                said = self.tr("{title}: this collection could not be loaded.")
                self._say_of_category(said.format(title=explain(error).title))
            return
        if shiboken6.isValid(self) and slug == self._collection_asked and not self.search.words:
            self._show_results(fresh)

    # --- search --------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if self._naming is not None:
            self._naming.cancel()  # for what the field said before
        ref = ModelRef.read(text)
        if ref is not None:  # a model's name or address: its card
            self.search.ask("")
            self._naming = spawn(self._show_named(ref), "show a named model", owner=self)
            return
        self._collection_asked = ""
        if text.strip():
            self.collections.blockSignals(True)
            self.collections.setCurrentRow(-1)
            self.collections.blockSignals(False)
        self.search.ask(text)

    async def _show_named(self, ref: ModelRef) -> None:
        if ref.deployment:
            known = next((d for d in self.deployments if d.slug == f"{ref.owner}/{ref.name}"), None)
            if known is not None:
                self._show_results([known])
                self.results.setCurrentIndex(self.results_model.index(0))
            return
        known = await self._quietly(self.session.catalog.get(ref.slug), None)
        if known is None:
            await asyncio.sleep(PAUSE_MS / 1000)  # a name being typed asks Replicate once it pauses
            try:
                known = await self.session.models.model(ref)
            except Exception as error:
                if shiboken6.isValid(self) and ModelRef.read(self.search_field.text()) == ref:
                    set_plain(self.status, explain(error, ref.slug).message)
                return
        if shiboken6.isValid(self) and ModelRef.read(self.search_field.text()) == ref:
            self._show_results([known])
            self.results.setCurrentIndex(self.results_model.index(0))

    def _search_results(self, words: str, found: list[ModelSummary]) -> None:
        if words and words == " ".join(self.search_field.text().split()):
            self._show_results(found)

    def _show_results(self, models: list[ModelSummary]) -> None:
        shown = self.card.model.target if self.card.model is not None else None
        self.results_model.set_models(models)
        rows = [row for row, model in enumerate(models) if model.target == shown]
        if rows:
            self.results.setCurrentIndex(self.results_model.index(rows[0]))

    # --- the card ------------------------------------------------------------------------
    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.results.currentIndex()
        model = self.results_model.summary_at(index.row()) if index.isValid() else None
        if model is None or (self.card.model is not None and self.card.model.target == model.target):
            return
        self.card.show_model(model, model.slug in self.favourites)
        spawn(self._card_details(model), "model card", owner=self)

    async def _card_details(self, model: ModelSummary) -> None:
        if model.cover_image_url:
            path = await self.session.covers.get(model.cover_image_url)
            if path is not None:
                try:
                    picture, _size = await asyncio.to_thread(decode, path, CARD_COVER)
                except (ValueError, OSError):
                    pass
                else:
                    if shiboken6.isValid(self):
                        self.card.show_cover(model.cover_image_url, QPixmap.fromImage(picture))
        try:
            # Its own look-up: the composer's would cancel a pick still being looked up.
            info = self._infos.get(model.target) or await self.session.models.info(ModelRef.parse(model.target))
            self._infos[model.target] = info
        except Exception as error:
            if shiboken6.isValid(self):
                self.card.show_info_problem(model.target, explain(error, model.target).message)
            return
        if shiboken6.isValid(self):
            self.card.show_info(info)

    async def _versions(self, slug: str) -> None:
        try:
            found = await self.session.models.versions(ModelRef.parse(slug))
        except Exception:
            return  # the latest version still runs; the list is only for pinning
        # An answer that lands as the browser closes can beat the cancel (3.11's wait_for).
        if shiboken6.isValid(self):
            self.card.show_versions(slug, found)

    def _use_row(self, index: QModelIndex) -> None:
        model = self.results_model.summary_at(index.row())
        if model is not None:
            self._use(model.target)

    def _use(self, text: str) -> None:
        self.chosen.emit(text)
        self.accept()

    def _favourite(self, slug: str, on: bool) -> None:
        self.favourites = [name for name in self.favourites if name != slug] + ([slug] if on else [])
        spawn(self.session.catalog.set_favourite(slug, on), "favourite model")
        self.favourites_changed.emit(list(self.favourites))
