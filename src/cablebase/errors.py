"""One small error hierarchy. Every message says what was wrong, where, and what to do next."""

from __future__ import annotations


class CablebaseError(Exception):
    """Base of every error cablebase raises on purpose; the CLI prints it without a traceback."""

    exit_code = 1


class UsageError(CablebaseError):
    """The user asked for something that cannot be done as asked (bad option, missing file)."""

    exit_code = 2


class InputError(CablebaseError):
    """An input could not be read as a cable or an article."""

    def __init__(self, reason: str, *, path: str = "", position: str | None = None) -> None:
        self.reason = reason
        self.path = path
        self.position = position
        where = path + (f" at {position}" if position else "")
        super().__init__(f"{where}: {reason}" if where else reason)


class NotFoundError(CablebaseError):
    """A record asked for by ID is not in the archive."""


class StoreError(CablebaseError):
    """The archive file cannot be opened or written."""


class QueryError(CablebaseError):
    """A search query is malformed; `position` points at the problem."""

    exit_code = 2

    def __init__(self, message: str, *, query: str = "", position: int | None = None) -> None:
        self.query = query
        self.position = position
        super().__init__(message)
