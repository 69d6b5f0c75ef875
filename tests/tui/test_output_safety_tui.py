"""No terminal injection on the dashboard: every screen, on a file full of escape sequences.

The data file holds the corpus of tests/output_corpus.py (OSC 0/8/52, CSI 2J, the C1
CSI, bidi overrides, NUL, CR, backspace) in every text field of every record kind. Each
screen and panel is opened with Pilot at 80x24, and every line the screen draws (what Textual
would write to the terminal) must hold no control character, ESC, C1 or bidi override.
Screens that show stored text must show it visibly (`\\x1b`), not silently drop it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from output_corpus import CORPUS, build_corpus_export, unsafe_in
from textual.pilot import Pilot

from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp


@pytest.fixture(scope="module")
def corpus_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return build_corpus_export(tmp_path_factory.mktemp("corpus"))


@pytest.fixture
def corpus_store(cli: Callable[..., Any], corpus_export: dict[str, Any], db_path: Path) -> Store:
    assert cli("import", str(corpus_export["path"])).exit_code == 0
    return Store(db_path)


def screen_lines(app: RecoverApp) -> list[str]:
    """Every line of the screen as Textual draws it (after the app's line filters)."""
    update = app.screen._compositor.render_full_update()
    return ["".join(segment.text for segment in strip) for strip in update.strips]


async def keys(pilot: Pilot[None], *pressed: str) -> None:
    for key in pressed:
        await pilot.press(key)
        await pilot.pause()


Opener = Callable[[Pilot[None]], Awaitable[None]]


async def insights(pilot: Pilot[None]) -> None:
    """Log enough corpus triggers for patterns to show, then open insights."""
    from recovery_tui.core.insights import MIN_TRIGGERS
    from recovery_tui.services import triggers as trigger_service

    app = pilot.app
    assert isinstance(app, RecoverApp)
    for hours in range(MIN_TRIGGERS):
        at = app.now() - timedelta(hours=hours + 1)
        trigger_service.log_trigger(app.store, what=CORPUS, at=at, now=app.now(), coping=CORPUS, outcome="resisted")
    await keys(pilot, "i")


# screen -> (how to open it from the dashboard, whether it shows stored text visibly)
SCREENS: dict[str, tuple[Opener, bool]] = {
    "dashboard panels": (lambda p: keys(p), True),
    "journal list": (lambda p: keys(p, "j"), True),
    "journal entry": (lambda p: keys(p, "j", "down", "enter"), True),
    "journal editor": (lambda p: keys(p, "j", "down", "e"), True),
    "sos": (lambda p: keys(p, "ctrl+s"), True),
    "contacts": (lambda p: keys(p, "ctrl+s", "c"), True),
    "kit contacts": (lambda p: keys(p, "k"), True),
    "kit first-aid messages": (lambda p: keys(p, "k", "2"), True),
    "kit crisis lines": (lambda p: keys(p, "k", "3"), True),
    "kit contact form": (lambda p: keys(p, "k", "e"), True),
    "meeting goal": (lambda p: keys(p, "g"), False),
    "saved help requests": (lambda p: keys(p, "h", "ctrl+l"), True),
    "follow-up": (lambda p: keys(p, "h", "ctrl+l", "f"), True),
    "rewards": (lambda p: keys(p, "p"), True),
    "care plan": (lambda p: keys(p, "e"), True),
    "care form": (lambda p: keys(p, "e", "enter"), True),
    "care log form": (lambda p: keys(p, "e", "L"), True),
    "care remove": (lambda p: keys(p, "e", "d"), True),
    "insights": (insights, True),
    "skills": (lambda p: keys(p, "s", "end"), True),
    "check-in form": (lambda p: keys(p, "c"), True),
    "trigger form": (lambda p: keys(p, "t"), False),
    "relapse form": (lambda p: keys(p, "r"), False),
    "meeting form": (lambda p: keys(p, "m"), False),
    "add counter": (lambda p: keys(p, "a"), False),
    "help": (lambda p: keys(p, "question_mark"), False),
}


@pytest.mark.parametrize("name", list(SCREENS))
def test_screen_draws_no_control_character(name: str, corpus_store: Store, now: Any) -> None:
    opener, shows_stored_text = SCREENS[name]

    async def scenario() -> list[str]:
        app = RecoverApp(corpus_store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await opener(pilot)
            await pilot.pause()
            return screen_lines(app)

    lines = asyncio.run(scenario())
    bad = [(y, unsafe_in(line)) for y, line in enumerate(lines) if unsafe_in(line)]
    assert not bad, f"{name}: raw control characters on lines {bad}"
    if shows_stored_text:
        assert any("\\x1b" in line for line in lines), f"{name}: stored text not shown visibly:\n" + "\n".join(lines)


def test_a_widget_that_forgets_the_rule_still_draws_no_control_character(store: Store, now: Any) -> None:
    """The app's line filter: a screen written tomorrow, an Input or a TextArea holding raw
    stored text, a title and a toast all reach the terminal without control characters."""
    from textual.app import ComposeResult
    from textual.screen import Screen
    from textual.widgets import Input, Static, TextArea

    class Careless(Screen[None]):
        def compose(self) -> ComposeResult:
            yield Static(CORPUS, markup=False)
            yield Input(value=CORPUS)
            yield TextArea(CORPUS)

        def on_mount(self) -> None:
            self.title = CORPUS
            self.notify(CORPUS, markup=False)

    async def scenario() -> list[str]:
        app = RecoverApp(store, clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            app.push_screen(Careless())
            await pilot.pause()
            await pilot.pause()
            return screen_lines(app)

    lines = asyncio.run(scenario())
    assert sum("]0;T" in line for line in lines) >= 3  # the text is there, minus what a terminal acts on
    assert not [line for line in lines if unsafe_in(line)]


def test_the_header_shows_a_control_character_in_the_data_files_path_visibly(tmp_path: Path, now: Any) -> None:
    """The path in the header is text from outside too (RECOVER_DB, --db): shown by the rule,
    `\\x1b` rather than silently dropped, as the command line shows it."""
    folder = tmp_path / "x\x1b]0;pwn\x07y"
    folder.mkdir(mode=0o700)

    async def scenario() -> tuple[list[str], str]:
        app = RecoverApp(Store(folder / "recover.json"), clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            return screen_lines(app), app.sub_title

    lines, header = asyncio.run(scenario())
    assert not [line for line in lines if unsafe_in(line)]
    assert header.endswith("x\\x1b]0;pwn\\x07y/recover.json"), header  # the screen cuts a long path
