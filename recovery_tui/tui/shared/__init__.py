"""The dashboard's shared feature: its screens and widgets."""
