"""`recover insights` puts acute signs first: a hard week and a restart are never 'Nothing stands out'."""

from __future__ import annotations

import json
from datetime import date, timedelta

TODAY = date(2026, 11, 20)  # the frozen clock's day (tests/conftest.py)


def hard_week(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("counter", "add", "alcohol", "--since", "2026-01-01").exit_code == 0
    for n in range(6):  # cravings at 9-10 on six days
        day = (TODAY - timedelta(days=n)).isoformat()
        result = cli("checkin", "--mood", "2", "--craving", str(9 + n % 2), "--date", day, "--no-relapse")
        assert result.exit_code == 0, result.stderr
    assert cli("relapse", "alcohol", "--at", "2026-11-18 22:00").exit_code == 0


def test_a_hard_week_comes_first_with_help(cli) -> None:  # type: ignore[no-untyped-def]
    hard_week(cli)
    result = cli("insights", env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    flat = " ".join(out.split())
    assert "Right now (signs worth noticing, not a diagnosis)" in out
    assert out.index("Right now") < out.index("Weekly mean craving") < out.index("Early-warning notes")
    assert "You restarted 'alcohol' 2 days ago. Your history is kept" in flat
    assert "Cravings reached 8 or more on 6 of the last 7 days (highest 10/10)" in flat
    assert "`recover sos`" in flat and "`recover skill start`" in flat
    assert "Nothing stands out" not in flat


def test_the_signs_show_even_with_too_little_for_patterns(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("counter", "add", "alcohol", "--since", "2026-01-01").exit_code == 0
    assert cli("relapse", "alcohol", "--at", "2026-11-20 08:00").exit_code == 0
    out = " ".join(cli("insights").stdout.split())
    assert "You restarted 'alcohol' today" in out and "Too little logged yet" in out
    assert out.index("You restarted") < out.index("Too little logged yet")


def test_json_lists_the_warnings_first(cli) -> None:  # type: ignore[no-untyped-def]
    hard_week(cli)
    data = json.loads(cli("insights", "--json").stdout)
    assert [w["kind"] for w in data["warnings"]][:2] == ["restart_recent", "cravings_high"]
    first = data["warnings"][0]
    assert first["help"].startswith("`recover sos`") and first["numbers"]["counters"] == ["alcohol"]
    assert data["warnings"][1]["numbers"]["days"] == 6


def test_a_short_period_still_sees_the_last_week(cli) -> None:  # type: ignore[no-untyped-def]
    hard_week(cli)
    data = json.loads(cli("insights", "--since", "1d", "--json").stdout)
    assert [w["kind"] for w in data["warnings"]] == ["restart_recent", "cravings_high"]
    assert data["counts"]["checkins"] <= 2  # the period's own figures are still the period's


def test_a_calm_period_still_says_nothing_stands_out(cli) -> None:  # type: ignore[no-untyped-def]
    for n in range(5):
        day = (TODAY - timedelta(days=n)).isoformat()
        assert cli("checkin", "--mood", "4", "--craving", "2", "--date", day).exit_code == 0
    out = cli("insights").stdout
    assert "Right now" not in out and "Nothing stands out in this period." in out
    assert json.loads(cli("insights", "--json").stdout)["warnings"] == []


def test_the_service_gives_other_screens_the_same_signs(cli, store, now) -> None:  # type: ignore[no-untyped-def]
    from recovery_tui.services import insights as insights_service

    assert insights_service.warnings(store, now=now) == []
    hard_week(cli)
    found = insights_service.warnings(store, now=now)
    assert [w.kind for w in found] == ["restart_recent", "cravings_high"]
    assert found == insights_service.compute_insights(store, since=now - timedelta(days=90), now=now).acute
