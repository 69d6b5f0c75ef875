"""Widgets of the dashboard, one class per file."""
