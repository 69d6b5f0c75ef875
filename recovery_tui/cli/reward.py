"""`recover reward`: rewards you set yourself, the points balance from your logs, and claims."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from recovery_tui.cli import common
from recovery_tui.cli.listing import FirstN, Limit, first, newest
from recovery_tui.core.rewards import Balance, Claim, Reward, RewardOutlook
from recovery_tui.core.words import counted
from recovery_tui.services import rewards as reward_service

reward_app = typer.Typer(
    rich_markup_mode=None,
    help="Rewards you choose, paid for with points from meetings, check-ins, sober days and skills. "
    "Example: recover reward add 'new book' --cost 30",
)


def outlook_line(outlook: RewardOutlook) -> str:
    """'Ready now: coffee out (10). Next: new book, 8 points to go.'"""
    parts = []
    if outlook.ready:
        parts.append(f"Ready now: {outlook.ready.name} ({outlook.ready.cost}).")
    if outlook.next:
        parts.append(f"Next: {outlook.next.name}, {counted(outlook.to_go, 'point')} to go.")
    if not parts:
        return "No rewards yet. Add one with: recover reward add 'new book' --cost 30"
    return " ".join(parts)


def balance_json(balance: Balance) -> dict[str, Any]:
    """The balance for --json output."""
    return {
        "balance": balance.balance,
        "earned": balance.earned,
        "claimed": balance.claimed,
        "sources": [
            {"key": s.key, "label": s.label, "count": s.count, "points_each": s.rate, "points": s.points}
            for s in balance.sources
        ],
    }


def reward_json(reward: Reward, balance: int) -> dict[str, Any]:
    """A reward for --json output, with whether the balance covers it."""
    return {
        "id": reward.id,
        "name": reward.name,
        "cost": reward.cost,
        "note": reward.note,
        "ready": reward.cost <= balance,
        "to_go": max(reward.cost - balance, 0),
    }


def claim_json(claim: Claim) -> dict[str, Any]:
    """A claim for --json output."""
    return {
        "id": claim.id,
        "at": claim.at.isoformat(timespec="seconds"),
        "reward": claim.reward,
        "reward_id": claim.reward_id,
        "cost": claim.cost,
        "note": claim.note,
    }


@reward_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The reward, e.g. 'new book' or 'cinema night'.")],
    *,
    cost: Annotated[int, typer.Option(help="Its cost in points, 1 or more.")],
    note: Annotated[str | None, typer.Option(help="A note for yourself.")] = None,
) -> None:
    """Add a reward you can claim with points.

    Example: recover reward add "new book" --cost 30
    """
    store = common.get_store(ctx)
    now = common.now()
    reward = reward_service.add_reward(store, name, cost=cost, now=now, note=note)
    current = reward_service.balance(store, now=now).balance
    common.say(f"Added: {reward.name} for {counted(reward.cost, 'point')}.")
    if reward.cost <= current:
        common.say(f"Your balance is {current}: you can claim it now with: recover reward claim '{reward.name}'")
    else:
        common.say(f"Your balance is {current}: {counted(reward.cost - current, 'point')} to go.")


@reward_app.command("list")
def list_rewards(
    ctx: typer.Context,
    *,
    limit: FirstN = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List your rewards, cheapest first, with what the balance covers.

    Example: recover reward list
    """
    store = common.get_store(ctx)
    view = reward_service.points_view(store, now=common.now())
    current = view.balance.balance
    shown = first(view.rewards, limit)
    if as_json:
        common.emit_json({"balance": current, "rewards": [reward_json(r, current) for r in shown]})
        return
    if not shown:
        common.say("No rewards yet. Add one with: recover reward add 'new book' --cost 30")
        return
    rows = [
        [r.name, str(r.cost), "ready" if r.cost <= current else f"{r.cost - current} to go", r.note or ""]
        for r in shown
    ]
    common.table(["reward", "cost", "status", "note"], rows, title=f"Balance: {counted(current, 'point')}")


@reward_app.command("remove")
def remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The reward's name.")],
    *,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")] = False,
) -> None:
    """Remove a reward (claims already made stay in the history).

    Example: recover reward remove "new book" --yes
    """
    store = common.get_store(ctx)
    reward = reward_service.find_reward(store, name)
    if not common.confirm(f"Remove the reward '{reward.name}' ({counted(reward.cost, 'point')})?", assume_yes=yes):
        common.say("Kept it; nothing changed.")
        return
    reward_service.remove_reward(store, reward.id)
    common.say(f"Removed: {reward.name}. Past claims stay in 'recover reward history'.")


@reward_app.command("balance")
def balance(
    ctx: typer.Context,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Show your points: what each behaviour earned, what you claimed, and what is left.

    Example: recover reward balance --json
    """
    store = common.get_store(ctx)
    view = reward_service.points_view(store, now=common.now())
    current = view.balance
    if as_json:
        data = balance_json(current)
        data["ready"] = view.outlook.ready.name if view.outlook.ready else None
        data["next"] = view.outlook.next.name if view.outlook.next else None
        data["to_go"] = view.outlook.to_go
        common.emit_json(data)
        return
    common.say(f"Points balance: {current.balance}")
    for source in current.sources:
        common.say(f"  {source.label:<16}{source.count:>6} × {source.rate:<3}= {source.points:>6}")
    common.say(f"  {'earned':<29}{current.earned:>7}")
    common.say(f"  {'claimed':<29}{-current.claimed:>7}")
    common.say(outlook_line(view.outlook))
    common.say("Points per behaviour: recover config set points.meeting 4 (see recover config list).")


@reward_app.command("claim")
def claim(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The reward's name.")],
    *,
    note: Annotated[str | None, typer.Option(help="A note for yourself.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Claim a reward when your balance covers it (refused, with what is missing, when not).

    Example: recover reward claim "new book"
    """
    store = common.get_store(ctx)
    made, after = reward_service.claim_reward(store, name, now=common.now(), note=note)
    if as_json:
        common.emit_json({"claim": claim_json(made), "balance": after.balance})
        return
    common.say(f"Claimed: {made.reward} for {counted(made.cost, 'point')}. Enjoy it; you earned it.")
    common.say(f"Balance: {counted(after.balance, 'point')}.")


@reward_app.command("history")
def history(
    ctx: typer.Context,
    *,
    limit: Limit = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List the rewards you claimed, oldest first, newest last.

    Example: recover reward history --json
    """
    claims = newest(reward_service.history(common.get_store(ctx)), limit, key=lambda c: c.at)
    if as_json:
        common.emit_json([claim_json(c) for c in claims])
        return
    if not claims:
        common.say("No rewards claimed yet.")
        return
    rows = [[f"{c.at:%a %d %b %Y %H:%M}", c.reward, str(c.cost), c.note or ""] for c in claims]
    common.table(["when", "reward", "points", "note"], rows)


def register(app: typer.Typer) -> None:
    """Add the `reward` group to the root app."""
    app.add_typer(reward_app, name="reward", short_help="Rewards and points · recover reward add 'new book' --cost 30")
