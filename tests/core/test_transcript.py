"""Text found inside models' JSON outputs, and written as .txt and .srt."""

import json
from pathlib import Path

import pytest

from core.transcript import Segment, Transcript, find_transcript, join_segments, srt_time, to_srt, to_txt

MODELS = Path(__file__).resolve().parents[1] / "local_replicate" / "models.json"


def example_output(slug: str):
    """The output of a public model's example, as Replicate recorded it."""
    owner, name = slug.split("/")
    for model in json.loads(MODELS.read_text()):
        if (model["owner"], model["name"]) == (owner, name):
            return model["default_example"]["output"]
    raise LookupError(slug)


def test_openai_whisper_output_is_a_timed_transcript():
    output = example_output("openai/whisper")
    found = find_transcript(output)
    assert found is not None and found.kind == "transcript" and found.timed
    assert found.text == output["transcription"].strip()
    assert found.text.startswith("the little tales they tell are false")
    assert [s.start for s in found.segments] == [0, 18.6, 31.840000000000003, 45.2, 48.6]
    srt = to_srt(found.segments)
    assert srt.startswith("1\n00:00:00,000 --> 00:00:18,600\nthe little tales they tell are false the door was barred")
    assert "\n\n2\n00:00:18,600 --> 00:00:31,840\nthe kite dipped" in srt
    assert srt.rstrip().endswith("5\n00:00:48,600 --> 00:00:52,380\nthe beetle droned in the hot june sun")
    assert srt.count(" --> ") == 5


def test_exact_srt_of_a_small_whisper_shaped_output():
    output = {
        "detected_language": "english",
        "segments": [
            {"id": 0, "start": 0, "end": 2.5, "text": " Hello there.", "tokens": [1, 2]},
            {"id": 1, "start": 2.5, "end": 3661.25, "text": " Two\nlines. "},
        ],
        "transcription": " Hello there. Two lines.",
        "translation": None,
    }
    found = find_transcript(output)
    assert found == Transcript(
        "Hello there. Two lines.",
        "transcript",
        [Segment(" Hello there.", 0.0, 2.5), Segment(" Two\nlines. ", 2.5, 3661.25)],
    )
    assert to_srt(found.segments) == (
        "1\n00:00:00,000 --> 00:00:02,500\nHello there.\n\n2\n00:00:02,500 --> 01:01:01,250\nTwo\nlines.\n"
    )
    assert to_txt(found) == "Hello there. Two lines.\n"


def test_chunks_with_timestamps_and_an_open_end():
    output = {
        "chunks": [{"text": " one", "timestamp": [0, 1.5]}, {"text": " two", "timestamp": [1.5, None]}],
        "text": " one two",
    }
    found = find_transcript(output)
    assert found is not None and found.kind == "transcript" and found.text == "one two"
    assert to_srt(found.segments).endswith("2\n00:00:01,500 --> 00:00:03,500\ntwo\n")  # 2 s when nothing follows


def test_segments_alone_are_joined_and_words_get_spaces():
    whisperx = example_output("victor-upmeet/whisperx")
    found = find_transcript(whisperx)
    assert found is not None and found.timed and found.text.startswith("The little tales")
    assert "aloft" in found.text and "June sun." in found.text
    words = example_output("quinten-kamphuis/forced-alignment")
    found = find_transcript(words)
    assert found is not None and found.text.startswith("The whole city burned to")
    assert join_segments([Segment("東京"), Segment("です")]) == "東京です"


def test_captions_and_text_objects():
    blip = find_transcript(example_output("salesforce/blip"))
    assert blip is not None and blip.text == "Caption: a woman sitting on the beach with a dog" and not blip.timed
    assert blip.kind == "caption"
    assert find_transcript({"caption": "a cat"}) == Transcript("a cat", "caption")
    assert find_transcript({"text": "  hi  "}) == Transcript("hi", "text")
    found = find_transcript({"transcription": "hola", "translation": "hello"})
    assert found is not None and to_txt(found) == "hola\n\nhello\n"


@pytest.mark.parametrize(
    "slug",
    [
        "mark3labs/embeddings-gte-base",  # {"text": input echoed, "vectors": [...]}
        "yorickvp/jina-embeddings-v2-base-en",
        "riffusion/riffusion",
        "pengdaqian2020/image-tagger",
        "m1guelpf/nsfw-filter",
        "andreasjansson/clip-features",
    ],
)
def test_outputs_without_text_to_read_are_left_to_the_tree(slug):
    assert find_transcript(example_output(slug)) is None


@pytest.mark.parametrize("value", [None, 3, "text", [], {}, ["a", "b"], {"text": ""}, {"segments": [{"start": 1}]}])
def test_other_values_hold_no_transcript(value):
    assert find_transcript(value) is None


def test_srt_time():
    assert srt_time(0) == "00:00:00,000"
    assert srt_time(59.9996) == "00:01:00,000"
    assert srt_time(3723.004) == "01:02:03,004"
    assert srt_time(-1) == "00:00:00,000"


def test_times_no_float_can_hold_are_left_out_not_a_crash():
    from core.transcript import find_transcript

    found = find_transcript({"text": "a b", "segments": [{"text": "a b", "start": 10**400, "end": 2**1024 - 1}]})
    assert found is not None and found.text.strip() == "a b"
    assert found.segments[0].start is None and found.segments[0].end is None
