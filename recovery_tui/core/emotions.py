"""Emotion words grouped by family, numbered for picking (step 1 of the help-request composer).

The families follow the feelings people name most in recovery forums: sad, afraid, angry,
ashamed, lonely, tired, restless and hopeful. Each word has a stable number (1, 2, 3, ... in
the order below) so the CLI and the dashboard can both say "pick by number or type your own".
"""

from __future__ import annotations

from typing import Literal

import msgspec

from recovery_tui import messages
from recovery_tui.errors import InvalidInput

EMOTION_MAX = 60
FamilyName = Literal["sad", "afraid", "angry", "ashamed", "lonely", "tired", "restless", "hopeful"]


class EmotionFamily(msgspec.Struct, frozen=True):
    """A family of related emotion words, e.g. afraid: anxious, scared, panicky."""

    name: FamilyName
    words: tuple[str, ...]


FAMILIES: tuple[EmotionFamily, ...] = (
    EmotionFamily("sad", ("sad", "down", "empty", "grieving")),
    EmotionFamily("afraid", ("anxious", "scared", "panicky", "overwhelmed")),
    EmotionFamily("angry", ("angry", "frustrated", "irritable", "resentful")),
    EmotionFamily("ashamed", ("ashamed", "guilty", "embarrassed", "regretful")),
    EmotionFamily("lonely", ("lonely", "isolated", "left out", "misunderstood")),
    EmotionFamily("tired", ("tired", "exhausted", "drained", "numb")),
    EmotionFamily("restless", ("restless", "on edge", "bored", "tempted")),
    EmotionFamily("hopeful", ("hopeful", "grateful", "relieved", "determined")),
)


def numbered() -> list[tuple[int, str, str]]:
    """Every word with its number and family: [(1, "sad", "sad"), (2, "down", "sad"), ...]."""
    rows: list[tuple[int, str, str]] = []
    for family in FAMILIES:
        for word in family.words:
            rows.append((len(rows) + 1, word, family.name))
    return rows


def family_of(word: str) -> FamilyName | None:
    """The family a known emotion word belongs to (case-insensitive), else None."""
    wanted = " ".join(word.split()).casefold()
    for family in FAMILIES:
        if wanted == family.name or wanted in family.words:
            return family.name
    return None


def resolve_emotion(text: str, *, field: str = "emotion") -> str:
    """An emotion from what the person typed: a number from the list, or their own word(s).

    Raises:
        InvalidInput: empty, a number outside the list, or longer than 60 characters.
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidInput(field, messages.EMOTION)
    if cleaned.isdigit():
        rows = numbered()
        number = int(cleaned)
        if not 1 <= number <= len(rows):
            raise InvalidInput(field, f"pick a number from 1 to {len(rows)}, or type a word of your own.")
        return rows[number - 1][1]
    if len(cleaned) > EMOTION_MAX:
        raise InvalidInput(field, f"keep it to {EMOTION_MAX} characters or fewer; one or two words is enough.")
    return cleaned
