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

HELP_GRATITUDE = "Noting who helped is part of the method: it keeps you going. If you can, tell them it helped."
