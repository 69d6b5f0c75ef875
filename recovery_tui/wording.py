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


def relapse_kept(*, longest: str, total: str, restart_at: str | None, dashboard: bool, name: str | None = None) -> str:
    """The one warm line after any relapse (`recover relapse`, a check-in, a trigger that ended
    in use, the dashboard): the history kept, in days, and a pointer to help. On the dashboard
    the pointer names keys (s, ctrl+s), on the command line commands.

    Args:
        longest: the longest streak in words, e.g. `142 days`.
        total: the time sober in all, in words.
        restart_at: when the count restarts (`2026-11-19 22:00`), or None for now.
        dashboard: point to dashboard keys instead of commands.
        name: the counter, said first where several could be meant (a check-in, a trigger).
    """
    restart = RELAPSE_RESTART_NOW if restart_at is None else RELAPSE_RESTART_AT.format(at=restart_at)
    line = RELAPSE_KEPT.format(longest=longest, total=total, restart=restart, helps=help_pointer(dashboard))
    return f"{name} restarts. {line}" if name else line


def help_pointer(dashboard: bool) -> str:
    """What helps right now: dashboard keys on the dashboard, commands on the command line."""
    return RELAPSE_HELPS_DASHBOARD if dashboard else RELAPSE_HELPS_CLI


USED_NOT_RECORDED = "It happened, and writing it down is part of recovery. {helps}"


def used_care(dashboard: bool) -> str:
    """After a trigger that ended in use with no counter restarted: kind words and where help is."""
    return USED_NOT_RECORDED.format(helps=help_pointer(dashboard))


RELAPSE_UNDO_HINT_CLI = "Recorded by mistake? `recover relapse undo {name}` takes it back."
RELAPSE_CONFIRM = "Restart {name}? Your {kept} stay in your history."
RELAPSE_UNDO_NOTICE = "{name} restarted. Press u to undo (for {seconds} seconds)."
RELAPSE_UNDONE = "Restart of {name} undone; the streak since {since} continues."
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
    "recover knows no emergency number for {country}: it is not a country code recover knows. "
    "In danger, call your local emergency number; a mobile phone treats 112 and 911 as emergency numbers. "
    "Set your country (recover config set country GB) or add your own line: "
    "recover crisis add NAME --phone NUMBER --country {country}"
)
SOS_COUNTRY_FALLBACK_DASHBOARD = (
    "No country set and none in your locale, so these are US lines. Set yours in settings: o on the dashboard."
)
SOS_COUNTRY_UNREADABLE_DASHBOARD = (
    "Your saved country is in the data file, which could not be read, so these lines are for "
    "{code} (from your locale, else US)."
)
SOS_NO_LINES_DASHBOARD = (
    "recover knows no emergency number for {country}: it is not a country code recover knows. "
    "In danger, call your local emergency number; a mobile phone treats 112 and 911 as emergency numbers. "
    "Set your country in settings (o on the dashboard), or add your own line: k on the dashboard, then 3."
)
CRISIS_UNKNOWN_CODE = (
    "{country} is not a country code recover knows, so no line ships for it. "
    "Add yours: recover crisis add NAME --phone NUMBER --country {country}"
)
# Emergency numbers of every country (core/crisis.py builds one line per number).
EMERGENCY_ALL = "Emergency services"
EMERGENCY_ALSO = "Emergency services (also)"
EMERGENCY_SERVICE = {"ambulance": "ambulance", "police": "police", "fire": "fire"}
EMERGENCY_FIRST = "Reaches police, ambulance and fire; the numbers after it reach one service each."
EMERGENCY_NO_SINGLE = "No single emergency number is listed here; this one comes first, the others follow."
EMERGENCY_NO_LOCAL_SERVICE = (
    "No public emergency service of its own is listed here. A mobile phone that finds a network "
    "treats 112 and 911 as emergency numbers; at a station or on a ship, tell the person in charge."
)
SOS_CONTACTS_HEADING = "People you can reach now"
SOS_NO_CONTACTS = (
    "No contacts yet. Add the people to call, in order: "
    "recover contact add NAME --reach PHONE --role sponsor --reachable 24/7"
)
SOS_NOBODY_NOW = (
    "None of your {total} contacts is reachable right now; the crisis lines above are. See recover contact list."
)
SOS_NO_CONTACTS_DASHBOARD = "No contacts yet. Press c to add the people to call, in the order to call them."
SOS_NOBODY_NOW_DASHBOARD = (
    "None of your {total} contacts is reachable right now; the crisis lines above are. Press c to see all contacts."
)
SOS_NEXT_CONTACT = "Next reachable: {name} ({role}), from {when}."
SOS_REASONS_HEADING = "Why you are doing this"
REASONS_AFTER_CRAVING = "You wrote down why you are doing this:"
SOS_AID_HEADING = "A message you kept"
SOS_NO_AID = 'Save messages to read in a moment like this: recover aid add "This passes. Call me first." --from Sam'
SOS_NO_AID_DASHBOARD = "Keep messages to read in a moment like this: press c, then 2, then a."
SOS_SKILL_HEADING = "A 10-minute skill"
SOS_SKILL_HOW = "Start one with: recover skill start. Built-in 10-minute skills:"
SOS_SKILL_HOW_DASHBOARD = "Press s to start one with a timer. Built-in 10-minute skills:"
SOS_SKILL_HOW_LOCKED = "Built-in 10-minute skills, to do right where you are:"
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
SOS_NO_TRIGGERS_DASHBOARD = "Triggers you log (t on the dashboard) show here with what helped you ride them out."
SOS_NOTHING_WORKED_YET = "nothing recorded as working yet"
SOS_DATA_UNREADABLE = "Your data file could not be read, so only crisis lines are shown ({problem})."
SOS_CARE = COMPLEMENTS_CARE.split(" In danger")[0]

# -- withdrawal safety and SOS on an encrypted file (issue 16) --------------------------------
# A pointer to care, not medical advice: shown in SOS and when a counter for alcohol,
# benzodiazepines or opioids is added (core/withdrawal.py decides which names).
WITHDRAWAL_SAFETY = (
    "Stopping heavy alcohol, benzodiazepine or opioid use suddenly can be dangerous; "
    "talk to a doctor or call a helpline first."
)
SOS_LOCKED = "Your contacts, kept messages and triggers are locked with your passphrase; they are safe and unchanged."
SOS_LOCKED_HOW_CLI = "To see them, run recover sos at a terminal and type it, or set RECOVER_PASSPHRASE_CMD."
SOS_LOCKED_HOW_DASHBOARD = "To see them, press escape and type your passphrase. The crisis lines above need no key."
SOS_UNLOCK_ASK = "Passphrase for your contacts and kept messages (Enter to skip)"
SOS_UNLOCK_WRONG = "That passphrase did not unlock it. Tries left: {left}."
SOS_UNLOCK_COMMAND_WRONG = "The passphrase RECOVER_PASSPHRASE_CMD printed did not unlock it."
SOS_UNLOCK_SKIPPED = "Skipped. The crisis lines above are always here, no passphrase needed."
SOS_UNLOCK_GAVE_UP = (
    "Still locked after three tries; your data is safe and unchanged. "
    "The crisis lines above are always here, no passphrase needed."
)
SOS_SAVED_COUNTRY = "Crisis lines ({code}, your saved country)"
COUNTRY_FILE_NOTE = (
    "Also kept in plain text in {path} beside your data file, so SOS shows these crisis lines even "
    "before an encrypted file is unlocked; `recover config unset country` removes it."
)
COUNTRY_UNSET = "country is back to its default (from your locale); {path} is removed."
COUNTRY_FILE_KEPT = (
    "Your country ({code}) stays readable without the passphrase in {path}, so SOS shows the right "
    "crisis lines before you unlock; `recover config unset country` removes it (lines then follow your locale)."
)
PASSPHRASE_TITLE = "Your data is locked"
PASSPHRASE_INTRO = "{path} is encrypted. Type your passphrase to open the dashboard."
PASSPHRASE_SOS = "In a hard moment? Press ctrl+s for crisis lines; they need no passphrase."
PASSPHRASE_CHECKING = "Unlocking..."
PASSPHRASE_EMPTY = "Type your passphrase and press enter, or press escape to quit."
PASSPHRASE_WRONG = "That passphrase did not unlock it. Tries left: {left}."
PASSPHRASE_GAVE_UP = (
    "Still locked after three tries; your data is safe and unchanged. "
    "Press ctrl+s for crisis lines, or escape to quit and try again later."
)

CHECKIN_RELAPSE = {
    "ask": "{name}: not sober {when}. Record a relapse now? The counter restarts and its history is kept",
    "skipped": "No relapse recorded for {name}. If you want to, run `recover relapse {name}` or add --relapse.",
    "form": "Record a relapse for unticked counters (history kept)",
    "high_craving": "A craving of {craving}/10 is a lot to carry. `recover skill start` or `recover sos` can help now.",
    "high_craving_dashboard": "A craving of {craving}/10 is a lot to carry. Press s for a skill, or ctrl+s for SOS.",
}

# -- warnings: acute signals first, then slower patterns (issue 16; issue 19 shows them elsewhere) --
# Observations with their numbers, never a diagnosis; each points to help. The {placeholders}
# are filled in core/insights.py.
WARNINGS_HEADING = "Right now (signs worth noticing, not a diagnosis)"
WARNING_TEXT = {
    "restart_recent": "You restarted {names} {when}. Your history is kept, and the days after a restart are a "
    "good time to lean on support.",
    "cravings_high": "Cravings reached 8 or more on {days} of the last 7 days (highest {highest}/10). That is a lot "
    "to carry, and you do not have to carry it alone.",
    "halt_piling": "{count} of your {total} triggers in the last 7 days came while you were two or more of hungry, "
    "angry, lonely or tired (most often {states}).",
    "checkins_paused": "No check-in for {days} days, after check-ins on {steady} of the 14 days before. Coming back "
    "after a gap counts.",
    "trigger_rising": "'{name}' came up {times} in the last 7 days, against {before} in the {weeks} weeks before. "
    "Knowing what comes up more often helps you plan for it.",
}
# The same signs in a few words, for one row of the dashboard's Today panel (about 36 cells).
WARNING_BRIEF = {
    "restart_recent": "Restart {when}; history kept",
    "restarts_recent": "{count} restarts in 7 days; history kept",
    "cravings_high": "Cravings 8+ on {days} of last 7 days",
    "halt_piling": "HALT stacked on {count} of {total} triggers",
    "checkins_paused": "No check-in for {days} days",
    "trigger_rising": "{count}x in 7 days: '{name}'",
    "craving_rising": "Craving rose {weeks} weeks: {first} to {last}",
}
WARNINGS_KEYS_DASHBOARD = "i insights · ctrl+s SOS · j journal"  # the Today panel's last row, with warnings
WARNINGS_MORE_DASHBOARD = "and {count} more: press i"
WARNING_HELP_CLI = {
    "restart_recent": "`recover sos` shows who you can reach now; `recover skill start` helps ride out a craving.",
    "cravings_high": "`recover skill start` for a 10-minute skill, or `recover sos` if it's hard right now.",
    "halt_piling": "A meal, some rest or a call can take the edge off; `recover sos` shows who you can reach now.",
    "checkins_paused": "`recover checkin` takes a minute; `recover sos` if it's hard right now.",
    "trigger_rising": "`recover insights` shows when it comes up and what helped before; `recover sos` if it's hard "
    "right now.",
}
WARNING_HELP_DASHBOARD = {
    "restart_recent": "Press ctrl+s for SOS: who you can reach now. On the dashboard, s starts a 10-minute skill.",
    "cravings_high": "On the dashboard, s starts a 10-minute skill; ctrl+s opens SOS if it's hard right now.",
    "halt_piling": "A meal, some rest or a call can take the edge off; ctrl+s shows who you can reach now.",
    "checkins_paused": "On the dashboard, c opens a check-in; ctrl+s opens SOS if it's hard right now.",
    "trigger_rising": "On the dashboard, i shows when it comes up and what helped before; ctrl+s opens SOS.",
}
INSIGHTS_NOTHING_STANDS_OUT = "Nothing stands out in this period."
INSIGHTS_NOTHING_ELSE = "No slower pattern stands out in this period beyond the signs above."

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

# -- a report to share (issue 20) ------------------------------------------------------------
REPORT_TITLE = "Recovery report"
REPORT_COUNTERS_NOTE = (
    "A restart keeps the history: every earlier streak still counts, and the days after a restart "
    "are part of the same recovery."
)
REPORT_NO_RESTARTS = "No restarts in this period."
REPORT_RESTARTS = "{restarts} in this period, each one kept in the history."
REPORT_CARE_NOTE = (
    "Times taken or attended (a test: taken, whatever the result) of the times planned, as the person "
    "logged them; a plain record, not a judgement."
)
REPORT_PLAN_NOTE = "The person's own contingency plan: each behaviour, its points, and what it earned in this period."
REPORT_OBSERVATIONS = "Observations from the numbers, not a diagnosis."
REPORT_CLOSING = (
    "Made with recover, a private recovery companion that complements professional care and peer support. "
    "Not included: contact details, requests for help, entries marked sensitive{journal}."
)
REPORT_CLOSING_NO_JOURNAL = ", journal text"
