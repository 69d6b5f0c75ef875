"""The morning pledge on the dashboard (`d`)."""
