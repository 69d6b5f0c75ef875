"""The dashboard's settings screen: its screen and layout."""
