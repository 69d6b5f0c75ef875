"""The dashboard's counters feature: its screens and widgets."""
