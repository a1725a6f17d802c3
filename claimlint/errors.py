"""Errors that reach the user as one line naming the place and the problem, with exit code 2."""

from __future__ import annotations


class ClaimlintError(Exception):
    """A problem with the user's input or configuration, reported as ``path:line:col: message``."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: error: {self.message}"


class InputError(ClaimlintError):
    """An article that cannot be read: missing, a directory, not UTF-8."""


class ConfigError(ClaimlintError):
    """A fact sheet or configuration file that is not valid."""


class UsageError(ClaimlintError):
    """A command-line argument that names nothing: reported as ``claimlint: error: ...``."""

    def __init__(self, message: str):
        super().__init__("claimlint", message)
