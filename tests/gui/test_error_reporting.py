import logging
import sys

from PySide6.QtWidgets import QMessageBox, QWidget

from gui.error_reporting import install_exception_hook, setup_logging


def test_unexpected_errors_are_logged_without_secrets_and_told_kindly(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    log = tmp_path / "replidesk.log"
    secret = "tok-" + "s" * 20
    setup_logging(log, lambda: [secret])
    previous = sys.excepthook
    install_exception_hook(lambda: parent)
    try:
        try:
            raise RuntimeError(f"failed with Authorization: Bearer {secret}")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", None) == str(log):
                logging.getLogger().removeHandler(handler)
                handler.close()
    box = parent.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible() and "Traceback" not in box.text()
    written = log.read_text()
    assert "RuntimeError" in written and secret not in written and "[redacted]" in written
