"""The API token goes only to the API's origin and to Replicate's own hosts over https (plain http
only to a loopback API's own origin): the rule itself, then over real HTTP with the official client."""

import socket
import threading

import pytest

from core.errors import UserError
from core.model_ref import ModelRef
from core.origins import api_base_allowed, origin_of, token_may_go_to
from core.replicate_service import ReplicateService, UntrustedStreamUrl
from core.run_events import Finished, RunStatus, TextAppended
from tests.conftest import run_async
from tests.core.test_runner import run_model
from tests.local_replicate.stream_host import StreamHost

API = "https://api.replicate.com"
LOCAL = "http://127.0.0.1:8787"
LLAMA = "meta/meta-llama-3-8b-instruct"

TOKEN_RULE = [
    # the API's own origin
    ("https://api.replicate.com/v1/predictions/x", API, True),
    ("HTTPS://API.Replicate.com:443/v1/x", API, True),
    ("http://127.0.0.1:8787/v1/stream/x", LOCAL, True),
    ("http://127.0.0.1:8787", LOCAL + "/", True),
    ("http://[::1]:8787/v1/stream/x", "http://[::1]:8787", True),
    ("http://localhost:8787/v1/stream/x", "http://localhost:8787", True),
    # Replicate's stream hosts, as recorded (2023, 2024) and as its docs show them
    ("https://streaming-api.svc.us.c.replicate.net/v1/predictions/abc", API, True),
    ("https://streaming-api.svc.rno2.c.replicate.net/v1/streams/abc", API, True),
    ("https://streaming.api.replicate.com/v1/streams/abc", API, True),
    ("https://stream.replicate.com/v1/streams/abc", API, True),
    ("https://STREAM.Replicate.NET/v1/streams/abc", API, True),  # host names have no case
    ("https://stream.replicate.com:443/v1/streams/abc", API, True),  # the standard port, said
    ("https://replicate.com/v1/streams/abc", API, True),
    ("https://xn--80ak6aa92e.replicate.com/x", API, True),  # an IDN label, still Replicate's domain
    ("https://streaming-api.svc.us.c.replicate.net/v1/streams/abc", LOCAL, True),  # whatever the API
    # any other https host: not Replicate's, however close its name
    ("https://stream.example/v1/stream/x", LOCAL, False),
    ("https://stream.example/v1/stream/x", API, False),
    ("https://127.0.0.1:8787/v1/stream/x", LOCAL, False),  # https on the API's port is another origin
    ("https://evilreplicate.com/v1/streams/abc", API, False),  # no dot boundary
    ("https://evil-replicate.net/v1/streams/abc", API, False),
    ("https://replicate.com.evil.net/v1/streams/abc", API, False),
    ("https://stream.replicate.net.evil.net/v1/streams/abc", API, False),
    ("https://replicate.comm/x", API, False),
    ("https://replicate.co/x", API, False),
    ("https://replicate.delivery/x", API, False),  # the file host: files go without the token
    ("https://pbxt.replicate.delivery/x/out-0.png", API, False),
    ("https://xn--rplicate-c1a.com/x", API, False),  # rpélicate.com
    ("https://r\u0435plicate.com/x", API, False),  # a Cyrillic е: an xn-- name on the wire
    ("https://stream.xn--rplicate-c1a.com/x", API, False),
    ("https://stream.replicate.com./v1/streams/abc", API, False),  # trailing dot: spelt another way
    ("https://replicate.com./x", API, False),
    ("https://stream..replicate.com/x", API, False),  # an empty label
    ("https://stream.replicate.com:8443/v1/streams/abc", API, False),  # another port
    ("https://stream.replicate.com:80/v1/streams/abc", API, False),
    ("https://evil%2ereplicate.com/x", API, False),
    ("https://evil_x.replicate.com/x", API, False),  # not a host name's characters
    ("https://1.2.3.4/v1/streams/abc", API, False),
    ("https://[::1]:443/v1/streams/abc", API, False),
    ("http://stream.replicate.com/v1/streams/abc", API, False),  # plain http, even to Replicate
    ("https://user@stream.replicate.com/v1/streams/abc", API, False),
    ("https://stream.replicate.com@evil.example/", API, False),
    # plain http anywhere else, loopback included
    ("http://api.replicate.com/v1/stream/x", API, False),
    ("http://api.replicate.com:443/v1/stream/x", API, False),
    ("http://stream.example/v1/stream/x", API, False),
    ("http://127.0.0.1:8787/v1/stream/x", API, False),
    ("http://127.0.0.1:8788/v1/stream/x", LOCAL, False),  # another port: another program
    ("http://localhost:8787/v1/stream/x", LOCAL, False),  # another name for the same host
    ("http://127.0.0.2:8787/v1/stream/x", LOCAL, False),
    ("http://example.com/v1/stream/x", "http://example.com", False),  # the API itself is not safe
    # user info, which can hide the real host
    ("http://user:pw@127.0.0.1:8787/v1/stream/x", LOCAL, False),
    ("https://api.replicate.com@evil.example/", API, False),
    ("https://user@api.replicate.com/v1/x", API, False),
    ("http://127.0.0.1:8787\\@evil.example/", LOCAL, False),
    ("https://api.replicate.com/", "https://user:pw@api.replicate.com", True),  # Replicate's host anyway
    ("https://replicate.example:8443/v1/x", "https://replicate.example:8443", True),  # an https API's own
    ("https://replicate.example/v1/x", "https://replicate.example:8443", False),  # not its port
    # other schemes, relative and broken URLs
    ("ftp://api.replicate.com/x", API, False),
    ("ws://127.0.0.1:8787/v1/stream/x", LOCAL, False),
    ("wss://api.replicate.com/v1/stream/x", API, False),
    ("file:///etc/passwd", API, False),
    ("data:text/event-stream,hi", API, False),
    ("javascript:alert(1)", API, False),
    ("/v1/stream/x", API, False),
    ("//evil.example/v1/stream/x", API, False),
    ("", API, False),
    ("https://", API, False),
    ("http://evil\t.example/", API, False),
    ("https://ｅvil.example/", API, False),  # not a valid IDNA host name
]


@pytest.mark.parametrize(("url", "api_base", "allowed"), TOKEN_RULE)
def test_where_the_token_may_go(url, api_base, allowed):
    assert token_may_go_to(url, api_base) is allowed


@pytest.mark.parametrize(
    ("api_base", "allowed"),
    [
        ("https://api.replicate.com", True),
        ("https://replicate.example:8443/", True),
        ("http://127.0.0.1:8787", True),
        ("http://127.5.6.7", True),
        ("http://localhost:8787", True),
        ("http://[::1]:8787", True),
        ("http://[::ffff:127.0.0.1]:8787", True),
        ("http://example.com", False),
        ("http://10.0.0.1:8787", False),
        ("http://0.0.0.0:8787", False),
        ("http://127.0.0.1.example:8787", False),
        ("ftp://api.replicate.com", False),
        ("https://user:pw@api.replicate.com", False),
        ("api.replicate.com", False),
        ("", False),
    ],
)
def test_which_api_base_urls_are_allowed(api_base, allowed):
    assert api_base_allowed(api_base) is allowed


def test_origin_of_drops_path_and_user_info():
    assert origin_of("https://user:pw@Api.Replicate.com/v1/x?y") == "https://api.replicate.com:443"
    assert origin_of("http://[::1]:8787/a") == "http://[::1]:8787"
    assert origin_of("nonsense") == ""


@pytest.mark.parametrize("configured", ["argument", "environment"])
def test_a_plain_http_api_elsewhere_is_refused_before_any_request(configured, token, monkeypatch):
    base = "http://replicate.invalid:8787"
    if configured == "environment":
        monkeypatch.setenv("REPLICATE_BASE_URL", base)
    service = ReplicateService(lambda: token, base if configured == "argument" else None)
    with pytest.raises(UserError) as raised:
        run_async(service.model(ModelRef.parse(LLAMA)))
    assert "http://replicate.invalid:8787" in raised.value.problem.message
    assert "https://" in raised.value.problem.message and token not in raised.value.problem.message
    with pytest.raises(UserError):
        run_async(service.account(token))


async def _stream_of(service: ReplicateService) -> tuple[object, list[str]]:
    """A streaming prediction of Llama, and the text of its stream read to the end."""
    info = await service.model(ModelRef.parse(LLAMA))
    prediction = await service.create(info, {"prompt": "hi", "max_tokens": 6}, stream=True)
    text = [event.data async for event in service.stream(prediction) if event.kind == "output"]
    return prediction, text


def test_a_stream_on_another_http_origin_is_never_opened(server, token):
    with StreamHost(server) as host:
        server.stream_base_url = host.base_url  # another port of 127.0.0.1: another origin
        service = ReplicateService(lambda: token, server.base_url)
        with pytest.raises(UntrustedStreamUrl):
            run_async(_stream_of(service))
        assert host.requests == []  # not asked at all, so no token either
    assert all(auth == f"Bearer {token}" for _, path, auth in server.requests)


def test_the_api_origin_still_streams_but_its_redirects_are_not_followed(server, token):
    service = ReplicateService(lambda: token, server.base_url)
    prediction, text = run_async(_stream_of(service))
    assert prediction.urls["stream"].startswith(server.base_url + "/v1/stream/")
    assert text and "".join(text).strip()
    streamed = [auth for _, path, auth in server.requests if path.startswith("/v1/stream/")]
    assert streamed == [f"Bearer {token}"]
    with StreamHost(server) as host:
        server.stream_redirect = host.base_url  # the API's stream answers 307 to another origin
        with pytest.raises(UntrustedStreamUrl):
            run_async(_stream_of(service))
        assert host.requests == []


class _Listener:
    """A loopback port that accepts connections and counts them (a TLS host would be asked first)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            connection.close()


def test_a_stream_on_an_https_host_not_replicates_is_never_opened_and_the_run_ends_by_polling(server, token, tmp_path):
    """Any https origin used to get the token; now the stream is refused before a connection and
    the run is followed by polling its id to the end, with the whole answer."""
    listener = _Listener()
    server.stream_base_url = f"https://127.0.0.1:{listener.port}"  # https, but not the API's nor Replicate's
    try:
        run, updates = run_async(run_model(server, token, tmp_path, LLAMA, "Why is the sky blue?", 20))
    finally:
        listener.sock.close()
    assert listener.accepted == 0  # not even a connection: no token could have gone
    end = updates[-1]
    assert isinstance(end, Finished) and end.status is RunStatus.SUCCEEDED and end.problem is None
    text = "".join(u.text for u in updates if isinstance(u, TextAppended))
    assert text and text == "".join(server.predictions.get(run.prediction_id).output)
