"""Pure composition of help requests per format, parsing of the steps, nudges and emotions."""

from __future__ import annotations

from datetime import datetime
from typing import get_args

import msgspec
import pytest

from recovery_tui.core import help_requests as help_requests_core
from recovery_tui.core.emotions import FAMILIES, FamilyName, family_of, numbered, resolve_emotion
from recovery_tui.core.help_requests import FORMATS, REQUEST_KINDS, Composed, Draft, FollowUp, HelpRequest, compose
from recovery_tui.core.records import from_record, to_fields
from recovery_tui.errors import InvalidInput

NOW = datetime.fromisoformat("2026-11-20T20:00:00+00:00")
DRAFT = Draft(
    emotion="lonely",
    intensity=7,
    problem="friday nights alone I want to drink",
    since="my divorce in May",
    tried="walking and calling my sister",
    request="talk",
)


def test_forum_post_has_title_emotion_problem_and_request() -> None:
    out = compose(DRAFT, "forum")
    assert out.title == "Feeling lonely - need someone to talk to now"
    assert out.body == (
        "I'm feeling lonely right now (about 7 out of 10).\n\n"
        "Friday nights alone I want to drink. This has been going on since my divorce in May. "
        "What I've tried so far: walking and calling my sister.\n\n"
        "Is anyone around to talk right now?\n\n"
        "Thank you for reading."
    )
    assert out.text.startswith(out.title + "\n\n")


def test_short_text_to_sponsor_is_one_paragraph_without_title() -> None:
    out = compose(DRAFT, "text")
    assert out.title is None
    assert "\n" not in out.body
    assert out.body == (
        "Hi, it's me. I'm feeling lonely right now (7/10). Friday nights alone I want to drink. "
        "It's been going on since my divorce in May. I've tried walking and calling my sister. "
        "Could we talk now, by phone or message?"
    )


def test_chat_message_is_one_short_line() -> None:
    out = compose(DRAFT, "chat")
    assert out.title is None
    assert out.text == (
        "Feeling lonely right now (7/10). Friday nights alone I want to drink "
        "(since my divorce in May; tried walking and calling my sister). Is anyone free to talk right now?"
    )
    assert len(out.text) < len(compose(DRAFT, "text").text) < len(compose(DRAFT, "forum").text)


@pytest.mark.parametrize("fmt", ["forum", "text", "chat"])
@pytest.mark.parametrize("kind", ["advice", "talk", "checkin", "stories"])
def test_every_kind_in_every_format_names_emotion_problem_and_a_question(fmt: str, kind: str) -> None:
    draft = Draft("anxious", None, "I keep thinking about the bar next to work", request=kind)
    text = compose(draft, fmt).text
    assert "anxious" in text
    assert "I keep thinking about the bar next to work" in text
    assert "?" in text
    assert "/10" not in text and "out of 10" not in text  # no intensity given


def test_own_words_request_and_optional_parts_left_out() -> None:
    draft = Draft(
        "ashamed", None, "I drank at my sister's wedding.", request="own", request_text="can someone call me at 9"
    )
    for fmt in help_requests_core.FORMATS:
        text = compose(draft, fmt).text
        assert "Can someone call me at 9." in text
        assert "going on" not in text and "tried" not in text
    assert compose(draft, "forum").title == "Feeling ashamed - asking for help"


def test_composition_is_pure_and_deterministic() -> None:
    assert compose(DRAFT, "forum") == compose(DRAFT, "forum")


def test_placeholders_for_a_live_preview_of_an_empty_draft() -> None:
    text = compose(Draft(), "forum").text
    assert "[emotion]" in text and "[What is happening.]" in text
    own = compose(Draft(request="own"), "chat").text
    assert "[what would help]" in own


def test_unknown_format_is_refused() -> None:
    with pytest.raises(InvalidInput, match="format: use forum, text or chat"):
        compose(DRAFT, "email")


@pytest.mark.parametrize(
    ("since", "phrase"),
    [
        ("May", "since May"),
        ("3 days", "for 3 days"),
        ("two weeks", "for two weeks"),
        ("a month", "for a month"),
        ("since Monday", "since Monday"),
        ("for ages", "for ages"),
        ("yesterday", "since yesterday"),
        ("", ""),
    ],
)
def test_since_phrase(since: str, phrase: str) -> None:
    assert help_requests_core.since_phrase(since) == phrase


@pytest.mark.parametrize(
    ("typed", "kind", "words"),
    [
        ("advice", "advice", ""),
        ("Talk", "talk", ""),
        ("someone to talk to now", "talk", ""),
        ("check-in", "checkin", ""),
        ("3", "checkin", ""),
        ("stories", "stories", ""),
        ("Could someone walk with me tonight?", "own", "Could someone walk with me tonight?"),
    ],
)
def test_parse_request(typed: str, kind: str, words: str) -> None:
    assert help_requests_core.parse_request(typed) == (kind, words)


@pytest.mark.parametrize("typed", ["", "  ", "own", "5"])
def test_parse_request_refuses_empty_or_wordless_own(typed: str) -> None:
    with pytest.raises(InvalidInput, match="^request: "):
        help_requests_core.parse_request(typed)


@pytest.mark.parametrize("value", ["11", "-1", "x", 12])
def test_intensity_out_of_range(value: str | int) -> None:
    with pytest.raises(InvalidInput, match="intensity: use a whole number 0-10"):
        help_requests_core.parse_intensity(value)


def test_intensity_empty_is_none() -> None:
    assert help_requests_core.parse_intensity("") is None
    assert help_requests_core.parse_intensity(" 0 ") == 0


def test_check_draft_names_the_missing_step() -> None:
    with pytest.raises(InvalidInput, match="^emotion: "):
        help_requests_core.check_draft(Draft(problem="x y"))
    with pytest.raises(InvalidInput, match="^problem: "):
        help_requests_core.check_draft(Draft("sad", problem="   "))
    with pytest.raises(InvalidInput, match="^request: "):
        help_requests_core.check_draft(Draft("sad", problem="a b", request="own"))
    with pytest.raises(InvalidInput, match="^problem: keep it to 2000"):
        help_requests_core.check_draft(Draft("sad", problem="x" * 2001))


def test_check_draft_cleans_spaces_and_resolves_numbers() -> None:
    clean = help_requests_core.check_draft(
        Draft(" 5 ", None, "  cannot   sleep  ", request="advice", request_text="ignored")
    )
    assert clean.emotion == "anxious"
    assert clean.problem == "cannot sleep"
    assert clean.request_text == ""


@pytest.mark.parametrize("text", ["idk", "IDK", "I don't know", "bad", "meh."])
def test_vague_emotion_gets_a_nudge(text: str) -> None:
    nudge = help_requests_core.nudge_emotion(text)
    assert nudge is not None and "more exact word" in nudge


def test_specific_emotion_gets_no_nudge() -> None:
    assert help_requests_core.nudge_emotion("lonely") is None
    assert help_requests_core.nudge_emotion("") is None


@pytest.mark.parametrize("text", ["idk", "drinking", "  stuff ", "nothing"])
def test_vague_or_one_word_problem_gets_a_nudge(text: str) -> None:
    assert help_requests_core.nudge_problem(text) == help_requests_core.NUDGE_PROBLEM


def test_specific_problem_and_request_get_no_nudge() -> None:
    assert help_requests_core.nudge_problem("I want to drink after work") is None
    assert help_requests_core.nudge_request("advice", "") is None
    assert help_requests_core.nudge_request("own", "Can someone call me at 9?") is None
    assert help_requests_core.nudge_request("own", "help") == help_requests_core.NUDGE_REQUEST


def test_split_edited_forum_title_and_body() -> None:
    assert help_requests_core.split_edited("My title\n\nLine one.\nLine two.\n", "forum") == Composed(
        "My title", "Line one.\nLine two."
    )
    assert help_requests_core.split_edited("Just one paragraph.", "forum") == Composed(None, "Just one paragraph.")
    assert help_requests_core.split_edited("A\n\nB", "chat") == Composed(None, "A\n\nB")
    with pytest.raises(InvalidInput, match="^message: "):
        help_requests_core.split_edited("  \n ", "text")


def test_followup_parsing() -> None:
    f = help_requests_core.clean_followup("YES", "  Sam  ", "  called me ", NOW)
    assert f == FollowUp(NOW, True, "Sam", "called me")
    assert help_requests_core.clean_followup("n", "", None, NOW) == FollowUp(NOW, False, None, None)
    with pytest.raises(InvalidInput, match="helpful: answer yes or no"):
        help_requests_core.clean_followup("maybe", None, None, NOW)


def test_help_request_record_round_trip_and_helpers() -> None:
    request = HelpRequest.of(
        help_requests_core.check_draft(DRAFT),
        "text",
        compose(DRAFT, "text"),
        edited=False,
        followups=(
            FollowUp(NOW, False, "Kim", None),
            FollowUp(NOW, True, "Sam", "called"),
            FollowUp(NOW, True, "Sam", None),
        ),
    )
    fields = to_fields(request)
    assert fields["emotion_family"] == "lonely"
    assert fields["followups"][1] == {
        "at": "2026-11-20T20:00:00+00:00",
        "helpful": True,
        "from": "Sam",
        "note": "called",
    }
    back = from_record(HelpRequest, {"id": "abc", **fields})
    assert back == msgspec.structs.replace(request, id="abc")
    assert (back.draft, back.message) == (help_requests_core.check_draft(DRAFT), compose(DRAFT, "text"))
    assert back.got_help and back.helpers == ["Sam"]


def test_emotion_families_and_numbers() -> None:
    names = [f.name for f in FAMILIES]
    assert names == ["sad", "afraid", "angry", "ashamed", "lonely", "tired", "restless", "hopeful"]
    assert list(get_args(FamilyName)) == names  # the stored emotion_family's choices
    assert list(get_args(help_requests_core.Format)) == list(FORMATS)
    assert list(get_args(help_requests_core.RequestKind)) == list(REQUEST_KINDS)
    rows = numbered()
    assert rows[0] == (1, "sad", "sad")
    assert [n for n, _, _ in rows] == list(range(1, len(rows) + 1))
    assert family_of("Anxious") == "afraid" and family_of("afraid") == "afraid" and family_of("like glass") is None
    assert resolve_emotion("17") == "lonely"
    assert resolve_emotion("  like a  failure ") == "like a failure"
    with pytest.raises(InvalidInput, match=f"emotion: pick a number from 1 to {len(rows)}"):
        resolve_emotion("99")
    with pytest.raises(InvalidInput, match="^emotion: "):
        resolve_emotion(" ")


def test_an_unsure_emotion_is_phrased_kindly() -> None:
    out = compose(Draft("idk", 8, "I relapsed last night", request="stories"), "forum")
    assert out.title == "Not sure what I'm feeling - has anyone faced the same?"
    assert out.body.startswith("I'm not sure what I'm feeling right now (about 8 out of 10).")
    assert compose(Draft("dunno", None, "x y"), "chat").text.startswith("Not sure what I'm feeling right now. X y.")
    assert compose(Draft("?", None, "x y"), "text").text.startswith(
        "Hi, it's me. I'm not sure what I'm feeling right now."
    )
