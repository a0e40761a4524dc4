"""Output file names from the prompt and the model (issue 12): what they say, and that every OS
takes them."""

from __future__ import annotations

import pytest

from core.model_ref import ModelRef
from core.output_names import (
    NAME_BYTES,
    extension_of,
    model_part,
    output_file_name,
    output_stem,
    safe_name,
    slug,
)


def test_the_example_of_the_issue():
    name = output_file_name("A lighthouse at dusk, oil painting", "stability-ai/sdxl", 1, "https://x.test/out-0.png")
    assert name == "a-lighthouse-at-dusk-oil-painting_sdxl_1.png"


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("  Hello,   WORLD!! ", "hello-world"),
        ("Ça va? Größe: ñandú", "ça-va-größe-ñandú"),  # letters of any script stay
        ("../../etc/passwd\x00", "etc-passwd"),
        ('a<b>c:d"e/f\\g|h?i*j', "a-b-c-d-e-f-g-h-i-j"),
        ("emoji 🚀 rocket", "emoji-rocket"),
        ("ＦＵＬＬ width", "full-width"),  # NFKC
        ("", ""),
        ("!!!", ""),
    ],
)
def test_slug_keeps_words_and_drops_the_rest(prompt, expected):
    assert slug(prompt) == expected


def test_slug_is_cut_at_a_word_within_forty_characters():
    words = "the quick brown fox jumps over the lazy dog and runs away"
    cut = slug(words)
    assert cut == "the-quick-brown-fox-jumps-over-the-lazy"
    assert len(cut) <= 40 and words.replace(" ", "-").startswith(cut)
    assert slug("x" * 100) == "x" * 40  # one long word: cut itself


@pytest.mark.parametrize(
    "model, expected",
    [
        ("stability-ai/sdxl", "sdxl"),
        ("stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b", "sdxl"),
        ("deployments/me/my_sdxl", "my-sdxl"),
        ("black-forest-labs/flux-1.1-pro", "flux-1-1-pro"),
        ("", ""),
    ],
)
def test_the_model_part_is_its_name(model, expected):
    assert model_part(model) == expected


def test_index_and_missing_parts():
    assert output_stem("two foxes", "stability-ai/sdxl", 2) == "two-foxes_sdxl_2"
    assert output_stem("", "nightmareai/real-esrgan", 1) == "real-esrgan_1"
    assert output_stem("   ", "", 3) == "output_3"


@pytest.mark.parametrize("reserved", ["con", "CON", "Con", "nul", "aux", "prn", "com1", "LPT9", "conin$"])
def test_reserved_device_names_are_never_produced(reserved):
    for name in (reserved, f"{reserved}.png", f"{reserved}.tar.gz", f"{reserved} .txt"):
        made = safe_name(name)
        assert made.split(".")[0].strip().casefold() != reserved.casefold(), made
    assert safe_name(f"{reserved}.png").endswith(".png")
    assert safe_name("console.png") == "console.png"  # only the device names themselves


def test_a_long_cjk_prompt_stays_within_255_bytes():
    prompt = "夕暮れの灯台と荒れた海を描いた油絵、遠くに船が見え、空は燃えるような赤とオレンジに染まっている" * 4
    name = output_file_name(prompt, "stability-ai/sdxl", 12, "https://x.test/a.webp")
    assert len(name.encode()) <= NAME_BYTES < 255
    assert name.startswith("夕暮れの灯台") and name.endswith("_sdxl_12.webp")
    worst = safe_name("漢" * 300 + ".png")  # a name made elsewhere: cut by bytes, never mid-character
    assert len(worst.encode()) <= NAME_BYTES and worst.endswith(".png") and set(worst[:-4]) == {"漢"}


@pytest.mark.parametrize(
    "url, media_type, expected",
    [
        ("https://x.test/files/out-0.PNG", None, ".png"),
        ("https://x.test/files/out-0.webp?sig=abc#x", "image/png", ".webp"),  # the URL first
        ("https://x.test/files/output", "image/jpeg", ".jpg"),
        ("https://x.test/files/output", "audio/wav", ".wav"),
        ("data:image/png;base64,AAAA", "image/png", ".png"),
        ("https://x.test/files/.hidden", None, ""),
        ("https://x.test/files/output", "application/octet-stream", ""),
        (None, None, ""),
    ],
)
def test_extension_from_the_url_or_the_media_type(url, media_type, expected):
    assert extension_of(url, media_type) == expected


def test_no_extension_known_gives_bin():
    assert output_file_name("a cat", "owner/model", 1, "https://x.test/blob") == "a-cat_model_1.bin"


# --- a real run names its files so -----------------------------------------------------------


def test_a_real_sdxl_run_saves_files_named_after_the_prompt_and_model(server, token, tmp_path):
    from core.run_events import FileReady, RunStatus
    from tests.conftest import run_async
    from tests.core.test_runner import run_model

    prompt = "A lighthouse at dusk, oil painting"
    run, updates = run_async(
        run_model(server, token, tmp_path, "stability-ai/sdxl", prompt, num_outputs=2, width=64, height=64)
    )
    assert updates[-1].status is RunStatus.SUCCEEDED
    paths = [u.path for u in updates if isinstance(u, FileReady)]
    assert [p.name for p in paths] == [
        "a-lighthouse-at-dusk-oil-painting_sdxl_1.png",
        "a-lighthouse-at-dusk-oil-painting_sdxl_2.png",
    ]
    assert all(p.parent == tmp_path / run.prediction_id for p in paths)  # the run's folder, as before
    for index, path in enumerate(paths):  # each the file served, in order
        assert path.read_bytes() == server.predictions.files[f"/files/{run.prediction_id}/out-{index}.png"]


def test_the_users_words_name_the_files_over_the_prompt_input(server, token, tmp_path):
    """A conversation's prompt input holds the whole transcript: the run is given the user's own words."""
    from core.downloads import Downloader
    from core.run_events import FileReady
    from core.runner import Run
    from tests.conftest import run_async
    from tests.core.test_runner import inputs, make_service

    async def go():
        service = make_service(server, token)
        info = await service.model(ModelRef.parse("stability-ai/sdxl"))
        checked = inputs(info, "User: earlier turn\nAssistant: ok\nUser: a red bicycle", width=64, height=64)
        run = Run(service, Downloader(tmp_path), info, checked, prompt="a red bicycle")
        return [u async for u in run.updates() if isinstance(u, FileReady)]

    files = run_async(go())
    assert [f.path.name for f in files] == ["a-red-bicycle_sdxl_1.png"]
