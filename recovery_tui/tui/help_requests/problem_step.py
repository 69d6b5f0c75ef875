"""ProblemStep: step 2 of the composer: what is happening, since when, what was tried."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, TextArea

from recovery_tui.tui.shared.field_error import FieldError


class ProblemStep(Vertical):
    """A few lines for the problem, and one line each for since-when and what was tried."""

    def compose(self) -> ComposeResult:
        yield Label("What is happening")
        yield TextArea(id="problem", compact=True, placeholder="in a sentence or two")
        yield FieldError(id="problem-error")
        with Horizontal(classes="row"):
            yield Label("Since when")
            yield Input(placeholder="e.g. May, 3 days", id="since", compact=True)
        yield FieldError(id="since-error")
        with Horizontal(classes="row"):
            yield Label("Tried")
            yield Input(placeholder="what you tried so far", id="tried", compact=True)
        yield FieldError(id="tried-error")

    def values(self) -> tuple[str, str, str]:
        """(problem, since, tried) as typed."""
        return (
            self.query_one("#problem", TextArea).text,
            self.query_one("#since", Input).value,
            self.query_one("#tried", Input).value,
        )

    def clear(self) -> None:
        """Empty every field."""
        self.query_one("#problem", TextArea).text = ""
        self.query_one("#since", Input).value = ""
        self.query_one("#tried", Input).value = ""
