"""EmotionStep: step 1 of the composer: an emotion word (typed, or picked by family) and intensity."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from recovery_tui.core.emotions import FAMILIES, numbered
from recovery_tui.tui.shared.field_error import FieldError


class EmotionStep(Vertical):
    """Type a feeling or a number, or pick a word from the list grouped by family; intensity 0-10."""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="row"):
            yield Label("Emotion")
            yield Input(placeholder="a word, or a number below", id="emotion", compact=True)
        yield FieldError(id="emotion-error")
        options: list[Option] = []
        rows = numbered()
        for family in FAMILIES:
            options.append(Option(f"[b]{family.name}[/b]", id=f"family-{family.name}", disabled=True))
            options.extend(Option(f"  {n:>2} {word}", id=f"word-{n}") for n, word, fam in rows if fam == family.name)
        yield OptionList(*options, id="emotion-list")
        with Horizontal(classes="row"):
            yield Label("How strong")
            yield Input(placeholder="0-10, optional", id="intensity", restrict=r"\d{0,2}", compact=True)
        yield FieldError(id="intensity-error")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A word picked from the list fills the emotion field."""
        event.stop()
        if event.option.id and event.option.id.startswith("word-"):
            number = int(event.option.id.removeprefix("word-"))
            self.query_one("#emotion", Input).value = numbered()[number - 1][1]
            self.query_one("#intensity", Input).focus()

    def values(self) -> tuple[str, str]:
        """(emotion as typed, intensity as typed)."""
        return self.query_one("#emotion", Input).value, self.query_one("#intensity", Input).value

    def clear(self) -> None:
        """Empty both fields."""
        self.query_one("#emotion", Input).value = ""
        self.query_one("#intensity", Input).value = ""
