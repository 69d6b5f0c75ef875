"""recover: a private, local recovery companion for the terminal (package root and version)."""

__version__ = "0.1.0"
