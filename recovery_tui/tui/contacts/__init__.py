"""The dashboard's contacts feature: its screens and widgets."""
