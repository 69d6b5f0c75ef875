"""Which counter names are about alcohol, benzodiazepines or opioids, whose sudden stop can be
dangerous, so the CLI and dashboard show `wording.WITHDRAWAL_SAFETY` when one is added.

A small, readable list rather than a drug database: the classes, their common names,
brand names and street names. A name matches when one of its words (letters only, case
ignored, a plural 's' dropped) is in WORDS or starts with one of STEMS. It errs towards
showing the line: an extra pointer to care costs one line; a missing one could cost more.
"""

from __future__ import annotations

import re

WORDS = frozenset(
    {
        # alcohol
        "alcohol",
        "booze",
        "drink",
        "drinking",
        "beer",
        "wine",
        "liquor",
        "vodka",
        "whisky",
        "whiskey",
        "tequila",
        "cider",
        "etoh",
        # benzodiazepines
        "benzo",
        "xanax",
        "alprazolam",
        "valium",
        "diazepam",
        "ativan",
        "lorazepam",
        "klonopin",
        "rivotril",
        "clonazepam",
        "temazepam",
        "restoril",
        "librium",
        "chlordiazepoxide",
        "halcion",
        "triazolam",
        "oxazepam",
        "etizolam",
        # opioids
        "opioid",
        "opiate",
        "heroin",
        "fentanyl",
        "oxy",
        "oxycodone",
        "oxycontin",
        "percocet",
        "vicodin",
        "hydrocodone",
        "hydromorphone",
        "dilaudid",
        "morphine",
        "codeine",
        "methadone",
        "buprenorphine",
        "suboxone",
        "subutex",
        "tramadol",
        "opium",
        "tapentadol",
    }
)
STEMS = ("alcohol", "benzodiazepin", "opioid", "opiate", "oxycod", "fentanyl", "heroin")
_WORD = re.compile(r"[a-z]+")


def _words(name: str) -> list[str]:
    return _WORD.findall(name.casefold())


def risky_to_stop_suddenly(name: str) -> bool:
    """True when a counter called `name` is about alcohol, benzodiazepines or opioids.

    Example: "Alcohol", "drinking", "benzos", "xanax", "oxy", "methadone" -> True;
    "gambling", "nicotine", "oxygen bar" -> False.
    """
    for word in _words(name):
        if word in WORDS or (word.endswith("s") and word[:-1] in WORDS):
            return True
        if word.startswith(STEMS):
            return True
    return False
