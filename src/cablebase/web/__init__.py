"""The reading room: web pages and a JSON API over an archive (`cablebase serve`)."""

from __future__ import annotations

from cablebase.web.app import create_app

__all__ = ["create_app"]
