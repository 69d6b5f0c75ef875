"""SkillsScreen: pick a skill, rate the craving, run a big timer with a breathing guide, save.

Flow: choose a skill in the list (its steps show on the right) -> Enter -> rate the craving
now (Enter alone skips) -> the timer runs: large digits, a progress bar and, for breathing
skills, a shape that grows and shrinks with the phases -> at the end (or `x` to stop early)
rate the craving again -> the session is saved through services.skills.

Time comes from `recover_app(self).monotonic()` through core.timer.SkillTimer, never from
counting ticks; the interval only redraws. The running SkillRun is kept per app outside the
screen (`active_run(app)`), so leaving with escape and coming back with `s` (or from the SOS
screen) shows the same timer, still right. If it ends while you are elsewhere, a notification
says so and the next visit asks for the craving after.

While a skill runs (or waits for its rating) the header says so, in words (readable without
colour), on every screen with a Header. `q` asks first (app.action_quit ->
SkillQuitScreen) and `stop_and_save` keeps the session as stopped early, as Ctrl+C does in
`recover skill start`; the Skills screen's footer does not list a bare `q`.

Other screens open it with `app.push_screen(SkillsScreen(skill="box breathing"))`; the named
skill is then selected and the craving question is ready (ignored if a skill is running).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from recovery_tui import wording
from recovery_tui.core.skills import MAX_MINUTES, MIN_MINUTES, Skill, SkillRun, SkillSession, parse_craving
from recovery_tui.core.timer import PAUSED, clock_text, duration_text
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import skills as svc
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import lines as safe_lines
from recovery_tui.tui.safe import plain, shown
from recovery_tui.tui.shared.field_error import FieldError, place_error
from recovery_tui.tui.skills.breathing_guide import BreathingGuide
from recovery_tui.tui.skills.skill_timer import SkillTimerDisplay

if TYPE_CHECKING:
    from recovery_tui.store import Store
    from recovery_tui.tui.app import RecoverApp

IDLE, BEFORE, RUNNING, AFTER = "idle", "before", "running", "after"
REDRAW_SECONDS = 0.1

_RUNS: WeakKeyDictionary[App[None], SkillRun] = WeakKeyDictionary()
_WATCHERS: WeakKeyDictionary[App[None], Timer] = WeakKeyDictionary()


def active_run(app: App[None]) -> SkillRun | None:
    """The skill running (or waiting for its craving-after rating) in this app, if any."""
    return _RUNS.get(app)


def running_line(run: SkillRun) -> str:
    """The header's words for a skill in progress (or waiting for its rating)."""
    timer = run.timer
    if timer.done:
        return wording.SKILL_ENDED.format(name=run.skill.name)
    words = wording.SKILL_PAUSED if timer.state == PAUSED else wording.SKILL_RUNNING
    return words.format(name=run.skill.name, left=clock_text(timer.remaining))


def _set_run(app: RecoverApp, run: SkillRun | None) -> None:
    old = _WATCHERS.pop(app, None)
    if old is not None:
        old.stop()
    if run is None:
        _RUNS.pop(app, None)
        app.sub_title = app.shown_path
        return
    _RUNS[app] = run
    announced = False

    def watch() -> None:
        """Keep the header's line current; say when a skill ends while another screen shows."""
        nonlocal announced
        app.sub_title = running_line(run)
        if announced or not run.timer.done or isinstance(app.screen, SkillsScreen):
            return
        announced = True
        app.bell()
        app.notify(
            shown(f"{run.skill.name}: time is up. Press s to rate your craving and save it."), markup=False, timeout=15
        )

    watch()
    _WATCHERS[app] = app.set_interval(1.0, watch)


def stop_and_save(app: RecoverApp, then: Callable[[SkillSession], object]) -> None:
    """Stop the running skill and save it (stopped early, craving before kept) in a store worker.

    `then(session)` runs once it is saved; on an error the skill stays, stopped, for the
    Skills screen to rate and save again.
    """
    run = active_run(app)
    if run is None:
        return
    run.timer.stop()
    now = app.now()

    def saved(session: SkillSession) -> None:
        if active_run(app) is run:
            _set_run(app, None)
        then(session)

    app.store_work(lambda store: svc.finish_session(store, run, craving_after=None, now=now), saved, group="skill-save")


class SkillsScreen(Screen[None]):
    """The 10-minute skills: list, steps, timer, breathing guide, craving before and after."""

    CSS_PATH = Path(__file__).with_name("skills.tcss")

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("q", "app.quit", "Quit", show=False),  # asks first while a skill runs; not offered here
        Binding("p,space", "pause", "Pause/resume", key_display="p"),
        Binding("x", "stop", "Stop early"),
        Binding("plus,equals_sign", "longer", "Longer", key_display="+"),
        Binding("minus", "shorter", "Shorter", key_display="-"),
        Binding("u", "unhide", "Show hidden skills"),  # offered only while every skill is hidden
    ]

    def __init__(self, skill: str | None = None) -> None:
        super().__init__()
        self.preselect = skill
        self.mode = IDLE
        self.minutes: dict[str, int] = {}
        self._skills: list[Skill] = []
        self._rang = False
        self._busy = False  # a session is being started or saved in a store worker

    # -- layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="skills-main"):
            yield OptionList(id="skill-list")
            with Vertical(id="skill-body"):
                yield Static(id="skill-title")
                yield SkillTimerDisplay(id="skill-timer")
                yield BreathingGuide(id="skill-guide")
                yield VerticalScroll(Static(id="skill-steps-text"), id="skill-steps")
                yield Static(id="craving-label")
                yield Input(placeholder="0-10, Enter alone skips", id="craving", max_length=2)
                yield FieldError(id="craving-error")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#skill-list", OptionList).border_title = "Skills"
        run = active_run(recover_app(self))
        if run is not None:
            self._select(run.skill)
            self._set_mode(AFTER if run.timer.done else RUNNING)
        else:
            self._set_mode(IDLE)
        self._load_skills(first=True)
        self.set_interval(REDRAW_SECONDS, self._redraw)
        self.watch(self.app, "data_version", self._data_changed, init=False)

    def _load_skills(self, *, first: bool = False) -> None:
        """Read the skills (and the one asked for by name) in a store worker."""
        preselect = self.preselect if first else None

        def load(store: Store) -> tuple[list[Skill], Skill | None]:
            found = svc.find_skill(store, preselect) if preselect else None
            return svc.list_skills(store), found

        recover_app(self).store_work(load, self._show_skills, group="skills-load", failed=self._load_failed, owner=self)

    def _load_failed(self, error: RecoverError) -> None:
        recover_app(self).report(error)
        self._show_skills(([], None))

    def _show_skills(self, loaded: tuple[list[Skill], Skill | None]) -> None:
        skills, found = loaded
        current = self.skill
        self._skills = skills
        self.refresh_bindings()  # u (show hidden skills) only while none is shown
        listing = self.query_one("#skill-list", OptionList)
        listing.clear_options()
        listing.add_options([Option(plain(s.name), id=s.name) for s in self._skills])
        if self._skills:
            listing.highlighted = 0
        run = active_run(recover_app(self))
        if run is not None:
            self._select(run.skill)
        elif found is not None and self.mode == IDLE:
            self._select(found)
            self._set_mode(BEFORE)
            return
        elif current is not None and any(s.name == current.name for s in self._skills):
            self._select(current)
        self._show_skill()

    def _select(self, skill: Skill) -> None:
        """Highlight `skill`; a hidden one (opened by name or still running) is added to the list."""
        listing = self.query_one("#skill-list", OptionList)
        for index, known in enumerate(self._skills):
            if known.name == skill.name:
                listing.highlighted = index
                return
        self._skills.append(skill)
        listing.add_option(Option(plain(skill.name), id=skill.name))
        listing.highlighted = len(self._skills) - 1

    def _data_changed(self, _version: int = 0) -> None:
        """Skills added or hidden elsewhere (the CLI in another terminal) show up when idle."""
        if self.mode != IDLE:
            return
        self._load_skills()

    # -- state --------------------------------------------------------------------------
    @property
    def skill(self) -> Skill | None:
        """The skill shown: the running one, else the highlighted one."""
        run = active_run(recover_app(self))
        if run is not None:
            return run.skill
        index = self.query_one("#skill-list", OptionList).highlighted
        return self._skills[index] if index is not None and 0 <= index < len(self._skills) else None

    def _length(self, skill: Skill) -> int:
        return self.minutes.get(skill.name, skill.minutes)

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        running = mode == RUNNING
        asking = mode in (BEFORE, AFTER)
        self.query_one("#skill-list", OptionList).disabled = mode != IDLE and mode != BEFORE
        self.query_one("#skill-timer").display = running or mode == AFTER
        skill = self.skill
        self.query_one("#skill-guide").display = running and skill is not None and skill.breath is not None
        self.query_one("#craving-label").display = asking
        craving = self.query_one("#craving", Input)
        craving.display = asking
        craving.value = ""
        self.query_one("#craving-error", FieldError).show(None)
        if mode == BEFORE:
            self.query_one("#craving-label", Static).update("Craving right now, 0-10? Enter starts the timer.")
            craving.focus()
        elif mode == AFTER:
            self.query_one("#craving-label", Static).update("Craving now, 0-10? Enter saves the session.")
            craving.focus()
        elif mode == IDLE:
            self.query_one("#skill-list", OptionList).focus()
        else:
            self.set_focus(None)
        self._show_skill()
        self._redraw()
        self.refresh_bindings()

    def _show_skill(self) -> None:
        skill = self.skill
        title = self.query_one("#skill-title", Static)
        steps = self.query_one("#skill-steps-text", Static)
        if skill is None:
            title.update("No skills to show: every one is hidden. Press u to show them again.")
            steps.update("")
            return
        run = active_run(recover_app(self))
        minutes = run.timer.planned_seconds // 60 if run else self._length(skill)
        breath = f" · breathe {skill.breath.label}" if skill.breath else ""
        title.update(plain(f"{skill.name} · {minutes} min{breath}"))
        lines = [f"{n}. {step}" for n, step in enumerate(skill.steps, 1)]
        if skill.note:
            lines.append(skill.note)
        if self.mode == IDLE:
            lines.append("\nEnter: start · +/-: length")
        steps.update(safe_lines(lines))

    def _redraw(self) -> None:
        run = active_run(recover_app(self))
        if run is None:
            if self.mode in (RUNNING, AFTER):  # saved from another Skills screen (e.g. over SOS)
                self._set_mode(IDLE)
            return
        timer = run.timer
        if self.mode == RUNNING and timer.done:
            if not self._rang:
                self._rang = True
                self.app.bell()
            self._set_mode(AFTER)
            return
        line = ""
        if self.mode == AFTER:
            line = "Time is up. Well done." if timer.completed else f"Stopped after {duration_text(timer.elapsed)}."
        self.query_one(SkillTimerDisplay).show(timer, line)
        if run.skill.breath is not None:
            self.query_one(BreathingGuide).show(run.skill.breath, timer.elapsed, paused=timer.state == "paused")

    # -- events and actions -------------------------------------------------------------
    def on_option_list_option_highlighted(self, _event: OptionList.OptionHighlighted) -> None:
        if self.mode in (IDLE, BEFORE):
            self._show_skill()

    def on_option_list_option_selected(self, _event: OptionList.OptionSelected) -> None:
        if self.mode == IDLE and self.skill is not None:
            self._set_mode(BEFORE)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        app = recover_app(self)
        try:
            rating = parse_craving(event.value, "craving")
        except InvalidInput as err:
            self.query_one("#craving-error", FieldError).show(err.message)
            return
        if self._busy:
            return
        if self.mode == BEFORE and self.skill is not None:
            name, minutes, now = self.skill.name, self._length(self.skill), app.now()

            def begin(store: Store) -> SkillRun:
                return svc.begin_session(
                    store, name, now=now, clock=app.monotonic, minutes=minutes, craving_before=rating
                )

            self._busy = True
            app.store_work(begin, self._started, group="skill-begin", failed=self._failed)
        elif self.mode == AFTER:
            run_done = active_run(app)
            if run_done is None:
                self._set_mode(IDLE)
                return
            now = app.now()
            self._busy = True
            app.store_work(
                lambda store: svc.finish_session(store, run_done, craving_after=rating, now=now),
                self._finished,
                group="skill-save",
                failed=self._failed,
            )

    def _failed(self, error: RecoverError) -> None:
        self._busy = False
        fields = {"craving_before": "craving", "craving_after": "craving", "craving": "craving"}
        place_error(self, error, fields)

    def _started(self, run: SkillRun) -> None:
        self._busy = False
        app = recover_app(self)
        if active_run(app) is not None:
            return
        _set_run(app, run)
        self._rang = False
        if self.is_attached:
            self._set_mode(RUNNING)

    def _finished(self, session: SkillSession) -> None:
        self._busy = False
        app = recover_app(self)
        _set_run(app, None)
        drop = session.craving_drop
        told = f" Craving {session.craving_before} → {session.craving_after}." if drop is not None else ""
        app.notify(shown(f"Saved: {session.skill}, {duration_text(session.actual_seconds)}.{told}"), markup=False)
        app.post_message(DataChanged())
        if self.is_attached:
            self._set_mode(IDLE)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Show only the keys that do something now."""
        if action in ("pause", "stop"):
            return self.mode == RUNNING
        if action in ("longer", "shorter"):
            return self.mode == IDLE
        if action == "unhide":
            return self.mode == IDLE and not self._skills
        return True

    def action_unhide(self) -> None:
        """Show every hidden skill again (the same call as `recover skill unhide`)."""
        if self._skills:
            return
        now = recover_app(self).now()

        def unhide(store: Store) -> int:
            hidden = [s for s in svc.list_skills(store, include_hidden=True) if s.hidden]
            for skill in hidden:
                svc.set_hidden(store, skill.name, False, now=now)
            return len(hidden)

        def done(count: int) -> None:
            self.notify(f"{count} {'skill is' if count == 1 else 'skills are'} shown again.", timeout=4)
            self.app.post_message(DataChanged())

        recover_app(self).store_work(unhide, done, group="skills-unhide")

    def action_pause(self) -> None:
        """Pause or resume the running skill."""
        run = active_run(recover_app(self))
        if run is not None and self.mode == RUNNING:
            run.timer.toggle()
            self._redraw()

    def action_stop(self) -> None:
        """End early; the craving after is asked and the session saved."""
        run = active_run(recover_app(self))
        if run is not None and self.mode == RUNNING:
            run.timer.stop()
            self._set_mode(AFTER)

    def _change_length(self, delta: int) -> None:
        skill = self.skill
        if skill is None or active_run(self.app) is not None:
            return
        self.minutes[skill.name] = max(MIN_MINUTES, min(MAX_MINUTES, self._length(skill) + delta))
        self._show_skill()

    def action_longer(self) -> None:
        """One minute more (up to 60)."""
        self._change_length(1)

    def action_shorter(self) -> None:
        """One minute less (down to 1)."""
        self._change_length(-1)

    def action_back(self) -> None:
        """Back to the dashboard: a running timer keeps running; a rating question waits."""
        if self.mode == BEFORE and not self.preselect:
            self._set_mode(IDLE)
            return
        self.app.pop_screen()
