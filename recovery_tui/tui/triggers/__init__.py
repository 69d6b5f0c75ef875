"""The dashboard's triggers feature: its screens and widgets."""
