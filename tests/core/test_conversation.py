"""Follow-ups carry the earlier turns in the form each model takes them, checked on what the
local server received over real HTTP."""

import json

import pytest

from core.conversation import LLAMA3_TEMPLATE, ChatFormat, ChatStyle, Turn, chat_style, conversation_inputs
from core.input_values import FormValues
from core.model_ref import ModelRef
from core.run_manager import RunManager, RunRequest
from core.runner import prepare_input
from tests.conftest import run_async
from tests.helpers.run_manager import Events, session_for, wait_ended

CHATML = "<|im_start|>system\n{system_prompt}<|im_end|>\n<|im_start|>user\n{prompt}<|im_end|>\n<|im_start|>assistant\n"


def test_a_chat_template_is_cut_around_its_user_turn():
    llama = ChatFormat.parse(LLAMA3_TEMPLATE)
    assert llama is not None
    built = llama.with_turns([Turn("What is {x}?", "It is 1."), Turn("And y?", "2.")])
    assert built.count("{prompt}") == 1 and built.count("{system_prompt}") == 1
    assert built.format(system_prompt="Be brief", prompt="And z?") == (
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nWhat is {x}?<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\nIt is 1.<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nAnd y?<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\n2.<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nAnd z?<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\n"
    )
    chatml = ChatFormat.parse(CHATML)
    assert chatml is not None
    assert chatml.with_turns([Turn("q", "a")]).format(system_prompt="s", prompt="next") == (
        "<|im_start|>system\ns<|im_end|>\n<|im_start|>user\nq<|im_end|>\n<|im_start|>assistant\na<|im_end|>\n"
        "<|im_start|>user\nnext<|im_end|>\n<|im_start|>assistant\n"
    )
    assert ChatFormat.parse("{prompt}") is None and ChatFormat.parse("no placeholder") is None


async def follow_up(server, token, tmp_path, model: str, turns: list[Turn], question: str):
    """Send one turn through the run manager; return the input the server received."""
    session = session_for(server, token, tmp_path)
    info = await session.replicate.model(ModelRef.parse(model))
    form = FormValues(info.fields)
    form.set(info.field("max_tokens") and "max_tokens" or "max_new_tokens", 12)
    checked = prepare_input(info, form, question)
    checked.json = conversation_inputs(info, checked.json, question, turns)
    manager, events = RunManager(session), Events()
    manager.subscribe(events)
    live = await manager.submit(RunRequest(info, checked, question))
    await wait_ended(events, 1)
    received = server.predictions.get(live.record.prediction_id).input
    answer = events.text(live)
    await session.history.close()
    return info, received, answer


@pytest.mark.parametrize("earlier", [[], [Turn("What is a llama?", "A South American camelid.")]])
def test_a_llama_3_follow_up_carries_the_earlier_turns_in_its_chat_format(server, token, tmp_path, earlier):
    info, received, answer = run_async(
        follow_up(server, token, tmp_path, "meta/meta-llama-3-8b-instruct", earlier, "How tall are they?")
    )
    assert chat_style(info) is ChatStyle.TEMPLATE
    assert received["prompt"] == "How tall are they?" and answer.startswith("You asked: How tall are they?")
    if earlier:
        template = received["prompt_template"]
        assert "What is a llama?" in template and "A South American camelid." in template
        assert template.endswith("{prompt}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n")
    else:
        assert received["prompt_template"] == "{prompt}"  # a new conversation: the model's own default


@pytest.mark.parametrize("earlier", [[], [Turn("Write hello in Rust", 'fn main() { println!("hello"); }')]])
def test_a_messages_model_gets_the_whole_conversation_as_messages(server, token, tmp_path, earlier):
    info, received, answer = run_async(
        follow_up(server, token, tmp_path, "kcaverly/deepseek-coder-6.7b-instruct", earlier, "Now in Go")
    )
    assert chat_style(info) is ChatStyle.MESSAGES
    sent = json.loads(received["messages"])  # this model takes them as a JSON string
    expected = [
        m
        for t in earlier
        for m in ({"role": "user", "content": t.question}, {"role": "assistant", "content": t.answer})
    ]
    assert sent == [*expected, {"role": "user", "content": "Now in Go"}]
    assert answer.startswith("You asked: Now in Go")


def test_a_model_with_no_chat_format_gets_a_transcript(server, token, tmp_path):
    info, received, _ = run_async(
        follow_up(server, token, tmp_path, "meta/meta-llama-3-8b", [Turn("Hi", "Hello!")], "How are you?")
    )
    assert chat_style(info) is ChatStyle.TRANSCRIPT
    assert received["prompt"] == "User: Hi\nAssistant: Hello!\n\nUser: How are you?\nAssistant:"


def test_models_that_do_not_stream_text_have_no_conversation(server, token, tmp_path):
    async def scenario():
        session = session_for(server, token, tmp_path)
        return await session.replicate.model(ModelRef.parse("stability-ai/sdxl"))

    info = run_async(scenario())
    assert chat_style(info) is None
    assert conversation_inputs(info, {"prompt": "x"}, "x", [Turn("a", "b")]) == {"prompt": "x"}
