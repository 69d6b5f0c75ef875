"""The Textual dashboard. Imported only by `recover dashboard` (and `recover` alone).

One folder per feature holds its screens, its widgets and their layout: `<feature>.tcss`, which
the feature's screens name in CSS_PATH, and for a dashboard panel `<panel>.tcss` beside it,
which the dashboard names (so the dashboard does not parse the forms' rules at start). Paths
are absolute (`Path(__file__).with_name(...)`): Textual reads a relative one beside the module
of the class it is given, so a subclass in another module (tests make some) would miss it.
Textual applies a loaded file app-wide, so every rule starts with its screen or widget type
(tests/tui/test_layout_files.py holds this). tui/shared/ holds the reusable pieces, which keep
their layout in DEFAULT_CSS: the dashboard panel base, the confirmation dialog, the line under
a refused form field, the conflict and passphrase screens, help.
"""
