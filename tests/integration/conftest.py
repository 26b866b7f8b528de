"""The two people of the integration tests, on one real encrypted workspace: amina, a
caseworker of the north team, and sam, its supervisor."""

from __future__ import annotations

import pytest

from casemgr.app.casework import Casework
from casemgr.domain.permissions import Actor, Role


@pytest.fixture
def worker(workspace) -> Casework:
    return Casework(workspace, actor=Actor("amina", Role.CASEWORKER, frozenset({"north"})))


@pytest.fixture
def supervisor(workspace) -> Casework:
    return Casework(workspace, actor=Actor("sam", Role.SUPERVISOR, frozenset({"north"})))
