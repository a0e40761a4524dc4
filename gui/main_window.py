"""The main window: a shell that composes the run list, the composer and the outputs, and
wires their signals. The parts own their state; none of them knows this window."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow

from core import APP_NAME

from .resources import app_icon
from .settings import AppSettings
from .tasks import spawn
from .theme import SystemLook, Theme
from .window_layout import first_geometry, show_starting

if TYPE_CHECKING:  # the window's parts: imported by build(), after the first frame
    from core.errors import Problem
    from core.history import RunRecord
    from core.model_info import ModelInfo
    from core.run_manager import LiveRun, RunManager

    from .account_import_dialog import AccountImportDialog


class MainWindow(QMainWindow):
    def __init__(self, manager: RunManager | None, settings: AppSettings, shown_look: SystemLook | None = None) -> None:
        """The window at its size, empty; its parts come with `build` (at once when `manager`
        is given). The app shows it empty first: its first frame needs none of the parts.
        `shown_look`: the system's look the first frame was styled for (gui/theme.py)."""
        super().__init__()
        self.settings = settings
        self.shown_look = shown_look
        self.closing = False
        self.leaving = False  # closing with runs going: their ends are no news
        self._editing: RunRecord | None = None  # the turn a question being edited replies to
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        first_geometry(self, settings)
        if manager is None:
            show_starting(self, APP_NAME)
        else:
            self.build(manager)

    def build(self, manager: RunManager) -> None:
        from .composer import Composer
        from .live_runs import LiveRuns
        from .model_controller import ModelController
        from .model_finder import ModelFinder
        from .notifier import RunNotifier
        from .output_stack import OutputStack
        from .run_launcher import RunLauncher
        from .run_list import RunList
        from .settings_flow import SettingsFlow
        from .status_line import StatusLine
        from .theme import ThemeKeeper, application
        from .token_flow import TokenFlow
        from .update_check import UpdateCheck
        from .window_actions import WindowActions
        from .window_layout import WindowLayout

        settings = self.settings
        self.manager = manager
        self.session = manager.session
        self.live = LiveRuns(manager, self)
        self.models = ModelController(self.session, self)
        self.composer = Composer(settings.recent_models(), self)
        self.run_list = RunList(self.session, self.live, self)
        self.outputs = OutputStack(self.session, self.live, self)
        self.launcher = RunLauncher(manager, self.models, settings.inputs, self)
        self.account_import: AccountImportDialog | None = None
        self.finder = ModelFinder(self.session, self.composer.picker, settings.recent_models(), self)
        self.token = TokenFlow(self.session, self, welcomed=settings.welcomed())
        self._after_sign_in = False  # started without a token: what start() left to do
        self._run_after_sign_in = False
        self.theme = ThemeKeeper(application(), settings.theme(), self, self.shown_look, settings.remember_system_look)
        self.menu_actions = WindowActions(self)
        self.settings_flow = SettingsFlow(settings, manager, self.theme, self.menu_actions, self.token, self)
        self.layout_keeper = WindowLayout(self, settings, [self.run_list.panel, self.composer, self.outputs])
        self.notifier = RunNotifier(self, self.live, lambda: settings.notifications() and not self.leaving)
        self.status_label = StatusLine(self.outputs, self.live, self)
        self.updates = UpdateCheck(self)
        self.statusBar().addWidget(self.status_label, 1)
        self._connect()
        self._shown_changed()

    def _connect(self) -> None:
        from core.paths import log_file

        from .dialogs import show_about, show_data_folder, show_problem

        composer, actions, run_list = self.composer, self.menu_actions, self.run_list
        outputs, launcher = self.outputs, self.launcher
        composer.model_committed.connect(self.models.choose)
        self.finder.chosen.connect(self.pick_model)
        actions.browse_models.triggered.connect(lambda: self.finder.browse())
        actions.import_from_replicate.triggered.connect(self.import_from_replicate)
        composer.run_requested.connect(self.start_run)
        composer.cancel_requested.connect(self.cancel_shown)
        composer.new_conversation.connect(self.new_conversation)
        composer.form.file_picked.connect(launcher.note_picked)
        self.models.looking_up.connect(composer.show_looking_up)
        self.models.resolved.connect(self._model_resolved)
        self.models.failed.connect(self._model_failed)
        launcher.started.connect(self._started)
        # a problem that needs a token is told once, in the token dialog
        launcher.problem.connect(lambda problem: None if problem.needs_token else composer.show_problem(problem))
        launcher.field_problems.connect(composer.show_field_problems)
        launcher.token_needed.connect(self.token.ask)
        self.token.signed_in.connect(self._signed_in)
        self.token.starter_chosen.connect(lambda model, prompt: self.take_request(model, prompt, run=True))
        self.token.status.connect(self.status_label.say)
        self.token.problem.connect(self.composer.show_problem)
        launcher.needs_fixing.connect(
            lambda record, problems: spawn(self.fix(record, problems), "fix a run's inputs", owner=self)
        )
        run_list.panel.current_changed.connect(
            lambda record: spawn(outputs.show_record(record), "show a run", owner=outputs)
        )
        run_list.reuse_requested.connect(lambda record: spawn(self.reuse(record), "reuse a run", owner=self))
        run_list.rerun_requested.connect(lambda record: spawn(launcher.run_again(record), "run again"))
        run_list.status.connect(self.status_label.say)
        run_list.deleted.connect(lambda ids: spawn(outputs.forget(ids), "deleted runs off the screen", owner=outputs))
        run_list.problem.connect(lambda problem: show_problem(self, problem))
        outputs.shown_changed.connect(lambda _record: self._shown_changed(another=True))
        outputs.regenerate_requested.connect(lambda record: spawn(launcher.run_again(record), "regenerate"))
        outputs.fetch_again_requested.connect(lambda record: spawn(self.manager.fetch_again(record), "fetch again"))
        outputs.edit_requested.connect(lambda record: spawn(self.edit_question(record), "edit a question", owner=self))
        self.live.added.connect(lambda _live: self._shown_changed())
        self.live.ended.connect(self._run_ended)
        actions.run.triggered.connect(self.start_run)
        actions.cancel.triggered.connect(self.cancel_shown)
        actions.cancel_all.triggered.connect(lambda: spawn(self.manager.cancel_all(), "cancel all"))
        actions.new_conversation.triggered.connect(self.new_conversation)
        actions.compare.triggered.connect(self.ask_compare)
        actions.batch.triggered.connect(self.ask_batch)
        actions.data_folder.triggered.connect(lambda: show_data_folder(self, self.session.data))
        actions.quit.triggered.connect(self.close)
        actions.settings.triggered.connect(self.settings_flow.open)
        self.settings_flow.status.connect(self.status_label.say)
        self.settings_flow.history_pruned.connect(lambda _count: run_list.refresh())
        actions.set_token.triggered.connect(lambda: self.token.ask())
        actions.sign_out.triggered.connect(lambda: spawn(self.token.sign_out(), "sign out"))
        actions.about.triggered.connect(lambda: show_about(self))
        actions.guide.triggered.connect(lambda: _help().show_guide(self))
        actions.shortcuts.triggered.connect(lambda: _help().show_shortcuts(self, actions.all()))
        actions.report_problem.triggered.connect(
            lambda: _help().show_report_problem(self, log_file(self.session.data), [self.session.token])
        )
        actions.check_updates.triggered.connect(lambda: self.updates.check())
        actions.choose_model.triggered.connect(self.composer.focus_model)
        actions.search_history.triggered.connect(self._search_history)
        actions.save_output.triggered.connect(self.outputs.save_shown)
        self.layout_keeper.connect(actions.show_runs, actions.reset_layout)
        undo = [run_list.undo_action, run_list.redo_action, None, run_list.delete_action, run_list.delete_all_action]
        files: list[QAction | None] = [run_list.import_action, actions.import_from_replicate, run_list.export_action]
        actions.build_menus(
            self, undo, files, self.manager.max_concurrent, self._concurrent, self.theme.theme, self.choose_theme
        )

    # --- start-up and the token ----------------------------------------------------------
    async def start(self, model: str | None = None, prompt: str | None = None, run: bool = False) -> None:
        """After the window shows: the token (off the UI thread), the run list, the model; then
        follow the runs the last session left going. `model`/`prompt`/`run`: the command line."""
        model = model or self.settings.start_model()  # the command line's, else the one Settings names
        if model:
            self.composer.set_model_text(model)
        if prompt is not None:
            self.composer.prompt.setPlainText(prompt)
        import asyncio

        from core.errors import UserError
        from core.trash import empty as empty_trash

        await asyncio.to_thread(empty_trash, self.session.data / "trash")
        if self.settings.check_updates():  # chosen in Settings; off by default
            self.updates.check(quietly=True)
        spawn(self.settings_flow.start(), "old runs deleted, the password store named", owner=self)
        self.run_list.refresh()
        spawn(self.finder.start(), "favourite models", owner=self)
        try:
            token = await self.session.load_token()
        except UserError as error:
            self.composer.show_problem(error.problem)
            token = None
        if not token:
            self._after_sign_in, self._run_after_sign_in = True, run
            self.composer.show_signed_out()
            self.token.ask_at_start()
            return
        self.models.choose(self.composer.picker.text())
        await self._signed_in_at_start(run)

    async def _signed_in_at_start(self, run: bool) -> None:
        """Once there is a token: the command line's run, and the runs the last session left
        going followed again (with no password store, after the sign-in of every start)."""
        if run:
            self.start_run()
        self.status_label.following(await self.manager.reattach_unfinished())

    def _signed_in(self, _account: str) -> None:
        self.settings_flow.token_changed()
        self.settings.set_welcomed()
        if self._after_sign_in:
            self._after_sign_in = False
            spawn(self._signed_in_at_start(self._run_after_sign_in), "follow the runs left going", owner=self)
        self.composer.hide_problem()
        self.models.choose(self.composer.picker.text())
        waiting, self.launcher.waiting_for_token = self.launcher.waiting_for_token, None
        if waiting is not None:  # the run asked for before signing in starts now
            spawn(self.launcher.launch(waiting), "run after signing in")

    # --- the model and the composer ------------------------------------------------------
    def _model_resolved(self, info: ModelInfo) -> None:
        if kept := self.composer.remembered_inputs():
            self.settings.set_inputs(*kept)
        self.composer.show_model(info, self.settings.inputs(info.ref.slug))
        self.outputs.suit_hint(takes_prompt=info.prompt_field is not None)
        self.settings.remember_model(str(info.ref))
        self.finder.set_recent(self.settings.recent_models())
        self._shown_changed()

    def import_from_replicate(self) -> AccountImportDialog:
        """The runs already on the user's Replicate account, brought into the history."""
        from PySide6.QtCore import Qt

        from .dialog_once import brought_forward

        if shown := brought_forward(self.account_import):
            return shown
        from .account_import_dialog import AccountImportDialog  # not needed for the first frame

        dialog = AccountImportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # Close stops an import first
        dialog.imported.connect(lambda count: self.run_list.refresh() if count else None)
        dialog.open()
        self.account_import = dialog
        return dialog

    def _search_history(self) -> None:
        self.menu_actions.show_runs.setChecked(True)  # a hidden run list comes back to be searched
        self.run_list.panel.focus_search()

    def choose_theme(self, theme: Theme) -> None:
        self.theme.choose(theme)
        self.settings.set_theme(theme)

    def pick_model(self, text: str) -> None:
        """A model chosen in the browser or among the picker's matches: the composer's next run."""
        self.composer.set_model_text(text)
        self.models.choose(text)

    def _model_failed(self, problem: Problem) -> None:
        if problem.needs_token:  # told in the token dialog, not under the picker as well
            self.token.refused(problem)
            return
        self.composer.show_model_problem(problem)

    def take_request(self, model: str | None, prompt: str | None, run: bool) -> None:
        """A first-run starter, or the command line of a later start (gui/single_instance.py):
        the window comes forward with its model and prompt (the one replaced is one Undo away)."""
        self.notifier.bring_forward()
        if model:
            self.pick_model(model)
        if prompt is not None:
            self.composer.set_prompt(prompt)
        if run:
            self.start_run()

    async def reuse(self, record: RunRecord) -> None:
        """A past run's model, prompt and inputs into the composer, to change and run again."""
        info = await self.models.for_record(record)
        self.composer.load(record.model, record.prompt, self.launcher.reusable_inputs(record), info)

    async def fix(self, record: RunRecord, problems: dict[str, str]) -> None:
        """A run asked for again whose inputs cannot be sent as they are: into the composer,
        each problem on its field."""
        await self.reuse(record)
        self.composer.show_field_problems(problems)

    async def edit_question(self, record: RunRecord) -> None:
        """A question of a conversation back in the composer, to be changed and sent again in
        its place (a reply to the turn before it)."""
        await self.reuse(record)
        parent = await self.session.history.get(record.parent_id) if record.parent_id else None
        self._editing = parent
        self.composer.set_follow_up(parent)
        self.composer.prompt.setFocus()

    # --- runs ----------------------------------------------------------------------------
    def start_run(self, *_args: object) -> None:
        self.composer.hide_problem()
        spawn(self.launcher.launch(self.composer.state()), "start a run")

    def ask_compare(self, *_args: object) -> None:
        if self.composer.refuse_empty_prompt():
            return
        from .run_choices import CompareDialog  # not needed for the first frame

        dialog = CompareDialog(self.composer.picker.text(), self.settings.recent_models(), self)
        compare, state = self.launcher.compare, self.composer.state
        dialog.accepted.connect(lambda: spawn(compare(state(), dialog.models()), "start runs"))
        dialog.open()

    def ask_batch(self, *_args: object) -> None:
        if self.composer.refuse_empty_prompt():
            return
        from .run_choices import BatchDialog

        dialog = BatchDialog(self.composer.prompt.toPlainText(), self)
        state, launch = self.composer.state, self.launcher.batch
        dialog.accepted.connect(lambda: spawn(launch(state(), dialog.count.value(), dialog.per_line()), "start runs"))
        dialog.open()

    def _started(self, runs: list[LiveRun]) -> None:
        from core.conversation import chat_style

        first = runs[0]
        self.composer.hide_problem()
        if chat_style(first.info) is not None:
            self.composer.set_prompt("")  # a question sent: the box is free for the next (Undo brings it back)
        self.composer.prompt.setFocus()
        spawn(self._show_new(first), "show the new run", owner=self)

    async def _show_new(self, live: LiveRun) -> None:
        await self.run_list.refresh()
        if not self.run_list.panel.select_run(live.record_id):
            await self.outputs.show_record(live.record)  # filtered out of the list: shown anyway

    def _concurrent(self, count: int) -> None:
        self.manager.max_concurrent = count  # queued runs start at once if the cap grew
        self.settings.set_concurrent_runs(count)

    def cancel_shown(self, *_args: object) -> None:
        shown = self.outputs.current
        live = self.live.by_record(shown.id) if shown is not None else None
        if live is not None:
            spawn(self.manager.cancel(live), "cancel a run")

    def new_conversation(self, *_args: object) -> None:
        self._editing = None
        self.run_list.panel.clear_current()
        self.composer.set_follow_up(None)
        self.composer.prompt.clear()
        self.composer.prompt.setFocus()

    def _shown_changed(self, another: bool = False) -> None:
        """The follow-up and Cancel follow the run shown (a question being edited replies to
        the turn before it, until another run is shown)."""
        from core.conversation import continues

        shown = self.outputs.current
        live = self.live.by_record(shown.id) if shown is not None else None
        self.composer.set_cancel_enabled(live is not None)
        self.menu_actions.cancel.setEnabled(live is not None)
        self.menu_actions.cancel_all.setEnabled(bool(self.live.live))
        if another:
            self._editing = None
        record = self._editing or (live.record if live is not None else shown)
        self.composer.set_follow_up(record if continues(record, self.composer.info) else None)
        self.status_label.refresh()

    def _run_ended(self, live: LiveRun) -> None:
        self._shown_changed()
        if live.finished is not None and live.finished.problem is not None:
            self.token.refused(live.finished.problem)

    # --- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        live = self.live.live
        if live and not self.closing:
            event.ignore()
            spawn(self._close_with_runs(live), "close with runs going")
            return
        if kept := self.composer.remembered_inputs():
            self.settings.set_inputs(*kept)
        self.layout_keeper.save()
        self.settings.sync()
        super().closeEvent(event)

    async def _close_with_runs(self, live: list[LiveRun]) -> None:
        from .questions import settle_runs

        if await settle_runs(self, self.manager, live, lambda: setattr(self, "leaving", True), self.status_label.say):
            self.closing = True
            self.close()


def _help() -> ModuleType:
    from . import help_dialogs  # not needed for the first frame

    return help_dialogs
