"""Behaviours from cablemap's test suite, re-expressed against cablebase's API (see README.md)."""
