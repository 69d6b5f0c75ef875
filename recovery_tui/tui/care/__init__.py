"""The dashboard's care plan feature: its screen and forms."""
