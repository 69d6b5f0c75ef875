"""The emergency number of every country and territory: coverage, order, sources, own lines first."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from recovery_tui.core.crisis import CrisisLine, emergency_codes, emergency_lines, lines_for
from recovery_tui.services import crisis_lines as crisis_lines_service

ROOT = Path(__file__).resolve().parents[2]
TABLE = json.loads((ROOT / "recovery_tui" / "data" / "emergency_numbers.json").read_text())

# Every code assigned in ISO 3166-1 alpha-2 (249, Debian iso-codes 4.x, copied here so the test
# does not depend on the machine): each must name at least one emergency number.
ASSIGNED = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
    BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
    EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
    HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
    LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
    NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
    SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
    TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()
EU_EEA = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "  # EU
    "IS LI"  # EEA members whose single number is 112 (Norway keeps 113 for ambulance first)
).split()


def test_the_list_of_assigned_codes_is_whole() -> None:
    assert len(ASSIGNED) == len(set(ASSIGNED)) == 249
    assert {"FR", "US", "AQ", "SX", "BQ", "SS"} <= set(ASSIGNED)


@pytest.mark.parametrize("code", ASSIGNED)
def test_every_assigned_code_names_an_emergency_number(code: str) -> None:
    lines = lines_for(code, list(crisis_lines_service.shipped_lines()), [])
    emergency = [line for line in lines if line.kind == "emergency"]
    assert emergency, code
    first = emergency[0]
    assert first.phone and re.fullmatch(r"[0-9][0-9 -]{1,14}", first.phone), first.phone
    assert first.source_url and first.source_name and first.checked, code
    assert lines.index(first) == 0  # nothing comes before the number to call first


@pytest.mark.parametrize("code", ["ZZ", "AA", "QQ", "xx"])
def test_an_unassigned_code_gets_nothing_made_up(code: str) -> None:
    assert emergency_lines(code) == []
    assert lines_for(code, list(crisis_lines_service.shipped_lines()), []) == []


@pytest.mark.parametrize("code", EU_EEA)
def test_112_comes_first_across_the_eu_and_eea(code: str) -> None:
    first = next(
        line for line in lines_for(code, list(crisis_lines_service.shipped_lines()), []) if line.kind == "emergency"
    )
    assert first.phone == "112"


def test_separate_services_follow_the_single_number() -> None:
    lines = emergency_lines("fr")
    assert [(line.name, line.phone) for line in lines] == [
        ("Emergency services", "112"),
        ("Ambulance", "15"),
        ("Police", "17"),
        ("Fire", "18"),
    ]
    assert all(line.country == "FR" and line.hours == "24/7" for line in lines)


def test_without_a_single_number_the_ambulance_comes_first() -> None:
    lines = emergency_lines("CN")
    assert [(line.name, line.phone) for line in lines] == [("Ambulance", "120"), ("Police", "110"), ("Fire", "119")]
    assert lines[0].note and "No single emergency number" in lines[0].note


def test_a_place_without_a_service_says_so_plainly() -> None:
    lines = emergency_lines("AQ")
    assert [line.phone for line in lines] == ["112", "911"]
    assert lines[0].note and "No public emergency service" in lines[0].note
    assert "3GPP" in str(lines[0].source_name)


def test_hand_written_emergency_lines_are_not_doubled() -> None:
    lines = lines_for("GB", list(crisis_lines_service.shipped_lines()), [])
    assert [line.phone for line in lines if line.kind == "emergency"] == ["999"]


def test_own_lines_still_come_first() -> None:
    own = [CrisisLine("FR", "SOS Amitié", "09 72 39 40 50", None, "24/7", user=True)]
    lines = lines_for("FR", [], own)
    assert lines[0].name == "SOS Amitié" and lines[1].phone == "112"


def test_every_entry_names_known_sources_with_a_date() -> None:
    sources = TABLE["sources"]
    used = {key for entry in TABLE["countries"].values() for key in entry["src"]}
    assert used == set(sources)  # no dangling key, no unused source
    for source in sources.values():
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source["checked"]) and source["url"].startswith("http")
    assert set(ASSIGNED) <= emergency_codes()


def test_every_shipped_country_has_an_addiction_helpline_but_gb() -> None:
    # GB: FRANK's current number could not be checked against a page the search store holds
    # (only its former 0800 number), so it is not shipped; see the README.
    with_helpline = {line.country for line in crisis_lines_service.shipped_lines() if line.kind == "addiction"}
    assert {"US", "IE", "CA", "AU", "NZ", "DE"} <= with_helpline
