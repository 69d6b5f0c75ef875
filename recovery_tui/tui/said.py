"""`said(error)`: the sentence the dashboard shows for a RecoverError (or a problem's text).

The store explains a data file it cannot use in words for the command line: "recover left it
unchanged; run 'recover doctor', or move it aside and restore a backup". Inside the dashboard
no text names a shell command (tests/tui/test_no_shell_hints_tui.py), so that advice, in each
of the store's few wordings (store/layout.py DAMAGED_ADVICE, store/crypto.py, the checksum
refusal), is said here without the command: a backup can bring the file back, and the README
section that explains `doctor` says how. The rest of the sentence (which file, what is wrong
with it) is kept word for word. A refused value (InvalidInput) is its sentence alone, as
`RecoverApp.report` shows it.
"""

from __future__ import annotations

import re

from recovery_tui.errors import InvalidInput, RecoverError

DOCTOR_ADVICE = re.compile(r"run [`']recover doctor(?: --repair)?[`'](?:, or| to check it and| to)? ?")
"""The command in the store's advice about a damaged file, up to the words that follow it."""
DASHBOARD_ADVICE = "the README's section 'Your data' says how to check it; "
"""What replaces it: the rest of the store's sentence says what to restore ("restore a backup")."""


def said(error: RecoverError | str) -> str:
    """What the dashboard says for `error` (stored text in it still goes through tui/safe.py)."""
    if isinstance(error, InvalidInput):
        text = error.message
    else:
        text = str(error)
    return DOCTOR_ADVICE.sub(DASHBOARD_ADVICE, text)
