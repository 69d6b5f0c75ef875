"""`recover_app(node)`: the running RecoverApp, typed, for screens and widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.dom import DOMNode

if TYPE_CHECKING:
    from recovery_tui.tui.app import RecoverApp


def recover_app(node: DOMNode) -> RecoverApp:
    """The RecoverApp that `node` belongs to (gives typed access to store and clock)."""
    return cast("RecoverApp", node.app)
