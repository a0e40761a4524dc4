"""The window's size and its three columns (run list, composer, outputs): a first size that
fits the screen the window opens on, remembered between sessions, and a way back (Reset
layout). The run list can be hidden; the output column takes the room left."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from .settings import AppSettings

PREFERRED = QSize(1280, 800)  # comfortable; less on a small screen
SMALLEST = QSize(960, 600)  # every control still reachable (tests at 1024×640)
SCREEN_SHARE = 0.9  # of the available area, so the window never opens larger than the screen
COLUMN_SHARES = (0.2, 0.34, 0.46)  # run list, composer, outputs
COLUMN_MINIMUM = (200, 300, 320)  # the first layout gives more when a column's content asks for it


def first_size(available: QRect) -> QSize:
    """The size a window opens at the first time: the preferred size, shrunk to the screen."""
    width = min(PREFERRED.width(), int(available.width() * SCREEN_SHARE))
    height = min(PREFERRED.height(), int(available.height() * SCREEN_SHARE))
    return QSize(
        max(width, min(SMALLEST.width(), available.width())), max(height, min(SMALLEST.height(), available.height()))
    )


def column_sizes(width: int, wanted: tuple[int, ...] = COLUMN_MINIMUM) -> list[int]:
    """The columns' shares of `width`, or more where a column's content wants it; when that does
    not fit, the run list and the composer give way (down to their minimums), not the outputs."""
    runs, composer, outputs = (max(w, int(width * share)) for share, w in zip(COLUMN_SHARES, wanted, strict=True))
    outputs = max(COLUMN_MINIMUM[2], min(outputs, width - runs - composer))
    left = width - outputs
    if runs + composer > left:
        runs = max(COLUMN_MINIMUM[0], runs * left // (runs + composer))
        composer = max(COLUMN_MINIMUM[1], left - runs)
    return [runs, composer, width - runs - composer]


def first_geometry(window: QMainWindow, settings: AppSettings) -> None:
    """The remembered size and place, else the first size centred on the screen: set before the
    window first shows (its columns come later, with WindowLayout)."""
    geometry = settings.geometry()
    if geometry and window.restoreGeometry(geometry) and on_a_screen(window):
        return
    place_first(window, QGuiApplication.primaryScreen().availableGeometry())


def show_starting(window: QMainWindow, app_name: str) -> None:
    """What the first frame shows until the window's parts are built (about half a second):
    a word in the middle, not an empty window. WindowLayout's columns replace it (Qt hides the
    old central widget and deletes it later)."""
    label = QLabel(QCoreApplication.translate("WindowLayout", "Starting {app}…").format(app=app_name))
    label.setObjectName("startingLabel")
    holder = QWidget(window)
    column, row = QVBoxLayout(holder), QHBoxLayout()
    row.addStretch()
    row.addWidget(label)
    row.addStretch()
    column.addStretch()
    column.addLayout(row)
    column.addStretch()
    window.setCentralWidget(holder)


def place_first(window: QMainWindow, available: QRect) -> QSize:
    """The first size, centred in `available`."""
    size = first_size(available)
    window.resize(size)
    frame = QRect(0, 0, size.width(), size.height())
    frame.moveCenter(available.center())
    window.move(frame.topLeft())
    return size


def on_a_screen(window: QMainWindow) -> bool:
    """A remembered place on a screen that is no longer there (an unplugged monitor) is dropped."""
    frame = window.frameGeometry()
    return any(screen.availableGeometry().intersects(frame) for screen in QGuiApplication.screens())


class WindowLayout:
    def __init__(self, window: QMainWindow, settings: AppSettings, columns: list[QWidget]) -> None:
        self.window = window
        self.settings = settings
        self._show_runs: QAction | None = None
        from PySide6.QtCore import Qt  # Qt's namespace costs 20-60 ms to load: not for the first frame

        self.splitter = QSplitter(Qt.Orientation.Horizontal, window)
        self.splitter.setObjectName("columns")
        self.splitter.setChildrenCollapsible(False)  # a column dragged to nothing is lost to a new user
        for column, minimum in zip(columns, COLUMN_MINIMUM, strict=True):
            column.setMinimumWidth(minimum)  # below what its content asks for, on a small screen
            self.splitter.addWidget(column)
        self.splitter.setStretchFactor(1, 1)  # the outputs gain (and give up) twice what the composer does
        self.splitter.setStretchFactor(2, 2)
        window.setCentralWidget(self.splitter)
        window.setMinimumSize(SMALLEST.boundedTo(self._available().size()))
        self.restore()

    @property
    def run_list(self) -> QWidget:
        widget = self.splitter.widget(0)
        assert widget is not None
        return widget

    def restore(self) -> None:
        geometry = self.settings.geometry()
        if not geometry or not self.window.restoreGeometry(geometry) or not on_a_screen(self.window):
            self._first_layout()
            return
        state = self.settings.splitter()
        if not state or not self.splitter.restoreState(state):
            self.splitter.setSizes(self._column_sizes(self.window.width()))
        self.run_list.setVisible(self.settings.run_list_shown())

    def save(self) -> None:
        self.settings.set_geometry(self.window.saveGeometry())
        self.settings.set_splitter(self.splitter.saveState())
        self.settings.set_run_list_shown(not self.run_list.isHidden())

    def reset(self) -> None:
        """Back to the first size and columns, on the screen the window is on."""
        self.settings.forget_layout()
        if self._show_runs is not None:
            self._show_runs.setChecked(True)
        if self.window.isMaximized() or self.window.isFullScreen():
            self.window.showNormal()
        self._first_layout()

    def show_run_list(self, shown: bool) -> None:
        self.run_list.setVisible(shown)

    def connect(self, show_runs: QAction, reset: QAction) -> None:
        """View → Show the run list (checked as it is) and View → Reset layout (shows it again)."""
        show_runs.setChecked(not self.run_list.isHidden())
        show_runs.toggled.connect(self.show_run_list)
        self._show_runs = show_runs
        reset.triggered.connect(self.reset)

    def _first_layout(self) -> None:
        size = place_first(self.window, self._available())
        self.run_list.setVisible(True)
        self.splitter.setSizes(self._column_sizes(size.width()))

    def _column_sizes(self, width: int) -> list[int]:
        """The shares of `width`, or what a column's content asks for (labels whole, in any
        language) when that is more; the outputs column gives way first."""
        widgets = [self.splitter.widget(n) for n in range(self.splitter.count())]
        needed = tuple(  # never more than a third again of a column's share: the outputs come first
            max(least, min(w.minimumSizeHint().width() if w is not None else 0, int(width * share * 1.35)))
            for least, share, w in zip(COLUMN_MINIMUM, COLUMN_SHARES, widgets, strict=True)
        )
        return column_sizes(width, needed)

    def _screen(self) -> QScreen:
        screen = self.window.screen() if self.window.isVisible() else None
        return screen or QGuiApplication.primaryScreen()

    def _available(self) -> QRect:
        return self._screen().availableGeometry()
