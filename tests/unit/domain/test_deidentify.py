"""De-identification rules: every exported field decided, age bands, months, pseudonyms."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgr.domain.deidentify import (
    REF_KIND,
    TREATMENT,
    Pseudonyms,
    Treatment,
    age_band,
    deidentify_answer,
    month,
)
from casemgr.domain.records import FIELDS, Kind, RecordType


@pytest.mark.parametrize("record_type", list(TREATMENT))
def test_every_field_of_an_exported_record_type_is_decided(record_type):
    # A field added to the schema without a decision here would leave de-identified exports
    # as it is: decide it in casemgr/domain/deidentify.py TREATMENT.
    assert set(TREATMENT[record_type]) == set(FIELDS[record_type])


@pytest.mark.parametrize("record_type", list(TREATMENT))
def test_no_free_text_name_or_date_leaves_as_it_is(record_type):
    for name, spec in FIELDS[record_type].items():
        treatment = TREATMENT[record_type][name]
        if spec.kind is Kind.LONG_TEXT:
            assert treatment is Treatment.DROP, name
        if spec.kind in (Kind.DATE, Kind.DATETIME):
            assert treatment in (Treatment.MONTH, Treatment.AGE), name
        if spec.kind is Kind.REF and name != "provider_id":  # the directory's, not a person
            assert treatment is Treatment.REF, name
        if spec.kind is Kind.TEXT and treatment is Treatment.KEEP:
            # the only one-line texts kept: staff user names, codes and the language spoken
            assert name in {"assigned_to", "team", "submitted_by", "approved_by", "form_id",
                            "language"}, name
    for name, treatment in TREATMENT[record_type].items():
        if treatment in (Treatment.REF, Treatment.REFS):
            assert name in REF_KIND, name


def test_the_age_bands_of_the_issue():
    on = date(2026, 12, 5)
    assert age_band("2026-12-05", None, on) == "0–4"
    assert age_band("2021-12-06", None, on) == "0–4"  # four until tomorrow
    assert age_band("2021-12-05", None, on) == "5–11"
    assert age_band("2014-12-05", None, on) == "12–14"
    assert age_band("2011-12-05", None, on) == "15–17"
    assert age_band("2008-12-06", None, on) == "15–17"
    assert age_band("2008-12-05", None, on) == "18+"
    assert age_band(None, 13, on) == "12–14"
    assert age_band(None, None, on) == ""
    assert age_band("2015-01-01", 40, on) == "5–11"  # the date of birth wins


@given(st.dates(min_value=date(1920, 1, 1), max_value=date(2026, 12, 5)))
def test_a_band_holds_the_age_on_the_export_day(born):
    on = date(2026, 12, 5)
    band = age_band(born.isoformat(), None, on)
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    low, _, high = band.replace("+", "–999").partition("–")
    assert int(low) <= years <= int(high)
    assert born.isoformat() not in band


def test_dates_become_months():
    assert month("2026-11-18") == "2026-11"
    assert month("2026-11-18T10:00:00Z") == "2026-11"
    assert month(None) is None
    assert deidentify_answer("date", "2019-04-02") == "2019-04"
    assert deidentify_answer("text", "Zawadi's teacher") is None
    assert deidentify_answer("long_text", "long story") is None
    assert deidentify_answer("single_choice", "yes") == "yes"
    assert deidentify_answer(None, "free text of an unknown form") is None
    assert deidentify_answer(None, 3) == 3


@given(st.uuids().map(str), st.uuids().map(str))
def test_pseudonyms_are_stable_within_an_export_and_differ_across(first, second):
    one, other = Pseudonyms(), Pseudonyms()
    assert one.of(first, RecordType.CASE) == one.of(first, RecordType.CASE)
    assert one.of(first, RecordType.CASE).startswith("C-")  # type: ignore[union-attr]
    assert one.of(first, RecordType.PERSON) != other.of(first, RecordType.PERSON)
    if first != second:
        assert one.of(first) != one.of(second)
    assert first not in (one.of(first) or "")
    # whoever keeps the key links them again
    assert Pseudonyms(one.key).of(first, RecordType.CASE) == one.of(first, RecordType.CASE)


def test_a_key_too_short_is_refused():
    with pytest.raises(ValueError):
        Pseudonyms(b"short")
    assert len(Pseudonyms().key_hex) == 64
    assert Pseudonyms().of(None) is None
