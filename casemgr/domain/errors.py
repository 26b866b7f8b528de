"""Errors of the domain, each of a kind a caller can act on."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every rule the domain refuses."""


class ValidationError(DomainError):
    """Answers or fields refused, with one message per field (field id -> message)."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in sorted(self.errors.items())))


class WorkflowError(DomainError):
    """A state change the workflow does not allow (e.g. sending a referral without consent)."""


class PermissionDenied(DomainError):
    """The acting user's role or relation to the case does not allow the action."""
