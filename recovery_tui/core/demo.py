"""A realistic, deterministic synthetic history for `recover demo` and the benchmark.

`build_history(now, years, seed)` returns complete records (ids and timestamps included) per
table: two counters with a few relapses, a check-in every day, about two triggers a day,
journal entries of about 100 words on most days, skill sessions, help requests and meetings.
Pure: the same arguments always give the same records.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

Record = dict[str, Any]

TRIGGERS = [
    ("argument with my boss", "work", "my boss", "angry"),
    ("payday", "home", None, "restless"),
    ("friday drinks invitation", "office", "colleagues", "lonely"),
    ("passing the corner shop", "street", None, "tired"),
    ("family dinner", "my parents' house", "family", "ashamed"),
    ("bad night's sleep", "home", None, "tired"),
    ("watching the match", "pub", "friends", "restless"),
    ("feeling alone on sunday evening", "home", None, "lonely"),
]
COPING = ["called my sponsor", "box breathing", "went for a walk", "urge surfing", "cold water", "ate something"]
WORDS = (
    "today morning walk work tired better craving passed called sponsor meeting grateful coffee rain "
    "sleep early evening family dinner calm anxious hopeful read book cooked quiet proud small step "
    "honest talked friend listened breathing noticed wave rose fell again week plan tomorrow kind"
).split()
SKILLS = ["box breathing", "4-7-8 breathing", "paced breathing", "cold impulse", "walking", "urge surfing"]
FELLOWSHIPS = ["AA", "SMART", "NA"]
ROLES = ["listened", "shared", "greeter", "buddy", "chair"]


class _Ids:
    """Deterministic UUIDs from the seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def _stamp(record: Record, ids: _Ids, at: datetime) -> Record:
    iso = at.isoformat(timespec="seconds")
    return {"id": ids(), **record, "created_at": iso, "updated_at": iso}


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def build_history(now: datetime, years: int, seed: int = 7) -> dict[str, list[Record]]:
    """Build `years` of history ending at `now`.

    Args:
        now: the end of the history (timezone-aware).
        years: how many years (1-30).
        seed: the random seed (same seed, same history).

    Returns:
        Complete records per table, valid against data_schema/.
    """
    rng = random.Random(seed)
    ids = _Ids(rng)
    days = years * 365
    first = (now - timedelta(days=days)).replace(hour=9, minute=0, second=0, microsecond=0)
    tables: dict[str, list[Record]] = {}

    relapse_days = sorted(rng.sample(range(30, days - 20), k=min(4, max(1, years))))
    alcohol_events = [{"kind": "start", "at": _iso(first), "note": None}] + [
        {"kind": "relapse", "at": _iso(first + timedelta(days=d, hours=13)), "note": "a hard week"}
        for d in relapse_days
    ]
    nicotine_start = first + timedelta(days=days // 3)
    tables["counters"] = [
        _stamp(
            {
                "name": "alcohol",
                "events": alcohol_events,
                "archived": False,
                "cost_per_day": 12.0,
                "hours_per_day": 2.0,
                "custom_milestones": [],
            },
            ids,
            first,
        ),
        _stamp(
            {
                "name": "nicotine",
                "events": [{"kind": "start", "at": _iso(nicotine_start), "note": None}],
                "archived": False,
                "cost_per_day": 8.5,
                "hours_per_day": None,
                "custom_milestones": [],
            },
            ids,
            nicotine_start,
        ),
    ]
    for counter in tables["counters"]:  # event ids from the counter id: no draw from rng
        for index, event in enumerate(counter["events"]):
            event["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"recover-demo:{counter['id']}/{index}"))
        counter["edits"] = []
    counter_ids = [(c["id"], c["name"]) for c in tables["counters"]]

    checkins: list[Record] = []
    triggers: list[Record] = []
    sessions: list[Record] = []
    extra: dict[str, list[Record]] = {}
    for offset in range(days):
        day = first + timedelta(days=offset)
        evening = day.replace(hour=21, minute=rng.randrange(60))
        craving = max(0, min(10, int(rng.gauss(3, 2))))
        checkins.append(
            _stamp(
                {
                    "date": day.date().isoformat(),
                    "at": _iso(evening),
                    "mood": rng.randint(2, 5),
                    "craving": craving,
                    "sober": [
                        {"counter_id": cid, "counter": name, "sober": offset not in relapse_days}
                        for cid, name in counter_ids
                        if name == "alcohol" or day >= nicotine_start
                    ],
                    "gratitude": rng.choice([None, "a friend's call", "sunshine", "a good night's sleep"]),
                    "note": None,
                    "difficulty": None,
                    "confidence": None,
                },
                ids,
                evening,
            )
        )
        for _ in range(rng.choice([1, 2, 2, 3])):
            what, where, who, emotion = rng.choice(TRIGGERS)
            at = day.replace(hour=rng.randrange(7, 24), minute=rng.randrange(60))
            outcome = "used" if offset in relapse_days else rng.choice(["resisted"] * 8 + ["ongoing"])
            triggers.append(
                _stamp(
                    {
                        "at": _iso(at),
                        "what": what,
                        "where": where,
                        "who": who,
                        "emotion": emotion,
                        "halt": rng.sample(["hungry", "angry", "lonely", "tired"], k=rng.randint(0, 2)),
                        "intensity": rng.randint(2, 9),
                        "coping": rng.choice(COPING),
                        "outcome": outcome,
                        "note": None,
                    },
                    ids,
                    at,
                )
            )
        if rng.random() < 0.35:
            start = day.replace(hour=rng.randrange(8, 22), minute=rng.randrange(60))
            planned = 600
            completed = rng.random() < 0.8
            before = rng.randint(4, 9)
            sessions.append(
                _stamp(
                    {
                        "skill": rng.choice(SKILLS),
                        "started_at": _iso(start),
                        "planned_seconds": planned,
                        "actual_seconds": planned if completed else rng.randrange(60, planned),
                        "completed": completed,
                        "craving_before": before,
                        "craving_after": max(0, before - rng.randint(0, 5)),
                    },
                    ids,
                    start,
                )
            )
        for table, builder in EXTRA_BUILDERS.items():
            record = builder(rng, day, offset)
            if record is not None:
                extra.setdefault(table, []).append(
                    _stamp(record, ids, datetime.fromisoformat(record.get("at", _iso(day))))
                )
    tables["checkins"] = checkins
    tables["triggers"] = triggers
    tables["skill_sessions"] = sessions
    tables.update(extra)
    return tables


def journal_text(rng: random.Random, words: int = 100) -> str:
    """About `words` words of plausible journal text."""
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _journal(rng: random.Random, day: datetime, offset: int) -> Record | None:
    if rng.random() < 0.2:  # "most days"
        return None
    at = day.replace(hour=22, minute=rng.randrange(60))
    return {
        "at": _iso(at),
        "text": journal_text(rng),
        "tags": rng.sample(["gratitude", "work", "family", "craving", "meeting"], k=rng.randint(0, 2)),
        "sensitive": rng.random() < 0.05,
        "template": None,
    }


def _help_request(rng: random.Random, day: datetime, offset: int) -> Record | None:
    if offset % 30 != 11:  # about once a month
        return None
    from recovery_tui.core.help_requests import Draft, FollowUp, HelpRequest, compose
    from recovery_tui.core.records import to_fields

    draft = Draft(
        emotion=rng.choice(["lonely", "anxious", "ashamed", "restless", "hopeful"]),
        intensity=rng.randint(3, 9),
        problem=rng.choice(
            [
                "Friday nights alone are when the cravings come back",
                "my brother keeps offering me a drink at family dinners",
                "work stress makes me want to go to the pub on the way home",
            ]
        ),
        since=rng.choice(["two weeks", "last month", ""]),
        tried=rng.choice(["box breathing and calling my sponsor", "going for a walk", ""]),
        request=rng.choice(["advice", "stories", "checkin", "talk"]),
        request_text="",
    )
    fmt = rng.choice(["forum", "text", "chat"])
    helped = rng.random() < 0.7
    followups = (FollowUp(day + timedelta(days=1), helped, rng.choice(["Sam", "Ana", None]), None),) if helped else ()
    return to_fields(HelpRequest.of(draft, fmt, compose(draft, fmt), edited=False, followups=followups))


def _meeting(rng: random.Random, day: datetime, offset: int) -> Record | None:
    if day.weekday() not in (1, 4) or rng.random() < 0.2:  # Tuesdays and Fridays, most weeks
        return None
    return {
        "name": "Tuesday step group" if day.weekday() == 1 else "Friday SMART online",
        "at": _iso(day.replace(hour=19, minute=0)),
        "format": "in-person" if day.weekday() == 1 else "online",
        "fellowship": rng.choice(FELLOWSHIPS),
        "roles": rng.sample(ROLES, k=rng.randint(1, 2)),
        "note": None,
    }


# Builders for tables owned by other features: table -> f(rng, day, offset) -> fields or None.
EXTRA_BUILDERS: dict[str, Callable[[random.Random, datetime, int], Record | None]] = {
    "journal": _journal,
    "help_requests": _help_request,
    "meetings": _meeting,
}
