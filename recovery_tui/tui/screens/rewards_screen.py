"""RewardsScreen: the points balance per behaviour, and the rewards, claimable with enter (twice).

A claim spends points, so the first enter on a reward asks and the second one claims it
(any move or escape cancels). It calls services/rewards.claim_reward, the same call as
`recover reward claim`, so a short balance is refused with the shortfall in the status line.
Dismisses with True when something was claimed.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from recovery_tui.core.points import NotEnoughPoints
from recovery_tui.errors import RecoverError
from recovery_tui.services import rewards as reward_service
from recovery_tui.services.rewards import PointsView
from recovery_tui.tui.access import recover_app

ADD_HINT = "Add one: recover reward add 'new book' --cost 30"


def balance_text(view: PointsView) -> str:
    """The breakdown: one line per behaviour, then earned, claimed and the balance."""
    current = view.balance
    lines = [f"Points balance: {current.balance}"]
    lines += [f"  {s.label:<15}{s.count:>5} × {s.rate:<2} = {s.points:>5}" for s in current.sources]
    lines.append(f"  {'claimed':<27}{-current.claimed:>6}")
    return "\n".join(lines)


class RewardsScreen(ModalScreen[bool]):
    """Points and rewards."""

    DEFAULT_CSS = """
    RewardsScreen { align: center middle; }
    RewardsScreen > Vertical {
        width: 66; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; padding: 0 1; background: $surface;
    }
    RewardsScreen #rewards-list { height: auto; max-height: 8; border: none; padding: 0; }
    RewardsScreen #rewards-status { height: auto; }
    RewardsScreen .muted { color: $text-muted; }
    """
    BINDINGS = [Binding("escape,q,p", "close", "Close")]

    def __init__(self) -> None:
        super().__init__()
        self._claimed = False
        self._armed: str | None = None
        self._view: PointsView | None = None

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Points & rewards"
            box.border_subtitle = "enter twice claims · esc closes"
            yield Static(id="rewards-balance", markup=False)
            yield Static("Rewards", classes="muted")
            yield OptionList(id="rewards-list")
            yield Static("", id="rewards-status", markup=False)
            yield Static("Points per behaviour: recover config set points.meeting 4", classes="muted", markup=False)

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#rewards-list", OptionList).focus()

    def reload(self) -> None:
        """Read the balance and rewards again."""
        app = recover_app(self)
        try:
            self._view = view = reward_service.points_view(app.store, now=app.now())
        except RecoverError as error:
            self.query_one("#rewards-status", Static).update(str(error))
            return
        self.query_one("#rewards-balance", Static).update(balance_text(view))
        options = self.query_one("#rewards-list", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        balance = view.balance.balance
        for reward in view.rewards:
            status = "ready" if reward.cost <= balance else f"{reward.cost - balance} to go"
            options.add_option(Option(f"{reward.name} · {reward.cost} · {status}", id=reward.id))
        if view.rewards:
            options.highlighted = min(highlighted or 0, len(view.rewards) - 1)
        else:
            self.query_one("#rewards-status", Static).update(f"No rewards yet. {ADD_HINT}")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Moving to another reward cancels a pending claim."""
        if self._armed is not None and event.option.id != self._armed:
            self._armed = None
            self.query_one("#rewards-status", Static).update("")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """First enter asks, second enter claims."""
        event.stop()
        if self._view is None or event.option.id is None:
            return
        status = self.query_one("#rewards-status", Static)
        reward = next((r for r in self._view.rewards if r.id == event.option.id), None)
        if reward is None:
            return
        if self._armed != reward.id:
            self._armed = reward.id
            status.update(f"Claim '{reward.name}' for {reward.cost} points? Press enter again.")
            return
        self._armed = None
        app = recover_app(self)
        try:
            claim, after = reward_service.claim_reward(app.store, reward.id, now=app.now())
        except NotEnoughPoints as error:
            status.update(str(error))
            return
        except RecoverError as error:
            app.report(error)
            return
        self._claimed = True
        self.reload()
        status.update(f"Claimed: {claim.reward}. Enjoy it; you earned it. Balance: {after.balance}.")

    def action_close(self) -> None:
        """Back to the dashboard."""
        self.dismiss(self._claimed)
