"""How the composer's picker finds models: words typed in it are searched (its matches listed
under it), favourites come first in its list, and the model browser opens from it or Ctrl+K.
A model picked anywhere here comes out as `chosen(text)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from core.i18n import translate  # plurals: English forms right even before a .qm is loaded
from core.model_summary import ModelSummary
from core.session import Session

if TYPE_CHECKING:
    from .model_browser import ModelBrowser

from .dialog_once import brought_forward
from .model_picker import ModelPicker
from .model_search import ModelSearch
from .tasks import spawn


class ModelFinder(QObject):
    chosen = Signal(str)

    def __init__(self, session: Session, picker: ModelPicker, recent: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.picker = picker
        self.recent = recent
        self.dialog_parent = parent
        self.browser: ModelBrowser | None = None
        self.search = ModelSearch(session, self)
        picker.searched.connect(self._searched)
        picker.committed.connect(lambda _model: self.search.ask(""))  # a later answer must not cover the pick
        picker.browse_requested.connect(lambda: self.browse())
        self.search.results.connect(picker.show_matches)
        self.search.status.connect(self._search_status)
        self.search.results.connect(self._found)
        self.picker.matches.covers = session.covers

    async def start(self) -> None:
        """The favourites, first in the picker's list."""
        try:
            favourites = await self.session.catalog.favourites()
        except Exception:
            return  # without the catalog, the picker lists recent models only
        if shiboken6.isValid(self.picker):
            self.picker.set_models(self.recent, favourites)

    def set_recent(self, recent: list[str]) -> None:
        self.recent = recent
        self.picker.set_models(recent)

    def browse(self, words: str = "") -> ModelBrowser:
        """Open the browser (one at a time), searching `words` if given."""
        if shown := brought_forward(self.browser):
            return shown
        from .model_browser import ModelBrowser  # not needed for the first frame

        browser = ModelBrowser(self.session, self.dialog_parent)
        browser.chosen.connect(self.chosen)
        browser.favourites_changed.connect(lambda favourites: self.picker.set_models(self.recent, favourites))
        browser.finished.connect(browser.deleteLater)
        self.browser = browser
        browser.open()
        typed = self.picker.text()
        spawn(browser.start(words or (typed if self.search.words else "")), "open the model browser", owner=browser)
        return browser

    def _searched(self, words: str) -> None:
        if not words and self.search.words:  # words gave way to a name: what was said of them goes
            self.picker.show_description("")
        self.search.ask(words)

    def _search_status(self, text: str) -> None:
        if text and self.search.words:
            self.picker.show_description(text)

    def _found(self, words: str, models: list[ModelSummary]) -> None:
        if words and models and words == self.search.words:
            count = len(models)
            self.picker.show_description(
                translate(
                    "ModelFinder",
                    "%n model(s) found: pick one from the list, or press Browse… to see more.",
                    None,
                    count,
                )
            )
