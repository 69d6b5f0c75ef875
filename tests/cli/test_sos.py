"""`recover sos` through the real CLI: order, reachable now, empty and damaged files, speed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from recovery_tui.store import Store


@pytest.fixture(autouse=True)
def locale_gb(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def add_chain(cli) -> None:  # type: ignore[no-untyped-def]
    assert (
        cli(
            "contact", "add", "Ann", "--reach", "111", "--role", "sponsor", "--reachable", "mon-fri 09:00-17:00"
        ).exit_code
        == 0
    )
    assert cli("contact", "add", "Bo", "--reach", "@bo", "--reachable", "fri 22:00-02:00").exit_code == 0
    assert (
        cli("contact", "add", "Cy", "--reach", "333", "--role", "family", "--reachable", "sun 22:00-02:00").exit_code
        == 0
    )
    assert cli("contact", "add", "Di", "--reach", "444", "--role", "therapist").exit_code == 0  # 24/7


def section(out: str, heading: str) -> str:
    start = out.index(heading)
    rest = out[start + len(heading) :]
    end = rest.find("\n\n")
    return rest if end < 0 else rest[:end]


def test_missing_file_shows_crisis_lines_and_how_to_add_contacts(cli, db_path: Path) -> None:
    result = cli("sos")
    assert result.exit_code == 0
    out = result.stdout
    assert "Crisis lines (GB)" in out and "116 123" in out and "SHOUT to 85258" in out
    assert "recover contact add" in out
    assert "recover skill start" in out and "Urge surfing" in out
    assert "complements professional care and peer support" in out
    assert not db_path.exists()  # looking never creates the file


def test_sections_come_in_the_agreed_order(cli) -> None:
    add_chain(cli)
    assert cli("aid", "add", "This passes. Call me first.", "--from", "Sam").exit_code == 0
    out = cli("sos").stdout
    headings = [
        "Crisis lines",
        "People you can reach now",
        "A message you kept",
        "A 10-minute skill",
        "Your top triggers",
        "complements professional care",
    ]
    positions = [out.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "This passes. Call me first." in out and "(from Sam)" in out


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-11-20T20:00:00+00:00", ["Di"]),  # Friday evening
        ("2026-11-20T23:30:00+00:00", ["Bo", "Di"]),  # Friday night window
        ("2026-11-21T01:30:00+00:00", ["Bo", "Di"]),  # ... still open after midnight (Saturday)
        ("2026-11-21T02:00:00+00:00", ["Di"]),  # ... closed at 02:00
        ("2026-11-23T01:00:00+00:00", ["Cy", "Di"]),  # Monday 01:00: Sunday night window over the week end
        ("2026-11-23T10:00:00+00:00", ["Ann", "Di"]),  # Monday office hours
    ],
)
def test_reachable_now_with_a_fixed_clock(cli, now: str, expected: list[str]) -> None:
    add_chain(cli)
    out = section(cli("sos", env={"RECOVER_NOW": now}).stdout, "People you can reach now")
    shown = [name for name in ("Ann", "Bo", "Cy", "Di") if f". {name} (" in out]
    assert shown == expected
    data = json.loads(cli("sos", "--json", env={"RECOVER_NOW": now}).stdout)
    assert [c["name"] for c in data["reachable_now"]] == expected


def test_reachable_now_follows_chain_order(cli) -> None:
    add_chain(cli)
    assert cli("contact", "move", "Di", "1").exit_code == 0
    data = json.loads(cli("sos", "--json", env={"RECOVER_NOW": "2026-11-20T23:30:00+00:00"}).stdout)
    assert [(c["name"], c["position"]) for c in data["reachable_now"]] == [("Di", 1), ("Bo", 3)]


def test_nobody_reachable_says_so_and_who_is_next(cli) -> None:
    assert cli("contact", "add", "Ann", "--reach", "1", "--reachable", "mon 09:00-10:00").exit_code == 0
    out = " ".join(cli("sos").stdout.split())
    assert "None of your 1 contacts is reachable right now" in out
    assert "Next reachable: Ann (peer), from Mon 09:00." in out
    data = json.loads(cli("sos", "--json").stdout)
    assert data["next_reachable"] == {"name": "Ann", "from": "2026-11-23T09:00+00:00"}


def test_damaged_file_still_shows_crisis_lines(cli, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b'{"meta": {"schema": ')
    result = cli("sos")
    assert result.exit_code == 0
    assert "Samaritans" in result.stdout and "116 123" in result.stdout
    flat = " ".join(result.stdout.split())
    assert "could not be read" in flat and str(db_path) in flat
    assert db_path.read_bytes() == b'{"meta": {"schema": '
    data = json.loads(cli("sos", "--json").stdout)
    assert data["data_problem"] and data["crisis_lines"]


def test_newer_file_is_treated_as_unreadable(cli, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_text(json.dumps({"meta": {"schema": {"schema_version": 99}}}))
    result = cli("sos")
    flat = " ".join(result.stdout.split())
    assert result.exit_code == 0 and "newer version" in flat and "Samaritans" in flat


def test_country_setting_beats_locale_and_us_is_the_last_resort(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("config", "set", "country", "AU").exit_code == 0
    assert "Crisis lines (AU)" in cli("sos").stdout and "13 11 14" in cli("sos").stdout
    assert cli("config", "unset", "country").exit_code == 0
    monkeypatch.setenv("LANG", "C.UTF-8")
    out = cli("sos").stdout
    assert "Crisis lines (US)" in out and "988" in out and "1-800-662-4357" in out
    assert "recover config set country" in out  # the note saying why these are US lines


def test_every_country_gets_its_emergency_number(cli) -> None:
    assert cli("config", "set", "country", "BR").exit_code == 0
    lines = section(cli("sos").stdout, "Crisis lines (BR)").strip().splitlines()
    assert lines[0].split() == ["Ambulance", "call", "192", "·", "24/7"]  # no single number: ambulance first
    assert "Police" in lines[1] and "190" in lines[1]
    data = json.loads(cli("sos", "--json").stdout)
    assert data["crisis_lines"][0]["source"]["url"].startswith("https://android.googlesource.com/")


def test_french_locale_names_112(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    out = cli("sos").stdout
    lines = section(out, "Crisis lines (FR)").strip().splitlines()
    assert lines[0].split()[:4] == ["Emergency", "services", "call", "112"]
    assert "recover knows no emergency number" not in " ".join(out.split())


def test_unknown_country_code_says_so_and_points_to_crisis_add(cli) -> None:
    assert cli("config", "set", "country", "ZZ").exit_code == 0
    out = cli("sos").stdout
    flat = " ".join(out.split())
    assert "recover knows no emergency number for ZZ" in flat and "recover crisis add" in flat


def test_own_line_comes_first(cli) -> None:
    assert cli("crisis", "add", "Night team", "--phone", "0800 000", "--hours", "22:00-06:00").exit_code == 0
    lines = section(cli("sos").stdout, "Crisis lines (GB)").strip().splitlines()
    assert lines[0].lstrip().startswith("Night team") and "(yours)" in lines[0]


def test_top_triggers_with_what_worked(cli, store: Store, now) -> None:  # type: ignore[no-untyped-def]
    base = {"where": None, "who": None, "emotion": None, "halt": [], "intensity": 6, "note": None}
    for at, coping, outcome in [
        ("2026-11-01T19:00:00+00:00", "walked the dog", "resisted"),
        ("2026-11-08T19:00:00+00:00", "called Sam", "resisted"),
        ("2026-11-15T19:00:00+00:00", "walked the dog", "resisted"),
    ]:
        store.insert(
            "triggers", {**base, "at": at, "what": "payday evening", "coping": coping, "outcome": outcome}, now=now
        )
    store.insert(
        "triggers", {**base, "at": now.isoformat(), "what": "argument", "coping": None, "outcome": "used"}, now=now
    )
    out = section(cli("sos").stdout, "Your top triggers, and what worked")
    assert "payday evening (3x): walked the dog; called Sam" in out
    assert "argument (1x): nothing recorded as working yet" in out
    assert out.index("payday") < out.index("argument")


def test_sos_is_plain_and_imports_no_rich_or_textual(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    code = (
        "import sys\n"
        "from recovery_tui.cli.app import app\n"
        "try:\n    app(['sos'])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in {'rich', 'textual'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "PYTHONPATH": str(repo)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stdout
    assert "Crisis lines" in done.stdout
    # how fast: tests/bench/run.py times `recover sos`; a clock here would fail on a busy machine


def test_sos_subprocess(run_recover) -> None:  # type: ignore[no-untyped-def]
    done = run_recover("sos")
    assert done.returncode == 0
    assert done.stdout.index("Crisis lines") < done.stdout.index("People you can reach now")
    assert "\x1b[" not in done.stdout  # no colour codes when not at a terminal


def test_sos_shows_crisis_lines_when_there_is_no_data_file_to_open(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RECOVER_DB", "")  # every other command refuses an empty path in one line
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    result = cli("sos")
    assert result.exit_code == 0, result.stderr
    assert "116 123" in result.stdout and "999" in result.stdout
    assert "RECOVER_DB" in result.stdout  # and it says why the rest is missing
    as_json = cli("sos", "--json")
    assert as_json.exit_code == 0 and '"country": "GB"' in as_json.stdout
    assert cli("status").exit_code == 1


def test_every_line_fits_80_columns_locked_or_not(cli, db_path: Path) -> None:
    add_chain(cli)
    assert cli("aid", "add", "This passes. " * 20, "--from", "Sam").exit_code == 0
    from recovery_tui.cli.sos import render_locked

    for rows in (cli("sos").stdout.splitlines(), render_locked()):
        too_long = [row for row in rows if len(row) > 80]
        assert not too_long, too_long
