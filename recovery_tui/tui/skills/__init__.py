"""The dashboard's skills feature: its screens and widgets."""
