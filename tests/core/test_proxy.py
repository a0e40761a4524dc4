"""The proxy choice applied to environment variables: pure functions over dicts, never os.environ."""

import httpx
import pytest

from core.proxy import apply, environment, proxy_for, url_problem, with_local_bypass

SYSTEM = {"HTTPS_PROXY": "http://corp:8080", "http_proxy": "http://corp:8080", "NO_PROXY": "intranet.example"}
OTHER = {"PATH": "/usr/bin", "HOME": "/home/me"}


def local_covered(env):
    hosts = env["NO_PROXY"].split(",")
    return env["NO_PROXY"] == env["no_proxy"] and {"127.0.0.1", "localhost", "::1"} <= set(hosts)


def test_system_keeps_the_variables_as_they_were_at_start():
    changed_since = {**OTHER, "HTTPS_PROXY": "http://typed-before:1", "ALL_PROXY": "socks5://x:1"}
    env = environment(changed_since, "system", start=SYSTEM)
    assert env["HTTPS_PROXY"] == env["http_proxy"] == "http://corp:8080"
    assert "ALL_PROXY" not in env and env["PATH"] == "/usr/bin"
    assert "intranet.example" in env["NO_PROXY"].split(",") and local_covered(env)


def test_none_removes_every_proxy_variable():
    env = environment({**OTHER, **SYSTEM, "ALL_PROXY": "socks5://x:1", "all_proxy": "x"}, "none", start=SYSTEM)
    assert not {k for k in env if k.lower() in ("http_proxy", "https_proxy", "all_proxy")}
    assert env["HOME"] == "/home/me"
    # Everything direct, said explicitly: with no variable set, urllib (and httpx) would use
    # the proxy Windows' registry or macOS' settings name.
    assert env["NO_PROXY"] == env["no_proxy"] == "*"
    assert proxy_for("https://api.replicate.com/v1", env) is None


def test_the_systems_settings_come_from_the_os_when_the_environment_names_none():
    from core.proxy import system_settings

    from_os = system_settings(OTHER, {"https": "http://registry:8080", "http": "http://registry:8080", "no": "corp"})
    assert from_os["HTTPS_PROXY"] == from_os["HTTP_PROXY"] == "http://registry:8080" and from_os["NO_PROXY"] == "corp"
    env = environment(OTHER, "system", start=from_os)
    assert proxy_for("https://api.replicate.com/v1", env) == "http://registry:8080"
    # The environment's own variables win, as urllib's getproxies has them win.
    assert system_settings(SYSTEM, {"https": "http://registry:8080"})["HTTPS_PROXY"] == "http://corp:8080"


def test_manual_sets_both_schemes_to_the_url_and_nothing_else():
    env = environment({**OTHER, **SYSTEM}, "manual", " http://proxy.local:3128 ", start=SYSTEM)
    assert env["HTTP_PROXY"] == env["HTTPS_PROXY"] == "http://proxy.local:3128"
    assert "http_proxy" not in env  # the system's lower-case one would win over the choice
    assert local_covered(env)


def test_a_bad_manual_url_or_an_unknown_mode_means_the_system_settings():
    for mode, url in (("manual", "ftp://x:1"), ("bogus", "")):
        assert environment(OTHER, mode, url, start=SYSTEM)["HTTPS_PROXY"] == "http://corp:8080"


def test_local_addresses_are_added_once():
    assert with_local_bypass("") == "127.0.0.1,localhost,::1"
    assert with_local_bypass(" a.example , localhost") == "a.example,localhost,127.0.0.1,::1"


@pytest.mark.parametrize(
    "url", ["http://proxy.example.com:3128", "https://10.0.0.1:8443", "http://user:pw@proxy:80/", "http://[::1]:3128"]
)
def test_good_proxy_urls(url):
    assert url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("", "Type the proxy"),
        ("proxy.example.com:3128", "http://"),
        ("socks5://proxy:1080", "http://"),
        ("http://:3128", "names no computer"),
        ("http://proxy:99999", "1 to 65535"),
        ("http://proxy:port", "1 to 65535"),
        ("http://proxy:", "1 to 65535"),
        ("http://proxy:3128/path", "nothing after"),
        ("http://pro xy:3128", "no spaces"),
    ],
)
def test_bad_proxy_urls_get_a_plain_message(url, words):
    message = url_problem(url)
    assert message is not None and words in message


def test_apply_changes_only_the_proxy_variables_of_the_mapping_given():
    env = {**OTHER, "http_proxy": "http://old:1"}
    apply("manual", "http://p:3128", env)
    assert env == {
        **OTHER,
        "HTTP_PROXY": "http://p:3128",
        "HTTPS_PROXY": "http://p:3128",
        "NO_PROXY": "127.0.0.1,localhost,::1",
        "no_proxy": "127.0.0.1,localhost,::1",
    }


def test_proxy_for_reads_the_variables_as_httpx_does():
    env = environment(OTHER, "manual", "http://p:3128", start={"NO_PROXY": ".corp.example"})
    assert proxy_for("https://api.replicate.com/v1", env) == "http://p:3128"
    for direct in ("http://127.0.0.1:8000/v1", "http://localhost/x", "http://[::1]:9/", "https://a.corp.example/"):
        assert proxy_for(direct, env) is None
    assert proxy_for("https://api.replicate.com", environment(OTHER, "none", start=SYSTEM)) is None


def test_httpx_sends_local_requests_direct_and_the_rest_through_the_proxy(monkeypatch):
    env = environment(OTHER, "manual", "http://proxy.invalid:3128", start={})
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    client = httpx.Client()  # trust_env: what the downloads' client reads
    try:
        assert client._transport_for_url(httpx.URL("http://127.0.0.1:8000/")) is client._transport
        assert client._transport_for_url(httpx.URL("https://api.replicate.com/")) is not client._transport
    finally:
        client.close()


def test_the_api_client_goes_through_the_proxy_chosen_and_a_new_choice_builds_a_new_client(monkeypatch):
    """The official client brings its own transport (httpx then ignores HTTP(S)_PROXY): the
    proxy reaches it through ours, and loopback stays direct. Nothing is sent."""
    import asyncio

    import httpcore

    from core.replicate_service import ReplicateService

    def transport_pool(service: ReplicateService) -> object:
        client = service._client("a-token")
        return client._async_client._transport._wrapped_transport._async._pool  # type: ignore[attr-defined]

    async def scenario() -> tuple[object, object, object, bool]:
        remote, local = (
            ReplicateService(lambda: "t", "https://api.replicate.com"),
            ReplicateService(lambda: "t", "http://127.0.0.1:9"),
        )
        for name, value in environment(OTHER, "manual", "http://proxy.invalid:3128", start={}).items():
            monkeypatch.setenv(name, value)
        first = remote._client("a-token")
        proxied, direct = transport_pool(remote), transport_pool(local)
        for name, value in environment(OTHER, "none", start={}).items():
            monkeypatch.setenv(name, value)
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
            monkeypatch.delenv(name, raising=False)
        return proxied, direct, transport_pool(remote), remote._client("a-token") is first

    proxied, direct, after, same = asyncio.run(scenario())
    assert isinstance(proxied, httpcore.AsyncHTTPProxy)
    assert not isinstance(direct, httpcore.AsyncHTTPProxy) and not isinstance(after, httpcore.AsyncHTTPProxy)
    assert not same
