"""What the wire format refuses before a query sees it: an epoch with a NUL or a control
character (PostgreSQL refuses NUL in text and answered a 500), found by the OpenAPI fuzz."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from casemgr.sync import protocol

PUSH = {"protocol_version": protocol.PROTOCOL_VERSION, "client_version": "0.1.0",
        "device_id": "01a244c0-d5a5-71a9-a9d3-e56e26677455", "client_seq_from": 1, "ops": []}


@pytest.mark.parametrize("epoch", ["\x00", "e\x00", "tab\there", "é" * 3, "x" * 65, ""])
def test_a_push_naming_an_unprintable_epoch_is_refused(epoch):
    with pytest.raises(ValidationError):
        protocol.PushRequest.model_validate({**PUSH, "epoch": epoch})


def test_the_server_s_epochs_pass():
    for epoch in ("7c2b4a8e-3f0e-4a51-9a1e-2f6c1d0b9e77", "e1"):
        assert protocol.PushRequest.model_validate({**PUSH, "epoch": epoch}).epoch == epoch
