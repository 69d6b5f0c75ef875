"""Insight maths over the trigger log, check-ins and skill sessions: pure, linear, no I/O.

`compute(...)` takes plain domain values (Trigger entries, CravingPoint per check-in,
SkillPoint per skill session), a period [since, now] and the first weekday of the week, and
returns an `Insights` value with:

- top triggers by count, with mean intensity and how each ended;
- an hour-of-day x weekday heat map (the local clock time stored with each entry);
- HALT frequencies (share of the period's entries where each state was present);
- coping strategies ranked by their share of `resisted` outcomes (entries still `ongoing` or
  without an outcome are not counted for or against a strategy);
- skill sessions: mean change in craving from before to after;
- the weekly mean craving from check-ins (every week of the period, empty weeks as None), and
  beside it the weekly mean confidence and the mean difficulty of the check-ins that rated them;
- early-warning notes: observations stated with their numbers, never a diagnosis;
- acute signals, which come before the notes: cravings of 8+ on three of the last seven days,
  a restart (relapse) in the last seven days, HALT states piling up in the last seven days,
  several days without a check-in after a steady habit, and a rising trigger (one that came
  up clearly more in the last seven days than in an average week of the four before).
  `current_warnings` is the one function that decides them (acute first, then the pattern
  notes), for insights here and for every other screen that shows warnings (the dashboard's
  Today panel, `recover status`, SOS, the prompt marker): given no pattern notes it adds the
  one that makes sense at a glance, the weekly mean craving rising (over the last
  GLANCE_WEEKS weeks). The acute signals look at the days up to `now` whatever the period,
  so the service reads the last few weeks even for a shorter period. `warnings_from_stored`
  is the same decision from stored records decoded into two small Structs (StoredCraving,
  StoredTrigger), the one reading the services and the prompt line's fast path share.

Every function is one pass (or a few) over its input, so ten years of data stays fast.
The text of the notes is written here, next to the numbers it quotes, in the plain and
non-judgmental voice of wording.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import msgspec

from recovery_tui import wording
from recovery_tui.core.pledges import days_pledged
from recovery_tui.core.records import iso
from recovery_tui.core.triggers import HALT, Halt, Trigger, normalise

if TYPE_CHECKING:
    from recovery_tui.core.counters import Counter
from recovery_tui.core.words import counted

if TYPE_CHECKING:  # set by services/insights.py; core/care.py is not needed to draw the dashboard
    from recovery_tui.core.care import ItemAdherence

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MIN_TRIGGERS = 3  # fewer than this many triggers *and* check-ins: the plain empty state
MIN_CHECKINS = 3
RISING_WEEKS = 3  # weekly mean craving rising this many weeks running is noted
DOUBLED_MIN = 3  # a trigger must come up at least this often to be noted as doubled
ACUTE_DAYS = 7  # acute signals look at the last seven calendar days, today included
HIGH_CRAVING = 8  # a craving (check-in) or trigger intensity this high counts as a hard day ...
HIGH_CRAVING_DAYS = 3  # ... and this many hard days in the last seven is a warning
HALT_STACKED = 2  # a trigger that came with this many HALT states at once ...
HALT_ENTRIES = 3  # ... this many times in the last seven days is a warning
PAUSE_MIN_DAYS = 4  # the last check-in this many days ago or more (and at most PAUSE_MAX_DAYS) ...
PAUSE_MAX_DAYS = 14
STEADY_WINDOW = 14  # ... after check-ins on STEADY_MIN of the STEADY_WINDOW days up to it
STEADY_MIN = 10
RISING_MIN = 3  # a trigger that came up at least this often in the last seven days ...
RISING_FACTOR = 2  # ... and at least this many times as often as in an average week ...
RISING_BASELINE_WEEKS = 4  # ... of the four weeks before (when anything was logged then) is rising
RISING_LIMIT = 2  # at most this many rising triggers are named
GLANCE_WEEKS = 8  # the weekly craving trend other screens see spans this many weeks
LOOKBACK_DAYS = max(PAUSE_MAX_DAYS + STEADY_WINDOW, 7 * GLANCE_WEEKS)  # how far back warnings read check-ins
TRIGGER_LOOKBACK_DAYS = ACUTE_DAYS + 7 * RISING_BASELINE_WEEKS  # ... and triggers
PROMPT_MARKER = "!{count}"  # `status --short` with prompt.warnings on: how many signs hold now
ACUTE_KINDS = ("restart_recent", "cravings_high", "halt_piling", "checkins_paused", "trigger_rising")


class CravingPoint(msgspec.Struct, frozen=True):
    """The craving (0-10) of one check-in, for the calendar day it was for, with its optional
    difficulty and confidence ratings (0-10, None when skipped)."""

    day: date
    craving: int
    difficulty: int | None = None
    confidence: int | None = None


class StoredCraving(msgspec.Struct, frozen=True, gc=False):
    """The two fields of a stored check-in record the warnings read, for decoding a whole
    check-ins table straight into them (the prompt line's fast path); other fields are skipped."""

    date: date
    craving: int

    def point(self) -> CravingPoint:
        """As the maths takes it."""
        return CravingPoint(self.date, self.craving)


class StoredTrigger(msgspec.Struct, frozen=True, gc=False):
    """The fields of a stored trigger record the warnings read (as StoredCraving), so a whole
    table decodes without building and checking every Trigger; `trigger()` makes the few
    recent ones into Triggers."""

    id: str
    at: datetime
    what: str
    halt: tuple[Halt, ...] = ()
    intensity: int | None = None

    def trigger(self) -> Trigger:
        """As the maths takes it."""
        return Trigger(id=self.id, at=self.at, what=self.what, halt=self.halt, intensity=self.intensity)


class SkillPoint(msgspec.Struct, frozen=True):
    """One skill session: which skill, when, finished or not, craving before and after."""

    skill: str
    at: datetime
    completed: bool
    before: int | None
    after: int | None


class TopTrigger(msgspec.Struct, frozen=True):
    """A trigger of the period, with how often, how strong on average and how it ended."""

    name: str
    count: int
    mean_intensity: float | None
    last_seen: datetime
    resisted: int
    used: int


class HaltShare(msgspec.Struct, frozen=True):
    """How many of the period's entries had this HALT state, and their share."""

    state: str
    count: int
    share: float


class CopingResult(msgspec.Struct, frozen=True):
    """A coping strategy: entries with a final outcome where it was used, and how many were resisted."""

    coping: str
    tried: int
    resisted: int

    @property
    def share(self) -> float:
        """Share of its entries that were resisted (0-1)."""
        return self.resisted / self.tried if self.tried else 0.0


class SkillResult(msgspec.Struct, frozen=True):
    """A 10-minute skill: sessions, completed ones, and the mean craving change when rated."""

    skill: str
    sessions: int
    completed: int
    rated: int
    mean_change: float | None  # after minus before; negative means the craving eased


class WeekCraving(msgspec.Struct, frozen=True):
    """Mean rating (craving, or confidence) of the check-ins in the week starting `week` that
    answered it (None: none did); `checkins` counts those."""

    week: date
    mean: float | None
    checkins: int


class Note(msgspec.Struct, frozen=True):
    """An early-warning observation: a kind, a sentence with its numbers, and the numbers.

    `brief` is the same sign in a few words, for one row of a small panel ("" when there is
    none; `short` then falls back to the text). Text and brief may quote stored text (a
    trigger's or counter's name): show them through safetext.
    """

    kind: str
    text: str
    numbers: dict[str, Any] = msgspec.field(default_factory=dict)
    brief: str = ""

    @property
    def short(self) -> str:
        """The brief form, or the whole sentence when there is no brief one."""
        return self.brief or self.text

    @property
    def acute(self) -> bool:
        """True for a sign about the last days (shown first), False for a slower pattern."""
        return self.kind in ACUTE_KINDS

    def help(self, *, dashboard: bool = False) -> str | None:
        """Where to find help, in the words of the CLI or of the dashboard (None for most pattern notes)."""
        table = wording.WARNING_HELP_DASHBOARD if dashboard else wording.WARNING_HELP_CLI
        return table.get(self.kind)

    def to_json(self) -> dict[str, Any]:
        """For `--json`: kind, text, where to find help (CLI words) and the numbers."""
        return {"kind": self.kind, "text": self.text, "help": self.help(), "numbers": self.numbers}


class Restart(msgspec.Struct, frozen=True):
    """A restart (relapse) of a counter: which counter and when."""

    counter: str
    at: datetime


class TriggerCoping(msgspec.Struct, frozen=True):
    """A frequent trigger with the coping strategies that worked against it (times resisted)."""

    name: str
    count: int
    last_seen: datetime
    worked: tuple[tuple[str, int], ...]

    def to_json(self) -> dict[str, Any]:
        """For `--json` and other screens."""
        return {
            "name": self.name,
            "count": self.count,
            "last_seen": iso(self.last_seen),
            "worked": [{"coping": c, "resisted": n} for c, n in self.worked],
        }


class Insights(msgspec.Struct, frozen=True):
    """Everything `recover insights` and the Insights screen show for one period."""

    since: datetime
    until: datetime
    trigger_count: int
    checkin_count: int
    skill_count: int
    top: list[TopTrigger]
    heat: tuple[tuple[int, ...], ...]  # 7 weekdays (Mon first) x 24 hours
    halt: list[HaltShare]
    coping: list[CopingResult]
    skills: list[SkillResult]
    weekly_craving: list[WeekCraving]
    daily_craving: list[tuple[date, float]]
    notes: list[Note]
    acute: list[Note] = msgspec.field(default_factory=list)
    weekly_confidence: list[WeekCraving] = msgspec.field(default_factory=list)
    mean_difficulty: float | None = None
    difficulty_answers: int = 0
    care: tuple[ItemAdherence, ...] = ()  # the care plan's weeks in the period (services/care.py)
    pledge_days: int = 0  # days of the period with a morning pledge

    @property
    def pledge_line(self) -> str | None:
        """'12 days began with a pledge.' (None when none did: nothing is said about it)."""
        if not self.pledge_days:
            return None
        return f"{counted(self.pledge_days, 'day')} began with a pledge."

    @property
    def warnings(self) -> list[Note]:
        """Every current warning: the acute signals first, then the pattern notes."""
        return [*self.acute, *self.notes]

    def difficulty_text(self) -> str:
        """'mean 5.5 over 4 rated check-ins' ('' when no check-in of the period rated its day)."""
        if self.mean_difficulty is None:
            return ""
        return f"mean {self.mean_difficulty:.1f} over {counted(self.difficulty_answers, 'rated check-in')}"

    @property
    def enough(self) -> bool:
        """False when there is too little to see any pattern (the plain empty state)."""
        return self.trigger_count >= MIN_TRIGGERS or self.checkin_count >= MIN_CHECKINS

    @property
    def heat_max(self) -> int:
        """The largest cell of the heat map."""
        return max((max(row) for row in self.heat), default=0)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (times ISO 8601, shares 0-1 rounded to 3 places)."""
        return {
            "since": iso(self.since),
            "until": iso(self.until),
            "enough_data": self.enough,
            "counts": {
                "triggers": self.trigger_count,
                "checkins": self.checkin_count,
                "skill_sessions": self.skill_count,
            },
            "top_triggers": [
                {
                    "name": t.name,
                    "count": t.count,
                    "mean_intensity": t.mean_intensity,
                    "last_seen": iso(t.last_seen),
                    "resisted": t.resisted,
                    "used": t.used,
                }
                for t in self.top
            ],
            "heat_map": {
                "weekdays": list(WEEKDAY_NAMES),
                "hours": list(range(24)),
                "counts": [list(r) for r in self.heat],
            },
            "halt": [{"state": h.state, "count": h.count, "share": round(h.share, 3)} for h in self.halt],
            "coping": [
                {"coping": c.coping, "tried": c.tried, "resisted": c.resisted, "share_resisted": round(c.share, 3)}
                for c in self.coping
            ],
            "skills": [
                {
                    "skill": s.skill,
                    "sessions": s.sessions,
                    "completed": s.completed,
                    "rated": s.rated,
                    "mean_craving_change": s.mean_change,
                }
                for s in self.skills
            ],
            "weekly_craving": [
                {"week": w.week.isoformat(), "mean": w.mean, "checkins": w.checkins} for w in self.weekly_craving
            ],
            "weekly_confidence": [
                {"week": w.week.isoformat(), "mean": w.mean, "checkins": w.checkins} for w in self.weekly_confidence
            ],
            "difficulty": {"mean": self.mean_difficulty, "checkins": self.difficulty_answers},
            "pledge_days": self.pledge_days,
            "warnings": [n.to_json() for n in self.warnings],
            "notes": [{"kind": n.kind, "text": n.text, "numbers": n.numbers} for n in self.notes],
            "care": [entry.to_json() for entry in self.care],
        }


# -- the pieces -------------------------------------------------------------------------------
def _mean(total: float, n: int) -> float | None:
    return round(total / n, 1) if n else None


def in_period(triggers: Iterable[Trigger], since: datetime, until: datetime) -> list[Trigger]:
    """Entries with since <= at <= until."""
    return [t for t in triggers if since <= t.at <= until]


def top_triggers(triggers: Iterable[Trigger], limit: int | None = 10) -> list[TopTrigger]:
    """Distinct triggers ranked by count, then mean intensity, then most recent.

    Names ignore case and spacing; each shows its most recent spelling.
    """
    groups: dict[str, list[Any]] = {}  # key -> [label, count, last, i_sum, i_n, resisted, used]
    for t in triggers:
        g = groups.get(t.key)
        if g is None:
            g = groups[t.key] = [t.what, 0, t.at, 0, 0, 0, 0]
        g[1] += 1
        if t.at >= g[2]:
            g[0], g[2] = t.what, t.at
        if t.intensity is not None:
            g[3] += t.intensity
            g[4] += 1
        if t.outcome == "resisted":
            g[5] += 1
        elif t.outcome == "used":
            g[6] += 1
    ranked = [
        TopTrigger(label, count, _mean(i_sum, i_n), last, resisted, used)
        for label, count, last, i_sum, i_n, resisted, used in groups.values()
    ]
    ranked.sort(
        key=lambda t: (
            -t.count,
            -(-1.0 if t.mean_intensity is None else t.mean_intensity),
            -t.last_seen.timestamp(),
            t.name.casefold(),
        )
    )
    return ranked if limit is None else ranked[:limit]


def heat_map(triggers: Iterable[Trigger]) -> tuple[tuple[int, ...], ...]:
    """Counts per weekday (Monday first) and hour of the day, by the clock time of each entry."""
    grid = [[0] * 24 for _ in range(7)]
    for t in triggers:
        grid[t.at.weekday()][t.at.hour] += 1
    return tuple(tuple(row) for row in grid)


def halt_frequencies(triggers: Sequence[Trigger]) -> list[HaltShare]:
    """For each HALT state, how many entries had it and their share of all entries."""
    counts = dict.fromkeys(HALT, 0)
    for t in triggers:
        for state in t.halt:
            if state in counts:
                counts[state] += 1
    total = len(triggers)
    return [HaltShare(state, counts[state], counts[state] / total if total else 0.0) for state in HALT]


def coping_ranking(triggers: Iterable[Trigger]) -> list[CopingResult]:
    """Coping strategies ranked by share of resisted outcomes, then by how often tried.

    Only entries with a coping text and a final outcome (resisted or used) count.
    """
    groups: dict[str, list[Any]] = {}  # key -> [label, tried, resisted, last]
    for t in triggers:
        if not t.coping or t.outcome not in ("resisted", "used"):
            continue
        key = normalise(t.coping)
        g = groups.get(key)
        if g is None:
            g = groups[key] = [t.coping, 0, 0, t.at]
        g[1] += 1
        if t.outcome == "resisted":
            g[2] += 1
        if t.at >= g[3]:
            g[0], g[3] = t.coping, t.at
    ranked = [CopingResult(label, tried, resisted) for label, tried, resisted, _last in groups.values()]
    ranked.sort(key=lambda c: (-c.share, -c.tried, c.coping.casefold()))
    return ranked


def skill_results(sessions: Iterable[SkillPoint]) -> list[SkillResult]:
    """Per skill: sessions, completed, and the mean craving change (after - before) when both rated."""
    groups: dict[str, list[Any]] = {}  # key -> [label, sessions, completed, rated, change_sum]
    for s in sessions:
        key = normalise(s.skill)
        g = groups.get(key)
        if g is None:
            g = groups[key] = [s.skill, 0, 0, 0, 0]
        g[1] += 1
        g[2] += 1 if s.completed else 0
        if s.before is not None and s.after is not None:
            g[3] += 1
            g[4] += s.after - s.before
    results = [
        SkillResult(label, n, done, rated, _mean(change, rated)) for label, n, done, rated, change in groups.values()
    ]
    results.sort(key=lambda s: (-s.sessions, s.skill.casefold()))
    return results


def week_of(day: date, week_start: int = 0) -> date:
    """The first day of the week holding `day` (week_start: 0 Monday ... 6 Sunday)."""
    return day - timedelta(days=(day.weekday() - week_start) % 7)


def weekly_craving(
    points: Iterable[CravingPoint],
    first: date,
    last: date,
    week_start: int = 0,
    rating: Callable[[CravingPoint], int | None] = lambda p: p.craving,
) -> list[WeekCraving]:
    """Mean craving (or another `rating` of a check-in, skipped where None) per week, for every
    week from the one holding `first` to the one holding `last`."""
    start = week_of(first, week_start)
    weeks = (week_of(last, week_start) - start).days // 7 + 1
    sums = [0] * max(weeks, 0)
    counts = [0] * max(weeks, 0)
    for p in points:
        value = rating(p)
        if first <= p.day <= last and value is not None:
            index = (p.day - start).days // 7
            sums[index] += value
            counts[index] += 1
    return [WeekCraving(start + timedelta(weeks=i), _mean(sums[i], counts[i]), counts[i]) for i in range(max(weeks, 0))]


def weekly_confidence(
    points: Iterable[CravingPoint], first: date, last: date, week_start: int = 0
) -> list[WeekCraving]:
    """Mean confidence per week (check-ins that answered it), as `weekly_craving`."""
    return weekly_craving(points, first, last, week_start, rating=lambda p: p.confidence)


def mean_difficulty(points: Iterable[CravingPoint]) -> tuple[float | None, int]:
    """The mean difficulty of the check-ins that answered it, and how many did."""
    answered = [p.difficulty for p in points if p.difficulty is not None]
    return _mean(sum(answered), len(answered)), len(answered)


def daily_craving(points: Iterable[CravingPoint], first: date, last: date) -> list[tuple[date, float]]:
    """Mean craving per calendar day with check-ins (oldest first), for sparklines."""
    days: dict[date, list[int]] = {}
    for p in points:
        if first <= p.day <= last:
            days.setdefault(p.day, []).append(p.craving)
    return [(d, round(sum(v) / len(v), 1)) for d, v in sorted(days.items())]


# -- early-warning notes ------------------------------------------------------------------------
def _fmt(value: float) -> str:
    return f"{value:.1f}"


def craving_rise_note(weeks: Sequence[WeekCraving], today: date, week_start: int = 0) -> Note | None:
    """A note when the weekly mean craving rose RISING_WEEKS or more weeks running, up to this or last week."""
    if not weeks:
        return None
    end = len(weeks) - 1
    while end >= 0 and weeks[end].mean is None:
        end -= 1
    if end < 0 or weeks[end].week < week_of(today, week_start) - timedelta(weeks=1):
        return None
    start = end
    while start > 0:
        before, after = weeks[start - 1].mean, weeks[start].mean
        if before is None or after is None or not after > before:
            break
        start -= 1
    rises = end - start
    if rises < RISING_WEEKS:
        return None
    run = [w.mean for w in weeks[start : end + 1] if w.mean is not None]
    text = (
        f"Your weekly mean craving rose {counted(rises, 'week')} running, from {_fmt(run[0])} to {_fmt(run[-1])} "
        f"({', '.join(_fmt(m) for m in run)}; weeks from {weeks[start].week:%d %b})."
    )
    brief = wording.WARNING_BRIEF["craving_rising"].format(weeks=rises, first=_fmt(run[0]), last=_fmt(run[-1]))
    return Note(
        "craving_rising",
        text,
        {"weeks": rises, "means": run, "from_week": weeks[start].week.isoformat()},
        brief,
    )


def _span_words(span: timedelta) -> str:
    days = round(span.total_seconds() / 86400)
    return counted(days, "day")


def trigger_change_notes(
    current: Sequence[Trigger], previous: Sequence[Trigger], span: timedelta, limit: int = 3
) -> list[Note]:
    """Notes for triggers whose count at least doubled against the previous period of equal length."""
    if not previous:
        return []
    notes: list[Note] = []
    words = _span_words(span)
    if len(current) >= 2 * len(previous) and len(current) >= DOUBLED_MIN:
        notes.append(
            Note(
                "triggers_doubled",
                f"You logged {counted(len(current), 'trigger')}"
                f" in this period, against {len(previous)} in the {words} before.",
                {"current": len(current), "previous": len(previous)},
            )
        )
    before: dict[str, int] = {}
    for t in previous:
        before[t.key] = before.get(t.key, 0) + 1
    changed: list[tuple[int, int, str]] = []
    for top in top_triggers(current, limit=None):
        was = before.get(normalise(top.name), 0)
        if top.count >= DOUBLED_MIN and top.count >= 2 * was:
            changed.append((top.count, was, top.name))
    for count, was, name in changed[:limit]:
        if was:
            text = f"'{name}' came up {counted(count, 'time')} in this period, against {was} in the {words} before."
        else:
            text = f"'{name}' came up {counted(count, 'time')} in this period and not at all in the {words} before."
        notes.append(Note("trigger_doubled", text, {"trigger": name, "current": count, "previous": was}))
    return notes


def halt_used_notes(current: Sequence[Trigger]) -> list[Note]:
    """Notes for HALT states present in at least two thirds of the entries that ended in using (3 or more)."""
    used = [t for t in current if t.outcome == "used"]
    if len(used) < 3:
        return []
    notes = []
    for state in HALT:
        n = sum(1 for t in used if state in t.halt)
        if 3 * n >= 2 * len(used):
            notes.append(
                Note(
                    "halt_before_use",
                    f"Feeling {state} was part of {n} of the {len(used)} triggers that ended in using.",
                    {"state": state, "count": n, "used": len(used)},
                )
            )
    return notes


# -- acute signals -------------------------------------------------------------------------------
def _ago(days: int) -> str:
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


def _names(names: Sequence[str]) -> str:
    shown = [f"'{name}'" for name in names]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def restart_signal(restarts: Iterable[Restart], now: datetime) -> Note | None:
    """A restart (relapse) of any counter in the last seven days."""
    today = now.date()
    first = today - timedelta(days=ACUTE_DAYS - 1)
    recent = sorted((r for r in restarts if first <= r.at.date() <= today and r.at <= now), key=lambda r: r.at)
    if not recent:
        return None
    names = list(dict.fromkeys(r.counter for r in reversed(recent)))  # latest first, each once
    latest = recent[-1]
    when = _ago((today - latest.at.date()).days)
    if len(recent) > 1:
        when = f"{counted(len(recent), 'time')} in the last 7 days, the latest {when}"
    text = wording.WARNING_TEXT["restart_recent"].format(names=_names(names), when=when)
    if len(recent) > 1:
        brief = wording.WARNING_BRIEF["restarts_recent"].format(count=len(recent))
    else:
        brief = wording.WARNING_BRIEF["restart_recent"].format(when=_ago((today - latest.at.date()).days))
    return Note(
        "restart_recent",
        text,
        {"restarts": len(recent), "counters": names, "latest": iso(latest.at)},
        brief,
    )


def craving_signal(cravings: Iterable[CravingPoint], triggers: Iterable[Trigger], now: datetime) -> Note | None:
    """Cravings of 8 or more (check-ins or trigger intensity) on three of the last seven days."""
    today = now.date()
    first = today - timedelta(days=ACUTE_DAYS - 1)
    highest: dict[date, int] = {}
    for p in cravings:
        if first <= p.day <= today and p.craving >= HIGH_CRAVING:
            highest[p.day] = max(highest.get(p.day, 0), p.craving)
    for t in triggers:
        day = t.at.date()
        if t.intensity is not None and t.intensity >= HIGH_CRAVING and first <= day <= today and t.at <= now:
            highest[day] = max(highest.get(day, 0), t.intensity)
    if len(highest) < HIGH_CRAVING_DAYS:
        return None
    top = max(highest.values())
    text = wording.WARNING_TEXT["cravings_high"].format(days=len(highest), highest=top)
    return Note(
        "cravings_high",
        text,
        {"days": len(highest), "highest": top, "dates": [d.isoformat() for d in sorted(highest)]},
        wording.WARNING_BRIEF["cravings_high"].format(days=len(highest), highest=top),
    )


def halt_signal(triggers: Iterable[Trigger], now: datetime) -> Note | None:
    """Triggers that came with two or more HALT states at once, three or more times in seven days."""
    today = now.date()
    first = today - timedelta(days=ACUTE_DAYS - 1)
    week = [t for t in triggers if first <= t.at.date() <= today and t.at <= now]
    stacked = [t for t in week if len(set(t.halt) & set(HALT)) >= HALT_STACKED]
    if len(stacked) < HALT_ENTRIES:
        return None
    counts = {state: sum(1 for t in stacked if state in t.halt) for state in HALT}
    most = max(counts.values())
    states = " and ".join(state for state in HALT if counts[state] == most)
    text = wording.WARNING_TEXT["halt_piling"].format(count=len(stacked), total=len(week), states=states)
    brief = wording.WARNING_BRIEF["halt_piling"].format(count=len(stacked), total=len(week))
    return Note("halt_piling", text, {"stacked": len(stacked), "triggers": len(week), "states": counts}, brief)


def pause_signal(cravings: Iterable[CravingPoint], now: datetime) -> Note | None:
    """Several days without a check-in after a steady habit (check-ins on most of the days before)."""
    today = now.date()
    days = {p.day for p in cravings if p.day <= today}
    if not days:
        return None
    last = max(days)
    gap = (today - last).days
    if not PAUSE_MIN_DAYS <= gap <= PAUSE_MAX_DAYS:
        return None
    window_start = last - timedelta(days=STEADY_WINDOW - 1)
    steady = sum(1 for d in days if window_start <= d <= last)
    if steady < STEADY_MIN:
        return None
    text = wording.WARNING_TEXT["checkins_paused"].format(days=gap, steady=steady)
    brief = wording.WARNING_BRIEF["checkins_paused"].format(days=gap)
    return Note("checkins_paused", text, {"days": gap, "last": last.isoformat(), "steady_days": steady}, brief)


def rising_trigger_signals(triggers: Iterable[Trigger], now: datetime) -> list[Note]:
    """Triggers that came up clearly more in the last seven days than in the weeks before.

    A trigger is rising when it came up RISING_MIN times or more in the last seven days, and
    at least RISING_FACTOR times as often as in an average week of the RISING_BASELINE_WEEKS
    weeks before (a trigger new in the last seven days counts, if anything at all was logged
    in those weeks: without them there is nothing to compare with). The RISING_LIMIT that came
    up most are named, each in its own note, with both counts.
    """
    today = now.date()
    first = today - timedelta(days=ACUTE_DAYS - 1)
    baseline_first = first - timedelta(weeks=RISING_BASELINE_WEEKS)
    recent: dict[str, list[Any]] = {}  # key -> [label, count, last]
    before: dict[str, int] = {}
    logged_before = False
    for t in triggers:
        day = t.at.date()
        if t.at > now or day < baseline_first:
            continue
        if day < first:
            logged_before = True
            before[t.key] = before.get(t.key, 0) + 1
            continue
        g = recent.get(t.key)
        if g is None:
            g = recent[t.key] = [t.what, 0, t.at]
        g[1] += 1
        if t.at >= g[2]:
            g[0], g[2] = t.what, t.at
    if not logged_before:
        return []
    rising = [
        (count, before.get(key, 0), label)
        for key, (label, count, _last) in recent.items()
        if count >= RISING_MIN and count * RISING_BASELINE_WEEKS >= RISING_FACTOR * before.get(key, 0)
    ]
    rising.sort(key=lambda r: (-r[0], r[1], r[2].casefold()))
    notes = []
    for count, was, name in rising[:RISING_LIMIT]:
        text = wording.WARNING_TEXT["trigger_rising"].format(
            name=name, times=counted(count, "time"), before=was or "none", weeks=RISING_BASELINE_WEEKS
        )
        numbers = {"trigger": name, "last_7_days": count, "weeks_before": RISING_BASELINE_WEEKS, "before": was}
        brief = wording.WARNING_BRIEF["trigger_rising"].format(name=name, count=count)
        notes.append(Note("trigger_rising", text, numbers, brief))
    return notes


def glance_notes(cravings: Iterable[CravingPoint], now: datetime, week_start: int = 0) -> list[Note]:
    """The slower pattern notes that make sense at a glance: the weekly mean craving rising,
    over the last GLANCE_WEEKS weeks (this week included)."""
    today = now.date()
    first = week_of(today, week_start) - timedelta(weeks=GLANCE_WEEKS - 1)
    note = craving_rise_note(weekly_craving(cravings, first, today, week_start), today, week_start)
    return [] if note is None else [note]


def current_warnings(
    *,
    now: datetime,
    cravings: Sequence[CravingPoint],
    triggers: Sequence[Trigger],
    restarts: Sequence[Restart],
    notes: Sequence[Note] | None = None,
    week_start: int = 0,
) -> list[Note]:
    """The warnings that hold now: acute signals first, then the slower pattern notes.

    The acute signals use only the last days up to `now` (at most LOOKBACK_DAYS): a restart in
    the last seven days, cravings of 8+ on three of them, HALT states piling up, several days
    without a check-in after a steady habit, a rising trigger. Each is an observation with its
    numbers, never a diagnosis; `Note.help` says where help is.

    Args:
        now: the current time.
        cravings: one point per check-in (at least those of the last LOOKBACK_DAYS days).
        triggers: trigger entries (at least those of the last TRIGGER_LOOKBACK_DAYS days).
        restarts: counter restarts (at least those of the last seven days).
        notes: pattern notes of a period (insights: craving rising, triggers doubled, HALT
            before use); None for the ones that make sense at a glance (`glance_notes`).
        week_start: first day of the week (0 Monday ... 6 Sunday), for the weekly craving.
    """
    acute = [
        restart_signal(restarts, now),
        craving_signal(cravings, triggers, now),
        halt_signal(triggers, now),
        pause_signal(cravings, now),
    ]
    found = [note for note in acute if note is not None] + rising_trigger_signals(triggers, now)
    return found + list(glance_notes(cravings, now, week_start) if notes is None else notes)


def restarts_of(counters: Iterable[Counter]) -> list[Restart]:
    """Every restart (relapse) of the given counters, oldest first."""
    found = [Restart(c.name, event.at) for c in counters for event in c.events if event.kind == "relapse"]
    return sorted(found, key=lambda r: r.at)


def warnings_from_stored(
    *,
    now: datetime,
    checkins: Iterable[StoredCraving],
    triggers: Iterable[StoredTrigger],
    counters: Iterable[Counter],
    week_start: int = 0,
) -> list[Note]:
    """`current_warnings` (with the at-a-glance pattern notes) from stored check-ins and
    triggers decoded into StoredCraving and StoredTrigger (Store.decoded, or the prompt line's
    own reading): only those of the last weeks the signs look at become values, so a caller
    may pass whole tables.

    Args:
        now: the current time.
        checkins: every stored check-in (or at least the last LOOKBACK_DAYS days').
        triggers: every stored trigger (or at least the last TRIGGER_LOOKBACK_DAYS days').
        counters: the counters in use (their restarts count).
        week_start: first day of the week (0 Monday ... 6 Sunday).
    """
    first_day = now.date() - timedelta(days=LOOKBACK_DAYS)
    earliest = now - timedelta(days=TRIGGER_LOOKBACK_DAYS + 1)
    return current_warnings(
        now=now,
        cravings=[c.point() for c in checkins if c.date >= first_day],
        triggers=[t.trigger() for t in triggers if t.at >= earliest],
        restarts=restarts_of(counters),
        week_start=week_start,
    )


def with_marker(line: str, count: int) -> str:
    """The prompt line (`status --short`) with the warning marker: `alcohol 142d · !2`, or the
    line unchanged when no warning holds. The marker is a character, not a colour."""
    if not count:
        return line
    marker = PROMPT_MARKER.format(count=count)
    return f"{line} · {marker}" if line else marker


# -- everything at once -----------------------------------------------------------------------
def compute(
    triggers: Sequence[Trigger],
    cravings: Sequence[CravingPoint],
    skills: Sequence[SkillPoint],
    *,
    since: datetime,
    now: datetime,
    week_start: int = 0,
    top_limit: int = 10,
    restarts: Sequence[Restart] = (),
    pledged: Iterable[date] = (),
) -> Insights:
    """All insights for the period [since, now] (see the module docstring).

    Args:
        triggers: every trigger entry (those before `since` feed the comparison notes).
        cravings: one point per check-in.
        skills: one point per skill session.
        since: start of the period.
        now: end of the period (the current time).
        week_start: first day of the week, 0 Monday ... 6 Sunday.
        top_limit: how many top triggers to keep.
        restarts: counter restarts, for the acute signals (the last seven days matter).
        pledged: the days with a morning pledge (those in the period are counted).
    """
    span = now - since
    previous_start = since - span
    current: list[Trigger] = []
    previous: list[Trigger] = []
    for t in triggers:
        if since <= t.at <= now:
            current.append(t)
        elif previous_start <= t.at < since:
            previous.append(t)
    first, last = since.date(), now.date()
    checkins = [p for p in cravings if first <= p.day <= last]
    sessions = [s for s in skills if since <= s.at <= now]
    weeks = weekly_craving(checkins, first, last, week_start)
    notes: list[Note] = []
    rise = craving_rise_note(weeks, last, week_start)
    if rise is not None:
        notes.append(rise)
    notes.extend(trigger_change_notes(current, previous, span))
    notes.extend(halt_used_notes(current))
    warnings = current_warnings(now=now, cravings=cravings, triggers=triggers, restarts=restarts, notes=notes)
    acute = [note for note in warnings if note.acute]
    difficulty, answered = mean_difficulty(checkins)
    rising = {normalise(n.numbers["trigger"]) for n in acute if n.kind == "trigger_rising"}
    notes = [n for n in notes if not (n.kind == "trigger_doubled" and normalise(n.numbers["trigger"]) in rising)]
    return Insights(
        since=since,
        until=now,
        trigger_count=len(current),
        checkin_count=len(checkins),
        skill_count=len(sessions),
        top=top_triggers(current, top_limit),
        heat=heat_map(current),
        halt=halt_frequencies(current),
        coping=coping_ranking(current),
        skills=skill_results(sessions),
        weekly_craving=weeks,
        daily_craving=daily_craving(checkins, first, last),
        notes=notes,
        acute=acute,
        weekly_confidence=weekly_confidence(checkins, first, last, week_start),
        mean_difficulty=difficulty,
        difficulty_answers=answered,
        pledge_days=days_pledged(pledged, first, last),
    )


def what_worked(triggers: Iterable[Trigger], limit: int = 3, per_trigger: int = 3) -> list[TriggerCoping]:
    """The most frequent triggers, each with the coping strategies that ended in `resisted` against it.

    Strategies are ranked by how often they worked against that trigger (most recent spelling).
    """
    entries = list(triggers)
    worked: dict[str, dict[str, list[Any]]] = {}  # trigger key -> coping key -> [label, n, last]
    for t in entries:
        if t.outcome != "resisted" or not t.coping:
            continue
        per = worked.setdefault(t.key, {})
        key = normalise(t.coping)
        g = per.get(key)
        if g is None:
            g = per[key] = [t.coping, 0, t.at]
        g[1] += 1
        if t.at >= g[2]:
            g[0], g[2] = t.coping, t.at
    result = []
    for top in top_triggers(entries, limit):
        ways = sorted(worked.get(normalise(top.name), {}).values(), key=lambda g: (-g[1], -g[2].timestamp()))
        result.append(
            TriggerCoping(top.name, top.count, top.last_seen, tuple((g[0], g[1]) for g in ways[:per_trigger]))
        )
    return result
