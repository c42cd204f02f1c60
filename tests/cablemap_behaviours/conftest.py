"""Registers the `cablemap` marker locally so `--strict-markers` accepts it even before the lead
adds it to pyproject.toml (`markers = ["cablemap: ..."]`)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "cablemap: behaviours taken from cablemap's test suite (acceptance: >= 90%)"
    )
