"""The dashboard's dashboard feature: its screens and widgets."""
