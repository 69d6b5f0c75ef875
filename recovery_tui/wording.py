"""User-facing words about recovery, relapse, cravings and crisis, reviewed in one place.

Rules: warm, plain, never judgmental. A relapse is a restart with its history kept. We point
to people and skills, never give medical advice, and say that recover complements care.
"""

COMPLEMENTS_CARE = (
    "recover complements professional care and peer support; it does not replace them "
    "and gives no medical advice. In danger right now? Run 'recover sos'."
)

EMPTY_DASHBOARD = (
    "Nothing recorded yet, and that's fine. Add a counter with "
    "'recover counter add alcohol --since yesterday', or see 'recover --help'."
)

CHECKIN_RELAPSE = {
    "ask": "{name}: not sober {when}. Record a relapse now? The counter restarts and its history is kept",
    "done": (
        "Relapse recorded for {name}: the counter restarts and its history is kept. "
        "`recover skill start` or `recover sos` if it's hard right now."
    ),
    "skipped": "No relapse recorded for {name}. If you want to, run `recover counter relapse {name}` or add --relapse.",
    "form": "Record a relapse for unticked counters (history kept)",
    "high_craving": "A craving of {craving}/10 is a lot to carry. `recover skill start` or `recover sos` can help now.",
}
