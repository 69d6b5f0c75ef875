"""The Textual dashboard. Imported only by `recover dashboard` (and `recover` alone)."""
