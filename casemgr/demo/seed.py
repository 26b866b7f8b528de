"""`casemgr demo seed`: synthetic families taken through the real workflow, for demos and
benchmarks. Every record is written through Casework, so it is checked, audited and queued
for sync exactly like a caseworker's own entries.

Each step is taken on the day the synthetic case says it happened (`DatedCasework`): the
case opened months ago, visits since, the plan sent for approval weeks ago, the next review
ahead. So the caseload looks the same whenever it is seeded: about one case in ten overdue,
a mix of stages, and the requests of the last days waiting for the supervisor.

The supervisor's part (`decide_requests`): he approves each plan and closure request on its
`decision_day`. On an offline workspace (no server to bring his decisions) `seed_demo` writes
them itself, as a supervisor of the user's team (of the demo team, `DEMO_TEAM`, for a user
without one: the seeded cases are that team's, so that a supervisor reaches them); a
workspace bound to a server gets them the real way, from the demo supervisor's own
workspace (`supervise_on_server`, which `casemgr --demo` runs after seeding), through the
server.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from casemgr.app import syncing, workspaces
from casemgr.app.casework import Casework
from casemgr.db.keys import DEFAULT_KDF, KdfParams
from casemgr.db.keystore import Keystore
from casemgr.demo.synthetic import (
    SyntheticCase,
    SyntheticReferral,
    decision_day,
    generate_cases,
    generate_providers,
)
from casemgr.domain import forms as formsmod
from casemgr.domain.clock import Clock, iso_utc
from casemgr.domain.permissions import Action, Actor, CaseAccess, Role, can
from casemgr.domain.records import (
    ApprovalKind,
    Decision,
    Record,
    RecordType,
    TaskStatus,
)
from casemgr.domain.schedule import REVIEW_TITLE
from casemgr.sync.account import TransportFactory
from casemgr.sync.transport import Transport

__all__ = [
    "DEMO_SUPERVISOR",
    "DEMO_TEAM",
    "DatedCasework",
    "SeedSummary",
    "decide_requests",
    "import_providers",
    "local_supervisor",
    "seed_case",
    "seed_demo",
    "supervise_on_server",
]

SCREENING_FORM = "initial_risk_screening"
CASES_PER_TRANSACTION = 50
DECISIONS_PER_TRANSACTION = 200
# The demo organisation's supervisor of the demo caseworker's team (casemgr.server.demo),
# who decides the demo's requests; on an offline workspace of his, another name.
DEMO_SUPERVISOR = "sam"
_OTHER_SUPERVISOR = "sofia"
DEMO_TEAM = "North"
_DAY_MS = 86_400_000
_DECIDE = {ApprovalKind.CASE_PLAN.value: Action.DECIDE_PLAN,
           ApprovalKind.CLOSURE.value: Action.DECIDE_CLOSURE}


@dataclass(frozen=True)
class SeedSummary:
    cases: int
    records: int
    providers: int
    decisions: int = 0


class DatedCasework(Casework):
    """The use cases of `cw`'s workspace and user, taken as on `day` (None: today), as if
    each step were entered on the day it happened. The dates the use cases fill in
    (completed_on, sent_on, closed_on, requested_at, decided_at) and the check that a visit
    or an opening is not in the future follow `day`; records are still written now (their
    ids, audit entries and sync times keep the real clock). Never later than today."""

    def __init__(self, cw: Casework) -> None:
        super().__init__(cw.ws, actor=cw.actor, forms=cw.forms, policy=cw.policy)
        self.day: date | None = None

    def today(self) -> date:
        real = super().today()
        return real if self.day is None else min(self.day, real)

    def _now(self) -> str:
        """This time of day, `day`."""
        days_back = (super().today() - self.today()).days
        return iso_utc(self.ws.clock.now_ms() - days_back * _DAY_MS)


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
    """Register `count` synthetic cases and take each as far as its stage says, dated back
    from `cw.today()`; on an offline workspace, then the supervisor's decisions. Referrals
    go to providers of the workspace's directory: on an offline workspace without one, a
    synthetic directory is added; a server-bound one has the server's after its first sync
    (a caseworker may not add to it)."""
    if count < 0:
        raise ValueError("the number of cases cannot be negative")
    rng = random.Random(seed)
    records_before = _record_count(cw)
    providers = cw.providers()
    added_providers = 0
    if not providers and _offline(cw):  # a server's directory comes from the server
        added_providers = import_providers(cw, generate_providers(rng, 40))
        providers = cw.providers()
    dated = DatedCasework(cw)
    team = DEMO_TEAM if _offline(cw) and not cw.actor.teams else None
    done = 0
    batch: list[SyntheticCase] = []
    for synthetic in generate_cases(seed, count, cw.today()):
        batch.append(synthetic)
        if len(batch) == CASES_PER_TRANSACTION:
            done += _seed_batch(dated, batch, rng, providers, team)
            batch = []
            if progress:
                progress(done, count)
    if batch:
        done += _seed_batch(dated, batch, rng, providers, team)
        if progress:
            progress(done, count)
    decisions = 0
    supervisor = local_supervisor(cw)
    if supervisor is not None:
        decisions = decide_requests(supervisor)
    return SeedSummary(done, _record_count(cw) - records_before, added_providers, decisions)


def _record_count(cw: Casework) -> int:
    return cw.store.record_count()


def _offline(cw: Casework) -> bool:
    return cw.ws.info.server_url is None


def _seed_batch(cw: DatedCasework, batch: list[SyntheticCase], rng: random.Random,
                providers: list[Record], team: str | None) -> int:
    with cw.batch():
        for synthetic in batch:
            seed_case(cw, synthetic, rng, providers, team=team)
    cw.day = None
    return len(batch)


def _on(iso: str) -> date:
    return date.fromisoformat(iso)


def _refer(cw: DatedCasework, case_id: str, ref: SyntheticReferral, people: list[str],
           providers: list[Record], rng: random.Random) -> None:
    """Draft the referral for the child it names, to a provider of that service; send it and
    record the provider's answer as far as the synthetic outcome goes, each on its day."""
    fields = dict(ref.fields)
    if ref.person_index < len(people):
        fields["person_id"] = people[ref.person_index]
    offering = [p.id for p in providers
                if fields["service_type"] in p.fields.get("service_types", [])]
    if offering:
        fields["provider_id"] = rng.choice(offering)
    if ref.sent_on:
        cw.day = _on(ref.sent_on)
    referral = cw.refer(case_id, fields).value
    if not ref.send:
        return
    cw.send_referral(referral.id)
    if ref.answered_on:
        cw.day = _on(ref.answered_on)
    if ref.outcome in ("accepted", "completed"):
        cw.record_referral_response(referral.id, True, ref.response)
        if ref.outcome == "completed":
            if ref.completed_on:
                cw.day = _on(ref.completed_on)
            cw.complete_referral(referral.id, ref.response or "Service delivered.")
    elif ref.outcome == "declined":
        cw.record_referral_response(referral.id, False, ref.response)


def seed_case(cw: DatedCasework, sc: SyntheticCase, rng: random.Random,
              providers: list[Record], *, team: str | None = None) -> str:
    """One synthetic case through the workflow, each step on its day: register (in `team`,
    default the user's), visit, assess, plan, refer, follow up, review, request closure."""
    opened = _on(sc.case["opened_on"])
    cw.day = opened
    details = {k: v for k, v in sc.case.items() if k != "opened_on"}
    case_id = cw.register_family(sc.family, [p.fields for p in sc.persons], details,
                                 team=team, opened_on=opened).value
    for visit in sorted(sc.visits, key=lambda v: v["visit_date"]):
        cw.day = _on(visit["visit_date"])
        cw.record_visit(case_id, visit)
    for text in sc.notes:
        cw.add_note(case_id, text)
    if sc.assessed_on and any(f == SCREENING_FORM for f, _ in cw.forms):
        cw.day = _on(sc.assessed_on)
        form = cw.form(SCREENING_FORM)
        answers = formsmod.sample_answers(form, rng, today=cw.today())
        # The suggestion is recorded with the assessment; the case keeps the caseworker's
        # own judgement of risk (random answers would otherwise make most cases critical).
        cw.run_assessment(case_id, form.id, answers)
    if sc.planned_on and sc.goals:
        cw.day = _on(sc.planned_on)
        plan = cw.start_case_plan(case_id, sc.plan_summary, sc.plan_review_date).value
        for goal in sc.goals:
            cw.add_goal(plan.id, goal.fields)
        if sc.plan_submitted_on:
            cw.day = _on(sc.plan_submitted_on)
            cw.submit_case_plan(plan.id)
    if sc.referrals:
        # case_records are in id order, and UUIDv7 ids sort in creation order
        people = [r.id for r in cw.store.case_records(case_id, RecordType.PERSON)]
        for ref in sc.referrals:
            _refer(cw, case_id, ref, people, providers, rng)
    for task in sc.tasks:
        cw.day = _on(task.created_on)
        added = cw.add_task(case_id, task.title, task.due_date).value
        if task.done_on:
            cw.day = _on(task.done_on)
            cw.complete_task(added.id)
    _review(cw, case_id, sc)
    if sc.closure_requested_on:
        cw.day = _on(sc.closure_requested_on)
        cw.request_closure(case_id, sc.closure_reason or "Goals of the case plan met.")
    return case_id


def _review(cw: DatedCasework, case_id: str, sc: SyntheticCase) -> None:
    """The case reviews as the synthetic case has them: the registration's review task
    held on the day of the last review, and the next one due when it says."""
    first = next((t for t in cw.store.case_records(case_id, RecordType.TASK)
                  if t.fields.get("kind") == "review"
                  and t.fields.get("status") == TaskStatus.OPEN.value), None)
    if first is None or first.fields["due_date"] == sc.next_review:
        return
    if sc.last_review is None:  # an organisation's own review period: the date it says
        cw.edit_record(first.id, {"due_date": sc.next_review})
        return
    cw.day = _on(sc.last_review)
    cw.complete_task(first.id)
    if sc.next_review:
        cw.add_task(case_id, REVIEW_TITLE, sc.next_review, kind="review")


# --------------------------------------------------------------------------- the supervisor


def local_supervisor(cw: Casework) -> Casework | None:
    """On an offline workspace, a supervisor of its user's teams (or of `DEMO_TEAM`) to
    decide the demo's requests; None for a workspace bound to a server, whose supervisor
    decides on his own device."""
    if not _offline(cw):
        return None
    name = DEMO_SUPERVISOR if cw.actor.user != DEMO_SUPERVISOR else _OTHER_SUPERVISOR
    teams = cw.actor.teams or frozenset({DEMO_TEAM})
    return Casework(cw.ws, actor=Actor(name, Role.SUPERVISOR, teams), forms=cw.forms,
                    policy=cw.policy)


def decide_requests(cw: Casework) -> int:
    """The demo supervisor's decisions: every pending plan or closure request he may decide
    whose `decision_day` has come is approved, on that day and in that order (a case's plan
    before its closure); the later ones keep waiting. Returns how many were decided."""
    today = cw.today()
    due: list[tuple[date, str, str]] = []
    for approval in cw.pending_approvals():
        fields = approval.fields
        day = decision_day(_on(str(fields["requested_at"])[:10]))
        if day > today or fields.get("requested_by") == cw.actor.user:
            continue
        case = cw.store.get(approval.case_id or "")
        if case is None or not can(cw.actor, _DECIDE[fields["kind"]],
                                   CaseAccess.of_case(case.fields)):
            continue
        due.append((day, str(fields["requested_at"]), approval.id))
    due.sort()
    dated = DatedCasework(cw)
    for start in range(0, len(due), DECISIONS_PER_TRANSACTION):
        with dated.batch():
            for day, _requested, approval_id in due[start:start + DECISIONS_PER_TRANSACTION]:
                dated.day = day
                dated.decide(approval_id, Decision.APPROVED)
    return len(due)


def supervise_on_server(data_dir: Path, server_url: str, password: str, *,
                        user: str = DEMO_SUPERVISOR, clock: Clock | None = None,
                        kdf: KdfParams = DEFAULT_KDF,
                        transport_factory: TransportFactory = Transport,
                        keystore: Keystore | None = None) -> int:
    """The demo supervisor's part on a demo server, from his own workspace on this computer
    (made by his first login, unlocked after): his team's cases pulled, the requests whose
    day has come decided (`decide_requests`), the decisions pushed. The caseworker gets
    them at her next sync. Returns how many were decided."""
    if workspaces.exists(data_dir, user):
        ws, transport = workspaces.unlock(data_dir, user, password, clock=clock,
                                          transport_factory=transport_factory,
                                          keystore=keystore)
    else:
        ws, transport = workspaces.first_login(data_dir, server_url, user, password,
                                               clock=clock, kdf=kdf,
                                               transport_factory=transport_factory,
                                               keystore=keystore)
    try:
        if transport is None:
            return 0
        syncing.keep_tokens(ws, transport)
        syncing.sync(ws, transport)
        decided = decide_requests(Casework(ws))
        if decided:
            syncing.sync(ws, transport)
        return decided
    finally:
        ws.close()
