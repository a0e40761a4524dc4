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


def test_a_log_that_cannot_be_written_goes_to_stderr_and_is_told(tmp_path, capsys):
    (tmp_path / "a-file").write_text("")
    folder = tmp_path / "a-file" / "data"  # cannot be made, even by root
    secret = "tok-" + "s" * 20
    root = logging.getLogger()
    before = list(root.handlers)
    told = setup_logging(folder / "replidesk.log", lambda: [secret])
    added = [handler for handler in root.handlers if handler not in before]
    try:
        assert told is not None and told.title == "The data folder cannot be written"
        assert str(folder) in told.message and "Settings → Files" in told.message
        logging.getLogger("replidesk").warning("still logged, token %s", secret)
    finally:
        for handler in added:
            root.removeHandler(handler)
    said = capsys.readouterr().err
    assert "still logged" in said and secret not in said
