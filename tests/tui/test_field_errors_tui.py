"""Typed field errors on the dashboard: a refusal shows under the field it names, never a flag.

Core and services raise `InvalidInput(field, message)`; each form maps the domain field to
its widget (tui/shared/field_error.py). Real store on disk, real app at 80x24, keys through
Pilot; a test that greps tui/ keeps flag-prefix parsing from coming back.
"""

from __future__ import annotations

import asyncio
import re
from datetime import datetime
from pathlib import Path

from textual.widgets import Input, Static

import recovery_tui.tui
from recovery_tui.services import counters as counter_service
from recovery_tui.services import rewards as reward_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.counters.add_counter import AddCounterScreen
from recovery_tui.tui.journal.journal_editor import JournalEditor
from recovery_tui.tui.meetings.meeting_form import MeetingForm
from recovery_tui.tui.rewards.rewards_screen import RewardsScreen
from recovery_tui.tui.shared.field_error import FieldError
from recovery_tui.tui.triggers.trigger_form import TriggerForm

TUI = Path(recovery_tui.tui.__file__).parent

FLAG_PARSING = re.compile(
    r"""removeprefix\(["']--"""  # str(err).removeprefix("--")
    r"""|removeprefix\(f?["'][\w{}-]+: ["']\)"""  # .removeprefix("name: ")
    r"""|partition\(["']: ?["']\)"""  # str(err).partition(": ")
    r"""|split\(["']: ?["'], 1\)"""  # str(err).split(": ", 1)
    r"""|f["']--\{"""  # f"--{field}: "
)


def test_no_form_reads_a_field_out_of_an_error_text() -> None:
    found = [
        f"{path.relative_to(TUI)}:{number}: {line.strip()}"
        for path in sorted(TUI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if FLAG_PARSING.search(line)
    ]
    assert found == []


def test_the_pattern_catches_the_old_string_surgery() -> None:
    for old in (
        'self._note(str(err).removeprefix("--"), "error")',
        'status.update(str(error).removeprefix("name: "))',
        "field, _, message = str(problem).partition(': ')",
        'show_error(self, key, str(error).split(": ", 1)[-1])',
        'for prefix in (f"{field}: ", f"--{field}: "):',
    ):
        assert FLAG_PARSING.search(old), old


def shown_errors(screen: object) -> dict[str, str]:
    """The id and text of every FieldError showing on `screen`."""
    return {
        widget.id or "": str(widget.render())
        for widget in screen.query(FieldError)  # type: ignore[attr-defined]
        if widget.has_class("-shown")
    }


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        await pilot.press("space" if char == " " else char)


def test_add_counter_puts_a_taken_name_under_the_name(store: Store, now: datetime) -> None:
    counter_service.add_counter(store, "alcohol", since=now, now=now)

    async def run() -> None:
        async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
            await pilot.press("a")
            await type_text(pilot, "Alcohol")
            await pilot.press("enter")
            await pilot.pause()
            screen = pilot.app.screen
            assert isinstance(screen, AddCounterScreen)
            errors = shown_errors(screen)
            assert list(errors) == ["name-error"]
            assert errors["name-error"] == "! there is already a counter called 'alcohol'."
            assert screen.focused is screen.query_one("#name", Input)
            assert not any("--" in n.message or "name:" in n.message for n in pilot.app._notifications)

    asyncio.run(run())


def test_meeting_form_puts_a_future_time_under_when(store: Store, now: datetime) -> None:
    async def run() -> None:
        async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
            await pilot.press("m")
            await pilot.pause()
            form = pilot.app.screen
            assert isinstance(form, MeetingForm)
            form.query_one("#when", Input).focus()
            form.query_one("#when", Input).value = "2030-01-01 10:00"
            await pilot.press("enter")
            await pilot.pause()
            errors = shown_errors(form)
            assert list(errors) == ["when-error"], errors
            assert errors["when-error"].startswith("! ") and "--" not in errors["when-error"]
            assert "in the future" in errors["when-error"]
        assert store.count("meetings") == 0

    asyncio.run(run())


def test_trigger_form_shows_each_refusal_under_its_own_field(store: Store, now: datetime) -> None:
    async def run() -> None:
        async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
            pilot.app.push_screen(TriggerForm())
            await pilot.pause()
            form = pilot.app.screen
            form.query_one("#f-intensity", Input).value = "11"
            form.query_one("#f-what", Input).value = "x" * 501
            form.action_save()
            await pilot.pause()
            errors = shown_errors(form)
            assert set(errors) == {"e-what", "e-intensity"}
            assert errors["e-what"] == "! keep it to 500 characters or fewer (the note can hold more)."
            assert errors["e-intensity"].startswith("! 11 is out of range")
            assert not any("--" in text or "intensity:" in text for text in errors.values())
            assert form.focused is form.query_one("#f-what", Input)
        assert store.count("triggers") == 0

    asyncio.run(run())


def test_rewards_screen_puts_a_taken_name_under_the_name_and_a_bad_cost_under_the_cost(
    store: Store, now: datetime
) -> None:
    reward_service.add_reward(store, "coffee out", cost=5, now=now)

    async def run() -> None:
        async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
            pilot.app.push_screen(RewardsScreen())
            await pilot.pause()
            screen = pilot.app.screen
            screen.query_one("#reward-name", Input).value = "Coffee out"
            screen.query_one("#reward-cost", Input).value = "0"
            screen.query_one("#reward-cost", Input).focus()
            await pilot.press("enter")
            await pilot.pause()
            errors = shown_errors(screen)
            assert list(errors) == ["reward-cost-error"]
            assert errors["reward-cost-error"] == "! use a whole number of points from 1 to 1,000,000."
            screen.query_one("#reward-cost", Input).value = "10"
            await pilot.press("enter")
            await pilot.pause()
            errors = shown_errors(screen)
            assert list(errors) == ["reward-name-error"]
            assert errors["reward-name-error"] == "! there is already a reward called 'Coffee out'."
            assert screen.focused is screen.query_one("#reward-name", Input)
            assert "--" not in str(screen.query_one("#rewards-status", Static).render())
        assert store.count("rewards") == 1

    asyncio.run(run())


def test_journal_editor_puts_a_long_tag_under_the_tags(store: Store, now: datetime) -> None:
    async def run() -> None:
        async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
            pilot.app.push_screen(JournalEditor(None, []))
            await pilot.pause()
            editor = pilot.app.screen
            await type_text(pilot, "a calm day")
            editor.query_one("#editor-tags", Input).value = "t" * 41
            await pilot.press("ctrl+o")
            await pilot.pause()
            errors = shown_errors(editor)
            assert list(errors) == ["editor-tags-error"]
            assert "keep a tag to 40 characters" in errors["editor-tags-error"]
            assert not errors["editor-tags-error"].startswith("! tag")
            assert editor.focused is editor.query_one("#editor-tags", Input)
        assert store.count("journal") == 0

    asyncio.run(run())


def test_a_field_error_reads_as_one_without_colour_and_hides_when_cleared(store: Store, now: datetime) -> None:
    async def run() -> None:
        async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
            pilot.app.push_screen(AddCounterScreen())
            await pilot.pause()
            line = pilot.app.screen.query_one("#cost-error", FieldError)
            assert not line.display
            line.show("use a number\x1b[31m")
            await pilot.pause()
            assert line.display and str(line.render()) == "! use a number\\x1b[31m"
            line.show(None)
            await pilot.pause()
            assert not line.display and str(line.render()) == ""

    asyncio.run(run())


def test_add_counter_says_the_highest_cost_as_a_person_types_it(store: Store, now: datetime) -> None:
    async def run() -> dict[str, str]:
        async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
            await pilot.press("a")
            await type_text(pilot, "gambling")
            screen = pilot.app.screen
            assert isinstance(screen, AddCounterScreen)
            screen.query_one("#cost", Input).value = "5000000"
            screen.query_one("#hours", Input).value = "30"
            await pilot.press("enter")
            await pilot.pause()
            assert screen.query_one("#cost", Input).value == "5000000"  # kept as typed
            return shown_errors(screen)

    errors = asyncio.run(run())
    assert "at most 1000000," in errors["cost-error"] and "e+" not in errors["cost-error"]
    assert "at most 24," in errors["hours-error"]
