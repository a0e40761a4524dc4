import pytest

from core.download_sources import SOURCES
from core.downloads import Downloader, UnsafeUrl, safe_file_name, unique_path
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
    server.predictions.files["/files/p1x/out-0.png"] = served  # another file of the same name
    downloader = Downloader(tmp_path)
    url = f"{server.base_url}/files/p1/out-0.png"
    seen = []
    first = run_async(downloader.fetch(url, "p1", lambda *args: seen.append(args))).path
    second = run_async(downloader.fetch(url.replace("/p1/", "/p1x/"), "p1")).path
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
    for n in range(3):
        server.predictions.files[f"/files/p2-{n}/out-0.png"] = png_bytes(8, 8, seed=1)
    downloader = Downloader(tmp_path)
    url = f"{server.base_url}/files/p2-0/out-0.png"

    async def fetch_three():
        paths = [(await downloader.fetch(url.replace("p2-0", f"p2-{n}"), "p2")).path for n in range(3)]
        kept = downloader._http
        await downloader.close()
        return paths, kept

    paths, kept = run_async(fetch_three())
    assert len(set(paths)) == 3 and kept is not None and kept.is_closed
    assert downloader._http is None
    assert run_async(downloader.fetch(url, "p2b")).path.exists()  # a new loop gets a new client


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


def test_a_stem_from_the_caller_names_the_file_with_the_urls_extension(server, tmp_path):
    served = png_bytes(8, 8, seed=4)
    server.predictions.files["/files/p4/out-0.png"] = served
    server.predictions.files["/files/p4/out-1.png"] = served
    downloader = Downloader(tmp_path)
    url = f"{server.base_url}/files/p4/out-0.png"
    first = run_async(downloader.fetch(url, "p4", stem="a-lighthouse-at-dusk_sdxl_1"))
    again = run_async(downloader.fetch(url.replace("out-0", "out-1"), "p4", stem="a-lighthouse-at-dusk_sdxl_1"))
    assert first.path == tmp_path / "p4" / "a-lighthouse-at-dusk_sdxl_1.png" and first.media_type == "image/png"
    assert again.path.name == "a-lighthouse-at-dusk_sdxl_1 (2).png"  # unique in its folder
    assert first.path.read_bytes() == served == again.path.read_bytes()


def test_a_url_without_extension_takes_the_served_type(server, tmp_path):
    server.predictions.files["/files/p5/blob"] = b"RIFF....WAVE"
    server.predictions.content_types["/files/p5/blob"] = "audio/wav"
    got = run_async(Downloader(tmp_path).fetch(f"{server.base_url}/files/p5/blob", "p5", stem="hello_bark_1"))
    assert got.path.name == "hello_bark_1.wav" and got.media_type.startswith("audio/")
    assert sorted(p.name for p in (tmp_path / "p5").iterdir()) == [SOURCES, "hello_bark_1.wav"]  # nothing left over


def test_an_unsafe_stem_is_made_safe(server, tmp_path):
    server.predictions.files["/files/p6/out-0.png"] = png_bytes(4, 4, seed=5)
    url = f"{server.base_url}/files/p6/out-0.png"
    got = run_async(Downloader(tmp_path).fetch(url, "p6", stem="CON"))
    assert got.path.parent == tmp_path / "p6" and got.path.name.lower() != "con.png" and got.path.suffix == ".png"


def test_data_uris_take_a_stem_and_keep_the_old_call_form(tmp_path):
    import base64

    uri = "data:image/png;base64," + base64.b64encode(png_bytes(4, 4, seed=6)).decode()
    other = "data:image/png;base64," + base64.b64encode(png_bytes(4, 4, seed=7)).decode()
    downloader = Downloader(tmp_path)
    named = run_async(downloader.save_data_uri(uri, "p7", 0, stem="two-foxes_sdxl_1"))
    old = run_async(downloader.save_data_uri(other, "p7", 1))  # as account import calls it
    assert named.path.name == "two-foxes_sdxl_1.png" and old.path.name == "output-1.png"
    assert named.media_type == old.media_type == "image/png"


def test_names_from_urls_stay_within_255_bytes():
    name = safe_file_name("https://x.test/" + "%E6%BC%A2" * 120 + ".png")  # 120 CJK characters
    assert len(name.encode()) <= 255 - len(".part") and name.endswith(".png")


def test_renew_builds_a_new_client_and_close_closes_both(tmp_path):
    import asyncio

    from core.downloads import Downloader

    async def scenario() -> tuple[bool, bool, bool]:
        downloader = Downloader(tmp_path)
        first = await downloader._client()
        downloader.renew()
        second = await downloader._client()
        await downloader.close()
        return first is not second, first.is_closed, second.is_closed

    assert asyncio.run(scenario()) == (True, True, True)


# --- mutations that survived (code review §3.4) -------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("con.png", "_con.png"),
        ("CON.txt", "_CON.txt"),
        ("Nul.txt", "_Nul.txt"),
        ("COM1.json", "_COM1.json"),
        ("lpt9", "_lpt9"),
        ("LpT9.tar.gz", "_LpT9.tar.gz"),
        ("NUL.tar.gz", "_NUL.tar.gz"),
        ("con%20.txt", "_con.txt"),
        ("Aux.", "_Aux"),
        ("console.png", "console.png"),
    ],
)
def test_windows_device_names_are_escaped_whatever_their_case(name, expected):
    assert safe_file_name(f"https://x.test/files/{name}") == expected


@pytest.mark.parametrize("stem", ["con", "Nul", "COM1", "lpt9", "cOn.tar"])
def test_stems_given_by_the_caller_are_never_device_names(server, tmp_path, stem):
    server.predictions.files["/files/p9/out-0.json"] = b"{}"
    got = run_async(Downloader(tmp_path).fetch(f"{server.base_url}/files/p9/out-0.json", "p9", stem=stem))
    assert got.path.name.split(".")[0].strip().casefold() not in {"con", "nul", "com1", "lpt9"}
    assert got.path.name.startswith("_") and got.path.suffix == ".json"


@pytest.mark.parametrize("reserve", [False, True])
def test_a_third_file_of_one_name_gets_a_third_name(tmp_path, reserve):
    made = []
    for _ in range(4):
        path = unique_path(tmp_path, "out.png", reserve=reserve)
        path.write_bytes(str(len(made)).encode())
        made.append(path.name)
    assert made == ["out.png", "out (2).png", "out (3).png", "out (4).png"]
    assert [(tmp_path / name).read_bytes() for name in made] == [b"0", b"1", b"2", b"3"]  # none overwritten


def test_three_downloads_of_one_name_give_three_files(server, tmp_path):
    downloader = Downloader(tmp_path)
    for n in range(3):
        server.predictions.files[f"/files/q{n}/out-0.png"] = bytes([n]) * 10
    paths = [run_async(downloader.fetch(f"{server.base_url}/files/q{n}/out-0.png", "p10")).path for n in range(3)]
    assert [p.name for p in paths] == ["out-0.png", "out-0 (2).png", "out-0 (3).png"]
    assert [p.read_bytes() for p in paths] == [bytes([n]) * 10 for n in range(3)]
