"""Validator functions generated from data_schema/, one module per schema (`validate` in each).

Every other file here is written by `python -m recovery_tui.store.schemas --generate`; do not
edit them by hand. recovery_tui/store/schemas.py imports one only while the schema file still
has the bytes the module embeds, and compiles the schema at run time otherwise.
"""
