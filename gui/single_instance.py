"""One Replidesk per data folder: started again while it runs, the app hands its command line
(`--model`, `--prompt`, `--run`) to the running window, which comes forward, instead of opening
a second window on the same history.

A lock file in the data folder says whether one runs (Qt's QLockFile: a lock left by a crashed
process is taken over, by its process id); a local socket (a named pipe on Windows), named after
the data folder and open to this user only, carries the request. Qt Network is imported only
when a request is sent or the window is shown, never before the first frame.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

LOCK_NAME = "replidesk.lock"
HAND_OVER_SECONDS = 5.0  # a first instance still starting gets this long to listen
MOST_BYTES = 16 * 1024 * 1024  # a request bigger than any prompt the app keeps is refused


class Request(NamedTuple):  # not a dataclass: `dataclasses` is 3-5 ms before the first frame
    """What a second start asks of the running window."""

    model: str | None = None
    prompt: str | None = None
    run: bool = False

    def encoded(self) -> bytes:
        import json

        return json.dumps(self._asdict()).encode() + b"\n"

    @classmethod
    def decoded(cls, data: bytes) -> Request | None:
        import json

        try:
            fields = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(fields, dict):
            return None
        model, prompt = fields.get("model"), fields.get("prompt")
        return cls(
            model if isinstance(model, str) else None,
            prompt if isinstance(prompt, str) else None,
            fields.get("run") is True,
        )


def server_name(data: Path) -> str:
    """The socket's name: the same for every start on this data folder by this user, short
    enough for a Unix socket path, and no path of the user's in it."""
    import getpass
    import hashlib

    key = f"{getpass.getuser()}\0{data.resolve()}".encode()
    return "replidesk-" + hashlib.sha256(key).hexdigest()[:20]


class InstanceLock:
    """Held by the running app for its whole life; `taken()` False when another one holds it."""

    def __init__(self, data: Path) -> None:
        try:
            data.mkdir(parents=True, exist_ok=True)
        except OSError:  # said at start by the log's set-up; the app runs without the lock
            pass
        self.lock = QLockFile(str(data / LOCK_NAME))
        self.lock.setStaleLockTime(0)  # never taken over by age: only when its process is gone

    def taken(self) -> bool:
        if self.lock.tryLock(0):
            return True
        # A folder that cannot be written cannot be locked: let the app start (and say so there).
        return self.lock.error() is not QLockFile.LockError.LockFailedError

    def release(self) -> None:
        self.lock.unlock()


def hand_over(name: str, request: Request, seconds: float = HAND_OVER_SECONDS) -> bool:
    """Send `request` to the running app; False when none answers within `seconds`."""
    from PySide6.QtCore import QDeadlineTimer, QThread
    from PySide6.QtNetwork import QLocalSocket

    deadline = QDeadlineTimer(int(seconds * 1000))
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(max(1, min(500, deadline.remainingTime()))):
            socket.write(request.encoded())
            sent = socket.waitForBytesWritten(2000) and socket.bytesToWrite() == 0
            socket.waitForReadyRead(2000)  # the running app's "ok": it read the whole request
            answered = bytes(socket.readAll().data()).startswith(b"ok")
            socket.disconnectFromServer()
            return sent and answered
        if deadline.hasExpired():
            return False
        QThread.msleep(100)  # before any window: nothing to keep responsive yet


class InstanceServer(QObject):
    """Listens, in the running app, for the requests of later starts."""

    asked = Signal(object)  # a Request

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a socket file a crashed run left (the lock says it is ours)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._connected)
        self._received: dict[QLocalSocket, bytearray] = {}

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            self._received[socket] = bytearray()
            # This object's own slots, not lambdas holding it: a lambda kept a server made without
            # a parent alive until its last socket died, and freeing it then deleted that socket a
            # second time from inside its own destructor ("pure virtual method called").
            socket.readyRead.connect(self._ready_read)
            socket.disconnected.connect(self._disconnected)

    def _ready_read(self) -> None:
        if (socket := self._socket_sending()) is not None:
            self._read(socket)

    def _disconnected(self) -> None:
        if (socket := self._socket_sending()) is not None:
            self._forget(socket)

    def _socket_sending(self) -> QLocalSocket | None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        return socket if isinstance(socket, QLocalSocket) else None

    def _read(self, socket: QLocalSocket) -> None:
        received = self._received.get(socket)
        if received is None:
            return
        received += bytes(socket.readAll().data())
        if len(received) > MOST_BYTES:
            socket.abort()
            return
        if not received.endswith(b"\n"):
            return  # more to come
        request = Request.decoded(bytes(received))
        socket.write(b"ok\n" if request is not None else b"no\n")
        socket.flush()
        if request is not None:
            self.asked.emit(request)

    def _forget(self, socket: QLocalSocket) -> None:
        self._received.pop(socket, None)
        socket.deleteLater()
