"""The dashboard's sync screen: its screen and layout."""
