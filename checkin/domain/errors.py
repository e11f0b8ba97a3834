"""Errors an operator can act on; ``code`` selects the translated message in the UI."""

from __future__ import annotations


class InputError(ValueError):
    """Bad input from a person or a file: said clearly, nothing changed."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
