"""A damaged data file on the dashboard (found when a new user's file was cut short): every panel
and SOS say plainly what is wrong, whole (the Today panel does not cut it at its edge), and
name no shell command; ctrl+s still opens the crisis lines."""

from __future__ import annotations

import asyncio
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from recovery_tui.errors import DataFileError
from recovery_tui.services import config as config_service
from recovery_tui.services import counters as counter_service
from recovery_tui.store import Store
from recovery_tui.tui.app import RecoverApp
from recovery_tui.tui.said import said
from recovery_tui.tui.sos.sos_screen import SosScreen

COMMAND = ("recover doctor", "run '", "run `")


def screen_text(app: RecoverApp) -> str:
    """Every line the screen draws now, toasts included."""
    update = app.screen._compositor.render_full_update()
    return "\n".join("".join(segment.text for segment in strip) for strip in update.strips)


def _damage(path: Path) -> None:
    size = path.stat().st_size
    os.truncate(path, size // 2)


def test_the_store_advice_is_said_without_its_command(db_path: Path) -> None:
    db_path.write_text('{"meta": {')
    with pytest.raises(DataFileError) as refused:
        Store(db_path).all("counters")
    assert "recover doctor" in str(refused.value)  # the command line's advice
    text = said(refused.value)
    assert "recover doctor" not in text
    assert str(db_path) in text and "not valid JSON" in text
    assert "restore a backup" in text and "README" in text


@pytest.mark.parametrize(
    "advice",
    [
        "recover left it unchanged; run 'recover doctor', or move it aside and restore a backup.",  # store/layout.py
        "recover left it unchanged; run `recover doctor` to check it and restore a backup.",  # store/crypto.py
        "recover left it unchanged; run 'recover doctor --repair' to restore a backup, or if you edited it",
    ],
)
def test_each_store_wording_keeps_what_to_restore(advice: str) -> None:
    text = said(f"/data/recover.json is damaged; {advice}")
    assert "recover doctor" not in text and "run " not in text
    assert text.startswith("/data/recover.json is damaged; recover left it unchanged; the README's section")
    assert "restore a backup" in text


def test_a_damaged_file_is_explained_in_every_panel_and_sos(store: Store, db_path: Path, now: datetime) -> None:
    config_service.set_value(store, "country", "GB")
    counter_service.add_counter(store, "alcohol", since=now, now=now)
    _damage(db_path)

    async def scenario() -> tuple[str, str, str, Any]:
        app = RecoverApp(Store(db_path), clock=lambda: now)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            dashboard = screen_text(app)
            today = app.screen.query_one("#today-body", Static)
            today_text = "\n".join(
                "".join(segment.text for segment in strip) for strip in today.render_lines(today.region.reset_offset)
            )
            await pilot.press("ctrl+s")
            await pilot.pause()
            return dashboard, today_text, screen_text(app), app.screen

    dashboard, today, sos, top = asyncio.run(scenario())
    assert isinstance(top, SosScreen)
    assert "Samaritans" in sos  # the crisis lines, from the country kept beside the file
    assert "could not be read" in sos and "not valid JSON" in sos
    for text in (dashboard, sos):
        for words in COMMAND:
            assert words not in text, f"{words!r} shown:\n{text}"
    assert "not valid JSON" in dashboard
    assert "…" not in today and "unchanged" in today, today  # said whole, wrapped
