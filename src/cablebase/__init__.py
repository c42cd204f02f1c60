"""cablebase: diplomatic cables as a searchable, citable, connected archive."""

__version__ = "0.1.0"
