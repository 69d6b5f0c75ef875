"""The dashboard's journal feature: its screens and widgets."""
