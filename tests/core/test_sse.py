from core.sse import Decoder, Event


def feed(text: str) -> list[Event]:
    decoder = Decoder()
    return [e for line in text.split("\n") if (e := decoder.feed(line)) is not None]


def test_multi_line_data_and_ids():
    events = feed("event: output\nid: 1\ndata: a\ndata: \ndata: b\n\nevent: done\nid: 2\ndata: {}\n\n")
    assert events == [Event("output", "a\n\nb", "1"), Event("done", "{}", "2")]


def test_events_without_id_and_unknown_names_are_kept_and_comments_skipped():
    events = feed(": keep-alive\n\nevent: metric\ndata: 5\n\ndata:no space\n\n")
    assert events == [Event("metric", "5"), Event("message", "no space")]
