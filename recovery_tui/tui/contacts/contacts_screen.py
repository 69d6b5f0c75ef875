"""ContactsScreen: the kit screen, where the person keeps their relapse resilience kit.

Three sections, one key each (1, 2, 3; or tab to the section bar and left/right):
- Contacts: the 24/7 chain in calling order, marking who is reachable now. `a` adds, `e` or
  enter changes the highlighted one (ContactForm), `d` removes it after a ConfirmScreen,
  shift+up and shift+down move it in the chain.
- First-aid messages: `a` keeps a new one (AidForm), `d` removes one after asking.
- Crisis lines of your own: `a` adds one (CrisisLineForm), `d` removes one after asking.
Everything goes through services/contacts.py, aid.py and crisis_lines.py (the calls `recover
contact|aid|crisis` make), in store workers; after a write the app reloads every screen. Opened
with `k` on the dashboard and with `c` in SOS (on the contacts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from recovery_tui.core.aid import AidMessage
from recovery_tui.core.contacts import Contact
from recovery_tui.core.crisis import CrisisLine
from recovery_tui.errors import NotFound, RecoverError
from recovery_tui.safetext import truncate
from recovery_tui.services import aid as aid_service
from recovery_tui.services import contacts as contacts_service
from recovery_tui.services import crisis_lines as crisis_lines_service
from recovery_tui.store import Store
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.bindings import SOS_FOOTER_BINDING
from recovery_tui.tui.messages import DataChanged
from recovery_tui.tui.safe import lines, markup
from recovery_tui.tui.shared.confirm import ConfirmScreen

SECTIONS = ("contacts", "aid", "lines")
EMPTY = {
    "contacts": "No contacts yet. Press a to add the people to call, in the order to call them.",
    "aid": "No first-aid messages yet. Press a to keep words to read in a hard moment.",
    "lines": "No crisis lines of your own yet. SOS shows the ones recover ships; press a to add yours.",
}
GONE = "That was changed elsewhere meanwhile; the list shows it as it is now."


@dataclass(frozen=True)
class Kit:
    """What the kit screen shows, read in one store worker."""

    contacts: list[Contact]
    aid: list[AidMessage]
    lines: list[CrisisLine]
    country: str


def read_kit(store: Store) -> Kit:
    """The chain, the kept messages, your own crisis lines and your country's code."""
    return Kit(
        contacts_service.list_contacts(store),
        aid_service.list_aid(store),
        crisis_lines_service.own_lines(store),
        crisis_lines_service.country(store).code,
    )


def contact_row(contact: Contact, now: datetime) -> Content:
    """One contact (two or three lines): 'now', or when they can next be reached."""
    reachable = contact.reachable_at(now)
    mark = "[b]now[/b]" if reachable else "   "
    upcoming = None if reachable else contact.availability.next_start(now)
    when = f"  (next {upcoming:%a %H:%M})" if upcoming else ""
    rows: list[Content | str] = [
        markup(
            f"{contact.position:>2}. {mark} [b]$name[/b] ($role)  $reach",
            name=contact.name,
            role=contact.role,
            reach=contact.reach,
        ),
        f"         {contact.reachable}{when}",
    ]
    if contact.note:
        rows.append(f"         {contact.note}")
    return lines(rows)


def aid_row(message: AidMessage) -> Content:
    """A kept message, with who it came from."""
    rows: list[Content | str] = list(message.text.splitlines()) or [""]
    if message.source:
        rows.append(f"  (from {message.source})")
    return lines(rows)


def line_row(line: CrisisLine) -> Content:
    """One of your crisis lines: name and country, how and when, the note."""
    rows: list[Content | str] = [
        markup(
            "[b]$name[/b] ($country)  $how · $hours",
            name=line.name,
            country=line.country,
            how=line.how,
            hours=line.hours,
        )
    ]
    if line.note:
        rows.append(f"  {line.note}")
    return lines(rows)


class ContactsScreen(Screen[None]):
    """The kit: contacts, first-aid messages, your own crisis lines."""

    CSS_PATH = Path(__file__).with_name("contacts.tcss")
    BINDINGS = [
        SOS_FOOTER_BINDING,
        Binding("a", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("d,delete", "remove", "Remove", key_display="d"),
        Binding("shift+up", "move(-1)", "Up", key_display="⇧↑"),
        Binding("shift+down", "move(1)", "Down", key_display="⇧↓"),
        Binding("1", "section('contacts')", "Contacts", show=False),
        Binding("2", "section('aid')", "Messages", show=False),
        Binding("3", "section('lines')", "Crisis lines", show=False),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, section: str = "contacts") -> None:
        """Args:
        section: the section to open on: contacts, aid or lines.
        """
        super().__init__()
        self.first_section = section if section in SECTIONS else "contacts"
        self.kit: Kit | None = None
        self.chosen: dict[str, str] = {}  # section -> id of the highlighted row, kept across reloads

    def compose(self) -> ComposeResult:
        yield Static("Your kit: the people to call, words to read, lines to ring", id="kit-title")
        with TabbedContent(initial=self.first_section, id="kit-tabs"):
            with TabPane("1 Contacts", id="contacts"):
                yield Static("Called in this order; 'now' marks who can be reached now.", classes="kit-intro")
                yield Static(EMPTY["contacts"], id="kit-contacts-empty", classes="kit-empty", markup=False)
                yield OptionList(id="kit-contacts", classes="kit-list")
            with TabPane("2 First-aid messages", id="aid"):
                yield Static("Words to read in a hard moment; SOS shows one.", classes="kit-intro")
                yield Static(EMPTY["aid"], id="kit-aid-empty", classes="kit-empty", markup=False)
                yield OptionList(id="kit-aid", classes="kit-list")
            with TabPane("3 Crisis lines", id="lines"):
                yield Static(id="kit-lines-intro", classes="kit-intro")
                yield Static(EMPTY["lines"], id="kit-lines-empty", classes="kit-empty", markup=False)
                yield OptionList(id="kit-lines", classes="kit-list")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "data_version", self.reload, init=True)
        self.call_after_refresh(self._focus_list)

    @property
    def section(self) -> str:
        """The section shown: contacts, aid or lines."""
        return self.query_one(TabbedContent).active or self.first_section

    def _list(self, section: str | None = None) -> OptionList:
        return self.query_one(f"#kit-{section or self.section}", OptionList)

    def _focus_list(self) -> None:
        self._list().focus()

    def reload(self, _version: int = 0) -> None:
        """Read the kit again (in a store worker)."""
        recover_app(self).store_work(read_kit, self._show, group="kit-load", owner=self)

    def _show(self, kit: Kit) -> None:
        """Fill the three lists, keeping the highlighted row where it was."""
        self.kit = kit
        now = recover_app(self).now()
        self.query_one("#kit-lines-intro", Static).update(
            f"Your own lines, shown first in SOS. The ones recover ships for {kit.country} are always there too."
        )
        rows: dict[str, list[tuple[str, Content]]] = {
            "contacts": [(c.id, contact_row(c, now)) for c in kit.contacts],
            "aid": [(m.id, aid_row(m)) for m in kit.aid],
            "lines": [(str(line.id), line_row(line)) for line in kit.lines],
        }
        for section, items in rows.items():
            options = self._list(section)
            options.clear_options()
            options.add_options([Option(prompt, id=item_id) for item_id, prompt in items])
            options.display = bool(items)
            self.query_one(f"#kit-{section}-empty").display = not items
            ids = [item_id for item_id, _ in items]
            if ids:
                wanted = self.chosen.get(section)
                options.highlighted = ids.index(wanted) if wanted in ids else 0
        self.refresh_bindings()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Remember the highlighted row of each section."""
        if event.option.id is not None:
            self.chosen[(event.option_list.id or "").removeprefix("kit-")] = event.option.id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a contact changes it."""
        event.stop()
        if event.option_list.id == "kit-contacts":
            self.action_edit()

    def on_tabbed_content_tab_activated(self, _event: TabbedContent.TabActivated) -> None:
        """A new section: its keys in the footer."""
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Edit and move are for contacts; edit, move and remove need a row."""
        if action in ("edit", "move"):
            return self.section == "contacts" and self._current() is not None
        if action == "remove":
            return self._current() is not None
        return True

    def _current(self) -> str | None:
        """The id of the highlighted row of the section shown."""
        if not self.is_mounted:
            return None
        options = self._list()
        if options.highlighted is None or not options.option_count:
            return None
        return options.get_option_at_index(options.highlighted).id

    def _contact(self) -> Contact | None:
        wanted = self._current()
        return next((c for c in self.kit.contacts if c.id == wanted), None) if self.kit else None

    def action_section(self, section: str) -> None:
        """Show a section and put the focus on its list."""
        self.query_one(TabbedContent).active = section
        self._focus_list()

    def _written(self, saved: bool | None) -> None:
        if saved:
            self.app.post_message(DataChanged())
        self._focus_list()

    def action_add(self) -> None:
        """Add to the section shown."""
        from recovery_tui.tui.contacts.aid_form import AidForm
        from recovery_tui.tui.contacts.contact_form import ContactForm
        from recovery_tui.tui.contacts.crisis_line_form import CrisisLineForm

        if self.section == "contacts":
            self.app.push_screen(ContactForm(), self._written)
        elif self.section == "aid":
            self.app.push_screen(AidForm(), self._written)
        else:
            self.app.push_screen(CrisisLineForm(self.kit.country if self.kit else ""), self._written)

    def action_edit(self) -> None:
        """Change the highlighted contact."""
        from recovery_tui.tui.contacts.contact_form import ContactForm

        contact = self._contact()
        if contact is not None:
            self.app.push_screen(ContactForm(contact), self._written)

    def _failed(self, error: RecoverError) -> None:
        if isinstance(error, NotFound):
            self.notify(GONE, timeout=6)
            self.reload()
        else:
            recover_app(self).report(error)

    def action_move(self, step: int) -> None:
        """Move the highlighted contact one place up (-1) or down (1) in the chain."""
        contact = self._contact()
        if contact is None or self.kit is None:
            return
        position = contact.position + step
        if not 1 <= position <= len(self.kit.contacts):
            return
        now = recover_app(self).now()
        recover_app(self).store_work(
            lambda store: contacts_service.move_contact(store, contact.id, position, now=now),
            lambda _chain: self.app.post_message(DataChanged()),
            group="kit-write",
            failed=self._failed,
        )

    def action_remove(self) -> None:
        """Remove the highlighted row, after asking."""
        wanted, kit, section = self._current(), self.kit, self.section
        if wanted is None or kit is None:
            return
        if section == "contacts":
            contact = next(c for c in kit.contacts if c.id == wanted)
            question, detail = (
                f"Remove {contact.name} from your contact chain?",
                "The people after them move up one place.",
            )
            now = recover_app(self).now()

            def job(store: Store) -> str:
                return contacts_service.remove_contact(store, wanted, now=now).name
        elif section == "aid":
            message = next(m for m in kit.aid if m.id == wanted)
            question, detail = f"Remove the message '{truncate(message.text, 40)}'?", "It is deleted for good."

            def job(store: Store) -> str:
                aid_service.remove_aid(store, wanted)
                return "the message"
        else:
            line = next(x for x in kit.lines if x.id == wanted)
            question, detail = f"Remove your crisis line {line.name}?", "The lines recover ships stay in SOS."

            def job(store: Store) -> str:
                return crisis_lines_service.remove_line(store, wanted).name

        def removed(what: str) -> None:
            self.notify(f"Removed {what}.", markup=False, timeout=4)
            self.app.post_message(DataChanged())

        def answered(yes: bool | None) -> None:
            if yes:
                recover_app(self).store_work(job, removed, group="kit-write", failed=self._failed)
            self._focus_list()

        self.app.push_screen(ConfirmScreen(question, detail=detail, yes="Remove", no="Keep it"), answered)

    def action_back(self) -> None:
        """Back to where you were (the dashboard or SOS)."""
        self.dismiss(None)
