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
SKILL_CRAVING_UP = "It is stronger right now; cravings rise and fall like waves. Call someone, or run 'recover sos'."

# -- counters, relapses and milestones (issue 3) ---------------------------------------------
RELAPSE_KEPT = (
    "Your history is kept: {longest} in your longest streak, {total} sober in all. {restart} "
    "`recover skill start` or `recover sos` if it's hard right now."
)
RELAPSE_RESTART_NOW = "Restarting now."
RELAPSE_RESTART_AT = "Restarting from {at}."
CELEBRATE = "Milestone: {label} free from {name}. That took work, and it counts."
SHARE = "{label} free from {name} today. One day at a time."
SHARE_SO_FAR = "{days} free from {name} so far. One day at a time."
SHARE_SIGNED = "{text} - {pseudonym}"
NO_COUNTERS = "No counters yet. Start one with 'recover counter add alcohol --since yesterday'."
COUNTERS_PANEL_EMPTY = "No counters yet. Press a to add one (alcohol, gambling, any habit)."
RELAPSE_FORM_INTRO = "A relapse restarts the count. Every earlier streak stays in your history."
