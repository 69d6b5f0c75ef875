"""User-facing words about recovery, relapse, cravings and crisis, reviewed in one place.

Rules: warm, plain, never judgmental. A relapse is a restart with its history kept. We point
to people and skills, never give medical advice, and say that recover complements care.
"""

COMPLEMENTS_CARE = (
    "recover complements professional care and peer support; it does not replace them "
    "and gives no medical advice. In danger right now? Run 'recover sos'."
)

COMPLEMENTS_CARE_DASHBOARD = (
    "recover complements professional care and peer support; it does not replace them "
    "and gives no medical advice. In danger right now? Press ctrl+s for crisis lines."
)

SKILL_CRAVING_UP = "It is stronger right now; cravings rise and fall like waves. Call someone, or run 'recover sos'."

# -- counters, relapses and milestones (issue 3) ---------------------------------------------
RELAPSE_KEPT = "Your history is kept: {longest} in your longest streak, {total} sober in all. {restart} {helps}"
RELAPSE_HELPS_CLI = "`recover skill start` or `recover sos` if it's hard right now."
RELAPSE_HELPS_DASHBOARD = "Press s for a 10-minute skill, or ctrl+s for SOS, if it's hard right now."
RELAPSE_RESTART_NOW = "Restarting now."
RELAPSE_RESTART_AT = "Restarting from {at}."
CELEBRATE = "Milestone: {label} free from {name}. That took work, and it counts."
SHARE = "{label} free from {name} today. One day at a time."
SHARE_SO_FAR = "{days} free from {name} so far. One day at a time."
SHARE_SIGNED = "{text} - {pseudonym}"
NO_COUNTERS = "No counters yet. Start one with 'recover counter add alcohol --since yesterday'."
COUNTERS_PANEL_EMPTY = "No counters yet. Press a to add one (alcohol, gambling, any habit)."
RELAPSE_FORM_INTRO = "A relapse restarts the count. Every earlier streak stays in your history."

# -- relapse resilience kit (issue 8) ---------------------------------------------------------
SOS_TITLE = "SOS: you reached out, and that matters. One step at a time."
SOS_CRISIS_HEADING = "Crisis lines"
SOS_DANGER = "If you might act on thoughts of harming yourself, call a crisis line or emergency number now."
SOS_COUNTRY_FALLBACK = (
    "No country set and none in your locale, so these are US lines. Set yours: recover config set country GB"
)
SOS_COUNTRY_UNREADABLE = (
    "Your saved country is in the data file, which could not be read, so these lines are for "
    "{code} (from your locale, else US). Every country: recover crisis list --all"
)
SOS_NO_LINES = (
    "recover ships no crisis line for {country} yet. Call your local emergency number if you are in danger, "
    "and add your own line: recover crisis add NAME --phone NUMBER --country {country}"
)
SOS_CONTACTS_HEADING = "People you can reach now"
SOS_NO_CONTACTS = (
    "No contacts yet. Add the people to call, in order: "
    "recover contact add NAME --reach PHONE --role sponsor --reachable 24/7"
)
SOS_NOBODY_NOW = (
    "None of your {total} contacts is reachable right now; the crisis lines above are. See recover contact list."
)
SOS_NEXT_CONTACT = "Next reachable: {name} ({role}), from {when}."
SOS_AID_HEADING = "A message you kept"
SOS_NO_AID = 'Save messages to read in a moment like this: recover aid add "This passes. Call me first." --from Sam'
SOS_SKILL_HEADING = "A 10-minute skill"
SOS_SKILL_HOW = "Start one with: recover skill start. Built-in 10-minute skills:"
SKILLS_10_MIN = (
    ("Box breathing", "breathe in 4, hold 4, out 4, hold 4; repeat"),
    ("4-7-8 breathing", "in for 4, hold for 7, out slowly for 8"),
    ("Paced breathing", "in for 4, out for 6, slower than the craving wants"),
    ("Cold impulse", "cold water on your face or hands to calm the body fast"),
    ("Walking", "walk for ten minutes, away from where the urge started"),
    ("Urge surfing", "watch the craving rise and fall like a wave, without acting"),
    ("Grounding 5-4-3-2-1", "name 5 things you see, 4 you feel, 3 you hear, 2 you smell, 1 you taste"),
)
SOS_TRIGGERS_HEADING = "Your top triggers, and what worked"
SOS_NO_TRIGGERS = 'Triggers you log (recover trigger "what happened") show here with what helped you ride them out.'
SOS_NOTHING_WORKED_YET = "nothing recorded as working yet"
SOS_DATA_UNREADABLE = "Your data file could not be read, so only crisis lines are shown ({problem})."
SOS_CARE = COMPLEMENTS_CARE.split(" In danger")[0]

CHECKIN_RELAPSE = {
    "ask": "{name}: not sober {when}. Record a relapse now? The counter restarts and its history is kept",
    "done": (
        "Relapse recorded for {name}: the counter restarts and its history is kept. "
        "`recover skill start` or `recover sos` if it's hard right now."
    ),
    "skipped": "No relapse recorded for {name}. If you want to, run `recover relapse {name}` or add --relapse.",
    "form": "Record a relapse for unticked counters (history kept)",
    "high_craving": "A craving of {craving}/10 is a lot to carry. `recover skill start` or `recover sos` can help now.",
}

INSIGHTS_TOO_LITTLE = (
    "Too little logged yet to see patterns, and that's fine: they show after a few triggers or check-ins."
)

HELP_GRATITUDE = "Noting who helped is part of the method: it keeps you going. If you can, tell them it helped."

STOPPED = "Stopped. Nothing more was changed."
"""Shown on stderr when a command is interrupted (Ctrl+C, or end of input at a prompt)."""

# A dashboard form whose record was saved elsewhere meanwhile (a script, another terminal).
# Nothing was overwritten and what the person typed is kept; they choose what happens next.
CONFLICT = {
    "changed": (
        "This {what} was changed elsewhere (another terminal or a script) while you had it open. "
        "Nothing was overwritten, and what you typed is still here."
    ),
    "removed": "This {what} was removed elsewhere while you had it open. What you typed is still here.",
    "day_taken": (
        "A check-in for today was saved elsewhere while this form was open. "
        "Nothing was overwritten, and what you typed is still here."
    ),
    "save_new": "Save mine as a new {what}",
    "reload": "Show the newer one (drops what I typed)",
    "keep": "Keep editing",
}
FOLLOWUP_REQUEST_GONE = (
    "That help request was removed elsewhere while you were answering, so the follow-up was not saved."
)

# `q` while a 10-minute skill timer runs: ask first, and keep the session as stopped early.
SKILL_QUIT_ASK = "A skill is running. Stop it and quit?"
SKILL_QUIT_DETAIL = "It is saved as stopped early, with the time you did and your craving rating."
SKILL_QUIT_ENDED = "Your skill's time is up. Save it and quit?"
SKILL_QUIT_ENDED_DETAIL = "It is saved as done, without the craving-after rating."
SKILL_RUNNING = "skill running: {name}, {left} left"  # the dashboard header (fits 80 columns)
SKILL_PAUSED = "skill paused: {name}, {left} left"
SKILL_ENDED = "skill done: {name}; press s to save it"
