"""ContactsScreen: the whole contact chain in order, marking who is reachable now."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from recovery_tui.core.contacts import Contact
from recovery_tui.services import contacts as contacts_service
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.safe import lines, markup

EMPTY = (
    "No contacts yet. Add the people to call, in the order to call them:\n"
    "  recover contact add Sam --reach PHONE --role sponsor --reachable 24/7\n"
    "  recover contact add Jo --reach @jo --reachable 'mon-fri 09:00-17:00; fri 22:00-02:00'"
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


class ContactsScreen(Screen[None]):
    """All contacts, in chain order."""

    CSS_PATH = Path(__file__).with_name("contacts.tcss")
    BINDINGS = [Binding("escape", "back", "Back")]

    def compose(self) -> ComposeResult:
        yield Static("Your contact chain (called in this order)", id="contacts-title")
        with VerticalScroll(id="contacts-body"):
            yield Static(id="contacts-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#contacts-body", VerticalScroll).focus()
        self.watch(self.app, "data_version", self.reload, init=True)

    def reload(self, _version: int = 0) -> None:
        """Read the chain again."""
        recover_app(self).store_work(
            contacts_service.list_contacts,
            self._show,
            group="contacts-load",
            failed=lambda error: self.query_one("#contacts-list", Static).update(lines([str(error)])),
            owner=self,
        )

    def _show(self, contacts: list[Contact]) -> None:
        """Show the chain read by the store worker, marking who is reachable now."""
        app = recover_app(self)
        body = self.query_one("#contacts-list", Static)
        if not contacts:
            body.update(lines([EMPTY]))
            return
        now = app.now()
        body.update(lines(contact_row(c, now) for c in contacts))

    def action_back(self) -> None:
        """Back to the SOS screen."""
        self.dismiss(None)
