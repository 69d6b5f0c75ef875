"""The RecoverError family: problems explained in one line for a person, with an exit code.

Core, store and services raise these; the CLI prints the message to stderr and exits with
`exit_code`, the dashboard shows it in a notification. Nothing else is user-facing.
"""

from __future__ import annotations


class RecoverError(Exception):
    """A problem the person can act on. `str(err)` is one plain sentence."""

    exit_code = 1


class InvalidInput(RecoverError):
    """A value given by the person is not accepted (names the field and what is accepted)."""


class NotFound(RecoverError):
    """A named or numbered thing does not exist."""


class Conflict(RecoverError):
    """The record changed or was removed after it was read (another process saved meanwhile).

    Nothing was written. `removed` is True when the record no longer exists. The dashboard
    keeps what the person typed and offers to save it as a new record or show the newer one.
    """

    def __init__(self, message: str, *, removed: bool = False) -> None:
        super().__init__(message)
        self.removed = removed


class AlreadyExists(Conflict, InvalidInput):
    """What the caller meant to create exists already (a day's check-in in "new" mode, perhaps
    saved by another process after a form opened empty). An InvalidInput for the CLI (names
    the flag to pass), a Conflict for the dashboard (which offers to save as another one)."""


class ValidationError(RecoverError):
    """A record does not match its schema in data_schema/ (names the field and the rule)."""


class DataFileError(RecoverError):
    """The data file cannot be read safely (damaged, wrong shape, newer schema); never touched."""


class StorageError(RecoverError):
    """Writing failed (disk full, permissions); the previous file is unchanged."""


class LockTimeout(RecoverError):
    """Another process holds the data file's lock for too long."""

    exit_code = 75  # EX_TEMPFAIL: try again later
