"""The dashboard's meetings feature: its screens and widgets."""
