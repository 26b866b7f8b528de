"""Ids a device mints offline and the hybrid logical clock that orders edits across devices."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgr.domain import ids
from casemgr.domain.clock import FixedClock, HlcTimestamp, HybridLogicalClock
from casemgr.domain.ids import case_number, device_prefix, uuid7, uuid7_time_ms


@pytest.fixture(autouse=True)
def fresh_id_sequence(monkeypatch):
    """uuid7 never goes back in time within a process; start each test from a clean slate."""
    monkeypatch.setattr(ids, "_last", [0, 0])


def test_uuid7_is_a_version_7_rfc_9562_uuid_carrying_its_time():
    value = uuid.UUID(uuid7(lambda: 1_795_000_000_123))
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert uuid7_time_ms(str(value)) == 1_795_000_000_123


def test_uuid7s_minted_in_one_millisecond_still_sort_in_creation_order():
    minted = [uuid7(lambda: 1_795_000_000_000) for _ in range(5000)]
    assert minted == sorted(minted)
    assert len(set(minted)) == len(minted)


def test_uuid7_from_a_clock_set_back_still_sorts_after_earlier_ids():
    first = uuid7(lambda: 1_795_000_000_000)
    assert uuid7(lambda: 1_700_000_000_000) > first


def test_case_numbers_differ_across_devices_and_read_clearly():
    a, b = uuid7(), uuid7()
    assert device_prefix(a) != device_prefix(b) or a == b
    number = case_number(device_prefix(a), 42)
    assert number.endswith("-00042") and len(number) == 10
    assert not set(number[:4]) & set("ILOU")  # no letters misread as digits


def test_hlc_never_runs_backwards_when_the_wall_clock_is_set_back():
    clock = FixedClock(1_795_000_000_000)
    hlc = HybridLogicalClock(clock, "dev1")
    first = hlc.now()
    clock.ms -= 86_400_000  # set back a day
    second = hlc.now()
    assert second > first
    assert str(second) > str(first)


def test_hlc_orders_after_a_timestamp_seen_from_a_device_ahead_in_time():
    behind = HybridLogicalClock(FixedClock(1_000), "slow")
    ahead = HybridLogicalClock(FixedClock(9_000_000), "fast")
    seen = ahead.now()
    behind.observe(seen)
    assert behind.now() > seen


@given(st.lists(st.tuples(st.integers(0, 2**40), st.integers(0, 99_999),
                          st.sampled_from(["a", "b", "dev-7"])), min_size=2, max_size=20))
def test_hlc_text_sorts_exactly_like_the_timestamps(parts):
    stamps = [HlcTimestamp(*p) for p in parts]
    assert sorted(stamps) == sorted(stamps, key=str)
    assert all(HlcTimestamp.parse(str(s)) == s for s in stamps)


def test_hlc_stamps_for_a_pulled_page_are_the_same_as_one_call_each_in_that_millisecond():
    clock = FixedClock(1_795_000_000_000)
    one, many = HybridLogicalClock(clock, "dev1"), HybridLogicalClock(clock, "dev1")
    for _ in range(2):  # a fresh millisecond, then the same one again
        assert many.now_texts(3) == [str(one.now()) for _ in range(3)]
    assert str(many.now()) == str(one.now())  # and the clock goes on from there
    assert many.now_texts(0) == []


def test_hlc_stamps_stay_in_order_past_the_counters_five_digits():
    hlc = HybridLogicalClock(FixedClock(1_795_000_000_000), "dev1",
                             HlcTimestamp(1_795_000_000_000, 99_998, "dev1"))
    texts = hlc.now_texts(3)
    assert texts == sorted(texts) and len(set(texts)) == 3
    assert all(HlcTimestamp.parse(t).counter <= 99_999 for t in texts)
    assert str(hlc.now()) > texts[-1]
