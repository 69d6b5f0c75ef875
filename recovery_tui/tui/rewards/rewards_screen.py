"""RewardsScreen: the points balance, your contingency plan (each behaviour with what it earned
and what its next success earns), the rewards (claim with enter), and adding one.

The plan list is the balance per behaviour (services/plan.py, the same as `recover plan`). On
it, `l` logs the highlighted behaviour you added as done and `m` as missed (like `recover plan
log`), `a` adds a behaviour and `e` changes one's points and schedule (BehaviourForm), and `d`
removes one you added after asking, with its logs (built-ins stay; they can get 0 points).

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

from recovery_tui import messages
from recovery_tui.core.plan import CARE, PlanBehaviour, PlanLog
from recovery_tui.core.rewards import Balance, Claim, NotEnoughPoints, Reward
from recovery_tui.core.words import counted
from recovery_tui.errors import InvalidInput, RecoverError
from recovery_tui.services import care as care_service
from recovery_tui.services import plan as plan_service
from recovery_tui.services import rewards as reward_service
from recovery_tui.services.plan import PlanEntry
from recovery_tui.services.rewards import PointsView
from recovery_tui.tui.access import recover_app
from recovery_tui.tui.rewards.behaviour_form import BehaviourForm
from recovery_tui.tui.safe import plain, shown, shown_line
from recovery_tui.tui.said import said
from recovery_tui.tui.shared.confirm import ConfirmScreen
from recovery_tui.tui.shared.field_error import FieldError, clear_errors, place_error

EMPTY = "No rewards yet: type a name and its cost above, then enter."
KEYS = {True: "enter claims · d removes · esc closes", False: "enter adds · esc closes"}
"""The box's bottom line, with rewards to claim and without."""
PLAN_KEYS = "l logs · m missed · a adds · e changes · d removes · esc"
"""The box's bottom line while the plan list has the focus."""


def balance_text(view: PointsView) -> str:
    """The balance with what was earned and claimed."""
    current = view.balance
    return f"Points balance: {current.balance}  (earned {current.earned}, claimed {current.claimed})"


def entry_text(entry: PlanEntry) -> str:
    """One behaviour: its name, how many times, points earned, what the next success earns
    (and the run, when it escalates); 'yours' marks the ones logged by hand, 'care plan' the
    ones counting a care-plan item's logs."""
    row = f" ({entry.tally.in_a_row} in a row)" if entry.schedule.step and entry.tally.in_a_row else ""
    mine = "" if entry.builtin else " · care plan" if entry.behaviour.source == CARE else " · yours"
    return (
        f"{entry.behaviour.name[:20]:<20} {entry.tally.count:>5}× {entry.tally.points:>6}"
        f"  next +{entry.tally.next_points}{row}{mine}"
    )


class RewardsScreen(ModalScreen[bool]):
    """Points and rewards."""

    CSS_PATH = Path(__file__).with_name("rewards.tcss")
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("d,delete", "remove", "Remove", show=False),
        Binding("l", "log('done')", "Log it", show=False),
        Binding("m", "log('missed')", "Log a miss", show=False),
        Binding("a", "add_behaviour", "Add a behaviour", show=False),
        Binding("e", "edit_behaviour", "Change a behaviour", show=False),
    ]
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
            yield Static("Your plan: times, points, what the next one earns", classes="muted", markup=False)
            yield OptionList(id="plan-list")
            yield Static("Rewards", classes="muted")
            yield OptionList(id="rewards-list")
            with Horizontal(id="reward-new"):
                yield Static("New reward ", classes="muted")
                yield Input(placeholder="e.g. new book", id="reward-name", compact=True, max_length=60)
                yield Input(placeholder="cost", id="reward-cost", compact=True, type="integer", max_length=7)
            yield FieldError(id="reward-name-error")
            yield FieldError(id="reward-cost-error")
            yield Static("", id="rewards-status", markup=False)
            yield Static("Your plan (tab to it): l logs one of yours, a adds, e changes", classes="muted", markup=False)

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
            failed=lambda error: self.query_one("#rewards-status", Static).update(said(error)),
            owner=self,
        )

    def _show(self, view: PointsView) -> None:
        """Show the balance and rewards the store worker read."""
        first = self._view is None
        self._view = view
        self.query_one("#rewards-balance", Static).update(balance_text(view))
        plan = self.query_one("#plan-list", OptionList)
        at = plan.highlighted
        plan.clear_options()
        plan.add_options([Option(plain(entry_text(e)), id=e.key) for e in view.plan])
        if view.plan:
            plan.highlighted = min(at or 0, len(view.plan) - 1)
        options = self.query_one("#rewards-list", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        balance = view.balance.balance
        for reward in view.rewards:
            status = "ready" if reward.cost <= balance else f"{reward.cost - balance} to go"
            options.add_option(Option(plain(f"{reward.name} · {reward.cost} · {status}"), id=reward.id))
        options.display = bool(view.rewards)  # an empty list is never the focused widget
        self._subtitle()
        if view.rewards:
            options.highlighted = min(highlighted or 0, len(view.rewards) - 1)
            if first and self._untouched():
                options.focus()
        elif first:  # later reads keep the line saying what was just done
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
                status.update(shown(said(error)))
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
        """Remove the highlighted behaviour of your own, or reward, after asking (its list must
        have the focus)."""
        entry = self._entry()
        if entry is not None:
            self._remove_behaviour(entry)
            return
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

    def _subtitle(self) -> None:
        """The keys of the list that has the focus."""
        on_plan = self.query_one("#plan-list", OptionList).has_focus
        rewards = bool(self._view and self._view.rewards)
        self.query_one(Vertical).border_subtitle = PLAN_KEYS if on_plan else KEYS[rewards]

    def on_descendant_focus(self) -> None:
        """Say the keys of what now has the focus."""
        self._subtitle()

    def _entry(self) -> PlanEntry | None:
        """The highlighted behaviour of the plan, when the plan list has the focus."""
        plan = self.query_one("#plan-list", OptionList)
        if self._view is None or not plan.has_focus or plan.highlighted is None:
            return None
        wanted = plan.get_option_at_index(plan.highlighted).id
        return next((e for e in self._view.plan if e.key == wanted), None)

    def _plan_changed(self, notice: str) -> None:
        """Read again after a change to the plan and say what changed."""
        self._changed = True
        self.reload()
        self.query_one("#rewards-status", Static).update(shown_line(notice))

    def action_log(self, outcome: str) -> None:
        """Log the highlighted behaviour (one you added) as done or missed, now."""
        entry = self._entry()
        if entry is None:
            return
        status = self.query_one("#rewards-status", Static)
        app = recover_app(self)
        now = app.now()

        def logged(done: tuple[PlanLog, PlanEntry]) -> None:
            log, after = done
            first = "Logged" if log.outcome == "done" else "Logged as missed"
            self._plan_changed(
                f"{first}: {log.behaviour}. The next one earns {counted(after.tally.next_points, 'point')}."
            )

        app.store_work(
            lambda store: plan_service.log_behaviour(
                store, entry.behaviour.id or entry.key, at=now, now=now, outcome=outcome
            ),
            logged,
            group="plan-log",
            failed=lambda error: status.update(shown(said(error))),
            owner=self,
        )

    def _form_closed(self, saved: bool | None) -> None:
        if saved:
            self._plan_changed("Your plan is saved.")

    def action_add_behaviour(self) -> None:
        """A form for a new behaviour, logged by hand or counting a care-plan item's logs (the
        care items are read in a store worker first; the plan list must have the focus)."""
        if not self.query_one("#plan-list", OptionList).has_focus:
            return

        def opened(care_items: list[tuple[str, str]]) -> None:
            self.app.push_screen(BehaviourForm(care_items=care_items), self._form_closed)

        recover_app(self).store_work(
            lambda store: [(item.name, item.id) for item in care_service.list_care_items(store)],
            opened,
            group="behaviour-form",
            owner=self,
        )

    def action_edit_behaviour(self) -> None:
        """A form to change the highlighted behaviour's points and schedule."""
        entry = self._entry()
        if entry is not None:
            self.app.push_screen(BehaviourForm(entry.behaviour), self._form_closed)

    def _remove_behaviour(self, entry: PlanEntry) -> None:
        """Ask, then remove one of your behaviours and its logs; built-ins are not removed."""
        status = self.query_one("#rewards-status", Static)
        if entry.builtin:
            status.update(shown(messages.plan_builtin(entry.behaviour.name)))
            return
        app = recover_app(self)

        def removed(done: tuple[PlanBehaviour, int]) -> None:
            gone, logs = done
            self._plan_changed(f"Removed: {gone.name} and {counted(logs, 'log')}.")

        def answered(yes: bool | None) -> None:
            if yes:
                app.store_work(
                    lambda store: plan_service.remove_behaviour(store, entry.behaviour.id),
                    removed,
                    group="plan-remove",
                    owner=self,
                )

        question = f"Remove '{entry.behaviour.name}' from your plan?"
        detail = f"Its {counted(entry.tally.count, 'success')} and their points go too."
        self.app.push_screen(ConfirmScreen(question, detail=detail, yes="Remove", no="Keep it"), answered)

    def action_close(self) -> None:
        """Back to the dashboard."""
        self.dismiss(self._changed)
