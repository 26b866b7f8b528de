"""`casemgr demo seed`: synthetic families taken through the real workflow, for demos and
benchmarks. Every record is written through Casework, so it is checked, audited and queued
for sync exactly like a caseworker's own entries.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from casemgr.app.casework import Casework
from casemgr.demo.synthetic import (
    SyntheticCase,
    SyntheticReferral,
    generate_cases,
    generate_providers,
)
from casemgr.domain import forms as formsmod
from casemgr.domain.records import Record, RecordType

SCREENING_FORM = "initial_risk_screening"
CASES_PER_TRANSACTION = 50
_STAGES = ("new", "assessed", "planned", "in_service", "closing")


@dataclass(frozen=True)
class SeedSummary:
    cases: int
    records: int
    providers: int


def import_providers(cw: Casework, providers: Iterable[Mapping[str, Any]]) -> int:
    """Put service providers into this workspace's directory (what a server sync brings)."""
    count = 0
    with cw.store.write(cw.actor.user) as tx:
        for fields in providers:
            tx.create(RecordType.PROVIDER, fields, case_id=None)
            count += 1
    return count


def seed_demo(cw: Casework, count: int, *, seed: int = 1,
              progress: Callable[[int, int], None] | None = None) -> SeedSummary:
    """Register `count` synthetic cases and take each as far as its stage says."""
    if count < 0:
        raise ValueError("the number of cases cannot be negative")
    rng = random.Random(seed)
    records_before = _record_count(cw)
    providers = cw.providers()
    added_providers = 0
    if not providers:
        added_providers = import_providers(cw, generate_providers(rng, 40))
        providers = cw.providers()
    done = 0
    batch: list[SyntheticCase] = []
    for synthetic in generate_cases(seed, count, cw.today()):
        batch.append(synthetic)
        if len(batch) == CASES_PER_TRANSACTION:
            done += _seed_batch(cw, batch, rng, providers)
            batch = []
            if progress:
                progress(done, count)
    if batch:
        done += _seed_batch(cw, batch, rng, providers)
        if progress:
            progress(done, count)
    return SeedSummary(done, _record_count(cw) - records_before, added_providers)


def _record_count(cw: Casework) -> int:
    return cw.store.record_count()


def _seed_batch(cw: Casework, batch: list[SyntheticCase], rng: random.Random,
                providers: list[Record]) -> int:
    with cw.batch():
        for synthetic in batch:
            seed_case(cw, synthetic, rng, providers)
    return len(batch)


def _refer(cw: Casework, case_id: str, ref: SyntheticReferral, people: list[str],
           providers: list[Record], rng: random.Random) -> None:
    """Draft the referral for the child it names, to a provider of that service; send it and
    record the provider's answer as far as the synthetic outcome goes."""
    fields = dict(ref.fields)
    if ref.person_index < len(people):
        fields["person_id"] = people[ref.person_index]
    offering = [p.id for p in providers
                if fields["service_type"] in p.fields.get("service_types", [])]
    if offering:
        fields["provider_id"] = rng.choice(offering)
    referral = cw.refer(case_id, fields).value
    if not ref.send:
        return
    cw.send_referral(referral.id)
    if ref.outcome in ("accepted", "completed"):
        cw.record_referral_response(referral.id, True, ref.response)
        if ref.outcome == "completed":
            cw.complete_referral(referral.id, ref.response or "Service delivered.")
    elif ref.outcome == "declined":
        cw.record_referral_response(referral.id, False, ref.response)


def seed_case(cw: Casework, sc: SyntheticCase, rng: random.Random,
              providers: list[Record]) -> str:
    """One synthetic case through the workflow: register, visit, assess, plan, refer, close."""
    opened = date.fromisoformat(sc.case["opened_on"])
    details = {k: v for k, v in sc.case.items() if k != "opened_on"}
    case_id = cw.register_family(sc.family, [p.fields for p in sc.persons], details,
                                 opened_on=opened).value
    stage = _STAGES.index(sc.stage)
    for visit in sorted(sc.visits, key=lambda v: v["visit_date"]):
        cw.record_visit(case_id, visit)
    for text in sc.notes:
        cw.add_note(case_id, text)
    if stage >= _STAGES.index("assessed") and any(f == SCREENING_FORM for f, _ in cw.forms):
        form = cw.form(SCREENING_FORM)
        answers = formsmod.sample_answers(form, rng, today=cw.today())
        # The suggestion is recorded with the assessment; the case keeps the caseworker's
        # own judgement of risk (random answers would otherwise make most cases critical).
        cw.run_assessment(case_id, form.id, answers)
    if stage >= _STAGES.index("planned") and sc.goals:
        plan = cw.start_case_plan(case_id, sc.plan_summary, sc.plan_review_date).value
        for goal in sc.goals:
            cw.add_goal(plan.id, goal.fields)
        cw.submit_case_plan(plan.id)
    if sc.referrals:
        # case_records are in id order, and UUIDv7 ids sort in creation order
        people = [r.id for r in cw.store.case_records(case_id, RecordType.PERSON)]
        for ref in sc.referrals:
            _refer(cw, case_id, ref, people, providers, rng)
    if stage >= _STAGES.index("closing"):
        cw.request_closure(case_id, sc.closure_reason or "Goals of the case plan met.")
    if stage <= _STAGES.index("assessed") and rng.random() < 0.3:
        cw.add_task(case_id, "Call the school about attendance",
                    (opened + timedelta(days=rng.randint(3, 40))).isoformat())
    return case_id
