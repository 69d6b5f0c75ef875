"""Skill services: list, find, add, edit, remove, hide skills; begin, finish and record sessions.

Built-in skills come from core/skills.py; the `skills` table holds custom skills and one small
record per hidden built-in. Sessions go to `skill_sessions`.

Used by the CLI (`recover skill ...`), the dashboard's Skills screen, the SOS screen (which
opens the Skills screen) and the demo generator, which calls `record_session` directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from msgspec.structs import replace

from recovery_tui import messages
from recovery_tui.core.breathing import BreathPattern
from recovery_tui.core.records import from_record, from_records, same_name, to_fields
from recovery_tui.core.skills import (
    BUILTINS,
    Skill,
    SkillRun,
    SkillSession,
    SkillStats,
    check_craving,
    check_minutes,
    clean_name,
    clean_steps,
    skill_stats,
)
from recovery_tui.errors import InvalidInput, NotFound
from recovery_tui.store import Store

SKILLS = "skills"
SESSIONS = "skill_sessions"


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def list_skills(store: Store, *, include_hidden: bool = False) -> list[Skill]:
    """Built-ins first (in their usual order), then custom skills by name."""
    records = store.all(SKILLS)
    hidden = {_key(r["name"]) for r in records if r.get("builtin") and r.get("hidden")}
    skills = [replace(s, hidden=_key(s.name) in hidden) for s in BUILTINS]
    custom = sorted(from_records(Skill, [r for r in records if not r.get("builtin")]), key=lambda s: s.name.casefold())
    return [s for s in [*skills, *custom] if include_hidden or not s.hidden]


def find_skill(store: Store, name: str) -> Skill:
    """A skill by name, case-insensitively; a unique start of a name also works ('box', '4-7'),
    and so does a custom skill's id prefix.

    Hidden skills are found too (so they can be unhidden or run by name).

    Raises:
        NotFound: no skill matches, or several start with `name`.
    """
    wanted = _key(name)
    skills = list_skills(store, include_hidden=True)
    named = [s for s in skills if _key(s.name) == wanted]
    if len(named) > 1:
        ids = [s.id or "built-in" for s in named]
        raise same_name("skill", named[0].name, ids, "recover skill edit {id} --name 'new name'")
    if named:
        return named[0]
    starts = [s for s in skills if wanted and _key(s.name).startswith(wanted)]
    if len(starts) == 1:
        return starts[0]
    prefix = name.strip().lower()
    by_id = [s for s in skills if s.id and len(prefix) >= 4 and s.id.startswith(prefix)]
    if len(by_id) == 1:
        return by_id[0]
    if len(starts) > 1:
        names = ", ".join(s.name for s in starts)
        raise NotFound(f"name: '{name}' could be {names}; type more of it.")
    names = ", ".join(s.name for s in list_skills(store))
    raise NotFound(f"name: no skill called '{name}' (skills: {names}).")


def add_skill(
    store: Store,
    name: str,
    *,
    minutes: int,
    steps: Iterable[str],
    breath: BreathPattern | None,
    now: datetime,
    note: str | None = None,
) -> Skill:
    """Add a custom skill; names are unique among all skills, built-ins included."""
    skill = Skill(
        name=clean_name(name),
        steps=clean_steps(steps),
        length=check_minutes(minutes),
        phases=breath.as_tuple() if breath is not None else None,
        note=" ".join(note.split()) if note and note.strip() else None,
    )
    with store.transaction():
        taken = {_key(s.name) for s in list_skills(store, include_hidden=True)}
        if _key(skill.name) in taken:
            raise InvalidInput("name", messages.already_called("skill", skill.name))
        record = store.insert(SKILLS, to_fields(skill), now=now)
    return from_record(Skill, record)


def edit_skill(
    store: Store,
    name: str,
    *,
    now: datetime,
    new_name: str | None = None,
    minutes: int | None = None,
    steps: Iterable[str] | None = None,
    breath: BreathPattern | None = None,
    no_breath: bool = False,
) -> Skill:
    """Change a custom skill; only what is given changes. Built-ins can't be edited."""
    with store.transaction():
        skill = find_skill(store, name)
        if skill.builtin or not skill.id:
            raise InvalidInput(
                "skill",  # the skill picked, not its new --name
                f"'{skill.name}' is built in and can't be edited; add your own version with 'recover skill add'.",
            )
        changed = skill
        if new_name is not None:
            cleaned = clean_name(new_name)
            taken = {_key(s.name) for s in list_skills(store, include_hidden=True) if s.id != skill.id}
            if _key(cleaned) in taken:
                raise InvalidInput("name", messages.already_called("skill", cleaned))
            changed = replace(changed, name=cleaned)
        if minutes is not None:
            changed = replace(changed, length=check_minutes(minutes))
        if steps is not None:
            changed = replace(changed, steps=clean_steps(steps))
        if breath is not None:
            changed = replace(changed, phases=breath.as_tuple())
        if no_breath:
            changed = replace(changed, phases=None)
        record = store.update(SKILLS, skill.id, to_fields(changed), now=now)
    return from_record(Skill, record)


def remove_skill(store: Store, name: str) -> Skill:
    """Delete a custom skill (its past sessions stay). Built-ins can only be hidden."""
    with store.transaction():
        skill = find_skill(store, name)
        if skill.builtin or not skill.id:
            raise InvalidInput(
                "name",
                f"'{skill.name}' is built in and can't be removed; "
                f"hide it instead with: recover skill hide '{skill.name}'",
            )
        store.delete(SKILLS, skill.id)
    return skill


def set_hidden(store: Store, name: str, hidden: bool, *, now: datetime) -> Skill:
    """Hide a skill from lists and pickers (or show it again). Sessions are kept either way."""
    with store.transaction():
        skill = find_skill(store, name)
        if not skill.builtin and skill.id:
            store.update(SKILLS, skill.id, {"hidden": hidden}, now=now)
        else:
            marks = [r for r in store.all(SKILLS) if r.get("builtin") and _key(r["name"]) == _key(skill.name)]
            for mark in marks:
                store.delete(SKILLS, mark["id"])
            if hidden:
                hidden_mark = Skill(name=skill.name, builtin=True, hidden=True, length=None)
                store.insert(SKILLS, to_fields(hidden_mark), now=now)
    return replace(skill, hidden=hidden)


# -- sessions ---------------------------------------------------------------------------


def begin_session(
    store: Store,
    name: str,
    *,
    now: datetime,
    clock: Callable[[], float],
    minutes: int | None = None,
    craving_before: int | None = None,
) -> SkillRun:
    """Start a skill now: returns the running SkillRun (nothing is written until it ends).

    Args:
        store: where the skill is looked up.
        name: the skill's name (or a unique start of it).
        now: wall-clock time the session starts (stored as started_at).
        clock: a monotonic clock (time.monotonic, or the dashboard's injected one).
        minutes: 1-60; default: the skill's own length (10 for built-ins).
        craving_before: 0-10, or None when not rated.
    """
    skill = find_skill(store, name)
    return SkillRun.begin(skill, minutes=minutes, started_at=now, clock=clock, craving_before=craving_before)


def finish_session(store: Store, run: SkillRun, *, craving_after: int | None, now: datetime) -> SkillSession:
    """Stop the run if still going and save it once (completed or stopped early)."""
    if run.saved:
        raise InvalidInput(None, messages.SESSION_SAVED)
    run.timer.stop()
    session = record_session(
        store,
        skill=run.skill.name,
        started_at=run.started_at,
        planned_seconds=run.timer.planned_seconds,
        actual_seconds=run.timer.actual_seconds,
        completed=run.timer.completed,
        craving_before=run.craving_before,
        craving_after=craving_after,
        now=now,
    )
    run.saved = True
    return session


def record_session(
    store: Store,
    *,
    skill: str,
    started_at: datetime,
    planned_seconds: int,
    actual_seconds: int,
    completed: bool,
    craving_before: int | None,
    craving_after: int | None,
    now: datetime,
) -> SkillSession:
    """Save one finished session as given (the demo generator and imports call this directly).

    The skill name is stored as given; it need not be a current skill (skills can be renamed).
    """
    if planned_seconds < 1:
        raise InvalidInput("planned_seconds", messages.SESSION_PLANNED)
    if actual_seconds < 0:
        raise InvalidInput("actual_seconds", messages.ZERO_OR_MORE)
    session = SkillSession(
        id="",
        skill=clean_name(skill),
        started_at=started_at,
        planned_seconds=planned_seconds,
        actual_seconds=actual_seconds,
        completed=completed,
        craving_before=check_craving(craving_before, "craving before"),
        craving_after=check_craving(craving_after, "craving after"),
    )
    record = store.insert(SESSIONS, to_fields(session), now=now)
    return from_record(SkillSession, record)


def list_sessions(store: Store) -> list[SkillSession]:
    """Every session, oldest first."""
    sessions = from_records(SkillSession, store.all(SESSIONS))
    sessions.sort(key=lambda s: s.started_at)
    return sessions


def stats(store: Store) -> list[SkillStats]:
    """Sessions, completion rate and average craving drop per skill, most used first."""
    return skill_stats(list_sessions(store))
