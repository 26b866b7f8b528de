"""The synthetic caseload: valid records, consistent dates, believable families, stable output."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from dataclasses import asdict
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casemgr.demo import synthetic
from casemgr.demo.synthetic import (
    MAX_OVERDUE_DAYS,
    REGIONS,
    SyntheticCase,
    decision_day,
    generate_case,
    generate_cases,
    generate_providers,
)
from casemgr.domain.records import SERVICE_TYPES, RecordType, validate_fields
from casemgr.domain.schedule import DEFAULT_FIRST_VISIT_DAYS

TODAY = date(2025, 11, 28)
SOME_ID = "01900000-0000-7000-8000-000000000000"
SEVERE = {"sexual_abuse", "trafficking", "exploitation", "physical_abuse"}
_FIRST_VISIT = {risk.value: days for risk, days in DEFAULT_FIRST_VISIT_DAYS.items()}


@pytest.fixture(scope="module")
def cases() -> list[SyntheticCase]:
    return list(generate_cases(2024, 2000, TODAY))


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _children(case: SyntheticCase) -> list[dict[str, Any]]:
    return [p.fields for p in case.persons if p.fields["role"] == "child"]


def _dob(fields: dict[str, Any]) -> date | None:
    value = fields.get("date_of_birth")
    return date.fromisoformat(value) if isinstance(value, str) else None


def _check_records(case: SyntheticCase) -> None:
    """Every dict validates as given, and completely once the seeder's fields are filled."""
    validate_fields(RecordType.FAMILY, case.family)
    for p in case.persons:
        assert "family_id" not in p.fields
        validate_fields(RecordType.PERSON, p.fields, complete=False)
        validate_fields(RecordType.PERSON, {**p.fields, "family_id": SOME_ID})
    for key in ("case_number", "family_id", "assigned_to", "team", "status"):
        assert key not in case.case
    validate_fields(RecordType.CASE, case.case, complete=False)
    validate_fields(RecordType.CASE, {
        **case.case, "case_number": "D1-000001", "family_id": SOME_ID,
        "assigned_to": "worker1", "team": "North", "status": "open",
    })
    for v in case.visits:
        validate_fields(RecordType.VISIT, v)
    plan = {"status": "draft", "summary": case.plan_summary,
            "review_date": case.plan_review_date}
    validate_fields(RecordType.CASE_PLAN, plan)
    for g in case.goals:
        assert "plan_id" not in g.fields
        validate_fields(RecordType.PLAN_GOAL, g.fields, complete=False)
        validate_fields(RecordType.PLAN_GOAL, {**g.fields, "plan_id": SOME_ID})
    for ref in case.referrals:
        assert ref.fields["status"] == "draft"
        assert "person_id" not in ref.fields and "provider_id" not in ref.fields
        validate_fields(RecordType.REFERRAL, ref.fields)
        if ref.response is not None:
            validate_fields(RecordType.REFERRAL, {**ref.fields, "response": ref.response})
    for text in case.notes:
        validate_fields(RecordType.NOTE, {"text": text})
    if case.closure_reason is not None:
        validate_fields(RecordType.CASE, {"closure_reason": case.closure_reason},
                        complete=False)


def _check_dates(case: SyntheticCase, today: date) -> None:
    opened = date.fromisoformat(case.case["opened_on"])
    assert opened <= today
    if "consent_date" in case.case:
        assert case.case["consent_date"] == case.case["opened_on"]
    for p in case.persons:
        f = p.fields
        born = _dob(f)
        assert (born is None) != ("estimated_age" not in f), "exactly one of DOB or age"
        age = _age(born, today) if born else f["estimated_age"]
        assert isinstance(age, int)
        if born:
            assert born < opened, f"{f['given_name']} born {born}, case opened {opened}"
        if f["role"] == "child":
            assert 0 <= age <= 17
        else:
            assert 18 <= age <= 70
    days = [date.fromisoformat(v["visit_date"]) for v in case.visits]
    assert days == sorted(set(days))
    assert all(opened <= d <= today for d in days)
    for g in case.goals:
        assert date.fromisoformat(g.fields["due_date"]) > opened
    if case.plan_review_date:
        assert date.fromisoformat(case.plan_review_date) > opened
    _check_workflow_days(case, today)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _check_workflow_days(case: SyntheticCase, today: date) -> None:
    """The days of the workflow follow one another, none after today; the requests the
    supervisor has decided by today are exactly those of the stages past them."""
    opened = date.fromisoformat(case.case["opened_on"])
    visits = [date.fromisoformat(v["visit_date"]) for v in case.visits]
    assessed, planned = _day(case.assessed_on), _day(case.planned_on)
    submitted, closing = _day(case.plan_submitted_on), _day(case.closure_requested_on)
    end = closing or today
    assert all(d <= end for d in visits)
    assert (assessed is None) == (case.stage == "new")
    if assessed:
        assert visits[0] <= assessed <= end
    assert (planned is not None) == bool(case.goals)
    if planned:
        assert assessed and assessed <= planned <= (submitted or planned) <= end
    if submitted:
        waiting = decision_day(submitted) > today
        assert waiting == (case.stage == "planned")
    elif planned:
        assert case.stage == "planned"  # a draft
    assert (closing is not None) == (case.stage in ("closing", "closed"))
    if closing:
        assert opened < closing <= today
        assert (decision_day(closing) > today) == (case.stage == "closing")
        assert submitted and decision_day(submitted) < closing
    for ref in case.referrals:
        days = [_day(d) for d in (ref.sent_on, ref.answered_on, ref.completed_on)]
        assert (days[0] is not None) == ref.send
        assert (days[1] is not None) == (ref.outcome is not None)
        assert (days[2] is not None) == (ref.outcome == "completed")
        known = [opened, *[d for d in days if d], end]
        assert known == sorted(known), (ref.outcome, days)
    for task in case.tasks:
        created, due, done = (_day(task.created_on), _day(task.due_date), _day(task.done_on))
        assert created and due and opened <= created < due and created in visits
        assert done is None or created <= done <= end
        assert done or case.stage not in ("closing", "closed")
    last, following = _day(case.last_review), _day(case.next_review)
    assert last is None or opened <= last <= today
    assert (following is None) == (case.stage in ("closing", "closed"))
    if following:
        assert following > opened and (last is None or following > last)
    due = [d for d in (following,) if d] + [_day(t.due_date) for t in case.tasks
                                           if not t.done_on]
    if not visits:
        due.append(opened + timedelta(days=_FIRST_VISIT[case.case["risk"]]))
    assert case.overdue_by == max([0] + [(today - d).days for d in due if d])
    assert case.overdue_by <= MAX_OVERDUE_DAYS


def _texts(case: SyntheticCase) -> list[str]:
    out = [case.case["summary"], *case.notes]
    out += [v["observations"] for v in case.visits]
    out += [v.get("follow_up", "") + v["participants"] for v in case.visits]
    out += [g.fields["goal"] + g.fields["actions"] + g.fields["responsible"] for g in case.goals]
    out += [r.fields["reason"] + r.fields.get("consent_override_reason", "") for r in
            case.referrals]
    out += [x for x in (case.plan_summary, case.closure_reason) if x]
    return out


# ---------------------------------------------------------------------------- validity


def test_every_record_validates_and_survives_json(cases: list[SyntheticCase]) -> None:
    for case in cases:
        _check_records(case)
        as_json = json.dumps(asdict(case), ensure_ascii=False)
        assert json.loads(as_json) == asdict(case)


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**64), today=st.dates(date(1990, 1, 1), date(2100, 12, 31)))
def test_any_seed_and_day_gives_valid_consistent_cases(seed: int, today: date) -> None:
    rng = random.Random(seed)
    for _ in range(8):
        case = generate_case(rng, today)
        _check_records(case)
        _check_dates(case, today)


def test_leap_day_today_keeps_children_under_18() -> None:
    today = date(2024, 2, 29)
    for case in generate_cases(5, 3000, today):
        _check_dates(case, today)


def test_no_unfilled_placeholder_or_stray_whitespace(cases: list[SyntheticCase]) -> None:
    for case in cases:
        for text in _texts(case):
            assert "{" not in text and "}" not in text, text
            assert "  " not in text and text == text.strip(), repr(text)
            assert not re.search(r"(^|\. )[a-z]", text), text  # sentences start upper case


# ---------------------------------------------------------------------------- determinism


def test_same_seed_same_cases_and_other_seed_other_cases() -> None:
    first = [asdict(c) for c in generate_cases(7, 50, TODAY)]
    again = [asdict(c) for c in generate_cases(7, 50, TODAY)]
    other = [asdict(c) for c in generate_cases(8, 50, TODAY)]
    assert first == again
    assert sum(a == b for a, b in zip(first, other, strict=True)) == 0


def test_generate_cases_is_generate_case_on_one_rng() -> None:
    rng = random.Random(99)
    one_by_one = [asdict(generate_case(rng, TODAY)) for _ in range(20)]
    assert one_by_one == [asdict(c) for c in generate_cases(99, 20, TODAY)]


def test_about_one_case_in_ten_is_overdue_by_days_or_weeks(
    cases: list[SyntheticCase],
) -> None:
    late = [c.overdue_by for c in cases if c.overdue_by]
    assert 0.07 < len(late) / len(cases) < 0.13
    assert sorted(late)[len(late) // 2] <= 14  # mostly days
    assert max(late) > 21  # now and then weeks
    assert not [c for c in cases if c.overdue_by and c.stage in ("closing", "closed")]


def test_the_same_caseload_whatever_today_only_moved() -> None:
    """A year later the same seed gives the same cases, every date a year on: nothing ages
    into being overdue."""
    year = timedelta(days=365)
    for now, then in zip(generate_cases(11, 300, TODAY), generate_cases(11, 300, TODAY + year),
                         strict=True):
        assert now.stage == then.stage and now.overdue_by == then.overdue_by
        assert now.family == then.family
        days = [date.fromisoformat(v["visit_date"]) + year for v in now.visits]
        assert days == [date.fromisoformat(v["visit_date"]) for v in then.visits]
        assert date.fromisoformat(now.case["opened_on"]) + year == date.fromisoformat(
            then.case["opened_on"])


def test_output_follows_today() -> None:
    later = date(2030, 6, 1)
    now = next(generate_cases(3, 1, TODAY))
    then = next(generate_cases(3, 1, later))
    assert now.case["opened_on"] < TODAY.isoformat() < then.case["opened_on"]


# ---------------------------------------------------------------------------- families


def test_households_have_children_and_caregivers(cases: list[SyntheticCase]) -> None:
    child_counts: Counter[int] = Counter()
    for case in cases:
        adults = [p.fields for p in case.persons if p.fields["role"] != "child"]
        children = _children(case)
        assert 1 <= len(adults) <= 3 and 1 <= len(children) <= 5
        assert adults[0]["role"] == "caregiver"
        assert [p.fields["role"] == "child" for p in case.persons] == (
            [False] * len(adults) + [True] * len(children)), "adults first, then children"
        names = [p.fields["given_name"] for p in case.persons]
        assert len(set(names)) == len(names), f"two members named alike: {names}"
        child_counts[len(children)] += 1
    assert set(child_counts) == {1, 2, 3, 4, 5}
    assert child_counts[1] > child_counts[5]


def test_children_eldest_first_and_spaced_like_siblings(cases: list[SyntheticCase]) -> None:
    for case in cases:
        dobs = [d for d in map(_dob, _children(case)) if d]
        assert dobs == sorted(dobs)
        for a, b in pairwise(dobs):
            gap = (b - a).days
            assert gap == 0 or gap >= 300, f"siblings born {gap} days apart"


def test_parents_are_old_enough_for_their_children(cases: list[SyntheticCase]) -> None:
    for case in cases:
        eldest = next(map(_dob, _children(case)))
        for p in case.persons:
            f = p.fields
            if f.get("relationship") in ("Mother", "Father") and (born := _dob(f)) and eldest:
                assert _age(born, eldest) >= 15, (f, eldest)
            if f.get("relationship") == "Grandmother" and (born := _dob(f)) and eldest:
                assert _age(born, eldest) >= 30, (f, eldest)


def test_children_carry_the_family_name(cases: list[SyntheticCase]) -> None:
    for case in cases:
        sons = {c["family_name"] for c in _children(case) if c["sex"] == "male"}
        daughters = {c["family_name"] for c in _children(case) if c["sex"] == "female"}
        assert len(sons) <= 1 and len(daughters) <= 1
        if sons:
            assert case.family["name"] == sons.pop()


def test_dob_mostly_known_sometimes_estimated(cases: list[SyntheticCase]) -> None:
    children = [c for case in cases for c in _children(case)]
    estimated = sum("estimated_age" in c for c in children) / len(children)
    assert 0.05 < estimated < 0.25


def test_names_come_from_every_region(cases: list[SyntheticCase]) -> None:
    region_of: dict[str, str] = {}
    for region, groups in synthetic._GROUPS_BY_REGION.items():
        for g in groups:
            for forms in g.surnames:
                region_of.setdefault(forms[0], region)
    seen = Counter(region_of.get(c.family["name"].removesuffix(" family").split(" ")[0])
                   for c in cases)
    for region, share in REGIONS.items():
        assert seen[region] > share * len(cases) * 0.4, (region, seen)
    assert len({c.family["name"] for c in cases}) > 250
    assert len({c.family["language"] for c in cases}) > 20
    assert len({c.family["area"] for c in cases}) > 15


# ---------------------------------------------------------------------------- case content


def test_risk_distribution(cases: list[SyntheticCase]) -> None:
    risk = Counter(c.case["risk"] for c in cases)
    n = len(cases)
    assert abs(risk["low"] / n - 0.45) < 0.05
    assert abs(risk["medium"] / n - 0.35) < 0.05
    assert abs(risk["high"] / n - 0.17) < 0.04
    assert 0.01 < risk["critical"] / n < 0.06


def test_neglect_most_common_and_severe_concerns_mean_higher_risk(
    cases: list[SyntheticCase],
) -> None:
    concerns = Counter(x for c in cases for x in c.case["protection_concerns"])
    (top, _), (_, second_count) = concerns.most_common(2)
    assert top == "neglect" and concerns["neglect"] > 1.5 * second_count
    for c in cases:
        listed = c.case["protection_concerns"]
        assert 1 <= len(listed) <= 3 and len(set(listed)) == len(listed)

    def severe_share(levels: set[str]) -> float:
        group = [c for c in cases if c.case["risk"] in levels]
        return sum(bool(SEVERE & set(c.case["protection_concerns"])) for c in group) / len(group)

    assert severe_share({"high", "critical"}) > severe_share({"low"}) + 0.25


def test_consent_basis_names_the_caregiver(cases: list[SyntheticCase]) -> None:
    bases = Counter(c.case["legal_basis"] for c in cases)
    assert bases["consent"] / len(cases) > 0.7 and len(bases) == 4
    for c in cases:
        first = c.persons[0].fields
        if c.case["legal_basis"] == "consent":
            assert c.case["consent_given_by"].startswith(
                f"{first['given_name']} {first['family_name']} (")
        else:
            assert "consent_given_by" not in c.case and "consent_date" not in c.case


def test_older_child_concerns_are_about_an_older_child(cases: list[SyntheticCase]) -> None:
    for c in cases:
        concerns = set(c.case["protection_concerns"])
        if concerns & {"child_labour", "child_marriage", "trafficking", "exploitation"}:
            eldest = _children(c)[0]
            opened = date.fromisoformat(c.case["opened_on"])
            born = _dob(eldest)
            age = _age(born, opened) if born else eldest["estimated_age"]
            assert age >= 8, (concerns, eldest)
            if "child_marriage" in concerns:
                assert eldest["sex"] == "female"


def test_stage_decides_plan_referrals_and_closure(cases: list[SyntheticCase]) -> None:
    stages = Counter(c.stage for c in cases)
    assert set(stages) == {"new", "assessed", "planned", "in_service", "closing", "closed"}
    assert stages["in_service"] == max(stages.values())
    for c in cases:
        planned = c.stage in ("planned", "in_service", "closing", "closed")
        assert (c.plan_summary is not None) == planned == bool(c.goals)
        assert (c.plan_review_date is not None) == planned
        assert (c.closure_reason is not None) == (c.stage in ("closing", "closed"))
        assert len(c.visits) <= 6
        if c.stage == "new":
            assert not c.referrals
        if c.stage in ("in_service", "closing", "closed"):
            assert c.visits and c.referrals
    goal_status = {stage: Counter(g.fields["status"] for c in cases if c.stage == stage
                                  for g in c.goals) for stage in ("planned", "closing")}
    assert goal_status["planned"]["achieved"] == 0
    assert goal_status["closing"]["achieved"] > 0.6 * goal_status["closing"].total()


def test_referrals_only_sent_when_allowed(cases: list[SyntheticCase]) -> None:
    kinds: Counter[tuple[bool, bool, bool]] = Counter()
    for c in cases:
        for ref in c.referrals:
            f = ref.fields
            assert f["service_type"] in SERVICE_TYPES
            assert c.persons[ref.person_index].fields["role"] == "child"
            override = bool(f.get("consent_override_reason"))
            if ref.send:
                assert f["consent"] or override
            else:
                assert ref.outcome is None
            assert (ref.response is None) == (ref.outcome is None)
            kinds[(f["consent"], override, ref.send)] += 1
    assert kinds[(True, False, True)] > kinds[(False, True, True)] > 0
    assert kinds[(False, False, False)] > 0


def test_visit_texts_are_varied_multi_sentence_and_searchable(
    cases: list[SyntheticCase],
) -> None:
    visits = [v for c in cases for v in c.visits]
    texts = [v["observations"] for v in visits]
    assert len(set(texts)) > 0.95 * len(texts)
    assert all(t.count(". ") >= 2 for t in texts)
    for words in (("school",), ("Health Centre", "clinic", "health"), ("house", "home", "room"),
                  (" said ", " says ", " reports ")):
        share = sum(any(w in t for w in words) for t in texts) / len(texts)
        assert 0.1 < share < 0.95, (words, share)
    types = Counter(v["visit_type"] for v in visits)
    assert types.most_common(1)[0][0] == "home" and len(types) == 5
    assert 0.02 < sum(v["safety_concern"] for v in visits) / len(visits) < 0.3


def test_visit_texts_fit_the_childs_age_and_household(cases: list[SyntheticCase]) -> None:
    """No under-five talks to the caseworker or goes to school; one child is not 'the children'."""
    talk = re.compile(r"\b(said|told|spoke|asked|talked)\b")
    for c in cases:
        children = _children(c)
        for v in c.visits:
            day = date.fromisoformat(v["visit_date"])
            for child in children:
                born = _dob(child)
                if born is None or (day - born).days >= 5 * 365:  # under five on the day
                    continue
                for sentence in v["observations"].split(". "):
                    if sentence.startswith(child["given_name"] + " "):
                        own_clause = sentence.split(";")[0]
                        assert not talk.search(own_clause), (sentence, born, day)
                        assert "school" not in own_clause, (sentence, born, day)
            if len(children) == 1:
                assert "the children" not in v["observations"], v["observations"]
                assert "siblings" not in v["observations"], v["observations"]


def test_participants_are_household_members(cases: list[SyntheticCase]) -> None:
    for c in cases:
        names = {p.fields["given_name"] for p in c.persons}
        for v in c.visits:
            for who in v["participants"].split(", "):
                name = who.split(" (")[0]
                assert name in names or name in ("class teacher", "Class teacher",
                                                 "head teacher"), (who, names)


# ---------------------------------------------------------------------------- providers


def test_providers_are_a_valid_deterministic_directory() -> None:
    providers = generate_providers(random.Random(1), 60)
    assert providers == generate_providers(random.Random(1), 60)
    assert providers != generate_providers(random.Random(2), 60)
    assert len({p["name"] for p in providers}) == 60
    covered = {s for p in providers[: len(SERVICE_TYPES)] for s in p["service_types"]}
    assert covered == set(SERVICE_TYPES)
    for p in providers:
        validate_fields(RecordType.PROVIDER, p)
        assert p["email"].endswith(".example.org") and p["phone"].startswith("+999 ")
        assert set(p) == {"name", "organization", "service_types", "description", "phone",
                          "email", "address"}
