"""The dashboard's checkins feature: its screens and widgets."""
