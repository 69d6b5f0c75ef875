"""Key bindings shared by several screens (kept apart so a screen can use them without
importing the screens they open)."""

from __future__ import annotations

from textual.binding import Binding

SOS_TOOLTIP = "SOS: crisis lines, your contacts, a skill (on every screen)"
"""What ctrl+s does, for the help screen, the command palette and the footer."""

HELP_TOOLTIP = "help: keys, data file"
"""What ? does (the dashboard's `Keys`, the app's `Help`)."""

# The app binds ctrl+s (priority) for every screen, but the Footer lists app keys after the
# screen's own, so on a screen with many keys "^s SOS" would fall off an 80-column footer.
# Put this FIRST in a full screen's BINDINGS to reserve the first footer slot for SOS; the
# app's priority binding still handles the key (and imports the SOS screen when pressed).
SOS_FOOTER_BINDING = Binding("ctrl+s", "app.sos", "SOS", tooltip=SOS_TOOLTIP)
