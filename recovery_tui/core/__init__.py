"""Pure domain logic for recover: no file I/O, no Typer, no Textual; `now` is a parameter."""
