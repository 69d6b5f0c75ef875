"""The dashboard's insights feature: its screens and widgets."""
