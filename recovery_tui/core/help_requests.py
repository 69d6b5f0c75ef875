"""The 3-step help-request composer: pure composition of a message per format, and nudges.

Research on online recovery forums: naming the emotion draws the most replies, and a specific
problem with a clear request draws useful advice. A `Draft` holds the three steps (emotion with
an optional intensity; the problem with since-when and what was tried; the request) and
`compose(draft, fmt)` turns it into a message for a forum post (with a title), a short text to a
sponsor, or a chat message. Only what the person typed into the draft appears in the message:
no counters, contacts or journal text are ever read here. A saved `HelpRequest` is declared
flat, as it is stored (`HelpRequest.of` builds one from a draft and its message); its `draft`
and `message` properties give the two parts back.

Empty steps render as [bracketed] placeholders so the dashboard can show a live preview while
the person is still typing; `check_draft` refuses an incomplete draft before anything is saved.
Vague answers ("idk", one word for the problem) get one gentle nudge (`nudge_*`), never a block.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal, cast

import msgspec
from msgspec import UNSET, UnsetType
from msgspec.structs import replace

from recovery_tui import messages
from recovery_tui.core.emotions import EMOTION_MAX, FamilyName, family_of, resolve_emotion
from recovery_tui.core.records import CreatedAt, Moment, RecordId, UpdatedAt
from recovery_tui.errors import InvalidInput

FORMATS: dict[str, str] = {
    "forum": "forum post (with a title)",
    "text": "short text to a sponsor",
    "chat": "chat message",
}
DEFAULT_FORMAT = "forum"

REQUEST_KINDS: dict[str, str] = {
    "advice": "advice",
    "talk": "someone to talk to now",
    "checkin": "a check-in tomorrow",
    "stories": "stories from people who faced the same",
    "own": "in my own words",
}
_REQUEST_ALIASES = {
    "advice": "advice",
    "talk": "talk",
    "talk now": "talk",
    "someone to talk to": "talk",
    "someone to talk to now": "talk",
    "checkin": "checkin",
    "check-in": "checkin",
    "check in": "checkin",
    "a check-in tomorrow": "checkin",
    "check-in tomorrow": "checkin",
    "stories": "stories",
}

PROBLEM_MAX = 2000
SHORT_MAX = 300
REQUEST_TEXT_MAX = 1000
TITLE_MAX = 500
BODY_MAX = 20000
FROM_MAX = 60
NOTE_MAX = 2000

STEP_HINTS: tuple[tuple[str, str, str], ...] = (
    (
        "Name the emotion",
        "Naming how you feel draws the most replies. Pick a word or type your own; add how strong, 0-10.",
        "Example: lonely, 7",
    ),
    (
        "Specify the problem",
        "Say what is happening, since when, and what you tried. Specific problems draw useful answers.",
        "Example: Friday nights alone I want to drink; since my divorce in May; I tried walking.",
    ),
    (
        "Make a clear request",
        "Say what would help: advice, someone to talk to now, a check-in tomorrow, stories, or your words.",
        "Example: someone to talk to now",
    ),
)

_VAGUE = {
    "idk",
    "i dont know",
    "i don't know",
    "dont know",
    "don't know",
    "dunno",
    "not sure",
    "no idea",
    "nothing",
    "whatever",
    "meh",
    "bad",
    "not good",
    "fine",
    "ok",
    "okay",
    "off",
    "weird",
    "stuff",
    "things",
    "everything",
    "help",
    "?",
    "-",
    "...",
    "n/a",
    "na",
}

NUDGE_EMOTION = (
    "'{text}' is a start. A more exact word (sad, anxious, ashamed, lonely, tired...) helps people answer you."
)
NUDGE_PROBLEM = "A few more words help people give useful answers: what is happening, since when, what you tried."
NUDGE_REQUEST = "Saying exactly what would help (advice, a call now, a check-in tomorrow) makes it easy to say yes."


class Draft(msgspec.Struct, frozen=True):
    """The three steps as typed. Empty strings mean "not answered yet"."""

    emotion: str = ""
    intensity: int | None = None
    problem: str = ""
    since: str = ""
    tried: str = ""
    request: str = "advice"
    request_text: str = ""


class Composed(msgspec.Struct, frozen=True):
    """A composed message: a title (forum posts only) and the body."""

    title: str | None
    body: str

    @property
    def text(self) -> str:
        """The whole message as it is pasted: the title line, a blank line, the body."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body


class FollowUp(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Who answered a request and whether it helped (recording it is part of the method)."""

    at: Annotated[Moment, msgspec.Meta(description="When the answer came.")]
    helpful: Annotated[bool, msgspec.Meta(description="Whether it helped.")]
    from_name: Annotated[
        Annotated[str, msgspec.Meta(max_length=FROM_MAX)] | None, msgspec.Meta(description="Who answered.")
    ] = msgspec.field(name="from")
    note: Annotated[Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None, msgspec.Meta(description="A note.")]


Format = Literal["forum", "text", "chat"]  # the keys of FORMATS
RequestKind = Literal["advice", "talk", "checkin", "stories", "own"]  # the keys of REQUEST_KINDS


class HelpRequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A message composed with the 3-step rule (name the emotion, specify the problem, make a
    clear request), the format it was saved in, and its follow-ups. `title` and `body` are the
    message as saved (edited by the person when `edited` is true); the step fields are kept so
    the request can be recomposed. Follow-ups live inside the record (they are always read with
    their request): who answered, whether it helped, a note."""

    id: RecordId
    emotion: Annotated[
        str, msgspec.Meta(min_length=1, max_length=EMOTION_MAX, description="Step 1: the emotion, as named.")
    ]
    emotion_family: Annotated[
        FamilyName | None, msgspec.Meta(description="The family of a known emotion word (derived when saved).")
    ]
    intensity: Annotated[
        Annotated[int, msgspec.Meta(ge=0, le=10)] | None, msgspec.Meta(description="How strong the emotion is, 0-10.")
    ]
    problem: Annotated[
        str, msgspec.Meta(min_length=1, max_length=PROBLEM_MAX, description="Step 2: what is happening.")
    ]
    since: Annotated[
        Annotated[str, msgspec.Meta(max_length=SHORT_MAX)] | None,
        msgspec.Meta(description="Since when it has been going on."),
    ]
    tried: Annotated[
        Annotated[str, msgspec.Meta(max_length=SHORT_MAX)] | None, msgspec.Meta(description="What was tried so far.")
    ]
    request: Annotated[RequestKind, msgspec.Meta(description="Step 3: what would help (`own`: in own words).")]
    request_text: Annotated[
        Annotated[str, msgspec.Meta(max_length=REQUEST_TEXT_MAX)] | None,
        msgspec.Meta(description="The request in the person's own words (request `own`)."),
    ]
    format: Annotated[Format, msgspec.Meta(description="What the message was composed for.")]
    title: Annotated[
        Annotated[str, msgspec.Meta(max_length=TITLE_MAX)] | None,
        msgspec.Meta(description="The title of a forum post, as saved."),
    ]
    body: Annotated[str, msgspec.Meta(min_length=1, max_length=BODY_MAX, description="The message as saved.")]
    edited: Annotated[bool, msgspec.Meta(description="The person edited the composed message.")]
    followups: Annotated[
        tuple[FollowUp, ...], msgspec.Meta(description="Who answered and whether it helped, oldest first.")
    ] = ()
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET

    @classmethod
    def of(
        cls, draft: Draft, fmt: str, message: Composed, *, edited: bool, followups: tuple[FollowUp, ...] = ()
    ) -> HelpRequest:
        """A request to save (no id yet): a checked `draft`, composed as `message` in `fmt`."""
        return cls(
            id="",
            emotion=draft.emotion,
            emotion_family=family_of(draft.emotion),
            intensity=draft.intensity,
            problem=draft.problem,
            since=draft.since or None,
            tried=draft.tried or None,
            request=cast(RequestKind, draft.request),  # check_draft allows only these
            request_text=draft.request_text or None,
            format=cast(Format, fmt),  # check_format allows only these
            title=message.title,
            body=message.body,
            edited=edited,
            followups=followups,
        )

    @property
    def draft(self) -> Draft:
        """The three steps as they were saved (unanswered ones as "")."""
        return Draft(
            self.emotion,
            self.intensity,
            self.problem,
            self.since or "",
            self.tried or "",
            self.request,
            self.request_text or "",
        )

    @property
    def message(self) -> Composed:
        """The message as saved."""
        return Composed(self.title, self.body)

    @property
    def got_help(self) -> bool:
        """True when at least one follow-up says it helped."""
        return any(f.helpful for f in self.followups)

    @property
    def helpers(self) -> list[str]:
        """Names of the people whose answers helped, in order, without repeats."""
        names: list[str] = []
        for f in self.followups:
            if f.helpful and f.from_name and f.from_name not in names:
                names.append(f.from_name)
        return names


# -- parsing and validation ---------------------------------------------------------------
def _squash(text: str) -> str:
    return " ".join(text.split())


def parse_request(text: str, *, field: str = "request") -> tuple[str, str]:
    """A request kind and own words from what was typed.

    A kind keyword (advice, talk, checkin, stories, or a label such as "someone to talk to now")
    or its number 1-4 gives that kind; a number 5 or "own" alone asks for words; anything else
    is the person's own words.

    Returns:
        (kind, own_words); own_words is "" unless kind is "own".
    """
    cleaned = _squash(text)
    if not cleaned:
        raise InvalidInput(field, messages.REQUEST_KIND)
    kinds = list(REQUEST_KINDS)
    if cleaned.isdigit() and 1 <= int(cleaned) <= len(kinds) - 1:
        return kinds[int(cleaned) - 1], ""
    key = cleaned.casefold()
    if key in _REQUEST_ALIASES:
        return _REQUEST_ALIASES[key], ""
    if key in {"own", "5", "in my own words"}:
        raise InvalidInput(field, messages.REQUEST_OWN_WORDS)
    if len(cleaned) > REQUEST_TEXT_MAX:
        raise InvalidInput(field, messages.too_long(REQUEST_TEXT_MAX))
    return "own", cleaned


def parse_intensity(value: str | int | None, *, field: str = "intensity") -> int | None:
    """An intensity 0-10, or None when not given (empty text)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= 10:
        raise InvalidInput(field, messages.INTENSITY_OPTIONAL)
    return number


def check_draft(draft: Draft) -> Draft:
    """A complete, cleaned draft ready to save.

    Raises:
        InvalidInput: naming the first missing or invalid step (--emotion, --problem, --request).
    """
    emotion = resolve_emotion(draft.emotion)
    intensity = parse_intensity(draft.intensity)
    problem = _squash(draft.problem)
    if not problem:
        raise InvalidInput("problem", messages.PROBLEM)
    if len(problem) > PROBLEM_MAX:
        raise InvalidInput("problem", messages.too_long(PROBLEM_MAX))
    since, tried = _squash(draft.since), _squash(draft.tried)
    for name, value in (("since", since), ("tried", tried)):
        if len(value) > SHORT_MAX:
            raise InvalidInput(name, messages.too_long(SHORT_MAX))
    if draft.request not in REQUEST_KINDS:
        raise InvalidInput("request", messages.REQUEST_KINDS)
    request_text = _squash(draft.request_text)
    if draft.request == "own" and not request_text:
        raise InvalidInput("request", messages.REQUEST_OWN_WORDS)
    if len(request_text) > REQUEST_TEXT_MAX:
        raise InvalidInput("request", messages.too_long(REQUEST_TEXT_MAX))
    return Draft(
        emotion, intensity, problem, since, tried, draft.request, request_text if draft.request == "own" else ""
    )


def check_format(fmt: str, *, field: str = "format") -> str:
    """A known format name (forum, text, chat)."""
    key = fmt.strip().lower()
    if key not in FORMATS:
        raise InvalidInput(field, messages.MESSAGE_FORMAT)
    return key


# -- nudges -------------------------------------------------------------------------------
def _is_vague(text: str) -> bool:
    key = _squash(text).casefold().strip(" .!")
    return not key or key in _VAGUE


def nudge_emotion(text: str) -> str | None:
    """A gentle nudge when the emotion is vague ("bad", "idk"), else None."""
    if _is_vague(text) and text.strip():
        return NUDGE_EMOTION.format(text=_squash(text))
    return None


def nudge_problem(text: str) -> str | None:
    """A gentle nudge when the problem is vague or a single word, else None."""
    words = _squash(text).split()
    if _is_vague(text) or len(words) < 2:
        return NUDGE_PROBLEM
    return None


def nudge_request(kind: str, text: str) -> str | None:
    """A gentle nudge when own words for the request are vague ("idk", "help"), else None."""
    if kind == "own" and _is_vague(text):
        return NUDGE_REQUEST
    return None


# -- composition --------------------------------------------------------------------------
_UNSURE = {"idk", "i dont know", "i don't know", "dont know", "don't know", "dunno", "not sure", "no idea"}
_NUMBER_WORDS = {
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "few", "several", "couple", "many", "some",
}  # fmt: skip
_SINCE_KEEP = ("since ", "for ", "about ", "around ", "over ", "ever since", "all ", "the last ", "the past ")


def since_phrase(since: str) -> str:
    """How long it has been going on, as a phrase after "going on": "since May", "for 3 days"."""
    text = _squash(since).rstrip(".")
    low = text.casefold()
    if not text:
        return ""
    if low.startswith(_SINCE_KEEP):
        return text
    if low.endswith(" ago"):
        return f"since {text}"
    first = low.split()[0]
    if first[0].isdigit() or first in _NUMBER_WORDS:
        return f"for {text}"
    return f"since {text}"


def _sentence(text: str) -> str:
    text = _squash(text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if re.search(r"[.!?…)\"']$", text) else text + "."


def _request_line(draft: Draft, fmt: str) -> str:
    if draft.request == "own":
        return _sentence(draft.request_text) if draft.request_text.strip() else "[what would help]"
    lines = {
        "advice": {
            "forum": "I'd be grateful for advice: what has helped you in a moment like this?",
            "text": "Could you give me some advice?",
            "chat": "Any advice?",
        },
        "talk": {
            "forum": "Is anyone around to talk right now?",
            "text": "Could we talk now, by phone or message?",
            "chat": "Is anyone free to talk right now?",
        },
        "checkin": {
            "forum": "Would someone check in with me tomorrow?",
            "text": "Could you check in with me tomorrow?",
            "chat": "Could someone check in on me tomorrow?",
        },
        "stories": {
            "forum": "Has anyone faced the same? I'd like to hear how you got through it.",
            "text": "Have you been through something like this? How did you get through it?",
            "chat": "Has anyone been through this? How did you get through it?",
        },
    }
    return lines.get(draft.request, lines["advice"])[fmt]


_TITLE_TAILS = {
    "advice": "looking for advice",
    "talk": "need someone to talk to now",
    "checkin": "could someone check in tomorrow?",
    "stories": "has anyone faced the same?",
    "own": "asking for help",
}


def compose(draft: Draft, fmt: str = DEFAULT_FORMAT) -> Composed:
    """The message for `draft` in format `fmt` (forum, text or chat).

    Pure: the same draft and format always give the same text. Unanswered steps show as
    [placeholders] so a live preview reads well while the person types.
    """
    fmt = check_format(fmt)
    emotion = _squash(draft.emotion) or "[emotion]"
    feeling = f"feeling {emotion}"
    if _squash(draft.emotion).casefold().strip(" .!?") in _UNSURE or _squash(draft.emotion) == "?":
        feeling = "not sure what I'm feeling"
    heading = feeling[0].upper() + feeling[1:]
    strength = draft.intensity
    problem = _sentence(draft.problem) or "[What is happening.]"
    since = since_phrase(draft.since)
    tried = _squash(draft.tried).rstrip(".")
    ask = _request_line(draft, fmt)

    if fmt == "forum":
        opening = f"I'm {feeling} right now" + (f" (about {strength} out of 10)." if strength is not None else ".")
        context = problem
        if since:
            context += f" This has been going on {since}."
        if tried:
            context += f" What I've tried so far: {tried}."
        title = f"{heading} - {_TITLE_TAILS.get(draft.request, 'asking for help')}"
        body = "\n\n".join([opening, context, ask, "Thank you for reading."])
        return Composed(title, body)

    if fmt == "text":
        parts = [f"Hi, it's me. I'm {feeling} right now" + (f" ({strength}/10)." if strength is not None else ".")]
        parts.append(problem)
        if since:
            parts.append(f"It's been going on {since}.")
        if tried:
            parts.append(f"I've tried {tried}.")
        parts.append(ask)
        return Composed(None, " ".join(parts))

    head = f"{heading} right now" + (f" ({strength}/10)." if strength is not None else ".")
    extra = "; ".join(p for p in (since, f"tried {tried}" if tried else "") if p)
    if extra:
        problem = problem[:-1] + f" ({extra})." if problem.endswith(".") else problem + f" ({extra})"
    return Composed(None, " ".join([head, problem, ask]))


def split_edited(text: str, fmt: str) -> Composed:
    """Read back a message the person edited: for a forum post, a first line followed by a
    blank line is the title; everything else is the body.

    Raises:
        InvalidInput: the edited message is empty.
    """
    cleaned = text.strip()
    if not cleaned:
        raise InvalidInput("message", messages.MESSAGE_EMPTY)
    if fmt == "forum":
        first, sep, rest = cleaned.partition("\n\n")
        if sep and "\n" not in first.strip() and rest.strip():
            return Composed(first.strip(), rest.strip())
    return Composed(None, cleaned)


def with_followup(request: HelpRequest, followup: FollowUp) -> HelpRequest:
    """`request` with one more follow-up at the end."""
    return replace(request, followups=(*request.followups, followup))


def clean_followup(helpful: str | bool, from_name: str | None, note: str | None, at: datetime) -> FollowUp:
    """A validated follow-up from what was typed (helpful as yes/no text or a bool).

    Raises:
        InvalidInput: helpful is not yes/no, or a name/note is too long.
    """
    if isinstance(helpful, str):
        key = helpful.strip().casefold()
        if key in {"yes", "y", "true", "1"}:
            helpful = True
        elif key in {"no", "n", "false", "0"}:
            helpful = False
        else:
            raise InvalidInput("helpful", messages.HELPFUL)
    name = _squash(from_name or "") or None
    if name and len(name) > 60:
        raise InvalidInput("from", messages.too_long(60, "the name"))
    text = (note or "").strip() or None
    if text and len(text) > 2000:
        raise InvalidInput("note", messages.too_long(2000))
    return FollowUp(at, helpful, name, text)
