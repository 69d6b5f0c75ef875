"""The dashboard's first-run welcome: its screen and layout."""
