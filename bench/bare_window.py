"""The yardstick of start-up (issue 14): a bare PySide6 window, a QMainWindow holding one text
edit, shown and its first frame painted, then quit. bench/startup_and_size.py starts it side by
side with the app; the app's target is at most 1.6 times this."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTextEdit())
window.show()
QTimer.singleShot(0, app.quit)  # after the first frame, as the app's --exit-when-shown
app.exec()
