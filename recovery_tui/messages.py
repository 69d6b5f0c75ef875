"""The sentences that explain a refused value, in one place beside wording.py (as jrnl's
messages/MsgText.py): constants, and small functions for sentences that take values.

Each is the sentence alone, with no field in front: `InvalidInput(field, message)` carries
the field, and the CLI (`--at: ...`, cli/flags.py) and the dashboard (the line under the
field, tui/shared/field_error.py) name it their own way. Words about relapse, cravings and
crisis stay in wording.py. Rules as there: plain, warm, and each says what is accepted.

Here: every fixed sentence core/ and services/ raise, and those that take values and are
raised from more than one place. Sentences built from several values for one check only
(reachable hours, dates of a counter's events, export paths) still sit beside that check;
locations.py keeps its own, as it imports nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable

# -- shared by several record kinds and commands ------------------------------------------
COUNTRY_CODE = "use a two-letter country code such as US, GB, DE or AU."
WEEK_START = "use a weekday name such as monday or sunday."
ON_OFF = "use on or off."
CRAVING_0_10 = "rate the craving from 0 (none) to 10 (strongest)."
TIME_OF_DAY = "use HH:MM such as 21:30."
SESSION_SAVED = "This session is already saved."


def too_long(limit: int, what: str = "it", unit: str = "characters", *, grouped: bool = False) -> str:
    """Too long: `keep it to 60 characters or fewer.` (`what`: "it", "a note", "each step";
    `grouped` writes 20000 as 20,000)."""
    shown = f"{limit:,}" if grouped else str(limit)
    return f"keep {what} to {shown} {unit} or fewer."


def in_future(what: str) -> str:
    """A time after now: `a meeting can't be in the future; ...` (`what`: "a meeting")."""
    return f"{what} can't be in the future; give a time up to now."


def already_called(kind: str, name: str) -> str:
    """A name in use: `there is already a counter called 'alcohol'.` (unique per kind)."""
    return f"there is already a {kind} called '{name}'."


def not_a_setting(key: str, known: str) -> str:
    """A `recover config` key that does not exist, with the ones that do (and, for a points.*
    key of a behaviour of your own, where such points are set)."""
    if key.startswith("points."):
        return (
            f"'{key}' is not a setting; known settings: {known}. Points for a behaviour of your own: "
            "recover plan add 'negative test' --points 5"
        )
    return f"'{key}' is not a setting; known settings: {known}."


def not_a_time_of_day(text: str) -> str:
    """A clock time that is not HH:MM from 00:00 to 23:59."""
    return f"'{text}' is not a time of day; {TIME_OF_DAY}"


EMPTY_TIME = "is empty; give a time such as now, yesterday 21:00, 21:30 or -2h (leave it out to mean now)."
EMPTY_DAY = "is empty; give a day such as today, yesterday, -2d or 2026-11-18 (leave it out to mean today)."
EMPTY_START = "is empty; give when it started, such as 90d, 2026-01-01 or now."


def not_understood_time(text: str, accepted: str) -> str:
    """A time none of the accepted forms (`accepted`, core/timeparse.py) reads."""
    return f"'{text}' is not a time I understand; try {accepted}."


def whole_number(low: int, high: int) -> str:
    """A whole number in a range: `use a whole number from 0 to 10.`"""
    return f"use a whole number from {low} to {high}."


def cannot_read(path: object, reason: object) -> str:
    """A file that cannot be opened or read (import)."""
    return f"cannot read {path} ({reason})."


def not_an_export(path: object, why: str) -> str:
    """A file that is not a recover json export; `why` says what is wrong, in a few words."""
    return f"{path} is not a recover json export ({why})."


def too_large(path: object, limit: str) -> str:
    """A file to import that is larger than any recover export."""
    return f"{path} is larger than {limit}; that is not a recover export."


def reachable_say_when(example: str) -> str:
    """A contact's reachable hours with no days or hours given."""
    return f"say when, e.g. {example}."


COUNTER_START_FUTURE = "a counter can't start in the future; give a time up to now."
REQUEST_OWN_WORDS = 'type the words of your request, e.g. "Can someone call me tonight?"'


def one_of(choices: Iterable[str]) -> str:
    """A value outside a fixed list: `use one of peer, sponsor, family.`"""
    return f"use one of {', '.join(choices)}."


def number_from_one(highest: int) -> str:
    """A position in a list: `use a number from 1 to 4.`"""
    return f"use a number from 1 to {highest}."


def not_a_format(text: str, choices: str) -> str:
    """An unknown output or meeting format; `choices` reads "online or in-person"."""
    return f"'{text}' is not a format; use {choices}."


def own_file(path: object) -> str:
    """An --out path that is recover's own file (the data file, its lock, a backup)."""
    return f"{path} belongs to recover (your data file, its lock or backups); give another path. Nothing was written."


def empty(what: str) -> str:
    """Nothing written: `the entry is empty; nothing was saved.`"""
    return f"{what} is empty; nothing was saved."


def time_in_future(text: str) -> str:
    """A time typed that is after now."""
    return f"'{text}' is in the future; give a time up to now."


def day_in_future(text: str) -> str:
    """A day typed that is after today."""
    return f"'{text}' is in the future; give a day up to today."


def span_before_1900(text: str) -> str:
    """A span back from now that reaches before 1900 (the oldest time recover keeps)."""
    return f"'{text}' reaches back before 1900; use a shorter span."


def builtin_template_name(name: str) -> str:
    """A new template may not take a built-in template's name."""
    return f"'{name}' is a built-in template; choose another name."


def builtin_template_kept(name: str) -> str:
    """A built-in template cannot be removed."""
    return f"'{name}' is a built-in template and cannot be removed."


# -- what is typed, by record kind -----------------------------------------------------
COUNTER_NAME = "a counter needs a name, such as alcohol or gambling."
MILESTONE_DAYS = "use a whole number of days from 1 to 36500."
EVENT_UNCHANGED = "that is already its time and note; nothing was changed."
ALREADY_SO = "that is already how it is; nothing was changed."
COST_PER_DAY = "use a number 0 or more, such as 12.50."
HOURS_PER_DAY = "use a number from 0 to 24, such as 2.5."
MILESTONE_LABEL = "give a label of 1-60 characters, such as 'first sober birthday'."
CONTACT_NAME = "a contact needs a name (a first name or pseudonym is fine)."
CONTACT_REACH = "say how to reach them: a phone number, a handle or a link."
CONTACT_NOTHING_TO_CHANGE = "say what to change, e.g. --reach, --role, --reachable, --note or --name."
CRISIS_LINE_NAME = "give the line a name, e.g. 'Local crisis team'."
CRISIS_LINE_CONTACT = "give a number to call or a text line, or both."
WEEKLY_GOAL = "use a whole number of meetings per week, 0 (no goal) to {most}."
REASON_TEXT = 'write your reason in your own words, e.g. "I want to be there for my kids".'
AID_TEXT = 'write the message to keep, e.g. "This feeling passes. Call me first. -J".'
TRIGGER_WHAT = "say in a few words what happened, such as 'argument with my boss'."
TRIGGER_RELAPSE_NEEDS_USED = "only goes with an outcome of used (add --outcome used)."
TRIGGER_NOT_A_FIELD = "is not a field of a trigger entry."
SKILL_NAME = "a skill needs a name, such as 'evening walk'."
SKILL_STEPS = 'give at least one step, such as --step "Walk to the end of the street".'
SESSION_PLANNED = "a session is planned for at least 1 second."
ZERO_OR_MORE = "use 0 or more."
BREATH_IN_OUT = "breathing in and out need at least 1 second each."
BREATH_COUNT = "give 2-4 numbers: in,out or in,hold,out or in,hold,out,hold."
BREATH_NUMBERS = "use whole seconds separated by commas, such as 4,7,8 or 4,4,4,4."
TEMPLATE_NAME = "use 1-30 lowercase letters, digits, '-' or '_', such as 'evening'."
REWARD_NAME = "a reward needs a name, such as 'new book' or 'cinema night'."
EMOTION = "name a feeling, such as lonely or anxious, or pick a number from the list."
REQUEST_KIND = "say what would help: advice, talk, checkin, stories, or your own words."
REQUEST_KINDS = "use advice, talk, checkin, stories, or your own words."
INTENSITY_OPTIONAL = "use a whole number 0-10, or leave it out."
PROBLEM = "say what is happening, in a few words."
MESSAGE_FORMAT = "use forum, text or chat."
MESSAGE_EMPTY = "the message is empty; write something or recompose it from the steps."
HELPFUL = "answer yes or no."


# -- settings and the data file --------------------------------------------------------
CURRENCY = "use a symbol or code of 1-5 characters, such as $, €, £ or EUR."
THEME = "use a theme name such as textual-dark or textual-light (ctrl+p lists them)."
WEEKLY_GOAL = "use a whole number of meetings per week, 0 (no goal) to 50."

# Your own contingency plan (core/plan.py, services/plan.py)
PLAN_NAME = "a behaviour needs a name, such as 'negative test' or 'therapy attended'."
PLAN_EVERY = "use day, week or none (none: only a logged miss resets the step)."
PLAN_OUTCOME = "use done or missed."
PLAN_BUILTIN_NAME = "a built-in behaviour keeps its name; change its points or schedule."


def plan_number(limit: int) -> str:
    """Points, step or cap out of range."""
    return f"use a whole number of points from 0 to {limit:,}."


def plan_cap(points: int) -> str:
    """A cap below the first step's points."""
    return f"the cap is the most one success can earn, so it cannot be below the points ({points})."


def plan_builtin(name: str) -> str:
    """Removing a built-in behaviour (it can be set to 0 points instead)."""
    return f"'{name}' is built in and stays in the plan; give it 0 points instead."


def plan_derived(name: str, where: str) -> str:
    """Logging a built-in behaviour by hand (it comes from another log)."""
    return f"'{name}' counts by itself from {where}; only behaviours you added are logged by hand."


def plan_from_care(name: str, item: str) -> str:
    """Logging by hand a behaviour that counts a care-plan item's logs."""
    return f"'{name}' counts what you log for '{item}' in your care plan; log it there."


PLAN_CARE_ITEM_GONE = "its care item was removed"


def plan_care_item_gone(name: str) -> str:
    """Logging by hand a behaviour whose care-plan item was removed."""
    return (
        f"'{name}' counted the logs of a care-plan item that was removed, so nothing is logged for it now; "
        "you can remove it from your plan."
    )


# -- reminders and pledges ------------------------------------------------------------------
REMINDER_TEXT = "use one line of words (up to 80 characters), e.g. 'Time for your daily note'."


def not_a_reminder_kind(text: str, kinds: Iterable[str]) -> str:
    """A reminder kind that does not exist: `'walk' is not a reminder; use checkin, pledge, review or care.`"""
    names = list(kinds)
    listed = ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else "".join(names)
    return f"'{text}' is not something recover reminds of; use {listed}."


def symlink_refused(path: object) -> str:
    """A file recover reads only if it is not a symbolic link (a file to merge)."""
    return f"{path} is a symbolic link; recover merges only a regular file and follows no link. Nothing was changed."


def several_start(text: str, kind: str, names: list[str]) -> str:
    """What a person typed is the start of several names of one kind."""
    shown = ", ".join(f"'{name}'" for name in names)
    return f"'{text.strip()}' is the start of more than one {kind} ({shown}); type more of the name."


def sealed_source(path: object, purpose: str) -> str:
    """A file to import or merge that is encrypted, with no way to ask for its passphrase."""
    return (
        f"{path} is encrypted; to {purpose} it, set RECOVER_PASSPHRASE_CMD to print its passphrase "
        "or run recover at a terminal. Nothing was changed."
    )


def not_a_recover_file(path: object) -> str:
    """A file to merge that is not a recover data file."""
    return f"{path} is not a recover data file (no meta.schema_version); nothing was changed."


MERGE_SAME_FILE = "that is your data file itself; give another copy of it to merge. Nothing was changed."


def copies_notice(count: int) -> str:
    """The dashboard's one line when file sync left conflict copies beside the data file."""
    copies = "a conflict copy" if count == 1 else f"{count} conflict copies"
    return f"! File sync left {copies} of your data beside it. Press b to merge."
