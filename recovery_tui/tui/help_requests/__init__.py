"""The dashboard's help requests feature: its screens and widgets."""
