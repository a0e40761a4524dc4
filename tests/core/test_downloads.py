import pytest

from core.downloads import Downloader, UnsafeUrl, safe_file_name
from tests.conftest import run_async
from tests.local_replicate.outputs import png_bytes


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://x.test/files/out-0.png", "out-0.png"),
        ("https://x.test/a/..%2F..%2Fx.png", "x.png"),
        ("https://x.test/a/%2E%2E", "output"),
        ("https://x.test/a/na%00me.png", "name.png"),
        ("https://x.test/a/con.txt", "_con.txt"),
        ("https://x.test/", "output"),
    ],
)
def test_file_names_are_made_safe(url, expected):
    assert safe_file_name(url) == expected


def test_long_names_are_cut_and_keep_their_suffix():
    name = safe_file_name("https://x.test/" + "a" * 500 + ".png")
    assert len(name) <= 120 and name.endswith(".png")


def test_downloads_the_same_bytes_without_credentials_and_never_overwrites(server, tmp_path):
    served = png_bytes(40, 30, seed=3)
    server.predictions.files["/files/p1/out-0.png"] = served
    downloader = Downloader(tmp_path)
    url = f"{server.base_url}/files/p1/out-0.png"
    seen = []
    first = run_async(downloader.fetch(url, "p1", lambda *args: seen.append(args))).path
    second = run_async(downloader.fetch(url, "p1")).path
    assert seen[-1] == (url, len(served), len(served))  # progress reaches the whole size
    assert first.read_bytes() == served == second.read_bytes()
    assert first != second and first.parent == second.parent == tmp_path / "p1"
    file_requests = [r for r in server.requests if r[1].startswith("/files/")]
    assert len(file_requests) == 2 and all(auth is None for *_, auth in file_requests)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "data:text/plain,hi", "ftp://x.test/a"])
def test_refuses_anything_but_http(tmp_path, url):
    with pytest.raises(UnsafeUrl):
        run_async(Downloader(tmp_path).fetch(url, "p"))


def test_one_client_serves_every_file_of_a_loop_and_closes(server, tmp_path):
    server.predictions.files["/files/p2/out-0.png"] = png_bytes(8, 8, seed=1)
    downloader = Downloader(tmp_path)
    url = f"{server.base_url}/files/p2/out-0.png"

    async def fetch_three():
        paths = [(await downloader.fetch(url, "p2")).path for _ in range(3)]
        kept = downloader._http
        await downloader.close()
        return paths, kept

    paths, kept = run_async(fetch_three())
    assert len(set(paths)) == 3 and kept is not None and kept.is_closed
    assert downloader._http is None
    assert run_async(downloader.fetch(url, "p2")).path.exists()  # a new loop gets a new client


def test_fetches_starting_together_share_one_client(server, tmp_path):
    import asyncio

    server.predictions.files["/files/p3/out-0.png"] = png_bytes(8, 8, seed=2)
    downloader = Downloader(tmp_path)
    url = f"{server.base_url}/files/p3/out-0.png"
    built = []

    async def together():
        original = downloader._build

        async def counted(loop):
            client = await original(loop)
            built.append(client)
            return client

        downloader._build = counted
        saved = await asyncio.gather(*(downloader.fetch(url, "p3") for _ in range(5)))
        await downloader.close()
        return saved

    saved = run_async(together())
    assert len(built) == 5 and len({id(client) for client in built}) == 1
    names = sorted(item.path.name for item in saved)  # each under a name of its own
    assert names == ["out-0 (2).png", "out-0 (3).png", "out-0 (4).png", "out-0 (5).png", "out-0.png"]
    assert all(item.path.read_bytes() == server.predictions.files["/files/p3/out-0.png"] for item in saved)
