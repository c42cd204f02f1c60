"""Shared fixtures; kept small. Record builders: tests/recordkit.py (`tests.recordkit`)."""
