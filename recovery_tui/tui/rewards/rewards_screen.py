"""RewardsScreen: the points balance per behaviour, the rewards (claim with enter), and adding one.

A claim spends points, so enter on a reward asks first (ConfirmScreen: y claims it). It calls
services/rewards.claim_reward, the same call as `recover reward claim`; a reward still out of
reach is not asked about but tried at once, and refused with the shortfall in the status line.
The row under the list adds a reward (name, cost, enter), like `recover reward add`; `d` on a
reward removes it after asking (its past claims stay), like `recover reward remove`.
Dismisses with True when something was claimed or added.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from recovery_tui.core.rewards import Balance, Claim, NotEnoughPoints, Reward
from recovery_tui.core.words import counted
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import rewards as reward_service
from recovery_tui.services.rewards import PointsView
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.safe import plain, shown, shown_line
from recovery_tui.tui.shared.confirm import ConfirmScreen
from recovery_tui.tui.shared.field_error import FieldError, clear_errors, place_error

EMPTY = "No rewards yet: type a name and its cost above, then enter."
KEYS = {True: "enter claims · d removes · esc closes", False: "enter adds · esc closes"}
"""The box's bottom line, with rewards to claim and without."""


def balance_text(view: PointsView) -> str:
    """The breakdown: one line per behaviour, then earned, claimed and the balance."""
    current = view.balance
    lines = [f"Points balance: {current.balance}"]
    lines += [f"  {s.label:<15}{s.count:>5} × {s.rate:<2} = {s.points:>5}" for s in current.sources]
    lines.append(f"  {'claimed':<27}{-current.claimed:>6}")
    return "\n".join(lines)


class RewardsScreen(ModalScreen[bool]):
    """Points and rewards."""

    CSS_PATH = Path(__file__).with_name("rewards.tcss")
    BINDINGS = [Binding("escape", "close", "Close"), Binding("d,delete", "remove", "Remove", show=False)]
    ERROR_FIELDS = {"name": "reward-name", "cost": "reward-cost"}
    """Domain field of a refusal to add -> the input it is shown under (others: the status line)."""

    def __init__(self) -> None:
        super().__init__()
        self._changed = False
        self._view: PointsView | None = None

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Points & rewards"
            box.border_subtitle = KEYS[False]
            yield Static(id="rewards-balance", markup=False)
            yield Static("Rewards", classes="muted")
            yield OptionList(id="rewards-list")
            with Horizontal(id="reward-new"):
                yield Static("New reward ", classes="muted")
                yield Input(placeholder="e.g. new book", id="reward-name", compact=True, max_length=60)
                yield Input(placeholder="cost", id="reward-cost", compact=True, type="integer", max_length=7)
            yield FieldError(id="reward-name-error")
            yield FieldError(id="reward-cost-error")
            yield Static("", id="rewards-status", markup=False)
            yield Static("Points per behaviour: in settings, o on the dashboard", classes="muted", markup=False)

    def on_mount(self) -> None:
        """Read, with the cursor where the person can act: the new reward's name (the list of
        rewards takes it once read, if there are any to claim)."""
        self.query_one("#rewards-list", OptionList).display = False
        self.query_one("#reward-name", Input).focus()
        self.reload()

    def reload(self) -> None:
        """Read the balance and rewards again."""
        now = recover_app(self).now()
        recover_app(self).store_work(
            lambda store: reward_service.points_view(store, now=now),
            self._show,
            group="rewards-load",
            failed=lambda error: self.query_one("#rewards-status", Static).update(str(error)),
            owner=self,
        )

    def _show(self, view: PointsView) -> None:
        """Show the balance and rewards the store worker read."""
        first = self._view is None
        self._view = view
        self.query_one("#rewards-balance", Static).update(balance_text(view))
        options = self.query_one("#rewards-list", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        balance = view.balance.balance
        for reward in view.rewards:
            status = "ready" if reward.cost <= balance else f"{reward.cost - balance} to go"
            options.add_option(Option(plain(f"{reward.name} · {reward.cost} · {status}"), id=reward.id))
        options.display = bool(view.rewards)  # an empty list is never the focused widget
        self.query_one(Vertical).border_subtitle = KEYS[bool(view.rewards)]
        if view.rewards:
            options.highlighted = min(highlighted or 0, len(view.rewards) - 1)
            if first and self._untouched():
                options.focus()
        else:
            self.query_one("#rewards-status", Static).update(EMPTY)

    def _untouched(self) -> bool:
        """True while the cursor is still in the empty name field it opened in."""
        name = self.query_one("#reward-name", Input)
        return self.focused is name and not name.value and not self.query_one("#reward-cost", Input).value

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a reward asks before claiming it (a claim spends points); one still out of
        reach is tried at once, so the status line says how many points are still to go."""
        event.stop()
        if self._view is None or event.option.id is None:
            return
        reward = next((r for r in self._view.rewards if r.id == event.option.id), None)
        if reward is None:
            return
        balance = self._view.balance.balance
        if reward.cost > balance:
            self._claim(reward)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._claim(reward)

        question = f"Claim '{reward.name}' for {counted(reward.cost, 'point')}?"
        detail = f"Your balance goes from {balance} to {balance - reward.cost}."
        self.app.push_screen(ConfirmScreen(question, detail=detail, yes="Claim it", no="Not now"), answered)

    def _claim(self, reward: Reward) -> None:
        """Claim `reward` through the same service as `recover reward claim` (in a store worker)."""
        status = self.query_one("#rewards-status", Static)
        app = recover_app(self)
        now = app.now()

        def claimed(done: tuple[Claim, Balance]) -> None:
            claim, after = done
            self._changed = True
            self.reload()
            status.update(shown_line(f"Claimed: {claim.reward}. Enjoy it; you earned it. Balance: {after.balance}."))

        def failed(error: RecoverError) -> None:
            if isinstance(error, NotEnoughPoints):
                status.update(shown(str(error)))
            else:
                app.report(error)

        app.store_work(
            lambda store: reward_service.claim_reward(store, reward.id, now=now),
            claimed,
            group="reward-claim",
            failed=failed,
            owner=self,
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the name or cost field adds the reward."""
        event.stop()
        name_box = self.query_one("#reward-name", Input)
        cost_box = self.query_one("#reward-cost", Input)
        status = self.query_one("#rewards-status", Static)
        if event.input is name_box and not cost_box.value.strip():
            cost_box.focus()
            return
        app = recover_app(self)
        clear_errors(self)

        def failed(error: RecoverError) -> None:
            status.update("")
            place_error(self, error, self.ERROR_FIELDS, lambda message: status.update(shown(message)))

        if not cost_box.value.strip().isdigit():
            failed(InvalidInput("cost", "give the cost in points, a whole number such as 30."))
            return
        name, cost, now = name_box.value, int(cost_box.value), app.now()

        def added(reward: Reward) -> None:
            self._changed = True
            name_box.value = cost_box.value = ""
            self.reload()
            status.update(shown_line(f"Added: {reward.name} for {counted(reward.cost, 'point')}."))
            self.query_one("#rewards-list", OptionList).focus()

        app.store_work(
            lambda store: reward_service.add_reward(store, name, cost=cost, now=now),
            added,
            group="reward-add",
            failed=failed,
            owner=self,
        )

    def action_remove(self) -> None:
        """Remove the highlighted reward after asking (the list must have the focus)."""
        options = self.query_one("#rewards-list", OptionList)
        if self._view is None or not options.has_focus or options.highlighted is None:
            return
        wanted = options.get_option_at_index(options.highlighted).id
        reward = next((r for r in self._view.rewards if r.id == wanted), None)
        if reward is None:
            return
        status = self.query_one("#rewards-status", Static)
        app = recover_app(self)

        def removed(gone: Reward) -> None:
            self._changed = True
            self.reload()
            status.update(shown_line(f"Removed: {gone.name}. Past claims of it stay in your history."))

        def answered(yes: bool | None) -> None:
            if yes:
                app.store_work(
                    lambda store: reward_service.remove_reward(store, reward.id),
                    removed,
                    group="reward-remove",
                    owner=self,
                )

        question = f"Remove the reward '{reward.name}'?"
        self.app.push_screen(
            ConfirmScreen(question, detail="Past claims of it stay in your history.", yes="Remove", no="Keep it"),
            answered,
        )

    def action_close(self) -> None:
        """Back to the dashboard."""
        self.dismiss(self._changed)
