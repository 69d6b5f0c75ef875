"""Your own contingency plan: its behaviours (built in and your own), hand logs, and the points
each behaviour earns under its schedule, derived from the logs every time.

The sources of successes form one registry, `SOURCES`: each entry says what a behaviour of that
source is called, which points.* setting holds its points (built-ins that had one before the
plan), its default period, and how to read its marks (successes and misses) from the store. A
new source (say care-plan items) is one more entry. Built-in sources are in every plan, with or
without a stored record; a `plan_behaviours` record of a built-in source only holds its
schedule (step, cap, period). Behaviours the person names have the source 'logged' and read
their marks from `plan_logs`, or the source 'care' and read the care log of one care-plan item
(`add_behaviour(care_item=...)`; a `plan_care_links` record names the item, so the behaviours'
records keep their shape).

Misses, per source (a miss resets the escalating step; see core/plan.py):
- check-in days: a calendar day without a check-in (period: day);
- sober days: a relapse on any counter (and a day without a whole sober day);
- skill sessions, meetings, helper roles: a period without one, when a period is set;
- resisted urges: a trigger that ended in use;
- your own behaviours: a log with outcome 'missed', and a whole period without a success
  when the behaviour has one (`every` day or week);
- care-plan behaviours: a care log marked missed, and a whole period without a success when
  the behaviour has one. Successes are taken (medication), attended (appointment) and negative
  (test). A positive test is neither a success nor a miss (core/plan.py `care_mark`): an honest
  result never resets the step by itself. A behaviour whose care item was removed earns
  nothing more (its logs went with the item).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

import msgspec

from recovery_tui import messages
from recovery_tui.core.counters import Counter
from recovery_tui.core.meetings import NOTE_MAX, clean_text
from recovery_tui.core.plan import (
    CARE,
    LOGGED,
    Every,
    Mark,
    PlanBehaviour,
    PlanCareLink,
    PlanLog,
    Schedule,
    Tally,
    care_mark,
    check_cap,
    check_points,
    clean_name,
    parse_outcome,
    tally,
)
from recovery_tui.core.records import from_record, from_records, same_name, several_start, to_fields
from recovery_tui.core.rewards import PointRates, PointSource, streaks, whole_days
from recovery_tui.core.timeparse import from_iso
from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.services import config as config_service
from recovery_tui.services import counters as counter_service
from recovery_tui.services import meetings as meeting_service
from recovery_tui.store import Store

if TYPE_CHECKING:
    from recovery_tui.core.care import CareItem

BEHAVIOURS = "plan_behaviours"
LOGS = "plan_logs"
LINKS = "plan_care_links"

MarkReader = Callable[[Store, PlanBehaviour, datetime, bool], list[Mark]]
"""(store, behaviour, now, timed) -> its marks. Untimed (a flat rate: only the count matters)
a reader may put every mark at `now` rather than read each stored time."""


class Source(NamedTuple):
    """One kind of behaviour in the registry."""

    label: str
    """The built-in behaviour's name (for 'logged': what the source is called)."""
    where: str
    """Where its successes come from, in a person's words."""
    setting: str | None
    """The points.* setting holding a built-in's points, if it has one."""
    points: int
    """Its points when nothing says otherwise."""
    every: Every | None
    """Its period when nothing says otherwise."""
    builtin: bool
    marks: MarkReader


def _checkin_marks(store: Store, _b: PlanBehaviour, now: datetime, timed: bool) -> list[Mark]:
    """One success per calendar day with a check-in (at noon of that day)."""
    days = set(store.days("checkins", "date"))  # the dates alone: no check-in is parsed
    if not timed:
        return [Mark(now)] * len(days)
    noon = now.replace(hour=12, minute=0, second=0, microsecond=0).timetz()
    return [Mark(datetime.combine(date.fromisoformat(d), noon)) for d in days]


def _sober_marks(store: Store, _b: PlanBehaviour, now: datetime, timed: bool) -> list[Mark]:
    """A success at the end of each whole sober day of each counter (core/rewards.sober_days),
    and a miss at each relapse."""
    marks: list[Mark] = []
    for counter in counter_service.list_counters(store, include_archived=True):
        marks += counter_marks(counter, now, timed=timed)
    return marks


def counter_marks(counter: Counter, now: datetime, *, timed: bool = True) -> list[Mark]:
    """One counter's whole sober days (successes, each at the end of its day) and relapses
    (misses) up to `now`; untimed (for a flat rate, where only the count matters), all at `now`."""
    marks = [Mark(e.at, hit=False) for e in counter.events if e.kind == "relapse" and e.at <= now]
    for begin, end in streaks(counter, now):
        days = whole_days(begin, end)
        marks += [Mark(begin + timedelta(days=day)) for day in range(1, days + 1)] if timed else [Mark(now)] * days
    return marks


def _at(text: str, now: datetime, timed: bool) -> datetime:
    """A stored time, read only when the schedule needs it."""
    return from_iso(text) if timed else now


def _skill_marks(store: Store, _b: PlanBehaviour, now: datetime, timed: bool) -> list[Mark]:
    """One success per completed skill session."""
    return [Mark(_at(r["started_at"], now, timed)) for r in store.all("skill_sessions") if r.get("completed")]


def _meeting_marks(store: Store, _b: PlanBehaviour, now: datetime, _timed: bool) -> list[Mark]:
    """One success per meeting up to now."""
    return [Mark(m.at) for m in meeting_service.list_meetings(store) if m.at <= now]


def _helper_marks(store: Store, _b: PlanBehaviour, now: datetime, _timed: bool) -> list[Mark]:
    """One success per helper role (greeter, shared, buddy, chair) in a meeting up to now."""
    return [Mark(m.at) for m in meeting_service.list_meetings(store) if m.at <= now for _ in m.helper_roles]


def _urge_marks(store: Store, _b: PlanBehaviour, now: datetime, timed: bool) -> list[Mark]:
    """A success per trigger that ended resisted; a miss per one that ended in use (read only
    for a schedule: at a flat rate a miss changes nothing)."""
    if not timed:
        return [Mark(now)] * store.count_where("triggers", lambda r: r.get("outcome") == "resisted")
    resisted = store.select_equal("triggers", "outcome", "resisted")
    used = store.select_equal("triggers", "outcome", "used")
    return [Mark(from_iso(r["at"])) for r in resisted] + [Mark(from_iso(r["at"]), hit=False) for r in used]


def _logged_marks(store: Store, behaviour: PlanBehaviour, _now: datetime, _timed: bool) -> list[Mark]:
    """The behaviour's own hand logs: done is a success, missed a miss."""
    return [Mark(log.at, hit=log.outcome == "done") for log in logs_of(store, behaviour.id)]


def care_item_of(store: Store, behaviour: PlanBehaviour) -> CareItem | None:
    """The care-plan item a behaviour of source 'care' counts (None: not one, or the item was removed)."""
    if behaviour.source != CARE or not behaviour.id:
        return None
    from recovery_tui.core.care import CareItem
    from recovery_tui.services.care import ITEMS  # the care plan's code only where a behaviour counts it

    for link in from_records(PlanCareLink, store.select_equal(LINKS, "behaviour_id", behaviour.id)):
        found = store.select_equal(ITEMS, "id", link.item_id)
        if found:
            return from_record(CareItem, found[0])
    return None


def _care_marks(store: Store, behaviour: PlanBehaviour, now: datetime, _timed: bool) -> list[Mark]:
    """The care item's logs up to now: taken, attended, negative a success, missed a miss (core/plan.py care_mark)."""
    item = care_item_of(store, behaviour)
    if item is None:
        return []
    from recovery_tui.services.care import list_care_logs

    marks = []
    for log in list_care_logs(store, item=item):
        hit = care_mark(log.status)
        if hit is not None and log.at <= now:
            marks.append(Mark(log.at, hit=hit))
    return marks


SOURCES: dict[str, Source] = {
    "checkin": Source("check-in days", "your check-ins", "points.checkin", 1, "day", True, _checkin_marks),
    "sober_day": Source("sober days", "your counters", "points.sober_day", 1, "day", True, _sober_marks),
    "skill_session": Source(
        "skill sessions", "your completed skill sessions", "points.skill_session", 2, None, True, _skill_marks
    ),
    "meeting": Source("meetings", "your meeting log", "points.meeting", 3, None, True, _meeting_marks),
    "helper_role": Source("helper roles", "your meeting log", "points.helper_role", 2, None, True, _helper_marks),
    "urge_resisted": Source("resisted urges", "your trigger log", None, 0, None, True, _urge_marks),
    LOGGED: Source("your own", "your own logs", None, 0, None, False, _logged_marks),
    CARE: Source("from your care plan", "your care plan's log", None, 0, None, False, _care_marks),
}
"""Every source of successes, built-ins in display order first."""


class PlanEntry(msgspec.Struct, frozen=True):
    """A behaviour of the plan with its schedule and what its marks add up to now."""

    behaviour: PlanBehaviour
    schedule: Schedule
    tally: Tally

    @property
    def builtin(self) -> bool:
        """Built in (derived from other logs) rather than logged by hand."""
        return SOURCES[self.behaviour.source].builtin

    @property
    def key(self) -> str:
        """The built-in's source key (checkin, ...) or the behaviour's id."""
        return self.behaviour.source if self.builtin else self.behaviour.id


def _rates(store: Store) -> PointRates:
    """The points.* settings."""
    return PointRates.from_config(config_service.load(store))


def behaviours(store: Store) -> list[PlanBehaviour]:
    """The plan: every built-in (its stored schedule if any, else the defaults), then the
    person's own behaviours in the order they were added. Built-ins' points come from their
    points.* settings."""
    stored = from_records(PlanBehaviour, store.all(BEHAVIOURS))
    rates = _rates(store)
    plan: list[PlanBehaviour] = []
    for key, source in SOURCES.items():
        if not source.builtin:
            continue
        # one record per built-in; after a merge of two files, the one changed last counts
        record = max((b for b in stored if b.source == key), key=lambda b: str(b.updated_at), default=None)
        if record is None:
            record = PlanBehaviour("", source.label, key, None, 0, None, source.every)
        points = getattr(rates, key) if source.setting else (record.points or source.points)
        plan.append(msgspec.structs.replace(record, name=source.label, points=points))
    own = [b for b in stored if b.source in (LOGGED, CARE)]
    plan += sorted(own, key=lambda b: (str(b.created_at), b.name.casefold()))
    return plan


def schedule_of(behaviour: PlanBehaviour) -> Schedule:
    """The behaviour's schedule."""
    return Schedule(behaviour.points or 0, behaviour.step, behaviour.cap, behaviour.every)


def plan_view(store: Store, *, now: datetime) -> list[PlanEntry]:
    """Every behaviour of the plan with its points so far and what the next success earns."""
    entries = []
    for behaviour in behaviours(store):
        schedule = schedule_of(behaviour)
        marks = SOURCES[behaviour.source].marks(store, behaviour, now, bool(schedule.step))
        entries.append(PlanEntry(behaviour, schedule, tally(marks, schedule, now)))
    return entries


class Earned(msgspec.Struct, frozen=True):
    """What one behaviour of the plan earned in a period: successes and the points they earned
    there (each at the step it had, the run counted from before the period)."""

    entry: PlanEntry
    count: int
    points: int


def earned_between(store: Store, *, since: datetime, now: datetime) -> list[Earned]:
    """Every behaviour of the plan with its successes and points in [since, now]: its tally up
    to `now` less its tally up to `since` (the escalating step carries into the period)."""
    earned = []
    for behaviour in behaviours(store):
        schedule = schedule_of(behaviour)
        marks = [m for m in SOURCES[behaviour.source].marks(store, behaviour, now, True) if m.at <= now]
        total = tally(marks, schedule, now)
        before = tally([m for m in marks if m.at <= since], schedule, since)
        entry = PlanEntry(behaviour, schedule, total)
        earned.append(Earned(entry, total.count - before.count, total.points - before.points))
    return earned


def gained(store: Store, source: str, *, at: datetime, count: int, now: datetime) -> int:
    """What `count` successes at `at` of the built-in `source` (meeting, helper_role, ...) add
    to the plan's points as of `now`: `count` x its points at a flat rate; with an escalating
    schedule, its tally with them less its tally without them (the step of later successes
    moves too). For saying what a logged meeting earned."""
    if count <= 0:
        return 0
    behaviour = next(b for b in behaviours(store) if b.source == source)
    schedule = schedule_of(behaviour)
    if not schedule.step:
        return count * schedule.points
    marks = SOURCES[source].marks(store, behaviour, now, True)
    without = list(marks)
    for _ in range(count):
        if Mark(at) in without:
            without.remove(Mark(at))
    return tally(marks, schedule, now).points - tally(without, schedule, now).points


def point_sources(entries: list[PlanEntry]) -> tuple[PointSource, ...]:
    """The balance's lines: one per behaviour of the plan (what core/rewards.Balance adds up).

    The five built-ins that have a points.* setting are always there, as before the plan; any
    other behaviour only when it can earn (points or a step above 0) or has earned."""
    return tuple(
        PointSource(e.key, e.behaviour.name, e.tally.count, e.schedule.points, e.tally.points)
        for e in entries
        if SOURCES[e.behaviour.source].setting or e.schedule.points or e.schedule.step or e.tally.points
    )


def find_behaviour(store: Store, name: str) -> PlanBehaviour:
    """A behaviour by name (case-insensitive), a built-in by its key (checkin, meeting...), by
    the unique start of a name, or one of your own by id prefix."""
    wanted = " ".join(name.split()).casefold()
    plan = behaviours(store)
    named = [b for b in plan if b.name.casefold() == wanted or (not b.id and b.source == wanted)]
    if len(named) > 1:
        raise same_name("behaviour", named[0].name, [b.id for b in named], "recover plan remove {id}")
    if named:
        return named[0]
    starting = [b for b in plan if wanted and b.name.casefold().startswith(wanted)]
    if len(starting) == 1:
        return starting[0]
    if len(name.strip()) >= 4:
        found = [b for b in plan if b.id and b.id.startswith(name.strip())]
        if len(found) == 1:
            return found[0]
    if (several := several_start(plan, name, "behaviour")) is not None:
        raise several
    names = ", ".join(f"'{b.name}'" for b in plan)
    raise NotFound(f"No behaviour called '{name}' in your plan (behaviours: {names}).")


def _clash(plan: list[PlanBehaviour], name: str, keep: PlanBehaviour | None = None) -> None:
    """Refuse a name another behaviour of the plan already has."""
    for other in plan:
        if other.name.casefold() == name.casefold() and other is not keep:
            raise InvalidInput("name", messages.already_called("behaviour", other.name))


def add_behaviour(
    store: Store,
    name: str,
    *,
    points: int,
    now: datetime,
    step: int = 0,
    cap: int | None = None,
    every: Every | None = None,
    note: str | None = None,
    care_item: str | None = None,
) -> PlanBehaviour:
    """Add a behaviour you log by hand, or one counting a care-plan item's logs (`care_item`,
    its name as `recover care` finds it), with its points and optional escalating schedule.

    `cap` 0 means no cap. Names are unique across the plan (built-ins included).
    """
    cleaned = clean_name(name)
    points = check_points(points, "points")
    step = check_points(step, "step")
    capped = check_points(cap, "cap") or None if cap is not None else None
    check_cap(points, capped)
    source = LOGGED if care_item is None else CARE
    behaviour = PlanBehaviour(
        "", cleaned, source, points, step, capped, every, clean_text(note, field="note", limit=NOTE_MAX)
    )
    from recovery_tui.services.care import find_care_item

    with store.transaction():
        item = find_care_item(store, care_item) if care_item is not None else None
        _clash(behaviours(store), cleaned)
        record = store.insert(BEHAVIOURS, to_fields(behaviour), now=now)
        if item is not None:
            link = PlanCareLink("", str(record["id"]), item.id)
            store.insert(LINKS, to_fields(link), now=now)
    return from_record(PlanBehaviour, record)


KEEP: Any = object()
"""`edit_behaviour(every=KEEP)` leaves the period as it is (None clears it)."""


def edit_behaviour(
    store: Store,
    name: str,
    *,
    now: datetime,
    new_name: str | None = None,
    points: int | None = None,
    step: int | None = None,
    cap: int | None = None,
    every: Every | None | Any = KEEP,
    note: str | None = None,
) -> PlanBehaviour:
    """Change a behaviour's name (your own only), points, step, cap (0: none), period or note.

    A built-in's points are its points.* setting when it has one (`recover config set
    points.meeting 4` and this are the same change); its schedule is stored as a
    plan_behaviours record of its source.
    """
    with store.transaction():
        plan = behaviours(store)
        current = find_behaviour(store, name)
        source = SOURCES[current.source]
        changes: dict[str, object] = {}
        if new_name is not None:
            if source.builtin:
                raise InvalidInput("new_name", messages.PLAN_BUILTIN_NAME)
            changes["name"] = clean_name(new_name)
            _clash(plan, str(changes["name"]), keep=next(b for b in plan if b.id == current.id))
        if points is not None:
            changes["points"] = check_points(points, "points")
        if step is not None:
            changes["step"] = check_points(step, "step")
        if cap is not None:
            changes["cap"] = check_points(cap, "cap") or None
        if every is not KEEP:
            changes["every"] = every
        if note is not None:
            changes["note"] = clean_text(note, field="note", limit=NOTE_MAX)
        after = msgspec.structs.replace(current, **changes)
        check_cap(after.points or 0, after.cap)
        if source.setting and points is not None:
            config_service.set_value(store, source.setting, str(points))
        stored = after if not source.setting else msgspec.structs.replace(after, points=None)
        fields = to_fields(stored)
        if current.id:
            record = store.update(BEHAVIOURS, current.id, fields, now=now)
        else:
            record = store.insert(BEHAVIOURS, fields, now=now)
    saved = from_record(PlanBehaviour, record)
    return msgspec.structs.replace(saved, points=after.points)


def remove_behaviour(store: Store, name: str) -> tuple[PlanBehaviour, int]:
    """Remove one of your own behaviours and its logs; returns it and how many logs went.

    Built-ins stay in every plan (give one 0 points instead)."""
    with store.transaction():
        behaviour = find_behaviour(store, name)
        if SOURCES[behaviour.source].builtin:
            raise InvalidInput("name", messages.plan_builtin(behaviour.name))
        logs = logs_of(store, behaviour.id)
        for log in logs:
            store.delete(LOGS, log.id)
        for link in store.select_equal(LINKS, "behaviour_id", behaviour.id):
            store.delete(LINKS, str(link["id"]))
        store.delete(BEHAVIOURS, behaviour.id)
    return behaviour, len(logs)


def logs_of(store: Store, behaviour_id: str) -> list[PlanLog]:
    """One behaviour's hand logs, oldest first."""
    return [log for log in list_logs(store) if log.behaviour_id == behaviour_id]


def list_logs(store: Store) -> list[PlanLog]:
    """Every hand log, oldest first."""
    return sorted(from_records(PlanLog, store.all(LOGS)), key=lambda log: (log.at, log.id))


def log_behaviour(
    store: Store, name: str, *, at: datetime, now: datetime, outcome: str = "done", note: str | None = None
) -> tuple[PlanLog, PlanEntry]:
    """Log a success (done) or a miss of one of your own behaviours; returns the log and the
    behaviour's entry after it (points so far, what the next success earns)."""
    parsed = parse_outcome(outcome)
    if at > now:
        raise InvalidInput("at", messages.in_future("a log"))
    cleaned_note = clean_text(note, field="note", limit=NOTE_MAX)
    with store.transaction():
        behaviour = find_behaviour(store, name)
        source = SOURCES[behaviour.source]
        if source.builtin:
            raise InvalidInput("name", messages.plan_derived(behaviour.name, source.where))
        if behaviour.source == CARE:
            item = care_item_of(store, behaviour)
            if item is None:
                raise InvalidInput("name", messages.plan_care_item_gone(behaviour.name))
            raise InvalidInput("name", messages.plan_from_care(behaviour.name, item.name))
        log = PlanLog("", behaviour.id, behaviour.name, at, parsed, cleaned_note)
        record = store.insert(LOGS, to_fields(log), now=now)
        entry = next(e for e in plan_view(store, now=now) if e.behaviour.id == behaviour.id)
    return from_record(PlanLog, record), entry


def find_log(store: Store, text: str) -> PlanLog:
    """A hand log by id or unique id prefix (4+ characters)."""
    return from_record(PlanLog, store.find(LOGS, text.strip()))


def remove_log(store: Store, text: str) -> PlanLog:
    """Remove a hand log (its points go with it)."""
    with store.transaction():
        log = find_log(store, text)
        store.delete(LOGS, log.id)
    return log
