"""Reminders on the dashboard (`n`): the list, add, remove, install in the scheduler."""
