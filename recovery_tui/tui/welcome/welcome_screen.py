"""WelcomeScreen: the dashboard's first run, five short steps over the dashboard.

Shown once, on a new data file with nothing in it (services/welcome.py decides and remembers):
(1) what recover is and is not: the care statement and the withdrawal-safety line
(wording.py); (2) the country for crisis lines, saved through the same service as
`recover config set country`; (3) the first counter, with the add-counter form's fields and
checks (counters/add_counter.py); (4) the first people in the contact chain (enter adds one
and clears the fields for the next; enter on empty fields goes on); (5) their reason, why they
are doing this, kept as a reason (services/reasons.py) that SOS and the dashboard show. Every
step says where to change it later (o settings, a counters, k the kit, w the reasons). ctrl+n
skips a step, escape skips the rest; either way, or once the last step is done, the welcome is
remembered and the dashboard shows what was given. All store work runs in `app.store_work`
workers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Header, Input, Label, Static

from recovery_tui import wording
from recovery_tui.core.contacts import ALWAYS, ROLES, Contact
from recovery_tui.core.counters import Counter
from recovery_tui.errors import RecoverError
from recovery_tui.services import config as config_service
from recovery_tui.services import contacts as contacts_service
from recovery_tui.services import crisis_lines
from recovery_tui.services import reasons as reason_service
from recovery_tui.services import welcome as welcome_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.bindings import SOS_FOOTER_BINDING
from recovery_tui.tui.counters.add_counter import (
    ERROR_FIELDS as COUNTER_ERROR_FIELDS,
)
from recovery_tui.tui.counters.add_counter import (
    counter_rows,
    read_counter,
    show_withdrawal,
)
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import shown, shown_line
from recovery_tui.tui.shared.field_error import FieldError, clear_errors, place_error

T = TypeVar("T")

STEPS = ("about", "country", "counter", "contacts", "message")
TITLES = {
    "about": "What recover is, and is not",
    "country": "Your country, for crisis lines",
    "counter": "Your first counter",
    "contacts": "The people to call",
    "message": "Your reason",
}
ABOUT = (
    "recover is a private place at your terminal for the daily habits of recovery: "
    "counters, check-ins, triggers, skills and the people to call. "
    "Everything stays in one file on this computer."
)
ABOUT_NEXT = "A few short steps follow. Skip any of them; everything can be changed later on the dashboard."
COUNTRY_ASK = "Which country are you in? SOS (ctrl+s) shows its crisis lines and emergency number."
COUNTRY_GUESS = "Guessed from your computer's language settings; change it or press enter to keep it."
COUNTRY_LATER = "Change it later in Settings: press o on the dashboard."
COUNTRY_LINES = "SOS will show: {lines}"
COUNTRY_UNKNOWN = "recover knows no line for {code}; add your own later in your kit (k on the dashboard)."
COUNTER_ASK = "What are you counting days free from, and since when? Cost and hours per day are optional."
COUNTER_LATER = "Add more counters later: press a on the dashboard."
CONTACTS_ASK = "Who can you call or text when it's hard? Add them in the order to call them."
CONTACTS_ADDED = "Added so far: {names}. Add the next person, or press enter on empty fields to go on."
CONTACTS_LATER = "Add, reorder or change them later in your kit: press k on the dashboard."
MESSAGE_ASK = (
    "Why are you doing this? A reason to keep going, in your own words. "
    "SOS (ctrl+s) shows it when you need it, and the dashboard keeps it in view."
)
MESSAGE_LATER = "Add more reasons, or change this one, later: press w on the dashboard."
HINT = "enter next · ctrl+n skip this step · escape skip the rest · ctrl+s SOS"
HINT_LAST = "enter save and open the dashboard · ctrl+n skip · escape skip · ctrl+s SOS"
HINT_CONTACTS = "enter add · enter on empty fields next · ctrl+n skip · escape skip the rest"
DONE = "Welcome. {given}"
DONE_NOTHING = "Welcome. Set things up whenever you like: a adds a counter, k holds your kit, o your settings."
CONTACT_FIELDS = {"name": "contact-name", "reach": "contact-reach", "role": "contact-role", "reachable": "contact-when"}
"""Domain field of a refusal -> the contact field it is shown under."""


def _row(label: str, field_id: str, *, value: str = "", placeholder: str = "") -> ComposeResult:
    with Horizontal(classes="row"):
        yield Label(label)
        yield Input(value=value, placeholder=placeholder, id=field_id, compact=True)
    yield FieldError(id=f"{field_id}-error")


class WelcomeScreen(Screen[None]):
    """The first run: five skippable steps, then the dashboard."""

    CSS_PATH = Path(__file__).with_name("welcome.tcss")
    BINDINGS = [
        SOS_FOOTER_BINDING,  # first: SOS keeps the footer's first slot
        Binding("enter", "next", "Next", show=False),  # on the first step; fields send enter themselves
        Binding("ctrl+n", "skip", "Skip step"),
        Binding("escape", "skip_all", "Skip the rest"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.step = 0
        self.given: dict[str, str] = {}
        """What the person gave: country, counter, contacts (names), message."""
        self.contacts: list[str] = []
        self._saving = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="welcome"):
            yield Static(id="welcome-title")
            with ContentSwitcher(initial="about", id="welcome-steps"):
                with Vertical(id="about"):
                    yield Static(ABOUT)
                    yield Static(wording.COMPLEMENTS_CARE_DASHBOARD, id="about-care")
                    yield Static(wording.WITHDRAWAL_SAFETY, id="about-withdrawal", classes="care")
                    yield Static(ABOUT_NEXT)
                with Vertical(id="country"):
                    yield Static(COUNTRY_ASK, classes="ask")
                    yield from _row("Country", "country-code", placeholder="two letters, e.g. GB, US, DE")
                    yield Static(id="country-lines", classes="note")
                    yield Static(COUNTRY_LATER, classes="later")
                with Vertical(id="counter"):
                    yield Static(COUNTER_ASK, classes="ask")
                    yield from counter_rows()
                    yield Static(COUNTER_LATER, classes="later")
                with Vertical(id="contacts"):
                    yield Static(CONTACTS_ASK, classes="ask")
                    yield from _row("Name", "contact-name", placeholder="their name or a pseudonym")
                    yield from _row("How to reach", "contact-reach", placeholder="phone number, handle or link")
                    yield from _row("Role", "contact-role", value="peer", placeholder=", ".join(ROLES))
                    yield Static("one of " + ", ".join(ROLES), classes="options")
                    yield from _row("Reachable", "contact-when", value=ALWAYS, placeholder="24/7, mon-fri 09:00-17:00")
                    yield Static(id="contacts-added", classes="note")
                    yield Static(CONTACTS_LATER, classes="later")
                with Vertical(id="message"):
                    yield Static(MESSAGE_ASK, classes="ask")
                    yield from _row("Reason", "message-text", placeholder="e.g. I want to be there for my kids")
                    yield Static(MESSAGE_LATER, classes="later")
            yield Static(id="welcome-hint")
        yield Footer()

    def on_mount(self) -> None:
        self._show_step()
        app = recover_app(self)

        def guess(store: Store) -> tuple[str, str]:
            choice = crisis_lines.country(store)
            return choice.code, choice.origin

        app.store_work(guess, self._prefill_country, group="welcome-country", owner=self, failed=lambda _e: None)

    def _prefill_country(self, choice: tuple[str, str]) -> None:
        code, origin = choice
        field = self.query_one("#country-code", Input)
        if origin == "fallback" or field.value:
            return
        field.value = code
        if origin == "locale":
            self.query_one("#country-lines", Static).update(COUNTRY_GUESS)

    # -- steps -----------------------------------------------------------------------------
    @property
    def current(self) -> str:
        """The id of the step shown."""
        return STEPS[self.step]

    def _show_step(self) -> None:
        name = self.current
        self.query_one(ContentSwitcher).current = name
        self.query_one("#welcome-title", Static).update(
            f"Welcome to recover · step {self.step + 1} of {len(STEPS)} · {TITLES[name]}"
        )
        hint = {"contacts": HINT_CONTACTS, "message": HINT_LAST}.get(name, HINT)
        self.query_one("#welcome-hint", Static).update(hint)
        step = self.query_one(f"#{name}")
        inputs = list(step.query(Input))
        if inputs:
            inputs[0].focus()
        else:
            self.set_focus(None)

    def _advance(self) -> None:
        self._saving = False
        if self.step + 1 >= len(STEPS):
            self._finish(skipped=False)
            return
        self.step += 1
        self._show_step()

    def action_skip(self) -> None:
        """Go on without saving this step."""
        if not self._saving:
            self._advance()

    def action_skip_all(self) -> None:
        """Skip the rest and open the dashboard."""
        if not self._saving:
            self._finish(skipped=True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a field saves this step and goes on."""
        event.stop()
        self.action_next()

    def on_input_changed(self, event: Input.Changed) -> None:
        """The withdrawal-safety line under a counter name; the crisis lines of a country."""
        show_withdrawal(self, event)
        if event.input.id == "country-code":
            self.query_one("#country-lines", Static).update(self._lines_text(event.value))

    @staticmethod
    def _lines_text(value: str) -> str:
        code = value.strip().upper()
        if len(code) != 2 or not code.isalpha() or not code.isascii():
            return ""
        lines = crisis_lines.lines_for(None, code)
        if not lines:
            return COUNTRY_UNKNOWN.format(code=code)
        named = "; ".join(f"{line.name} ({line.how})" for line in lines[:2])
        return COUNTRY_LINES.format(lines=named)

    def action_next(self) -> None:
        """Save what this step holds (nothing typed: just go on)."""
        if self._saving:
            return
        save = {
            "about": self._advance,
            "country": self._save_country,
            "counter": self._save_counter,
            "contacts": self._save_contact,
            "message": self._save_message,
        }[self.current]
        save()

    def _value(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value

    def _work(
        self, job: Callable[[Store], T], then: Callable[[T], object], failed: Callable[[RecoverError], None]
    ) -> None:
        self._saving = True
        recover_app(self).store_work(job, then, group="welcome-save", failed=failed, owner=self)

    def _refused(self, fields: dict[str, str]) -> Callable[[RecoverError], None]:
        def failed(error: RecoverError) -> None:
            self._saving = False
            place_error(self, error, fields)

        return failed

    def _save_country(self) -> None:
        text = self._value("country-code")
        if not text.strip():
            self._advance()
            return
        clear_errors(self.query_one("#country"))

        def save(store: Store) -> object:
            return config_service.set_value(store, config_service.COUNTRY, text)

        def saved(code: object) -> None:
            self.given["country"] = str(code)
            recover_app(self).post_message(DataChanged())
            self._advance()

        self._work(save, saved, self._refused({"country": "country-code"}))

    def _save_counter(self) -> None:
        if not self._value("name").strip():
            clear_errors(self.query_one("#counter"))
            self._advance()
            return
        app = recover_app(self)
        add = read_counter(self, app.now())
        if add is None:
            return

        def added(counter: Counter) -> None:
            self.given["counter"] = counter.name
            app.post_message(DataChanged())  # no notices: the safety line was on this step already
            self._advance()

        self._work(add, added, self._refused(COUNTER_ERROR_FIELDS))

    def _save_contact(self) -> None:
        name, reach = self._value("contact-name"), self._value("contact-reach")
        if not name.strip() and not reach.strip():
            clear_errors(self.query_one("#contacts"))
            self._advance()
            return
        app = recover_app(self)
        role, when, now = self._value("contact-role"), self._value("contact-when"), app.now()
        clear_errors(self.query_one("#contacts"))

        def add(store: Store) -> Contact:
            return contacts_service.add_contact(
                store, name, reach=reach, role=role, reachable=when, note=None, position=None, now=now
            )

        def added(contact: Contact) -> None:
            self._saving = False
            self.contacts.append(contact.name)
            self.given["contacts"] = ", ".join(self.contacts)
            app.post_message(DataChanged())
            self.query_one("#contacts-added", Static).update(
                shown(CONTACTS_ADDED.format(names=", ".join(shown_line(n) for n in self.contacts)))
            )
            for field_id in ("contact-name", "contact-reach"):
                self.query_one(f"#{field_id}", Input).value = ""
            self.query_one("#contact-name", Input).focus()

        self._work(add, added, self._refused(CONTACT_FIELDS))

    def _save_message(self) -> None:
        text = self._value("message-text")
        if not text.strip():
            clear_errors(self.query_one("#message"))
            self._advance()
            return
        app = recover_app(self)
        now = app.now()

        def add(store: Store) -> object:
            return reason_service.add_reason(store, text, now=now)

        def added(_message: object) -> None:
            self.given["message"] = "yes"
            app.post_message(DataChanged())
            self._advance()

        self._work(add, added, self._refused({"text": "message-text"}))

    # -- the end ---------------------------------------------------------------------------
    def _finish(self, *, skipped: bool) -> None:
        app = recover_app(self)
        now = app.now()

        def remember(store: Store) -> None:
            welcome_service.mark_welcomed(store, now=now, skipped=skipped)

        def remembered(_none: None) -> None:
            app.post_message(DataChanged())
            app.notify(shown(self.summary()), markup=False, timeout=12)
            self.dismiss(None)

        def failed(error: RecoverError) -> None:
            app.report(error)  # not remembered: the welcome shows again next time
            self.dismiss(None)

        self._saving = True
        app.store_work(remember, remembered, group="welcome-done", failed=failed, owner=self)

    def summary(self) -> str:
        """One line saying where what was given now lives."""
        kept = []
        if "counter" in self.given:
            kept.append(f"your {self.given['counter']} counter is on the dashboard")
        sos = []
        if "country" in self.given:
            sos.append(f"{self.given['country']} crisis lines")
        if "contacts" in self.given:
            sos.append(self.given["contacts"])
        if "message" in self.given:
            sos.append("your reason")
        if sos:
            listed = ", ".join(sos[:-1]) + " and " + sos[-1] if len(sos) > 1 else sos[0]
            kept.append("SOS (ctrl+s) has " + listed)
        if not kept:
            return DONE_NOTHING
        given = "; ".join(kept)
        return DONE.format(given=given[:1].upper() + given[1:] + ". o opens settings, k your kit.")
