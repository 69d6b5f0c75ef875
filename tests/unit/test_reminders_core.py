"""Reminders, pure parts and the scheduler entries: which kinds are due at a moment, the one
registry of "done today" checks, and what each scheduler would be given (launchd's agent is
checked as data here, as no launchctl runs on Linux)."""

from __future__ import annotations

import plistlib
from datetime import datetime
from pathlib import Path

import pytest

from recovery_tui.core import reminders as core
from recovery_tui.core.config import SETTINGS
from recovery_tui.core.reminders import Reminder
from recovery_tui.errors import InvalidInput
from recovery_tui.services import reminder_schedule as schedule
from recovery_tui.services.reminders import DONE_TODAY

AT_20 = datetime.fromisoformat("2026-11-20T20:00:00+00:00")


def reminder(kind: str, time: str) -> Reminder:
    return Reminder(id=f"{kind}-{time}", kind=kind, time=time)  # type: ignore[arg-type]


def test_every_kind_has_its_check_its_words_and_its_setting() -> None:
    assert set(DONE_TODAY) == set(core.KINDS) == set(core.NEUTRAL_TEXT)
    assert {f"remind.text.{kind}" for kind in core.KINDS} <= set(SETTINGS)


def test_come_is_to_the_minute_and_in_kind_order() -> None:
    reminders = [reminder("review", "20:00"), reminder("checkin", "12:00"), reminder("pledge", "20:01")]
    assert core.come(reminders, AT_20) == ["checkin", "review"]
    assert core.come(reminders, AT_20, "pledge") == []
    assert core.come(reminders, AT_20.replace(hour=11)) == []


@pytest.mark.parametrize(
    ("typed", "kind"), [("CheckIn", "checkin"), ("check-in", "checkin"), ("pledge", "pledge"), ("Care", "care")]
)
def test_parse_kind(typed: str, kind: str) -> None:
    assert core.parse_kind(typed) == kind


@pytest.mark.parametrize("typed", ["walk", ""])
def test_refused_kinds_name_their_field(typed: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        core.parse_kind(typed)
    assert refused.value.field == "kind" and "checkin, pledge, review or care" in str(refused.value)


@pytest.mark.parametrize("typed", ["24:00", "7pm", "21:60"])
def test_refused_times_name_their_field(typed: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        core.parse_time_of_day(typed)
    assert refused.value.field == "time"


def test_own_words_are_one_printable_line() -> None:
    assert core.clean_text("  Tea   and a note? ", "remind.text.checkin") == "Tea and a note?"
    for bad in ("", "\x1b]0;x\x07", "x" * 81):
        with pytest.raises(InvalidInput):
            core.clean_text(bad, "remind.text.checkin")


def test_scheduler_entries_quote_paths_and_escape_percent() -> None:
    plan = schedule.plan(
        [reminder("checkin", "21:00"), reminder("checkin", "07:05")],
        Path("/tmp/my data/100%.json"),
        ["/opt/my apps/recover"],
    )
    (line_early, line_late) = schedule.Cron().lines(plan)
    assert line_early.startswith("5 7 * * * '/opt/my apps/recover' --db '/tmp/my data/100\\%.json' remind due checkin")
    assert line_late.startswith("0 21 * * * ") and line_late.endswith(" # recover-remind")
    service = schedule.Systemd().files(plan)["recover-remind-checkin.service"]
    assert 'ExecStart="/opt/my apps/recover" "--db" "/tmp/my data/100%%.json" "remind" "due" "checkin"' in service
    agent = plistlib.loads(schedule.Launchd().files(plan)["local.recover.remind.checkin.plist"])
    assert agent["Label"] == "local.recover.remind.checkin"
    assert agent["ProgramArguments"] == [
        "/opt/my apps/recover",
        "--db",
        "/tmp/my data/100%.json",
        "remind",
        "due",
        "checkin",
    ]
    assert agent["StartCalendarInterval"] == [{"Hour": 7, "Minute": 5}, {"Hour": 21, "Minute": 0}]
