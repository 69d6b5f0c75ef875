"""What the SOS screen shows, computed from plain data: the person's top triggers with what
worked against them, and the whole SOS plan as one value both the CLI and dashboard render
(with the current warnings, core/insights.py, which come right after the crisis lines).

A trigger's "what worked" is the coping written on entries of that trigger whose outcome is
`resisted`, most used first. Triggers are grouped by their `what` text, case and spacing
ignored; the most frequent come first, ties broken by the most recent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec

from recovery_tui.core.aid import AidMessage
from recovery_tui.core.aid import as_json as aid_json
from recovery_tui.core.contacts import Contact
from recovery_tui.core.crisis import CountryChoice, CrisisLine
from recovery_tui.core.insights import Note
from recovery_tui.core.reasons import Reason


class TriggerSummary(msgspec.Struct, frozen=True):
    """One trigger, how often it was logged, and the coping that led to riding it out."""

    what: str
    count: int
    resisted: int
    worked: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """A plain dict for `--json` output."""
        return {"what": self.what, "count": self.count, "resisted": self.resisted, "worked": list(self.worked)}


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def top_triggers(records: list[dict[str, Any]], *, limit: int = 3, worked_limit: int = 2) -> list[TriggerSummary]:
    """The most frequent triggers with what worked against them.

    Args:
        records: trigger records (fields `what`, `at`, `coping`, `outcome`).
        limit: how many triggers to return.
        worked_limit: how many coping strategies to keep per trigger.
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        what = record.get("what")
        if not isinstance(what, str) or not what.strip():
            continue
        groups.setdefault(_key(what), []).append(record)
    summaries: list[tuple[int, str, TriggerSummary]] = []
    for entries in groups.values():
        entries.sort(key=lambda r: str(r.get("at") or ""), reverse=True)
        coping_counts: dict[str, tuple[int, str]] = {}
        resisted = 0
        for entry in entries:
            if entry.get("outcome") != "resisted":
                continue
            resisted += 1
            coping = entry.get("coping")
            if isinstance(coping, str) and coping.strip():
                key = _key(coping)
                count, shown = coping_counts.get(key, (0, " ".join(coping.split())))
                coping_counts[key] = (count + 1, shown)
        worked = tuple(
            shown for _, shown in sorted(coping_counts.values(), key=lambda item: (-item[0], item[1].casefold()))
        )[:worked_limit]
        latest = str(entries[0].get("at") or "")
        summary = TriggerSummary(" ".join(entries[0]["what"].split()), len(entries), resisted, worked)
        summaries.append((len(entries), latest, summary))
    summaries.sort(key=lambda item: item[1], reverse=True)  # newest first ...
    summaries.sort(key=lambda item: -item[0])  # ... then (stable) most frequent first
    return [s for _, _, s in summaries[:limit]]


class SosPlan(msgspec.Struct, frozen=True):
    """Everything `recover sos` shows, in order (crisis lines, contacts, reasons, a message, triggers)."""

    country: CountryChoice
    lines: tuple[CrisisLine, ...]
    reachable: tuple[Contact, ...]
    contacts_total: int
    aid: AidMessage | None
    triggers: tuple[TriggerSummary, ...]
    data_problem: str | None = None
    next_up: tuple[Contact, datetime] | None = None  # when nobody is reachable now
    locked: bool = False  # an encrypted file not unlocked: only crisis lines (issue 16)
    reasons: tuple[Reason, ...] = ()  # the person's own reasons, shown after the contacts
    warnings: tuple[Note, ...] = ()  # the signs worth noticing now, shown right after the crisis lines (issue 19)

    def to_json(self) -> dict[str, Any]:
        """A plain dict for `--json` output."""
        return {
            "country": self.country.code,
            "country_from": self.country.origin,
            "crisis_lines": [line.to_json() for line in self.lines],
            "reachable_now": [
                {"name": c.name, "reach": c.reach, "role": c.role, "reachable": c.reachable, "position": c.position}
                for c in self.reachable
            ],
            "contacts_total": self.contacts_total,
            "next_reachable": (
                {"name": self.next_up[0].name, "from": self.next_up[1].isoformat(timespec="minutes")}
                if self.next_up
                else None
            ),
            "reasons": [reason.text for reason in self.reasons],
            "first_aid": aid_json(self.aid) if self.aid else None,
            "triggers": [t.to_json() for t in self.triggers],
            "data_problem": self.data_problem,
            "locked": self.locked,
            "warnings": [n.to_json() for n in self.warnings],
        }
