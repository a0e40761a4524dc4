"""The main window: history, the run column (model, prompt, inputs, Run/Cancel), the output
panel and the status line; it runs models through core and records them in the history."""

from __future__ import annotations

import asyncio
from contextlib import aclosing

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter
from qasync import asyncSlot

from core import APP_NAME
from core.errors import Problem, UserError, explain, prompt_missing, token_missing
from core.model_info import ModelInfo
from core.model_ref import ModelRef
from core.recorder import RunRecorder
from core.runner import InvalidInput, Run, prepare_input
from core.runs import (
    Created,
    FileReady,
    Finished,
    LogAppended,
    OutputValue,
    RunStatus,
    StatusChanged,
    TextAppended,
    Uploading,
)
from core.session import Session
from core.trash import empty as empty_trash

from .dialogs import show_about, show_data_folder
from .history_controller import HistoryController
from .output_panel import OutputPanel
from .resources import app_icon
from .run_column import build_run_column
from .settings import AppSettings
from .token_dialog import TokenDialog
from .window_history import open_record, reattach_unfinished

CANCEL_GRACE = 5.0  # seconds to wait for the server's "canceled" before letting go locally


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: AppSettings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.model_info: ModelInfo | None = None
        self._models: dict[str, ModelInfo] = {}
        self._resolving: asyncio.Task | None = None
        self.run: Run | None = None
        self.run_task: asyncio.Task | None = None
        self.token_dialog: TokenDialog | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self._build()
        self._build_actions()
        self._elapsed = QElapsedTimer()
        self._ticker = QTimer(self, interval=100, timeout=self._show_elapsed)
        self._status = RunStatus.SUCCEEDED
        self._set_running(False)
        self.set_status("Ready")
        if geometry := settings.geometry():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)

    # --- building -----------------------------------------------------------------
    def _build(self) -> None:
        left = build_run_column(self)  # picker, prompt, form, Run/Cancel, message banner
        self.output = OutputPanel(self)
        self.history = HistoryController(self.session, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.history.panel)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.output)
        self.splitter.setStretchFactor(2, 1)
        if state := self.settings.splitter():
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([260, 440, 640])
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.statusBar().addWidget(self.status_label, 1)

    def _build_actions(self) -> None:
        self.run_action = QAction("&Run", self, shortcut=QKeySequence("Ctrl+Return"), triggered=self.start_run)
        self.run_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.cancel_action = QAction(
            "&Cancel run", self, shortcut=QKeySequence(Qt.Key.Key_Escape), triggered=self.cancel_run
        )
        self.token_action = QAction("Set API &token…", self, triggered=lambda: self.ask_for_token())
        self.sign_out_action = QAction("Sign &out", self, triggered=self.sign_out)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        about_action = QAction(f"&About {APP_NAME}", self, triggered=self.show_about)
        for action in (self.run_action, self.cancel_action):
            self.addAction(action)  # shortcuts work wherever the focus is
        menus = self.menuBar()
        data_action = QAction("&Data folder…", self, triggered=self.show_data_folder)
        menus.addMenu("&File").addActions([self.run_action, self.cancel_action, data_action, quit_action])
        edit = menus.addMenu("&Edit")
        edit.addActions([self.history.undo_action, self.history.redo_action])
        edit.addSeparator()
        edit.addActions([self.history.delete_action, self.history.delete_all_action])
        self.history.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.history.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        menus.addMenu("&Account").addActions([self.token_action, self.sign_out_action])
        menus.addMenu("&Help").addAction(about_action)

    # --- start-up and the token ---------------------------------------------------------
    async def start(self, model: str | None = None, prompt: str | None = None, run: bool = False) -> None:
        """After the window shows: load the token (off the UI thread), the history, the model;
        then follow any run the last session left going. `model`/`prompt`/`run`: from the command line."""
        if model:
            self.picker.set_text(model)
        if prompt is not None:
            self.prompt.setPlainText(prompt)
        await asyncio.to_thread(empty_trash, self.session.data / "trash")
        self.history.refresh()
        try:
            token = await self.session.load_token()
        except UserError as error:
            self.show_problem(error.problem)
            token = None
        if not token:
            self.ask_for_token()
            return
        self.resolve_model(self.picker.text())
        if run:
            await asyncio.wait([self._resolving])
            self.start_run()
        self.reattaching = asyncio.ensure_future(reattach_unfinished(self))

    async def open_record(self, record) -> None:
        await open_record(self, record)

    def show_model(self, info: ModelInfo) -> None:
        """Take a model already known (from the history) as the chosen one."""
        self._models[str(info.ref)] = info
        self._remember_inputs()
        self.model_info = info
        self.picker.show_description(info.description or "(This model has no description.)")

    def ask_for_token(self, reason: str = "") -> TokenDialog:
        if self.token_dialog is None or not self.token_dialog.isVisible():
            self.token_dialog = TokenDialog(self.session, reason, self)
            self.token_dialog.accepted.connect(self._signed_in)
            self.token_dialog.open()  # not exec(): that would stall the asyncio loop
        return self.token_dialog

    def _signed_in(self) -> None:
        account = self.token_dialog.account if self.token_dialog else None
        if account:
            self.set_status(f"Signed in as {account.name}")
        self.hide_problem()
        self.resolve_model(self.picker.text())

    @asyncSlot()
    async def sign_out(self) -> None:
        try:
            await self.session.sign_out()
        except UserError as error:
            self.show_problem(error.problem)
            return
        note = " (REPLICATE_API_TOKEN is still set in the environment)" if self.session.token else ""
        self.set_status("Signed out: the token was removed from the password store" + note)

    # --- the model ---------------------------------------------------------------------
    def resolve_model(self, text: str) -> None:
        if self._resolving and not self._resolving.done():
            self._resolving.cancel()
        self._resolving = asyncio.ensure_future(self._resolve(text))

    async def _resolve(self, text: str) -> ModelInfo | Problem:
        try:
            ref = ModelRef.parse(text)
            if str(ref) not in self._models:
                self.picker.show_description("Looking up the model…")
                self._models[str(ref)] = await self.session.replicate.model(ref)
        except Exception as error:  # told beside the picker; a run tells it again
            problem = explain(error, text.strip())
            self.model_info = None
            self.picker.show_problem(problem.message)
            if problem.needs_token:
                self.ask_for_token(problem.message)
            return problem
        info = self._models[str(ref)]
        if info.version_id and info.openapi_schema:  # kept, so that its runs open offline
            asyncio.ensure_future(
                self.session.history.keep_schema(info.ref.slug, info.version_id, info.description, info.openapi_schema)
            )
        if info is not self.model_info:  # the same model again keeps what the user set
            self._remember_inputs()
            self.model_info = info
            self.form.set_model(info, self.settings.inputs(info.ref.slug))
            has_prompt = info.prompt_field is not None
            self.prompt.setEnabled(has_prompt)
            self.prompt.setPlaceholderText(
                "This model takes no prompt: set its inputs below."
                if not has_prompt
                else "Write your prompt here. Ctrl+Enter runs it."
                if info.prompt_required
                else f"{info.field(info.prompt_field).label} (optional). Ctrl+Enter runs."
            )
        self.picker.show_description(info.description or "(This model has no description.)")
        self.settings.remember_model(str(ref))
        return info

    def _remember_inputs(self) -> None:
        if self.model_info is not None:
            self.settings.set_inputs(self.model_info.ref.slug, self.form.values.remembered())

    def fill_example(self, *_args: object) -> None:
        info = self.model_info
        if info is None or not info.example_input:
            return
        self.form.fill(info.example_input)
        if info.prompt_field and isinstance(info.example_input.get(info.prompt_field), str):
            self.prompt.setPlainText(info.example_input[info.prompt_field])

    # --- running -------------------------------------------------------------------------
    def start_run(self, *_args: object) -> None:
        """Check what can be checked at once (model name, prompt, token), then run."""
        if self.run_task and not self.run_task.done():
            return
        self.hide_problem()
        try:
            ref = ModelRef.parse(self.picker.text())
            info = self._models.get(str(ref))
            required = info.prompt_required if info else True
            if required and not self.prompt.toPlainText().strip():
                raise prompt_missing(info.prompt_field if info else "prompt")
            if not self.session.token:
                raise token_missing()
        except UserError as error:
            self.show_problem(error.problem)
            if error.problem.needs_token:
                self.ask_for_token(error.problem.message)
            else:
                self.prompt.setFocus()
            return
        self.run_task = asyncio.ensure_future(self._run(self.picker.text(), self.prompt.toPlainText()))

    async def _run(self, model_text: str, prompt: str) -> None:
        self._set_running(True)
        self.output.clear()
        self._elapsed.start()
        self._ticker.start()
        try:
            info = self.model_info
            if info is None or str(info.ref) != str(ModelRef.parse(model_text)):
                self.set_status("Looking up the model…")
                found = await self._resolve(model_text)
                if isinstance(found, Problem):
                    raise UserError(found.title, found.message, found.needs_token)
                info = found
            try:
                checked = prepare_input(info, self.form.values, prompt)
            except InvalidInput as invalid:
                self.form.show_problems(invalid.problems)
                raise
            self._remember_inputs()
            self.run = Run(self.session.replicate, self.session.downloader, info, checked)
            self.run.progress = self.output.show_progress
            recorder = RunRecorder(self.session.history, self.session.outputs, info, checked.json, prompt)
            await recorder.start()
            self.history.refresh()
            async with aclosing(self.run.updates()) as updates:
                async for update in updates:
                    await recorder.apply(update)
                    await self._apply(update)
            self.history.refresh()
        except UserError as error:  # found before anything was sent
            self.set_status("Not started")
            self.show_problem(error.problem)
        except asyncio.CancelledError:
            self._finish(RunStatus.CANCELED, None)
        finally:
            self._ticker.stop()
            self._set_running(False)

    async def _apply(self, update: object) -> None:
        if isinstance(update, TextAppended):
            self.output.append_text(update.text)
        elif isinstance(update, StatusChanged):
            self._status = update.status
            self._show_elapsed()
        elif isinstance(update, LogAppended):
            self.output.append_log(update.text)
        elif isinstance(update, FileReady):
            await self.output.add_file(update)
        elif isinstance(update, OutputValue):
            self.output.show_value(update.value)
        elif isinstance(update, Uploading):
            self.set_status(f"Uploading {update.file_name}…")
        elif isinstance(update, Created):
            self.setWindowTitle(f"{APP_NAME} — {update.prediction_id}")
        elif isinstance(update, Finished):
            self.output.finish(update.metrics)
            self._finish(update.status, update.problem, update.metrics)

    def _finish(self, status: RunStatus, problem: Problem | None, metrics: dict | None = None) -> None:
        self._status = status
        seconds = self._elapsed.elapsed() / 1000 if self._elapsed.isValid() else 0.0
        detail = f" · {seconds:.1f} s"
        if metrics and "predict_time" in metrics:
            detail += f" (model time {float(metrics['predict_time']):.1f} s)"
        self.set_status(status.label + detail)
        self.setWindowTitle(APP_NAME)
        if problem:
            self.show_problem(problem)
            if problem.needs_token:
                self.ask_for_token(problem.message)

    def cancel_run(self, *_args: object) -> None:
        if self.run_task and not self.run_task.done():
            asyncio.ensure_future(self._cancel())

    async def _cancel(self) -> None:
        task, run = self.run_task, self.run
        self.cancel_button.setEnabled(False)
        self.set_status("Canceling…")
        try:
            if run is not None:
                await asyncio.wait_for(run.cancel(), CANCEL_GRACE)
            await asyncio.wait_for(asyncio.shield(task), CANCEL_GRACE)
        except Exception as error:  # the server did not confirm: stop following it here
            task.cancel()
            self.show_problem(
                Problem("Cancel not confirmed", explain(error).message + " The run may still be going on Replicate.")
            )

    # --- what the user sees -------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.run_action.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.cancel_action.setEnabled(running)

    def _show_elapsed(self) -> None:
        if self._elapsed.isValid() and not self._status.is_terminal:
            self.set_status(f"{self._status.label} · {self._elapsed.elapsed() / 1000:.1f} s")

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def show_problem(self, problem: Problem) -> None:
        self.message.setText(f"<b>{problem.title}</b><br>{problem.message}")
        self.message.show()

    def hide_problem(self) -> None:
        self.message.hide()

    def show_about(self, *_args) -> None:
        self.about_box = show_about(self)

    def show_data_folder(self, *_args) -> None:
        self.data_box = show_data_folder(self, self.session.data)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember_inputs()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_splitter(self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
