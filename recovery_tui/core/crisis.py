"""Crisis lines: the shipped table plus the person's own lines, and which country applies.

The shipped table (recovery_tui/data/crisis_lines.json, schema in
data_schema/shipped/crisis_lines.schema.json) names each line's country, number or text
line, hours, and the page it was checked against with the date. The person's own lines are
records of the `user_crisis_lines` table, declared by `UserCrisisLine` and listed as
`CrisisLine.from_own` beside the shipped ones. The country is the `country` setting, else the one
in the locale (LC_ALL, LC_MESSAGES, LANG: en_GB.UTF-8 -> GB), else US with a note saying so.
Pure: the environment and the loaded data are parameters.

The emergency number of every ISO 3166-1 country and territory ships in a second, compact
table (recovery_tui/data/emergency_numbers.json, schema in
data_schema/shipped/emergency_numbers.schema.json): for each code the number to call first,
then the separate ambulance, police and fire numbers where a country has them, and the keys
of its sources (name, url, date read). `lines_for` adds those numbers for a country whose
hand-written table has no emergency line, so `recover sos` and `recover crisis --country XX`
name a number for every assigned code. The table is read (with msgspec, about 25 KB) the first
time a country's lines are asked for, never at import; it is the only file this module reads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Annotated, Any

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages, wording
from recovery_tui.core.records import CreatedAt, RecordId, UpdatedAt, to_fields
from recovery_tui.errors import InvalidInput

FALLBACK_COUNTRY = "US"
KINDS = ("emergency", "crisis", "addiction")
NAME_MAX = 80
CONTACT_MAX = 60
HOURS_MAX = 80
NOTE_MAX = 500
_LOCALE = re.compile(r"^[a-zA-Z]{2,3}[_-]([a-zA-Z]{2})(?:[.@].*)?$")
EMERGENCY_FILE = Path(__file__).resolve().parent.parent / "data" / "emergency_numbers.json"


class UserCrisisLine(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A crisis line the person added themselves (`recover crisis add`); shown before the
    shipped lines of the same country in `recover sos`. At least one of phone or text is set
    (checked by recover when adding)."""

    id: RecordId
    country: Annotated[
        str, msgspec.Meta(pattern="^[A-Z]{2}$", description="The two-letter country code it serves (ISO 3166-1).")
    ]
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=NAME_MAX, description="The line's name.")]
    phone: Annotated[
        Annotated[str, msgspec.Meta(max_length=CONTACT_MAX)] | None, msgspec.Meta(description="A number to call.")
    ]
    text: Annotated[
        Annotated[str, msgspec.Meta(max_length=CONTACT_MAX)] | None,
        msgspec.Meta(description="A text line, such as 'HOME to 741741'."),
    ]
    hours: Annotated[
        str, msgspec.Meta(min_length=1, max_length=HOURS_MAX, description="When it answers ('24/7' unless given).")
    ]
    note: Annotated[
        Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] | None, msgspec.Meta(description="A free note.")
    ] = None
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET


class CrisisLine(msgspec.Struct, frozen=True):
    """A line to call or text in a crisis; `user` lines were added by the person."""

    country: str
    name: str
    phone: str | None
    text: str | None
    hours: str
    kind: str = "crisis"
    url: str | None = None
    note: str | None = None
    source_name: str | None = None
    source_url: str | None = None
    checked: str | None = None
    user: bool = False
    id: str | None = None

    @property
    def how(self) -> str:
        """'call 116 123', 'text SHOUT to 85258' or both, joined."""
        parts = []
        if self.phone:
            parts.append(f"call {self.phone}")
        if self.text:
            parts.append(f"text {self.text}")
        return " · ".join(parts)

    @classmethod
    def from_shipped(cls, entry: dict[str, Any]) -> CrisisLine:
        """Build from an entry of the shipped file."""
        source = entry.get("source") or {}
        return cls(
            country=entry["country"],
            name=entry["name"],
            phone=entry.get("phone"),
            text=entry.get("text"),
            hours=entry["hours"],
            kind=entry.get("kind", "crisis"),
            url=entry.get("url"),
            note=entry.get("note"),
            source_name=source.get("name"),
            source_url=source.get("url"),
            checked=entry.get("checked"),
        )

    @classmethod
    def from_own(cls, line: UserCrisisLine) -> CrisisLine:
        """One of the person's own lines, as it is listed beside the shipped ones."""
        return cls(
            country=line.country,
            name=line.name,
            phone=line.phone,
            text=line.text,
            hours=line.hours,
            kind="crisis",
            note=line.note,
            user=True,
            id=line.id,
        )

    def to_json(self) -> dict[str, Any]:
        """A plain dict for `--json` output."""
        return {
            "country": self.country,
            "name": self.name,
            "phone": self.phone,
            "text": self.text,
            "hours": self.hours,
            "kind": self.kind,
            "url": self.url,
            "note": self.note,
            "source": {"name": self.source_name, "url": self.source_url} if self.source_url else None,
            "checked": self.checked,
            "yours": self.user,
            "id": self.id,
        }


def country_from_locale(env: Mapping[str, str]) -> str | None:
    """The country in the locale variables (LC_ALL, LC_MESSAGES, LANG), e.g. en_GB -> GB."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "").strip()
        if not value:
            continue
        match = _LOCALE.match(value)
        return match.group(1).upper() if match else None
    return None


class CountryChoice(msgspec.Struct, frozen=True):
    """The country used for crisis lines and where it came from."""

    code: str
    origin: str  # "setting" | "locale" | "fallback"


def choose_country(setting: str | None, env: Mapping[str, str]) -> CountryChoice:
    """The `country` setting, else the locale's country, else US."""
    if setting:
        return CountryChoice(setting.upper(), "setting")
    from_locale = country_from_locale(env)
    if from_locale:
        return CountryChoice(from_locale, "locale")
    return CountryChoice(FALLBACK_COUNTRY, "fallback")


# -- the emergency number of every country ------------------------------------------------
class _Source(msgspec.Struct, frozen=True):
    name: str
    url: str
    checked: str
    copy: str | None = None


class _Number(msgspec.Struct, frozen=True):
    number: str
    # which services it reaches; absent: every emergency service (police, ambulance, fire)
    for_: tuple[str, ...] = msgspec.field(default=(), name="for")


class _Country(msgspec.Struct, frozen=True):
    numbers: tuple[_Number, ...]
    src: tuple[str, ...]
    note: str | None = None


class _EmergencyTable(msgspec.Struct, frozen=True):
    version: int
    sources: dict[str, _Source]
    countries: dict[str, _Country]
    note: str | None = None


@cache
def _emergency_table() -> _EmergencyTable:
    return msgspec.json.decode(EMERGENCY_FILE.read_bytes(), type=_EmergencyTable)


def emergency_codes() -> frozenset[str]:
    """Every country or territory code the shipped emergency table covers."""
    return frozenset(_emergency_table().countries)


def emergency_lines(country: str) -> list[CrisisLine]:
    """The emergency numbers of `country` from the shipped table, the one to call first first.

    Returns an empty list for a code the table does not know (not an assigned ISO code).
    """
    code = country.upper()
    table = _emergency_table()
    entry = table.countries.get(code)
    if entry is None:
        return []
    sources = [table.sources[key] for key in entry.src]
    source_name = "; ".join(source.name for source in sources)
    checked = max(source.checked for source in sources)
    lines = []
    for i, number in enumerate(entry.numbers):
        if not number.for_:
            name = wording.EMERGENCY_ALL if i == 0 else wording.EMERGENCY_ALSO
        else:
            name = " and ".join(wording.EMERGENCY_SERVICE[s] for s in number.for_ if s in wording.EMERGENCY_SERVICE)
            name = name[:1].upper() + name[1:]
        if entry.note == "no-local-service":
            note = wording.EMERGENCY_NO_LOCAL_SERVICE if i == 0 else None
        elif i == 0 and number.for_:
            note = wording.EMERGENCY_NO_SINGLE
        elif i == 0 and len(entry.numbers) > 1:
            note = wording.EMERGENCY_FIRST
        else:
            note = None
        lines.append(
            CrisisLine(
                country=code,
                name=name,
                phone=number.number,
                text=None,
                hours="24/7",
                kind="emergency",
                note=note,
                source_name=source_name,
                source_url=sources[0].url,
                checked=checked,
            )
        )
    return lines


def lines_for(country: str, shipped: list[CrisisLine], own: list[CrisisLine]) -> list[CrisisLine]:
    """The lines for `country`: the person's own first (they chose them), then the shipped ones.

    A country whose shipped lines have no emergency line gets its numbers from the emergency
    table (every assigned ISO 3166-1 code has one).
    """
    code = country.upper()
    mine = [line for line in own if line.country == code]
    ours = [line for line in shipped if line.country == code]
    if not any(line.kind == "emergency" for line in ours):
        ours = emergency_lines(code) + ours
    order = {kind: i for i, kind in enumerate(KINDS)}
    ours.sort(key=lambda line: order.get(line.kind, len(KINDS)))
    return mine + ours


def clean_line_fields(
    *, name: str, country: str, phone: str | None, text: str | None, hours: str | None, note: str | None
) -> dict[str, Any]:
    """Validate a crisis line the person adds; returns the record fields.

    Raises:
        InvalidInput: naming the field and what is accepted.
    """
    cleaned_name = " ".join(name.split())
    if not cleaned_name:
        raise InvalidInput("name", messages.CRISIS_LINE_NAME)
    if len(cleaned_name) > NAME_MAX:
        raise InvalidInput("name", messages.too_long(NAME_MAX))
    code = country.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise InvalidInput("country", messages.COUNTRY_CODE)
    phone = " ".join(phone.split()) if phone else None
    text = " ".join(text.split()) if text else None
    if not phone and not text:
        raise InvalidInput("phone", messages.CRISIS_LINE_CONTACT)
    for field, value in (("phone", phone), ("text", text)):
        if value and len(value) > CONTACT_MAX:
            raise InvalidInput(field, messages.too_long(CONTACT_MAX))
    hours = " ".join(hours.split()) if hours else "24/7"
    if len(hours) > HOURS_MAX:
        raise InvalidInput("hours", messages.too_long(HOURS_MAX))
    note = note.strip() if note else None
    if note and len(note) > 500:
        raise InvalidInput("note", messages.too_long(500))
    return to_fields(
        UserCrisisLine(id="", country=code, name=cleaned_name, phone=phone, text=text, hours=hours, note=note or None)
    )
