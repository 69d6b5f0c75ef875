"""The dashboard's rewards feature: its screens and widgets."""
