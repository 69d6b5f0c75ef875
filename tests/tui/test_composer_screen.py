"""The dashboard's Composer screen (key h): the 3-step wizard, live preview, save, follow-ups.

Each test is a plain function running its Pilot session with asyncio.run, so no async pytest
plugin is needed (the [test] extra has none).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any

from textual.widgets import Button, Footer, OptionList, TabbedContent

from recovery_tui.core.help_requests import Draft
from recovery_tui.services import help_requests as service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.dashboard.dashboard import DashboardScreen
from recovery_tui.tui.help_requests.composer_screen import ComposerScreen
from recovery_tui.tui.help_requests.followup_screen import FollowUpScreen
from recovery_tui.tui.shared.confirm import ConfirmScreen


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async Pilot test as a plain pytest test."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def _composer(app: RecoverApp) -> ComposerScreen:
    screen = app.screen
    assert isinstance(screen, ComposerScreen)
    return screen


@sync
async def test_walk_back_edit_save_and_follow_up(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        screen = _composer(app)
        assert screen.step == 1 and app.focused is not None and app.focused.id == "emotion"

        # Step 1: a word, then the intensity (past the family list).
        await pilot.press(*"sad", "tab", "tab", "6", "ctrl+n")
        assert screen.step == 2
        # Step 2: the problem, since when (Enter moves on), what was tried (Enter = Next).
        await pilot.press(*"I drink alone", "tab", *"May", "enter", *"a walk", "enter")
        assert screen.step == 3
        # Step 3: someone to talk to now.
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.preview.text.startswith("Feeling sad - need someone to talk to now\n\n")
        assert "I'm feeling sad right now (about 6 out of 10)." in screen.preview.text

        # Back to step 1 and change the emotion: the live preview follows.
        await pilot.press("escape", "escape")
        assert screen.step == 1 and app.focused is not None and app.focused.id == "emotion"
        await pilot.press("ctrl+u", *"lonely")
        await pilot.pause()
        assert screen.preview.text.startswith("Feeling lonely - need someone to talk to now\n\n")
        assert "since May" in screen.preview.text and "a walk" in screen.preview.text

        # Next through the steps to the preview, and edit it.
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n")
        assert app.focused is not None and app.focused.id == "preview"
        await pilot.press(*"Hi all. ")
        await pilot.pause()
        assert screen.edited
        await pilot.press("ctrl+o")
        await pilot.pause()

        [record] = store.all("help_requests")
        assert record["emotion"] == "lonely" and record["intensity"] == 6 and record["request"] == "talk"
        assert record["since"] == "May" and record["tried"] == "a walk"
        assert record["edited"] is True
        assert record["title"] == "Hi all. Feeling lonely - need someone to talk to now"
        assert record["body"].endswith("Is anyone around to talk right now?\n\nThank you for reading.")
        # After saving: the Saved tab, the new request selected; the wizard starts afresh.
        assert screen.query_one(TabbedContent).active == "tab-saved"
        assert screen.step == 1 and screen.draft().emotion == ""

        # Record a follow-up: helped, from Sam, with a note.
        await pilot.press("f")
        assert isinstance(app.screen, FollowUpScreen)
        await pilot.press("enter", "tab", *"Sam", "tab", *"called me", "enter")
        await pilot.pause()
        assert app.screen is screen
        [record] = store.all("help_requests")
        assert record["followups"] == [
            {"at": "2026-11-20T20:00:00+00:00", "helpful": True, "from": "Sam", "note": "called me"}
        ]
        listing = screen.query_one("#saved-list", OptionList)
        assert "helped (Sam)" in str(listing.get_option_at_index(0).prompt)
        assert "called me" in str(screen.query_one("#saved-body").render())


@sync
async def test_vague_answer_gets_one_nudge_then_moves_on(store: Store, now: datetime) -> None:
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        screen = _composer(pilot.app)
        await pilot.press("ctrl+n")
        assert screen.step == 1
        assert "name a feeling" in str(screen.query_one("#emotion-error").render())
        await pilot.press(*"idk", "ctrl+n")
        assert screen.step == 1
        assert "Press Next again to keep it" in str(screen.query_one("#step-note").render())
        await pilot.press("ctrl+n")
        assert screen.step == 2
        await pilot.press(*"beer", "ctrl+n")
        assert screen.step == 2 and "A few more words" in str(screen.query_one("#step-note").render())
        await pilot.press("ctrl+n")
        assert screen.step == 3


@sync
async def test_save_incomplete_names_the_step_and_saves_nothing(store: Store, now: datetime) -> None:
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        screen = _composer(pilot.app)
        await pilot.press(*"sad", "ctrl+o")
        await pilot.pause()
        assert screen.step == 2
        assert "! say what is happening" in str(screen.query_one("#problem-error").render())
        assert store.all("help_requests") == []


@sync
async def test_format_copy_edits_kept_and_recompose(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        screen = _composer(app)
        await pilot.press(*"tired", "ctrl+n", *"no sleep", "ctrl+n")
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert screen.preview.format == "text"
        assert screen.preview.text.startswith("Hi, it's me. I'm feeling tired right now.")
        await pilot.press("ctrl+t")
        assert app.clipboard == screen.preview.text  # OSC 52 copy; headless: no error either

        screen.query_one("#preview").focus()
        await pilot.press(*"PS ")
        await pilot.pause()
        assert screen.edited
        # Changing a step keeps the person's edits...
        await pilot.press("escape")
        await pilot.press(*" tonight")
        await pilot.pause()
        assert screen.preview.text.startswith("PS Hi, it's me.")
        assert "ctrl+r" in str(screen.query_one("#preview-status").render())
        # ...until they ask to recompose.
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert screen.preview.text.startswith("Hi, it's me. I'm feeling tired right now. No sleep tonight.")
        assert not screen.edited


@sync
async def test_saved_tab_lists_requests_and_copies_the_selected_one(store: Store, now: datetime) -> None:
    first = service.add_help_request(
        store, Draft("sad", None, "my dog died last week", request="stories"), fmt="chat", now=now
    )
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h", "ctrl+l")
        screen = _composer(app)
        assert screen.query_one(TabbedContent).active == "tab-saved"
        assert "not yet" in str(screen.query_one("#saved-list", OptionList).get_option_at_index(0).prompt)
        await pilot.press("ctrl+t")
        assert app.clipboard == first.message.text
        await pilot.press("escape")
        assert screen.query_one(TabbedContent).active == "tab-compose"
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)


@sync
async def test_fits_80x24(store: Store, now: datetime) -> None:
    async with RecoverApp(store, clock=lambda: now).run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        screen = _composer(pilot.app)
        for step in (1, 2, 3):
            screen.step = step
            await pilot.pause()
            for button in screen.query(Button):
                region = button.region
                assert region.width > 0 and region.bottom <= 23 and region.right <= 80, (step, button.id, region)
            assert screen.query_one(Footer).region.y == 23
            preview = screen.query_one("#preview").region
            assert preview.height >= 10 and preview.right <= 80


def test_dashboard_key_h_is_in_the_footer_bindings() -> None:
    keys = [b.key for b in DashboardScreen.BINDINGS if not isinstance(b, tuple)]  # type: ignore[union-attr]
    assert "h" in keys


@sync
async def test_escape_never_drops_what_was_typed_on_one_press(store: Store, now: datetime) -> None:
    app = RecoverApp(store, clock=lambda: now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        screen = _composer(app)
        await pilot.press("escape")  # nothing typed yet: closes at once
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)

        await pilot.press("h")
        screen = _composer(app)
        await pilot.press(*"sad", "ctrl+n")
        await pilot.pause()
        await pilot.press("escape")  # step 2 -> step 1, the word kept
        await pilot.pause()
        assert screen.step == 1
        await pilot.press("escape")  # on step 1 it asks first
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Close without saving this request?" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("n")  # keep writing
        await pilot.pause()
        assert app.screen is screen
        assert screen.draft().emotion == "sad"
        await pilot.press("escape", "y")  # close without saving
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert service.list_help_requests(store) == []
