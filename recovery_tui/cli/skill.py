"""`recover skill`: run a 10-minute skill with a live timer; list, add, edit, hide skills; stats.

`skill start` asks the craving (0-10) before and after, shows a Rich live display (time left, a
progress bar and, for breathing skills, the current phase with its own countdown), pauses on
Ctrl+C and asks whether to resume or stop, then saves the session.

Without a terminal (cron, pipes) nothing is asked: ratings not given with --craving-before /
--craving-after are left empty, as with --no-rating, and Ctrl+C stops early and saves. A NAME
is then required.

Testing and demos: the hidden environment variable RECOVER_CLOCK_SPEED (a number > 0, default 1)
makes the timer's monotonic clock run that many times faster, so `RECOVER_CLOCK_SPEED=600
recover skill start walking --minutes 1` finishes in a tenth of a second of real time. The
session is saved exactly as a real one would be (planned 60 s, actual 60 s): it measures the
sped-up clock. Nothing else changes; real use never sets it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

from recovery_tui import wording
from recovery_tui.cli import common, complete
from recovery_tui.cli.flags import at_prompt
from recovery_tui.cli.listing import FirstN, first
from recovery_tui.core.breathing import parse_pattern, phase_at
from recovery_tui.core.skills import Skill, SkillRun, SkillSession, check_craving, check_minutes, parse_craving
from recovery_tui.core.timer import clock_text, duration_text
from recovery_tui.errors import InvalidInput
from recovery_tui.services import skills as svc

if TYPE_CHECKING:
    from rich.console import RenderableType

skill_app = typer.Typer(
    rich_markup_mode=None,
    help="10-minute skills to ride out a craving, with a live timer. Example: recover skill start 'box breathing'",
    no_args_is_help=True,
)


def _skill_name(help_text: str) -> Any:
    """A skill-name argument that completes skill names in the shell."""
    return typer.Argument(help=help_text, autocompletion=complete.skill_names)


SPEED_VAR = "RECOVER_CLOCK_SPEED"
TICK_SECONDS = 0.1


def _monotonic() -> Callable[[], float]:
    """time.monotonic, sped up by RECOVER_CLOCK_SPEED when set (see the module docstring)."""
    raw = os.environ.get(SPEED_VAR)
    if not raw:
        return time.monotonic
    try:
        speed = float(raw)
    except ValueError:
        speed = 0.0
    if not speed > 0:
        raise InvalidInput(SPEED_VAR, "use a number above 0 (1 is real time).")
    base = time.monotonic()
    return lambda: base + (time.monotonic() - base) * speed


def _speed() -> float:
    raw = os.environ.get(SPEED_VAR)
    return float(raw) if raw else 1.0


# -- start ------------------------------------------------------------------------------


def _pick_skill(ctx: typer.Context, name: str | None) -> Skill:
    store = common.get_store(ctx)
    if name is not None:
        return svc.find_skill(store, name)
    if not common.interactive():
        raise InvalidInput("name", "name a skill when not at a terminal, e.g. recover skill start 'paced breathing'.")
    skills = svc.list_skills(store)
    for number, skill in enumerate(skills, 1):
        common.say(f"  {number}. {skill.name}")
    answer = common.ask("Which skill? (number or name)", default="1", field="name").strip()
    if answer.isdigit() and 1 <= int(answer) <= len(skills):
        return skills[int(answer) - 1]
    return svc.find_skill(store, answer)


def _ask_craving(question: str, field_name: str) -> int | None:
    while True:
        text = common.ask(question, default="", field=field_name)
        try:
            return parse_craving(text, field_name)
        except InvalidInput as err:
            common.warn(at_prompt(err, "skill"))


def _print_intro(skill: Skill, minutes: int) -> None:
    pattern = f" · breathe {skill.breath.label}" if skill.breath else ""
    common.say(f"{skill.name} · {minutes} min{pattern}")
    for number, step in enumerate(skill.steps, 1):
        common.say(f"  {number}. {step}")
    if skill.note:
        common.say(f"  {skill.note}")
    if common.interactive():
        common.say("Ctrl+C pauses.")


def _render(run: SkillRun) -> RenderableType:
    from rich.console import Group
    from rich.progress_bar import ProgressBar
    from rich.table import Table
    from rich.text import Text

    timer = run.timer
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=12)
    grid.add_column()
    grid.add_row(
        Text(f"{clock_text(timer.remaining)} left", style="bold"),
        ProgressBar(total=timer.planned_seconds, completed=timer.elapsed, width=40),
    )
    if run.skill.breath is not None:
        phase = phase_at(run.skill.breath, timer.elapsed)
        grid.add_row(
            Text(f"{phase.words} {phase.count}"),
            ProgressBar(total=phase.seconds, completed=phase.elapsed, width=phase.seconds * 3),
        )
    return Group(grid)


def _ask_resume(run: SkillRun) -> bool:
    """After Ctrl+C: True to resume, False to stop early (also at no terminal or a 2nd Ctrl+C)."""
    left = clock_text(run.timer.remaining)
    if not common.interactive():
        common.say(f"\nPaused with {left} left; not at a terminal, so stopping here.")
        return False
    common.say("")
    while True:
        try:
            answer = common.ask(f"Paused with {left} left. Resume (r) or stop (s)?", default="r", field="resume")
        except (KeyboardInterrupt, EOFError):
            return False
        choice = answer.strip().lower()
        if choice in ("r", "resume", "y", "yes"):
            return True
        if choice in ("s", "stop", "n", "no", "q"):
            return False
        common.warn("Type r to resume or s to stop.")


def _run_timer(run: SkillRun, *, quiet: bool) -> None:
    """Count down until finished or stopped; Ctrl+C pauses and asks (never a traceback)."""
    tick = TICK_SECONDS
    speed = _speed()
    while not run.timer.done:
        try:
            if quiet:
                while not run.timer.done:
                    time.sleep(min(tick, max(0.001, run.timer.remaining / speed)))
            else:
                from rich.live import Live

                with Live(_render(run), console=common.console(), refresh_per_second=10, transient=False) as live:
                    while not run.timer.done:
                        time.sleep(min(tick, max(0.001, run.timer.remaining / speed)))
                        live.update(_render(run))
                if not common.console().is_terminal:
                    common.console().print()  # a non-terminal Live leaves the cursor after its last frame
        except KeyboardInterrupt:
            run.timer.pause()
            if _ask_resume(run):
                run.timer.resume()
            else:
                run.timer.stop()


@skill_app.command("start")
def start(
    ctx: typer.Context,
    name: Annotated[str | None, _skill_name("Skill name or its start, e.g. box. Asked if left out.")] = None,
    *,
    minutes: Annotated[int | None, typer.Option("--minutes", "-m", help="Length, 1-60 (default 10).")] = None,
    craving_before: Annotated[
        int | None, typer.Option("--craving-before", help="Craving now, 0-10 (skips the question).")
    ] = None,
    craving_after: Annotated[
        int | None, typer.Option("--craving-after", help="Craving at the end, 0-10 (skips the question).")
    ] = None,
    no_rating: Annotated[bool, typer.Option("--no-rating", help="Don't ask about the craving.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No live display; just wait.")] = False,
    bell: Annotated[bool, typer.Option("--bell", help="Ring the terminal bell at the end.")] = False,
) -> None:
    """Run a skill with a live timer; rate the craving before and after; the session is saved.

    Example: recover skill start 'box breathing' --minutes 5
    """
    check_craving(craving_before, "craving_before")
    check_craving(craving_after, "craving_after")
    if minutes is not None:
        check_minutes(minutes)
    clock = _monotonic()
    skill = _pick_skill(ctx, name)
    length = minutes if minutes is not None else skill.minutes
    store = common.get_store(ctx)
    asking = common.interactive() and not no_rating
    before = craving_before
    if before is None and asking:
        before = _ask_craving("Craving right now, 0-10 (Enter to skip)", "craving_before")
    _print_intro(skill, length)
    run = svc.begin_session(store, skill.name, now=common.now(), clock=clock, minutes=length, craving_before=before)
    _run_timer(run, quiet=quiet)
    run.timer.stop()
    if bell:
        typer.echo("\a", nl=False)  # the terminal bell (BEL), even when Rich thinks it's no terminal
    done = duration_text(run.timer.elapsed)
    if run.timer.completed:
        common.say(f"Done: {length} min of {skill.name}. Well done for staying with it.")
    else:
        common.say(f"Stopped after {done}. Every minute of a skill counts.")
    after = craving_after
    if after is None and asking:
        after = _ask_craving("Craving now, 0-10 (Enter to skip)", "craving_after")
    session = svc.finish_session(store, run, craving_after=after, now=common.now())
    common.say(_saved_line(session))


def _saved_line(session: SkillSession) -> str:
    line = "Session saved."
    drop = session.craving_drop
    if drop is None:
        return line
    line += f" Craving {session.craving_before} → {session.craving_after}."
    if drop > 0:
        return f"{line} It eased by {drop}."
    if drop == 0:
        return f"{line} It held steady, and you stayed with it."
    return f"{line} {wording.SKILL_CRAVING_UP}"


# -- list, show, add, edit, remove, hide ------------------------------------------------


def skill_json(skill: Skill) -> dict[str, Any]:
    """A skill as `--json` prints it (built-in or custom, without id or times)."""
    return {
        "name": skill.name,
        "kind": skill.kind,
        "minutes": skill.minutes,
        "breath": list(skill.phases) if skill.phases is not None else None,
        "steps": list(skill.steps),
        "note": skill.note,
        "hidden": skill.hidden,
    }


@skill_app.command("list")
def list_cmd(
    ctx: typer.Context,
    *,
    show_all: Annotated[bool, typer.Option("--all", help="Include hidden skills.")] = False,
    limit: FirstN = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List the skills you can start (built-in and your own).

    Example: recover skill list --all
    """
    skills = first(svc.list_skills(common.get_store(ctx), include_hidden=show_all), limit)
    if as_json:
        common.emit_json([skill_json(s) for s in skills])
        return
    rows = [
        [
            s.name + (" (hidden)" if s.hidden else ""),
            f"{s.minutes} min",
            s.breath.label if s.breath else "",
            s.kind,
        ]
        for s in skills
    ]
    common.table(["skill", "length", "breath", "kind"], rows)
    common.say("Start one: recover skill start NAME   ·   steps: recover skill show NAME")


@skill_app.command("show")
def show(
    ctx: typer.Context,
    name: Annotated[str, _skill_name("Skill name or its start.")],
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show a skill's steps (and its safety note, if any).

    Example: recover skill show 'cold impulse'
    """
    skill = svc.find_skill(common.get_store(ctx), name)
    if as_json:
        common.emit_json(skill_json(skill))
        return
    _print_intro(skill, skill.minutes)


@skill_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Name of your skill, e.g. 'evening walk'.")],
    *,
    minutes: Annotated[int, typer.Option("--minutes", "-m", help="Length, 1-60.")] = 10,
    step: Annotated[list[str] | None, typer.Option("--step", help="A step; repeat for each step, in order.")] = None,
    breath: Annotated[
        str | None, typer.Option("--breath", help="Breathing pattern in seconds: in,hold,out[,hold], e.g. 4,7,8.")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="A note shown with the steps.")] = None,
) -> None:
    """Add your own skill.

    Example: recover skill add 'evening walk' --minutes 15 --step "Walk to the park and back"
    """
    pattern = parse_pattern(breath) if breath is not None else None
    skill = svc.add_skill(
        common.get_store(ctx), name, minutes=minutes, steps=step or [], breath=pattern, note=note, now=common.now()
    )
    common.say(f"Added '{skill.name}' ({skill.minutes} min). Start it: recover skill start '{skill.name}'")


@skill_app.command("edit")
def edit(
    ctx: typer.Context,
    name: Annotated[str, _skill_name("The custom skill to change.")],
    *,
    new_name: Annotated[str | None, typer.Option("--name", help="A new name.")] = None,
    minutes: Annotated[int | None, typer.Option("--minutes", "-m", help="New length, 1-60.")] = None,
    step: Annotated[list[str] | None, typer.Option("--step", help="Replace all steps; repeat for each.")] = None,
    breath: Annotated[str | None, typer.Option("--breath", help="New breathing pattern, e.g. 4,0,6.")] = None,
    no_breath: Annotated[bool, typer.Option("--no-breath", help="Remove the breathing pattern.")] = False,
) -> None:
    """Change one of your own skills; only what you give changes.

    Example: recover skill edit 'evening walk' --minutes 20
    """
    if breath is not None and no_breath:
        raise InvalidInput("breath", "give --breath or --no-breath, not both.")
    skill = svc.edit_skill(
        common.get_store(ctx),
        name,
        now=common.now(),
        new_name=new_name,
        minutes=minutes,
        steps=step,
        breath=parse_pattern(breath) if breath is not None else None,
        no_breath=no_breath,
    )
    common.say(f"Saved '{skill.name}' ({skill.minutes} min, {len(skill.steps)} steps).")


@skill_app.command("remove")
def remove(
    ctx: typer.Context,
    name: Annotated[str, _skill_name("The custom skill to remove.")],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask.")] = False,
) -> None:
    """Remove one of your own skills (its past sessions are kept). Built-ins can be hidden.

    Example: recover skill remove 'evening walk' --yes
    """
    store = common.get_store(ctx)
    skill = svc.find_skill(store, name)
    if skill.builtin:
        svc.remove_skill(store, skill.name)  # raises the "hide it instead" message
    if not common.confirm(f"Remove the skill '{skill.name}'? Past sessions stay.", assume_yes=yes):
        common.say("Nothing removed.")
        return
    svc.remove_skill(store, skill.name)
    common.say(f"Removed '{skill.name}'. Its past sessions are kept.")


@skill_app.command("hide")
def hide(
    ctx: typer.Context,
    name: Annotated[str, _skill_name("Skill to hide.")],
) -> None:
    """Hide a skill from lists and pickers (unhide brings it back; sessions are kept).

    Example: recover skill hide walking
    """
    skill = svc.set_hidden(common.get_store(ctx), name, True, now=common.now())
    common.say(f"'{skill.name}' is hidden. Bring it back with: recover skill unhide '{skill.name}'")


@skill_app.command("unhide")
def unhide(
    ctx: typer.Context,
    name: Annotated[str, _skill_name("Hidden skill to show again.")],
) -> None:
    """Show a hidden skill again.

    Example: recover skill unhide walking
    """
    skill = svc.set_hidden(common.get_store(ctx), name, False, now=common.now())
    common.say(f"'{skill.name}' is back in the list.")


# -- stats ------------------------------------------------------------------------------


@skill_app.command("stats")
def stats(
    ctx: typer.Context,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Sessions per skill, how many ran the full time, and the average craving drop.

    Example: recover skill stats --json
    """
    rows = svc.stats(common.get_store(ctx))
    if as_json:
        common.emit_json([r.to_json() for r in rows])
        return
    if not rows:
        common.say("No skill sessions yet. Try one: recover skill start 'paced breathing'")
        return
    table_rows = []
    for r in rows:
        # shown as after minus before, like `recover insights`: negative means it eased
        drop = "-" if r.average_drop is None else f"{-r.average_drop:+.1f}"
        table_rows.append(
            [
                r.skill,
                str(r.sessions),
                f"{r.completion_rate:.0%}",
                f"{r.total_seconds / 60:.0f} min",
                drop,
                str(r.rated),
            ]
        )
    common.table(["skill", "sessions", "full time", "total", "avg craving change", "rated"], table_rows)
    common.say("Craving change = after minus before, over sessions rated both times (- means it eased).")


def register(app: typer.Typer) -> None:
    """Add the `skill` group to the root app."""
    app.add_typer(skill_app, name="skill", short_help="10-minute skills for a craving · recover skill start box")
