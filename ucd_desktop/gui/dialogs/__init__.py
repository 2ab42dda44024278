"""Dialogs: each a classmethod that builds, runs and returns ``(value, ok)``; messages."""
