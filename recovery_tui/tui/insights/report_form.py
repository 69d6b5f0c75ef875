"""ReportForm: write a report to share from the Insights screen (`x`).

The period (as insights take it: 30d, 12w, a date), the format (Markdown, or HTML with
charts), whether to include journal text (never entries marked sensitive) and the file to
write, offered in the home folder (else the data file's folder) as ~/recover-report-DATE.html.
Changing the format changes the offered file's ending while the path is still the offer.
Saving calls services/report.write_report in a store worker, the same call as the command
line's report; the file is private (0600) and where it went is shown once it is written
(`written`, which the Insights screen keeps on show).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from textual.widgets import Input, Select

from recovery_tui.core.timeparse import parse_since
from recovery_tui.errors import InvalidInput
from recovery_tui.services import report as report_service
from recovery_tui.store import Store
from recovery_tui.tui.shared.form_screen import CHECKED, Field, FormScreen

FORMAT_CHOICES = (("HTML, one page with charts", "html"), ("Markdown, plain text", "markdown"))


class ReportForm(FormScreen):
    """Period, format, journal or not, and the file to write."""

    TITLE_TEXT = "A report to share"
    NOTE = (
        "For a counsellor or sponsor: counters and restarts, check-ins, triggers and what helped, "
        "skills, meetings. Your pseudonym only; no contact details; private file (0600)."
    )
    ERROR_FIELDS = {"since": "period", "out": "path", "format": "format"}

    def __init__(self, *, days: int, now: datetime, folder: Path) -> None:
        """Args:
        days: the period offered (the Insights screen's own).
        now: the time the report is made at.
        folder: where the file is offered.
        """
        self.days, self.now, self.folder = days, now, folder
        self.written: Path | None = None
        super().__init__()

    def _offer(self, fmt: str) -> str:
        """The file offered for `fmt`, written `~/...` in the home folder (the short, familiar form)."""
        path = report_service.default_path(fmt, self.now, self.folder)
        return f"~/{path.name}" if self.folder == Path.home() else str(path)

    def fields(self) -> list[Field]:
        """Period, format, journal, file."""
        return [
            Field("period", "Period", f"{self.days}d", "30d, 12w or a date such as 2026-11-01", max_length=40),
            Field("format", "Format", "html", options=FORMAT_CHOICES),
            Field("journal", "Journal", "", "Include my journal text (never entries marked sensitive)", checkbox=True),
            Field("path", "File", self._offer("html"), "where to write it"),
        ]

    def on_select_changed(self, event: Select.Changed) -> None:
        """A new format: the offered file's ending follows, unless a path of one's own was typed."""
        path = self.query_one("#form-path", Input)
        offers = {self._offer(fmt) for fmt in report_service.EXTENSIONS}
        if path.value in offers and isinstance(event.value, str) and event.value in report_service.EXTENSIONS:
            path.value = self._offer(event.value)

    def job(self, values: dict[str, str]) -> Callable[[Store], str]:
        """Write the report; the notice says where."""
        since = parse_since(values["period"].strip() or "30d", self.now)
        fmt = values["format"]
        text = values["path"].strip()
        if not text or "\x00" in text:
            raise InvalidInput("out", "give the path of a file; nothing was written.")
        path = Path(text).expanduser().absolute()
        journal = values["journal"] == CHECKED

        def write(store: Store) -> str:
            try:
                written = report_service.write_report(
                    store, fmt, path, since=since, now=self.now, include_journal=journal
                )
            except OSError as exc:
                raise InvalidInput("out", f"cannot write there ({exc.strerror or exc}); nothing was written.") from None
            self.written = written
            return f"Report written to {written} (only you can read it)."

        return write
