"""SosScreen: crisis lines first, then the signs worth noticing now (only when there are
any), who you can reach now, your reasons (when you wrote some), a kept message, a 10-minute
skill and your top triggers, with keys to start a skill, see all contacts, or go back.

It is opened by the app-level `ctrl+s` binding from every screen, modal and form, and reads
through `services.sos.plan` in a store worker, which never fails on a missing
or damaged data file; the crisis lines show first, at once, without the store. On a
still-locked encrypted file (the passphrase screen) `services.sos.crisis_plan` shows the
crisis lines without a key. `s`
opens the 10-minute skills screen (escape there comes back here).
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from recovery_tui import wording
from recovery_tui.core.sos import SosPlan
from recovery_tui.safetext import cells, pad
from recovery_tui.services import sos as sos_service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.safe import lines, markup
from recovery_tui.tui.said import said


def crisis_text(plan: SosPlan) -> Content:
    """The crisis-line section (under its heading); stored text through tui/safe.py."""
    rows: list[Content | str] = []
    if plan.lines:
        width = min(30, max(cells(line.name) for line in plan.lines))
        for line in plan.lines:
            mine = " (yours)" if line.user else ""
            rows.append(
                markup(
                    "[b]$name[/b]  $how · $hours$mine",
                    name=pad(line.name, width),
                    how=line.how,
                    hours=line.hours,
                    mine=mine,
                )
            )
    else:
        rows.append(wording.SOS_NO_LINES_DASHBOARD.format(country=plan.country.code))
    if plan.data_problem and plan.country.origin != "setting":
        rows.append(wording.SOS_COUNTRY_UNREADABLE_DASHBOARD.format(code=plan.country.code))
    elif plan.country.origin == "fallback":
        rows.append(wording.SOS_COUNTRY_FALLBACK_DASHBOARD)
    rows.append(wording.SOS_DANGER)
    rows.append(wording.WITHDRAWAL_SAFETY)
    return lines(rows)


def warnings_text(plan: SosPlan) -> Content:
    """The current warnings, one bullet each (they may quote a trigger's name: stored text)."""
    return lines(f"• {note.text}" for note in plan.warnings)


def contacts_text(plan: SosPlan) -> Content:
    """The reachable-now section."""
    if plan.reachable:
        return lines(
            markup(f"{c.position}. [b]$name[/b] ($role)  $reach", name=c.name, role=c.role, reach=c.reach)
            for c in plan.reachable
        )
    if plan.contacts_total:
        text = wording.SOS_NOBODY_NOW_DASHBOARD.format(total=plan.contacts_total)
        if plan.next_up:
            contact, when = plan.next_up
            text += "\n" + wording.SOS_NEXT_CONTACT.format(
                name=contact.name, role=contact.role, when=f"{when:%a %H:%M}"
            )
        return lines([text])
    return lines([wording.SOS_NO_CONTACTS_DASHBOARD])


def reasons_text(plan: SosPlan) -> Content:
    """The person's reasons, one bullet each (the section shows only when there are some)."""
    return lines(f"• {reason.text}" for reason in plan.reasons)


def aid_text(plan: SosPlan) -> Content:
    """The first-aid message section."""
    if not plan.aid:
        return lines([wording.SOS_NO_AID_DASHBOARD])
    rows: list[Content | str] = list(plan.aid.text.splitlines())
    if plan.aid.source:
        rows.append(f"(from {plan.aid.source})")
    return lines(rows)


def skill_text(*, locked: bool = False) -> Content:
    """The 10-minute skill section (dashboard keys, never shell commands)."""
    rows: list[Content | str] = [wording.SOS_SKILL_HOW_LOCKED if locked else wording.SOS_SKILL_HOW_DASHBOARD]
    rows += [markup("  [b]$name[/b]: $what", name=name, what=what) for name, what in wording.SKILLS_10_MIN]
    return lines(rows)


def triggers_text(plan: SosPlan) -> Content:
    """The triggers section."""
    if not plan.triggers:
        return lines([wording.SOS_NO_TRIGGERS_DASHBOARD])
    rows: list[Content | str] = []
    for t in plan.triggers:
        worked = "; ".join(t.worked) if t.worked else wording.SOS_NOTHING_WORKED_YET
        rows.append(f"{t.what} ({t.count}x): {worked}")
    return lines(rows)


SECTIONS = (
    ("crisis", wording.SOS_CRISIS_HEADING),
    ("warnings", wording.WARNINGS_HEADING),
    ("contacts", wording.SOS_CONTACTS_HEADING),
    ("reasons", wording.SOS_REASONS_HEADING),
    ("aid", wording.SOS_AID_HEADING),
    ("skill", f"{wording.SOS_SKILL_HEADING}  (press s)"),
    ("triggers", wording.SOS_TRIGGERS_HEADING),
)


class SosScreen(Screen[None]):
    """Help in a hard moment, one key away (ctrl+s from anywhere)."""

    CSS_PATH = Path(__file__).with_name("sos.tcss")
    BINDINGS = [
        Binding("s", "skill", "Start a skill"),
        Binding("c", "contacts", "All contacts"),
        Binding("n", "next_message", "Another message", show=False),
        Binding("escape", "back", "Back"),
    ]

    _personal_shown = False  # contacts, message and triggers were read (a store worker)

    def compose(self) -> ComposeResult:
        yield Static(wording.SOS_TITLE, id="sos-title")
        with VerticalScroll(id="sos-body"):
            for key, heading in SECTIONS:
                with Vertical(id=f"sos-{key}-section", classes="sos-section"):
                    yield Static(heading, id=f"sos-{key}-heading", classes="sos-heading")
                    yield Static(skill_text() if key == "skill" else "", id=f"sos-{key}", classes="sos-text")
                if key == "crisis":
                    yield Static(id="sos-problem")
            yield Static(wording.SOS_CARE, id="sos-care")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#sos-body", VerticalScroll).focus()
        self.watch(self.app, "data_version", self.reload, init=True)

    def reload(self, _version: int = 0) -> None:
        """Show the crisis lines at once, then read the personal plan in a store worker.

        The crisis lines come from the shipped table and the country kept beside the file
        (no data file read), so they never wait for the store: a save waiting for another
        process's lock, say. Contacts, a kept message and triggers fill in when the worker is
        back. While the app is locked (an encrypted file before its passphrase) only the crisis
        lines show, and a line says the rest is locked.
        """
        app = recover_app(self)
        if app.locked:
            self._show(sos_service.crisis_plan(app.store), locked=True, personal=False)
            return
        if not self._personal_shown:
            self._show(sos_service.crisis_plan(app.store, locked=False), locked=False, personal=False)
        now = app.now()
        app.store_work(
            lambda store: sos_service.plan(store, now),
            lambda plan: self._show(plan, locked=False, personal=True),
            group="sos-plan",
            failed=lambda _error: None,  # the crisis lines are already shown
            owner=self,
        )

    def _show(self, plan: SosPlan, *, locked: bool, personal: bool) -> None:
        """Draw `plan`; the personal sections only once they were read (`personal`)."""
        self._personal_shown = self._personal_shown or personal
        self.query_one("#sos-crisis-heading", Static).update(f"{wording.SOS_CRISIS_HEADING} ({plan.country.code})")
        self.query_one("#sos-crisis", Static).update(crisis_text(plan))
        problem = self.query_one("#sos-problem", Static)
        problem.display = plan.data_problem is not None or locked
        if locked:
            problem.update(lines([f"{wording.SOS_LOCKED} {wording.SOS_LOCKED_HOW_DASHBOARD}"]))
        elif plan.data_problem:
            problem.update(lines([wording.SOS_DATA_UNREADABLE.format(problem=said(plan.data_problem))]))
        for key in ("contacts", "aid", "triggers"):
            self.query_one(f"#sos-{key}-section").display = plan.data_problem is None and not locked and personal
        reasons = self.query_one("#sos-reasons-section")
        reasons.display = bool(plan.reasons) and plan.data_problem is None and not locked and personal
        shown = plan.data_problem is None and not locked and personal and bool(plan.warnings)
        self.query_one("#sos-warnings-section").display = shown
        skill = wording.SOS_SKILL_HEADING if locked else f"{wording.SOS_SKILL_HEADING}  (press s)"
        self.query_one("#sos-skill-heading", Static).update(skill)
        self.query_one("#sos-skill", Static).update(skill_text(locked=locked))
        self.refresh_bindings()
        if personal:
            self.query_one("#sos-contacts", Static).update(contacts_text(plan))
            self.query_one("#sos-reasons", Static).update(reasons_text(plan))
            self.query_one("#sos-aid", Static).update(aid_text(plan))
            self.query_one("#sos-triggers", Static).update(triggers_text(plan))
            self.query_one("#sos-warnings", Static).update(warnings_text(plan))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While locked, skills and contacts (which read and write the file) are not offered."""
        if action in ("skill", "contacts", "next_message") and recover_app(self).locked:
            return False
        return True

    def action_skill(self) -> None:
        """Open the 10-minute skills screen."""
        from recovery_tui.tui.skills.skills_screen import SkillsScreen

        self.app.push_screen(SkillsScreen())

    def action_contacts(self) -> None:
        """Show every contact in the chain."""
        from recovery_tui.tui.contacts.contacts_screen import ContactsScreen

        self.app.push_screen(ContactsScreen())

    def action_next_message(self) -> None:
        """Show another first-aid message."""
        self.reload()

    def action_back(self) -> None:
        """Back to where you were."""
        self.dismiss(None)
