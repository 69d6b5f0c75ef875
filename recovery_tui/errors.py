"""The RecoverError family: problems explained in one line for a person, with an exit code.

Core, store and services raise these; the CLI prints the message to stderr and exits with
`exit_code`, the dashboard shows it in a notification. Nothing else is user-facing.

`InvalidInput` carries the domain field it is about (`at`, `tags`, `cost`, or None for the
whole record) apart from its sentence, so each surface names the field its own way: the CLI
as its option (`--at`, cli/errors.py), the dashboard by showing the sentence under that
field's widget. The sentences themselves live in recovery_tui/messages.py.
"""

from __future__ import annotations


class RecoverError(Exception):
    """A problem the person can act on. `str(err)` is one plain sentence."""

    exit_code = 1


class InvalidInput(RecoverError):
    """A value given by the person is not accepted.

    Attributes:
        field: the domain field at fault (a record's field name such as `at` or `cost`, a
            setting's key, an environment variable), or None for the whole record.
        message: what is accepted, one sentence for a person, without any field prefix.

    `str(err)` is `"field: message"` (or the message alone), a one-liner for logs.
    """

    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


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

    def __init__(self, field: str | None, message: str) -> None:
        InvalidInput.__init__(self, field, message)
        self.removed = False


class ValidationError(RecoverError):
    """A record does not match its schema in data_schema/ (names the field and the rule)."""


class DataFileError(RecoverError):
    """The data file cannot be read safely (damaged, wrong shape, newer schema); never touched."""


class StorageError(RecoverError):
    """Writing failed (disk full, permissions); the previous file is unchanged."""


class LockTimeout(RecoverError):
    """Another process holds the data file's lock for too long."""

    exit_code = 75  # EX_TEMPFAIL: try again later
