"""The dashboard's sos feature: its screens and widgets."""
